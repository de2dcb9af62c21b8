"""s14pg_en: English Listen and echo that parrot or garble the customer (trainers, c35).

A remark about the mail, a list's lead-in, an ask typed with no subject, a self-introduction are
no facts; a name opening the story keeps its case; a corrected sum is said as the new one only; a
request in not-quite-idiomatic English is answered, never echoed. Chinese paths never echo these
shapes; the corrected-sum reader holds for zh-Hans and zh-Hant too."""

from __future__ import annotations

import pytest

from drafter.backends import ask_echo, listen_en
from drafter.intake.corrections import replaced_sums


@pytest.mark.parametrize(
    ("sentence", "first", "expected"),
    [
        ("Adding a couple of photos below", True, None),  # about the mail
        ("Attaching the receipt for reference", True, None),
        ("building's lift is broken again", True, "your building's lift is broken again"),
        ("heating's been off since Monday", True, "your heating's been off since Monday"),
        ("want a refund when its sorted", False, None),  # an ask with no subject
        ("just need someone to ring me back", True, None),
        ("Your name is Maria Lopez", True, None),  # who writes
        ("Your English is not very good", False, None),
        ("Three problems: 1 the lift is broken, 2 the bins", False, "Three problems: 1 the lift is broken, 2 the bins"),
        (
            "More issues while you're at it, the app logs you out every hour. The chat never replied",
            False,
            "The app logs you out every hour. The chat never replied",
        ),
        ("A few other things: the lift is broken", False, "The lift is broken"),
        ("The lift has been broken since Monday", True, "The lift has been broken since Monday"),
        ("Flying 14 June for your sister's wedding", False, "You're flying on 14 June for your sister's wedding"),
        ("You want the fee waived", False, "You want the fee waived"),  # 'want' after a subject stays
    ],
)
def test_mend_leaves_out_what_is_no_fact(sentence: str, first: bool, expected: str | None) -> None:
    assert listen_en.mend(sentence, first=first) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("Tomasz says he was pushed", "I collected Tomasz at 4pm. Tomasz says he was pushed.", True),
        ("Wifi stopped at noon", "Wifi stopped at noon. I pay for wifi.", False),  # only at a sentence's head
        ("The driver was rude", "Hello. The driver was rude and the driver left.", False),
        ("On 12 May you reported it", "Hi,\nOn 12 May I reported it. I rang on the day.", False),
        ("Tracking number X1 says delivered", "Hi team, Tracking number X1 says delivered; my tracking page", False),
        ("Dana at the desk refused", "I spoke to Dana at the desk. Dana at the desk refused.", True),
    ],
)
def test_proper_lead(sentence: str, text: str, expected: bool) -> None:
    assert listen_en.proper_lead(sentence, text) is expected


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Update: the bill was £64.30 not £46.30 as I wrote before, sorry.", {"£46.30"}),
        ("It came to $120, not $210 - typo in my last message.", {"$210"}),
        ("The quote is €3,860 (I said €3,600 on the phone, before VAT).", {"€3,600"}),
        ("You took £640 not £64 from my account.", set()),  # a wrong debit: both sums stand
        ("I paid $50 and waited 3 hours, not 2.", set()),
        ("账单是64.30元不是46.30元，之前写错了。", {"46.30"}),  # zh-Hans
        ("帳單係HK$120唔係HK$210，我之前打錯了。", {"HK$210"}),  # zh-Hant (Cantonese)
        ("帳單是NT$500，不是NT$600，上次寫錯了。", {"NT$600"}),  # zh-Hant (Taiwan)
        ("扣了640元，应该是64元。", set()),
    ],
)
def test_replaced_sums(text: str, gone: set[str]) -> None:
    assert replaced_sums(text) == gone


@pytest.mark.parametrize(
    ("ask", "zh", "said"),
    [
        ("explain me simple", False, None),
        ("you want speak with the manager", False, None),
        ("he wants talk to a supervisor", False, None),
        ("explain to me why the fee was charged", False, "explain to me why the fee was charged"),
        ("refund the $20 fee", False, "refund the $20 fee"),
        ("尽快解冻我的账户", True, "尽快解冻我的账户"),
        ("盡快解凍我的帳戶", True, "盡快解凍我的帳戶"),
    ],
)
def test_unidiomatic_request_not_echoed(ask: str, zh: bool, said: str | None) -> None:
    assert ask_echo.voiced(ask, zh) == said
