"""Round 10ab: Listen restates the customer's facts in our voice, never a fragment or their own
voice; only real ids are references; the facts a reply must restate survive; Satisfy answers the
explicit ask with the remedy that fits it; Traditional replies use words common to Hong Kong and
Taiwan. Every table runs in English, Simplified and Traditional Chinese, across several kinds of
business. Test sentences are our own."""

from __future__ import annotations

import re

import pytest

import drafter


def _listen(text: str, channel: str = "im") -> str:
    return drafter.draft(text, channel=channel).sections.listen


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。.!?！？])\s*", text) if s.strip()]


# --------------------------------------------------------------------------- IM lines

# On a chat channel every line is a message of its own, however long: never run into the next.
IM_LINES = [
    (
        "en",
        "my broadband has been down since monday\n"
        "the engineer was meant to come friday between 9-1 and never showed up, i took the day off work\n"
        "account ending 5521\n"
        "can someone come out tomorrow",
        ["since monday", "never showed up"],
        ["work account", "monday the engineer"],
    ),
    (
        "zh-Hans",
        "宽带从周一断到现在\n每次打客服都说师傅会联系您 结果一直没人打来\n孩子网课都上不了\n麻烦这两天派人来修",
        ["宽带从周一断到现在", "孩子网课都上不了"],
        ["打来孩子", "上不了麻烦"],
    ),
    (
        "zh-Hant",
        "家裡網路從禮拜二斷到現在\n每次打客服都說工程師會聯絡您 結果都沒人打來\n"
        "我在家上班完全沒辦法做事\n拜託明天派人來修",
        ["家裡網路從禮拜二斷到現在"],
        ["打來我在家", "做事拜託"],
    ),
]


@pytest.mark.parametrize(("language", "text", "present", "absent"), IM_LINES)
def test_each_chat_line_is_its_own_sentence(language: str, text: str, present: list[str], absent: list[str]) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    for want in present:
        assert want in d.sections.listen, d.sections.listen
    for scrap in absent:
        assert scrap not in d.text.lower(), d.text


# --------------------------------------------------------------------------- references

# Only real order, booking, account, ticket or case ids are references: a time window, a range of
# days, a card's last digits, a flat or a room are said as what they are.
NOT_REFERENCES = [
    ("en", "Order 55-2201. The fitter was due between 8-12 and never came. Fix it.", "8-12", r"reference 8-12"),
    ("en", "My refund was meant to arrive in 3-5 business days, booking BK-77120, nothing.", "3-5", r"reference 3-5"),
    ("en", "Charged twice on my card ending 4471 for booking HX-2290.", "card ending 4471", r"reference 4471"),
    ("en", "The heating in flat 12B has been off for 3 days, job number JB-44120.", "12B", r"under your flat|ence 12B"),
    ("zh-Hans", "保修单号 WX-20931，师傅说8-12点上门，结果没人来。", "WX-20931", r"编号8-12|按[^。]*8-12"),
    ("zh-Hans", "我的卡号后四位 0921 被多扣了一笔年费，流水号 TX99120。", "0921", r"编号0921"),
    ("zh-Hant", "我住 2315 房，房間冷氣壞了一整晚，訂房代號 HT-88120。", "2315", r"按[^。]*2315[^。]*核查"),
    ("zh-Hant", "退款說3-5個工作天到帳，訂單編號 TW-55120，到現在還沒到。", "TW-55120", r"編號3-5|3-5為您核查"),
]


@pytest.mark.parametrize(("language", "text", "kept", "wrong"), NOT_REFERENCES)
def test_only_real_ids_are_references(language: str, text: str, kept: str, wrong: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert kept in d.text, d.text
    assert not re.search(wrong, d.text), d.text


# A flat, a room or an address: noted as where it is, in a sentence that says so.
PLACES = [
    ("en", "The lift at our block is broken again. I'm at 14 Maple Court, account 7730-2291.", "14 Maple Court"),
    ("zh-Hans", "燃气一直有味道\n地址 幸福小区3号楼1单元402\n户号 5512093311\n快派人来", "3号楼1单元402"),
    (
        "zh-Hant",
        "家裡漏水很嚴重\n地址 台北市大安區和平東路一段12巷5號3樓\n用戶編號 22-551203\n可以派人來嗎",
        "和平東路一段12巷5號3樓",
    ),
]


@pytest.mark.parametrize(("language", "text", "place"), PLACES)
def test_an_address_is_restated(language: str, text: str, place: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert place in d.text, d.text
    sentence = next(s for s in _sentences(d.sections.listen) if place in s)
    assert not re.search(r"you told us about|您提到的|连同|連同", sentence), sentence


# --------------------------------------------------------------------------- fragments

# A topic with no predicate of its own is joined to what is said about it; a bare figure, a label
# and its number, a letter's heading are never sentences of ours.
FRAGMENTS = [
    (
        "zh-Hans",
        "刚刚在你们中山店买的豆浆\n回家才发现已经过期了\n小票号 XP-5512093\n能换一瓶吗",
        "买的豆浆，回家才发现已经过期了",
        ["了解到刚刚在我们中山店买的豆浆。", "小票号 XP"],
    ),
    (
        "zh-Hant",
        "請問一下 今天 1234 車次 台北→高雄\n我的座位 5車8B 上車已經有人坐了\n站了快一個小時\n這要怎麼處理",
        "5車8B",
        ["了解到1234，", "了解到1234。"],
    ),
    (
        "zh-Hant",
        "致 明德補習中心 負責人：\n\n我個女喺你哋旺角中心上英文班，上星期老師當住全班面前鬧佢，"
        "佢而家唔肯再去上堂。唔該負責人親自覆我。\n\n陳太",
        "上英文班",
        ["了解到明德補習中心。"],
    ),
]


@pytest.mark.parametrize(("language", "text", "present", "absent"), FRAGMENTS)
def test_no_fragment_in_our_voice(language: str, text: str, present: str, absent: list[str]) -> None:
    channel = "email" if "\n\n" in text else "im"
    d = drafter.draft(text, channel=channel)
    assert d.language == language
    assert present in d.sections.listen, d.sections.listen
    for scrap in absent:
        assert scrap not in d.text, d.text


# Spoken Cantonese grammar left after the written table: rewritten, or the clause left out.
CANTONESE = [
    ("部機仲開住 我手肘仲流緊血", ["開著", "正在流血"], ["開住", "流緊"]),
    ("我住 1203 房 兩日都冇人執過房 啲毛巾用晒", ["兩天"], ["用晒", "執過房", "兩日"]),
    ("我屋企條寬頻晚晚9點後得返20M 已經重啟咗好多次", ["每晚", "只剩20M"], ["晚晚", "得返"]),
]


@pytest.mark.parametrize(("text", "present", "absent"), CANTONESE)
def test_cantonese_left_over_is_written_out(text: str, present: list[str], absent: list[str]) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == "zh-Hant"
    for want in present:
        assert want in d.sections.listen, d.sections.listen
    for spoken in absent:
        assert spoken not in d.text, d.text


# A Latin cue ("AI") is a whole word in Chinese text: a name that holds the letters is restated.
LATIN_NAMES = [
    ("zh-Hans", "我的保单名字写错了\n护照上是 CHAI WAI MING 保单写成了 CHAI WAI MIN\n保单号 PL-22019", "CHAI WAI MING"),
    ("zh-Hant", "我張機票名字串錯咗\n護照係 WAI KIN LAI 但機票寫咗 WAI KIN LEI\n訂單號碼 AB-55120", "WAI KIN LAI"),
    (
        "en",
        "My booking has my name wrong. Passport says WAI KIN LAI but the ticket says WAI KIN LEI. Booking AB-55120.",
        "WAI KIN LAI",
    ),
]


@pytest.mark.parametrize(("language", "text", "name"), LATIN_NAMES)
def test_a_name_with_cue_letters_is_restated(language: str, text: str, name: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert name in d.text, d.text
