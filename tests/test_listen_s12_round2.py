"""Session 12, round 2: Listen says the central facts in our voice and leaves out what only the
customer can say of their own case.

Table-driven on made-up text (en, zh-Hans, zh-Hant): a chat line with its subject dropped, a
sentence leaning on one left out, what could have happened, a figure of speech, a feeling, an
accusation, an emphatic nothing and their request turned into our voice never said back; a
sentence on a bare "this" never opens Listen; an aside that something is fine is never what we look
into; a headline on a bare figure gets its article or verb; an ultimatum after an ask is cut; an id
typed in spaced groups is one reference; "週六日文" stays Japanese; a slash date keeps its clause.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.template_listen import flaw
from drafter.intake.restate import restate
from drafter.models import Complaint
from drafter.wording import Wording


def _words(language: str, channel: str = "im") -> Wording:
    return Wording(Complaint(text="x", channel=channel, language=language), None)  # type: ignore[arg-type]


def _draft(text: str, channel: str = "im") -> str:
    return drafter.draft(text, channel=channel, backend="template").text


@pytest.mark.parametrize(
    ("language", "sentence", "kept"),
    [
        ("en", "Going to the dentist this arvo.", False),
        ("en", "swelling up all along the jaw.", False),
        ("en", "Though that's the least of it.", False),
        ("en", "She's fine now but the fumes could have killed us.", False),
        ("en", "The quote nearly gave you a stroke.", False),
        ("en", "The scooter you bought with it works fine though.", False),
        ("en", "The oven door came off its hinge on Monday.", True),
        ("en", "Parking at the depot cost you £20 on Monday.", True),
        ("en", "Nothing was left at the door on Tuesday.", True),
        ("en", "You told the waiter about your allergy, and he said it was fine.", True),
        ("zh-Hans", "当时孩子就在旁边，想起来都后怕。", False),
        ("zh-Hans", "您真的受够了。", False),
        ("zh-Hans", "客服说好的回电他偏不打。", False),
        ("zh-Hans", "钱包里一分钱都没有。", False),
        ("zh-Hans", "水费单上写着用了80吨，不可能用这么多水。", False),
        ("zh-Hans", "另外那把椅子是好的。", False),
        ("zh-Hans", "您上周三在我们店买的电饭锅用了两次就不加热了。", True),
        ("zh-Hans", "师傅上门看过都说没问题。", True),
        ("zh-Hans", "您跟店员说了过敏，店员讲是没问题的。", True),
        ("zh-Hant", "我們幫您查一下包裹去了哪裡。", False),
        ("zh-Hant", "一想到都覺得後怕。", False),
        ("zh-Hant", "司機偏不開冷氣，他硬是不停車。", False),
        ("zh-Hant", "選位費沒有理由不退。", False),
        ("zh-Hant", "您昨天在我們信義店買的吐司裡面有一根頭髮。", True),
        ("zh-Hant", "您跟店員說了過敏，店員說都沒問題。", True),
    ],
)
def test_what_only_they_can_say_is_left_out(language: str, sentence: str, kept: bool) -> None:
    assert (flaw(_words(language), sentence, follows=True) is None) is kept


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("zh-Hans", "这已经是这个月第三次了。"),
        ("zh-Hant", "這個已經是這個月第二次。"),
    ],
)
def test_bare_this_never_opens_listen(language: str, sentence: str) -> None:
    assert flaw(_words(language), sentence) == "deixis"


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "Hi, I ordered the navy raincoat size L (order #RQ-88120) and got a yellow one in S. "
            "The umbrella I bought with it arrived fine though. Please swap it.",
            "with the umbrella",
            "RQ-88120",
        ),
        (
            "Hello,\n\nParcel 1Z 7KX 402 55 8810 3321 shows delivered on Friday but nothing came. "
            "Please open a claim.\n\nThanks,\nAna",
            "reference 7KX",
            "1Z 7KX 402 55 8810 3321",
        ),
    ],
)
def test_english_drafts(text: str, absent: str, present: str) -> None:
    out = _draft(text, "email" if "\n" in text else "im")
    assert absent not in out
    assert present in out


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        ("$85 sent to the wrong account because your app picked an old payee.", "the $85 was sent", "because our app"),
        ("9:15 to Bristol got cancelled on Monday.", "the 9:15 to Bristol", "that 9:15"),
    ],
)
def test_headline_on_a_bare_figure(text: str, said: str, not_said: str) -> None:
    out = _draft(text)
    assert said in out
    assert not_said not in out


@pytest.mark.parametrize(
    ("text", "language", "said", "not_said"),
    [
        (
            "Please refund the $300 within 10 days or I will take this to the small claims court.",
            "en",
            "",
            "court",
        ),
        ("我 10/3 在你們購物平台買了一張書桌，收到時桌腳斷了。", "zh-Hant", "您10/3在我們購物平台", "10/3，"),
        ("我 5/12 在你们店买了一台风扇，用了两天就坏了。", "zh-Hans", "您5/12在我们店", "5/12，"),
        ("請問一下 我報的週六日文N2班 老師連續兩週停課 什麼時候補", "zh-Hant", "日文", "天文"),
    ],
)
def test_restated_words(text: str, language: str, said: str, not_said: str) -> None:
    r = restate(text, language, "im")
    story = " ".join(r.story) + " " + " ".join(a.text for a in r.asks)
    assert said in story
    assert not_said not in story


@pytest.mark.parametrize(
    ("text", "language", "said", "not_said"),
    [
        ("今朝發現水已經流到旁邊個插蘇位，個插蘇仲有火花。", "zh-Hant", "旁邊的插頭", "誰"),
        ("水浸到左邊個櫃桶，啲衫全濕晒。", "zh-Hant", "左邊的", "誰"),
        ("上周我去营业厅问，经理说让我再等等，但没说要等多久。", "zh-Hans", "上周您去", "您上周您"),
        ("上週我去門市問，店長說再等等，沒說要等多久。", "zh-Hant", "上週您去", "您上週您"),
        ("上週收到拒賠通知，理由是屋況老舊。", "zh-Hant", "您上週收到", "上週收到拒賠通知，理由是屋況老舊，"),
    ],
)
def test_spoken_and_clauses_read_right(text: str, language: str, said: str, not_said: str) -> None:
    r = restate(text, language, "email")
    story = " ".join(r.story)
    assert said in story
    assert not_said not in story
    assert not any(a.kind == "know" and ("没说" in a.text or "沒說" in a.text) for a in r.asks)


@pytest.mark.parametrize(
    ("text", "not_said"),
    [
        ("昨天在你们店买的酸奶 过期三天了\n还好孩子没喝 25.9块 退钱吧", "没喝是"),
        ("昨天喺你哋分店買嘅蛋糕 發霉\n好彩個仔未食 $68 退錢", "未食是"),
    ],
)
def test_a_sum_after_a_negated_verb_is_no_price(text: str, not_said: str) -> None:
    assert not_said not in _draft(text)


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        (
            "Hello,\n\nFlat 12A, Marlow Street. Water has been coming through the kitchen ceiling since Friday "
            "night. I reported it on Saturday (ticket #RS-55120) and nobody came.\n\nJo Patel",
            "your Flat 12A, Marlow Street",
            "This is on Marlow Street",
        ),
    ],
)
def test_a_flat_and_its_street_in_one_sentence(text: str, said: str, not_said: str) -> None:
    out = _draft(text, "email")
    assert said in out
    assert not_said not in out


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        ("麵包入面有條頭髮 你哋要俾個交代", "給個交代", "給的交代"),
        ("等咗兩個鐘都冇人理 你哋要俾個解釋", "給個解釋", "給的解釋"),
    ],
)
def test_giving_one_is_no_possessive(text: str, said: str, not_said: str) -> None:
    asks = " ".join(a.text for a in restate(text, "zh-Hant", "im").asks)
    assert said in asks
    assert not_said not in asks


@pytest.mark.parametrize(
    ("text", "language", "kept", "cut"),
    [
        ("昨晚充电宝冒烟了 订单号 5512098873 家里有两个孩子，现在想起来都后怕 退款", "zh-Hans", "两个孩子", "后怕"),
        ("昨晚暖爐插頭冒煙 單號 TW55120988 當時就放在床邊，想想都覺得可怕 要退款", "zh-Hant", "床邊", "可怕"),
    ],
)
def test_the_fear_is_cut_the_fact_stays(text: str, language: str, kept: str, cut: str) -> None:
    out = _draft(text)
    assert kept in out
    assert cut not in out


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        (
            "hi trying to close my account AC-55120 been 2 weeks, the form crashes. the mug i got is fine btw",
            "you have been trying to close your account AC-55120 for 2 weeks",
            "the mug",
        ),
    ],
)
def test_trying_to_gets_its_subject_back(text: str, said: str, not_said: str) -> None:
    out = _draft(text)
    assert said in out
    assert not_said not in out
