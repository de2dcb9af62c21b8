"""Session 14: a fact the customer gave comes out of the Chinese Listen step whole, in a sentence
of ours, or is not said at all (made-up complaints, en / zh-Hans / zh-Hant Taiwan / Hong Kong).

What lost facts before: a measure typed apart from its figure ("298 吨") cut into a clause of its own,
a plate read by its tail ("编号3Q778"), a count glued to the id before it ("WD0923 30"), a figure
typed between spaces ("由 8 跳去 16") that left its sentence out, a bare how-piece ("在自助还书机还的")
that cut the rest of the sentence, a merchant named in Latin in quotes read as a remark, and the
customer's "只需要幫我…" said in our voice."""

from __future__ import annotations

import importlib
import re

import pytest

import drafter
from drafter.backends.listen_zh import without_pieces
from drafter.backends.template_listen import _ZH_BARE_DE, _quotes_ok

restate_module = importlib.import_module("drafter.intake.restate")


def _draft(text: str, channel: str = "email") -> str:
    return drafter.draft(text, channel=channel, backend="template").text


def _listen(text: str, channel: str = "email") -> str:
    return drafter.draft(text, channel=channel, backend="template").sections.listen


def _clauses(text: str, trad: bool = False, im: bool = False) -> list[str]:
    cues = restate_module.restate_cues()
    return [c.text for c in restate_module._zh_pieces(text, cues, trad, im).clauses]


@pytest.mark.parametrize(
    ("text", "trad", "whole"),
    [
        # a measure typed apart from its figure stays with it
        ("这个月燃气表显示用了 86 立方，比平时多三倍", False, "86 立方"),
        ("這期水費單顯示用咗 41 噸水，平時得十噸", True, "41 噸"),
        ("油箱只加了 20 升就跳枪了", False, "20 升"),
        # a plate after its label, typed with a space
        ("车牌 苏E·7M250，昨晚被贴了罚单", False, "车牌 苏E·7M250"),
        ("車牌 粵B 6K321，今日泊咗兩個鐘", True, "車牌 粵B 6K321"),
        # a figure between spaces after 由 / 到: one clause, not three
        ("冷氣溫度由 18 跳到 30 度，成晚都瞓唔到", True, "由18跳到30 度"),
        ("水温从 40 升到 70，差点烫伤", False, "从40升到70"),
        # a sum then 的 / 嘅: one clause ("一筆 HK$980 嘅簽賬")
        ("月結單多咗一筆 HK$980 嘅簽賬", True, "HK$980 的簽賬"),
    ],
)
def test_a_figure_keeps_its_clause(text: str, trad: bool, whole: str) -> None:
    assert any(whole in c for c in _clauses(text, trad)), _clauses(text, trad)


@pytest.mark.parametrize(
    ("text", "trad", "ref", "count"),
    [
        ("订单AB7721 12张照片全部要重洗", False, "订单AB7721", "12张照片全部要重洗"),
        ("訂單KX5108 3盒月餅全部壓爛咗", True, "訂單KX5108", "3盒月餅全部壓爛了"),
    ],
)
def test_a_count_after_an_id_opens_the_next_clause(text: str, trad: bool, ref: str, count: str) -> None:
    clauses = _clauses(text, trad, im=True)
    assert ref in clauses and count in clauses, clauses


@pytest.mark.parametrize(
    ("text", "trad", "asked"),
    [
        ("我已经挂失了。只需要帮我查一下这笔钱去了哪里", False, True),
        ("唔使搵經理，只需要幫我開個爭議個案就得", True, True),
        ("我需要的是一部能用的手机", False, False),  # what they need, not what we should do for them
    ],
)
def test_what_they_need_done_for_them_is_a_request(text: str, trad: bool, asked: bool) -> None:
    cues = restate_module.restate_cues()
    kinds = [c.kind for c in restate_module._zh_pieces(text, cues, trad, False).clauses if "需要" in c.text]
    assert kinds and (kinds[-1] == "ask") == asked, kinds


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # the bare how-piece goes, what came after stays
        ("您上周就交了押金，在前台交的，系统还说您欠费，扣了您30元", "您上周就交了押金，系统还说您欠费，扣了您30元"),
        ("您昨天退了那件外套，在門市退的，到現在都還沒退款", "您昨天退了那件外套，到現在都還沒退款"),
        # what leans on the piece left out is never kept without it: nothing
        ("您昨天就还了车，在机场还的，就一直没人理", ""),
        # a bare word after it is a request typed on: the sentence ends before it
        ("面里有一根头发，在汤底捞到的，还好还没吃，退款", "面里有一根头发，还好还没吃"),
        # a comparison is not bare; a figure is its piece's
        ("空调开得跟冰窖似的", ""),
        # what happened, said with 的, is never left out
        ("送來全冰全糖，而且雞排送成辣的，您不敢吃辣", ""),
        ("您买了两盒，在超市买的，共30元", "您买了两盒，共30元"),
    ],
)
def test_a_bare_piece_goes_and_the_rest_stays(sentence: str, kept: str) -> None:
    assert without_pieces(sentence, _ZH_BARE_DE) == kept


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("商戶名係「PAYPAL *STEAMGAMES」", True),
        ("扣款方显示“ALIPAY*HANGZHOU-TECH”", True),
        ("店員話「Sorry we close now, come back later」", False),  # a remark in English, not a name
        ("職員話「唔關我事，你自己搞掂佢啦」", False),
    ],
)
def test_a_latin_name_in_quotes_is_a_name(text: str, ok: bool) -> None:
    assert _quotes_ok(text, True, 10) is ok


@pytest.mark.parametrize(
    ("complaint", "channel", "says", "never"),
    [
        # zh-Hans: a measure, a plate, a count after an id
        (
            "你好，\n\n我家户号 5512-0098-31，这个月燃气账单 ¥864，表上显示用了 310 立方。"
            "家里就我一个人住。\n\n请派人上门核表。\n\n王磊",
            "email",
            ["310 立方"],
            ["显示用了。", "显示。"],
        ),
        (
            "你好，\n\n我9月3日在银泰地下车库停了不到一小时，APP扣了我60元。\n\n"
            "车牌 浙A·5T902，请核对记录退钱。\n\n李娜",
            "email",
            ["浙A·5T902"],
            ["编号5T902", "编号A·5T902"],
        ),
        ("冲印的相册今天到了 颜色全偏绿 订单PX3318 24张全部要重印", "im", ["PX3318", "24张"], ["PX3318 24"]),
        # zh-Hant (Taiwan): the sentence said past its how-piece, the overdue charge kept
        (
            "我上週就把書還了 是在自助還書機還的 系統還說我逾期 扣了我NT$30 借書證號A0038812 麻煩查一下",
            "im",
            ["逾期", "NT$30"],
            [],
        ),
        # zh-Hant (Hong Kong): the merchant's Latin name kept, the request not said in our voice
        (
            "你好，\n\n我張信用卡（尾號 5521）四月份月結單有一筆 HK$2,180 嘅簽賬，"
            "商戶名係「NOVAPAY*DIGITAL」，我從來冇用過。\n\n"
            "唔使打電話俾我，只需要幫我開爭議個案，用電郵通知我就得。\n\n黃小姐",
            "email",
            ["NOVAPAY*DIGITAL"],
            ["。需要幫您", "。只需要"],
        ),
    ],
)
def test_the_fact_is_said_whole(complaint: str, channel: str, says: list[str], never: list[str]) -> None:
    text = _draft(complaint, channel)
    for fact in says:
        assert fact in text, text
    for bad in never:
        assert bad not in text, text


@pytest.mark.parametrize(
    ("complaint", "fact"),
    [
        # en: the same facts in English come out whole as before (the readers above are Chinese only)
        ("My water bill says I used 298 tons this month. It's just me and my wife. Account 1102-4356-78.", "298"),
        ("You charged £45 for parking under 40 minutes. Plate KX19 ABC. Please refund.", "£45"),
    ],
)
def test_english_facts_unchanged(complaint: str, fact: str) -> None:
    assert fact in _draft(complaint)


def test_no_cantonese_left_in_the_restated_fall() -> None:
    complaint = (
        "你好，\n\n今朝大約 7 點，我喺你哋沙田分店用第 5 號單車機，阻力突然由 4 跳去 12，我冇辦法停低，"
        "成個人跌咗落地，手腕扭傷。\n\n請即刻停用嗰部機。\n\n陳生"
    )
    listen = _listen(complaint)
    assert "單車機" in listen and not re.search("[咗喺嗰冇]|停低|跳去", listen), listen


@pytest.mark.parametrize(
    ("complaint", "state"),
    [
        # a state told by a doubled word is a fact of its own, said with its sentence
        ("我租的车开上高速仪表盘一直报警，左前轮看起来瘪瘪的，现在停在应急车道，车上还有老人。", "瘪瘪的"),
        ("昨晚恢復供電之後電壓不穩，燈一閃一閃的，家裡剛買的冰箱直接壞了。", "一閃一閃的"),
        ("我們公司3月2日開業，在你們店訂了兩個花籃，結果送錯了地址，開幕的時候門口空空的，客人都在問。", "空空的"),
    ],
)
def test_a_doubled_state_is_said_with_its_sentence(complaint: str, state: str) -> None:
    assert state in _listen(complaint), _listen(complaint)


@pytest.mark.parametrize(
    ("complaint", "ref", "never"),
    [
        # an id typed before an ASCII comma and a figure is read whole, never cut at its last hyphen
        (
            "您好:\n我的理赔报案号RPT-2023-55190,3月份出的险,材料早就交齐了。请尽快处理。\n王芳",
            "RPT-2023-55190",
            "RPT-2023。",
        ),
        (
            "你好:\n我張保單編號POL-7781-20931,5月份已經交齊文件,到而家都未有回覆。\n陳先生",
            "POL-7781-20931",
            "POL-7781。",
        ),
        (
            "Hello,\nMy claim CLM-2024-08812,2 months on, is still open. Please update me.\nAnn",
            "CLM-2024-08812",
            "CLM-2024.",
        ),
    ],
)
def test_an_id_before_an_ascii_comma_is_whole(complaint: str, ref: str, never: str) -> None:
    text = _draft(complaint)
    assert ref in text and never not in text, text


@pytest.mark.parametrize(
    ("spoken", "written", "trad"),
    [
        # Cantonese 好似…咁 at a clause's end is "like …", never "好像…這麼" (read as a question, so left out)
        ("洗完一次就縮到好似S碼咁，完全著唔到", "洗完一次就縮到像S碼一樣，完全著不到", True),
        ("箱子烂到好似纸皮咁", "箱子烂到像纸皮一样", False),
        ("佢好似唔識咁", "他好像不識這麼", True),  # a verb phrase after it: left as the table reads it
    ],
)
def test_cantonese_like_is_written_out(spoken: str, written: str, trad: bool) -> None:
    assert restate_module.written_zh(spoken, trad, True) == written
