"""Session 13: the Chinese Listen step keeps the core fact and never lifts spoken Cantonese into a
written reply (made-up complaints, en / zh-Hans / zh-Hant Taiwan / zh-Hant Hong Kong)."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.listen_zh import cantonese_left, without_phone
from drafter.intake.restate import written_zh


def _listen(text: str, channel: str = "im") -> str:
    return drafter.draft(text, channel=channel, backend="template").sections.listen


@pytest.mark.parametrize(
    ("spoken", "written", "trad"),
    [
        # 做嘢 is work, never "做東西"; 冇得 + verb is "cannot"
        ("我喺公司做嘢，冇網等於冇得開工", "我在公司工作，沒有網等於沒法開工", True),
        ("冇得到任何回覆", "沒有得到任何回覆", True),
        # a verb + 極 is "however often"; 冇人覆 is nobody replied
        ("熱水爐壞咗 打極都冇人覆", "熱水爐壞了 打了很多次都沒有人回覆", True),
        # a bare classifier after 咗 counts one (a pair, a box); after 返 it is "the"
        ("網購咗對波鞋 到咗得一隻", "網購了一對波鞋 到了只有一隻", True),
        ("買咗盒壽司", "買了一盒壽司", True),
        ("想搵返件外套，同埋所有衫", "想找回外套，以及所有衣服", True),
        # 啲 opening a clause or after "when" is "the", not "some"
        ("送到嘅時候啲湯凍晒", "送到的時候湯都凉了", False),
        # 再 + verb + 過 is "anew"; 入唔到場 is "could not get in"
        ("入唔到場，最後要喺門口再買過", "無法入場，最後要在門口重新買", True),
        ("我屋企有兩個細路，廚房個水喉漏咗水", "我家裡有兩個孩子，廚房的水管漏了水", True),
        # a classifier after a unit or a sum and a space opens a clause on "the" thing; 先 before a figure
        ("我明明買咗30kg 件行李磅出嚟先21kg", "我明明買了30kg，行李磅出來只有21kg", True),
        ("俾咗HK$880 張卡已經過數", "給了HK$880，卡已經轉賬", True),
        ("我買咗3 件襯衫", "我買了3 件襯衫", True),  # a count, not "the"
        ("點知個水龍頭一個禮拜就壞咗，我哋去緊醫院", "沒想到水龍頭一個星期就壞了，我們正趕往醫院", True),
        # 先 after when is "only then"; 嗰 before a sum is "the"; 查嚇 is "check a bit"; 話個 is "said that"
        ("水錶上個月先抄過，可唔可以再抄", "水錶上個月才抄過，可不可以再抄", True),
        ("快啲退返多扣嗰HK$150", "快些退回多扣的HK$150", True),
        ("幫我查嚇邊個簽收咗", "幫我查一下誰簽收了", True),
        ("我買咗兩張戲飛 去到先話個場取消咗", "我買了兩張戲票 去到才說那場取消了", True),
        ("佢今朝先生病", "他今天早上先生病", True),  # 先生 is a word of its own
        # an English verb inside Cantonese, and the particle after it
        ("我上個月已經cancel咗會籍㗎喇", "我上個月已經取消了會籍", True),
    ],
)
def test_cantonese_written_out(spoken: str, written: str, trad: bool) -> None:
    said = written_zh(spoken, trad)
    assert said == written


@pytest.mark.parametrize(
    ("complaint", "clause", "left"),
    [
        # Hong Kong Cantonese: grammar the table missed is still Cantonese
        ("部機壞咗 打極都冇人理", "打極都沒有人理", True),
        ("我買咗架單車", "買了架單車", True),
        ("到咗嘅時候啲粥凍晒", "些粥都涼了", True),
        ("到咗得兩件", "到了得兩件", True),
        ("我喺屋企冇得用", "沒有得用", True),
        ("我喺屋企冇得用", "沒有得到回覆", False),
        ("到咗嘅時候啲粥凍晒", "粥都涼了", False),
        # Mandarin (zh-Hans, Taiwan): the same shapes are ordinary chat, not Cantonese
        ("我买了件衣服，有些地方破了", "买了件衣服", False),
        ("我買了對耳機，只到了一隻", "買了對耳機", False),
        # English is never read
        ("I bought a pair of shoes", "bought a pair", False),
    ],
)
def test_cantonese_left(complaint: str, clause: str, left: bool) -> None:
    assert cantonese_left(complaint, clause) is left


@pytest.mark.parametrize(
    ("sentence", "phone", "kept"),
    [
        ("您的門號0912-338-471原本是月租NT$599方案", "0912-338-471", "您的門號原本是月租NT$599方案"),
        ("您的手机号13800138000被停机了", "13800138000", "您的手机号被停机了"),
        ("您打了0912-338-471三次", "0912-338-471", ""),  # no label: nothing reads "您打了三次"
        # an aside in brackets goes whole: never "會員（會員卡號）" (c33, graded worse)
        ("您是貴超市會員（會員卡號 0912-556-301）", "0912-556-301", "您是貴超市會員"),
        ("您是老会员（手机号 138-1234-5678），上周买的", "138-1234-5678", "您是老会员，上周买的"),
    ],
)
def test_without_phone(sentence: str, phone: str, kept: str) -> None:
    start = sentence.index(phone)
    assert without_phone(sentence, start, start + len(phone)) == kept


@pytest.mark.parametrize(
    ("complaint", "has", "lacks"),
    [
        # zh-Hant (Hong Kong): the clause is written out, never lifted as spoken
        (
            "網購咗對運動鞋HK$699 到咗得一隻😑\n訂單HK-552301 快啲補寄另一隻俾我",
            ("一對運動鞋", "只有一隻"),
            ("了對運動鞋", "得一隻"),
        ),
        (
            "我喺屋企做嘢，部router成日斷線，冇網等於冇得開工。\n帳戶號碼HKB-1122334，請減免今個月月費HK$198。",
            ("工作",),
            ("做東西", "沒有得"),
        ),
        # zh-Hant (Hong Kong): what they did before is kept (an English verb in Cantonese)
        (
            "我哋上個月已經喺分店填咗表cancel會籍㗎喇\n點解今個月仲扣咗HK$388 會員號GM55120 快啲退返俾我",
            ("取消會籍",),
            ("cancel", "㗎"),
        ),
        # zh-Hans: "nothing at the door" is the fact, never dropped as a jab
        ("快递员说放门口了 门口啥都没有啊\n单号YT1234567890 找回来 不然赔钱", ("什么都没有",), ()),
        # zh-Hant (Taiwan): the phone number leading the story is left out, the story kept
        (
            "客服您好：\n\n我的門號0933-123-456原本是月租NT$499方案，這個月帳單突然變成NT$899，我從來沒有同意過升級。\n\n請恢復原方案。\n\n王小明",
            ("原本是月租NT$499方案",),
            ("費用出現了問題",),
        ),
        # en: English paths untouched (no Chinese, the English verb kept as written)
        (
            "I cancelled my gym membership at the branch last month but you charged me $68 again. Refund it.",
            ("cancelled",),
            ("取消",),
        ),
    ],
)
def test_listen_core_fact_written(complaint: str, has: tuple[str, ...], lacks: tuple[str, ...]) -> None:
    listen = _listen(complaint)
    for word in has:
        assert word in listen, listen
    for word in lacks:
        assert word not in listen, listen


@pytest.mark.parametrize(
    ("complaint", "has", "lacks"),
    [
        # zh-Hant (Taiwan): the fact before a vent stands when what follows the vent leans on it
        (
            "您好：\n\n今天中午透過你們平台訂了雞腿便當（訂單FD-100200，NT$110），吃到一半咬到一片塑膠，"
            "嚇死我了，還好及時吐出來。\n照片我都拍好了。請你們跟店家查清楚。\n\n陳小姐",
            ("咬到一片塑膠", "您今天中午透過"),
            (),
        ),
        # zh-Hant (Taiwan): who answered is the party just asked, never 對方 (or 對方們)
        (
            "客服您好：\n\n10月5日我在商家取消訂單，商家回覆退款NT$1,200，已經過了10天還沒有入帳。\n"
            "問了商家，他們說錢已經退到你們平台了。請告訴我這筆錢在哪裡。\n\n李先生",
            ("商家說錢已經退到",),
            ("對方",),
        ),
        # zh-Hans: "each time" of calls said elsewhere is not restated before them, nor what came of it
        (
            "你好，\n\n我的退款3月2日申请，金额¥860，到现在还没到账。\n我打了四次客服，每次都说会回电，结果都没有。\n"
            "请尽快退款。\n\n王先生",
            ("¥860",),
            ("每次都说", "结果都没有"),
        ),
        # zh-Hant (Hong Kong): a route number and its 號 are one phrase, the incident kept
        (
            "致貴公司:\n\n本人於 5 月 2 日晚上約 9:30 喺觀塘站等 98X 號巴士,司機冇停站直接飛站,之後要等多 20 分鐘。\n"
            "請跟進。\n\n陳先生",
            ("98X 號巴士", "沒有停站"),
            (),
        ),
        # zh-Hans: the place asked, and what it said
        ("快递单号SF1234567890显示已签收 我根本没收到\n驿站也问了说没有 帮我查一下", ("驿站也说没有",), ("问了说",)),
        # en: an English each-time clause is untouched
        (
            "I called three times and each time they said someone would call back. Nobody did. Order #A-5521, $120.",
            ("call",),
            ("每次",),
        ),
    ],
)
def test_listen_keeps_what_went_wrong(complaint: str, has: tuple[str, ...], lacks: tuple[str, ...]) -> None:
    listen = _listen(complaint, "email")
    for word in has:
        assert word in listen, listen
    for word in lacks:
        assert word not in listen, listen


@pytest.mark.parametrize(
    ("complaint", "lacks"),
    [
        ("单号SF1429 0087 3361 显示昨天下午已签收 我根本没收到啊\n你们帮我查一下谁签的", "我们帮您查"),
        ("單號SF2233 4455 顯示已簽收 我根本沒收到\n你們幫我查一下誰簽的", "我們幫您查"),
    ],
)
def test_know_without_asking_lead(complaint: str, lacks: str) -> None:
    text = drafter.draft(complaint, channel="im", backend="template").text
    assert lacks not in text, text
