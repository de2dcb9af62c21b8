"""A medicine named for a condition ("allergy tablets", 过敏药) is the product bought, not a reaction:
a box missing from a pharmacy order gets the missing box, not the anaphylaxis script (trainers
scored that draft 1 on a set nobody here wrote). A reaction told beside the same words is still a
safety case. Complaints written for these tests, in en, zh-Hans and zh-Hant."""

from __future__ import annotations

import pytest

from drafter.intake import analyse
from drafter.models import Complaint

# (language, complaint, a safety case)
ROWS = [
    (
        "en",
        "I ordered three boxes of allergy tablets (order PH-2231) and only two arrived. Please send the missing box.",
        False,
    ),
    ("en", "The allergy relief spray I bought from your pharmacy app was charged twice, ref AP-778.", False),
    ("en", "After taking the allergy tablets you sold me I got hives and my throat feels tight. Order PH-9", True),
    ("zh-Hans", "我在你们药房网店买了三盒氯雷他定过敏药，订单号RX-55102，只收到两盒，少了一盒。请补发。", False),
    ("zh-Hans", "抗过敏喷雾下单三天了还没发货，订单 JD-88120，请尽快处理。", False),
    ("zh-Hans", "吃了你们卖的过敏药以后全身起红疹，呼吸有点困难。订单RX-1", True),
    ("zh-Hant", "我在你們藥局網站買了三盒過敏藥，訂單 TW-7781，只收到兩盒，請補寄。", False),
    ("zh-Hant", "你哋送嚟嘅抗過敏藥水盒裝爛咗，訂單 HK-2231，可唔可以換過。", False),
    ("zh-Hant", "我吃了你們賣的過敏藥之後全身起紅疹，呼吸有點困難。訂單 TW-1", True),
]


@pytest.mark.parametrize(("language", "text", "safety"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_a_medicine_named_for_a_condition_is_not_the_condition(language: str, text: str, safety: bool) -> None:
    analysis = analyse(Complaint(text=text, language=language, channel="im"))  # type: ignore[arg-type]
    assert (analysis.safety is not None) is safety, analysis.safety
