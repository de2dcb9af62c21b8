"""Round 10av: English drafts read as a trainer would read them.

Figures of speech are not harms ("to add insult to injury", "bleeding me dry", 伤口上撒盐); a
phone, laptop or power bank that swells or puffs up is a fire hazard with its safety step, never a
swollen limb; a member of staff named between commas stays one clause with their role; a chat
line about money taken ("charged twice AGAIN") is said as done to them; a reference given to them
leaves "a reference", not "were given case."; a phone number grouped as spoken is no reference;
"tonight" telling only when it happened is no deadline. Each in en, zh-Hans and zh-Hant where the
behaviour has a Chinese side, across kinds of business; complaints written for these tests.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse, read_complaint
from drafter.intake.restate import restate

# ---------------------------------------------------------------- figures of speech: no harm

FIGURES = [
    ("en", "My new debit card never came, and to add insult to injury you charged me a £5 replacement fee."),
    ("en", "The cinema lost our booking and, adding insult to injury, the usher made us wait outside."),
    ("en", "The courier lost my parcel and then added insult to injury by closing my claim without asking."),
    ("en", "Your airline is bleeding me dry with these baggage fees, £60 each way."),
    ("en", "We got burned by the hotel's hidden resort fee of $35 a night."),
    ("en", "You cut my internet off on Monday without any warning."),
    ("en", "The water company cut my supply for a day and nobody told me why."),
    ("zh-Hans", "快递丢了不说，客服还在伤口上撒盐，说是我填错了地址。"),
    ("zh-Hant", "銀行扣錯了錢，客服還在傷口上撒鹽，說要我自己去查。"),
]


@pytest.mark.parametrize(("lang", "complaint"), FIGURES, ids=[f"{c[0]}-{i}" for i, c in enumerate(FIGURES)])
def test_a_figure_of_speech_is_no_injury(lang: str, complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is None, analysis.safety
    assert not {"injury", "illness", "safety"} & set(analysis.reasons), analysis.reasons
    d = drafter.draft(complaint, channel="email")
    assert "injury" not in d.sections.listen.split("insult to injury")[0].lower(), d.text
    assert "受伤" not in d.text and "受傷" not in d.text and "就医" not in d.text and "就醫" not in d.text, d.text


LITERAL = [
    ("en", "My son slipped on the wet floor at your cinema and cut his knee; to add insult to injury nobody helped."),
    ("en", "The hotel shuttle door closed on my hand and I have a nasty cut that needed stitches."),
    ("zh-Hans", "你们超市地板太滑，我妈妈摔倒了，膝盖流血。"),
    ("zh-Hant", "你們診所的門夾傷了我兒子的手指，流了很多血。"),
]


@pytest.mark.parametrize(("lang", "complaint"), LITERAL, ids=[f"{c[0]}-{i}" for i, c in enumerate(LITERAL)])
def test_a_real_injury_beside_a_figure_is_still_one(lang: str, complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is not None and analysis.escalate, analysis


# ---------------------------------------------------------------- a battery that swells: fire hazard

SWELLING = [
    ("en", "hey the galaxy phone i bought at your store is literally puffing up and its hot even when not charging"),
    ("en", "The laptop you repaired last week: the battery is bulging and the trackpad is lifting."),
    ("en", "The power bank from your airport shop got really hot and started to bulge in my bag."),
    ("en", "The e-scooter I rented from you has a battery that is swelling and smells of burning plastic."),
    ("en", "My phone is swollen and the screen is lifting off the frame."),
    ("zh-Hans", "在你们营业厅买的手机电池鼓包了，后盖都翘起来了，还发烫。"),
    ("zh-Hant", "喺你哋門市買嘅手機電池鼓包，後蓋翹起，仲好熱。"),
]


@pytest.mark.parametrize(("lang", "complaint"), SWELLING, ids=[f"{c[0]}-{i}" for i, c in enumerate(SWELLING)])
def test_a_swelling_battery_is_a_fire_hazard_with_its_step(lang: str, complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is not None and "fire" in analysis.safety.hazards, analysis.safety
    assert "fracture" not in analysis.safety.hazards
    assert analysis.escalate
    d = drafter.draft(complaint, channel="im")
    step = {"en": "stop charging", "zh-Hans": "充电", "zh-Hant": "充電"}[lang]
    assert step in d.sections.listen, d.text


BODY_SWELLING = [
    ("en", "I tripped over the phone charger cable in your hotel lobby and my ankle is swollen."),
    ("en", "The queue for the phone shop was swelling out the door and we waited an hour."),
    ("zh-Hans", "我在你们手机店门口摔倒了，脚踝肿了。"),
    ("zh-Hant", "我喺你哋手機舖門口跌親，腳踝腫咗。"),
]


@pytest.mark.parametrize(("lang", "complaint"), BODY_SWELLING, ids=[f"{c[0]}-{i}" for i, c in enumerate(BODY_SWELLING)])
def test_a_swelling_that_is_not_a_batterys_is_no_fire(lang: str, complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is None or "fire" not in analysis.safety.hazards, analysis.safety


# ---------------------------------------------------------------- English restatement

RESTATED = [
    # a member of staff named between commas: one clause with the role, the name kept
    ("I was told by my account manager, Priya, that the fee would be waived.", "email", "account manager Priya that"),
    ("Our account manager, Steve, used to sort this out but he has left.", "email", "account manager Steve used"),
    ("The receptionist, Maria, told me the room would be ready at noon.", "email", "receptionist Maria told you"),
    ("The driver, Mr Hughes, refused to lower the ramp for my wheelchair.", "email", "driver Mr Hughes refused"),
    # money taken, told with no one named
    ("charged twice AGAIN for my broadband\nfix it", "im", "you were charged twice again"),
    ("billed £40 for a gym month I already cancelled\nacct 5521", "im", "you were billed £40"),
]


@pytest.mark.parametrize(("complaint", "channel", "said"), RESTATED)
def test_english_story_reads_as_a_sentence(complaint: str, channel: str, said: str) -> None:
    story = " ".join(restate(complaint, "en", channel).story)
    assert said in story, story


def test_a_reference_given_to_them_leaves_an_object() -> None:
    cases = [
        "I reported it in the app and was given case reference FR-0938812. Nothing has happened since.",
        "I rang your clinic on Monday and was given ticket number CL-22871. Nobody has called back.",
        "I complained at the cinema desk and got complaint reference CX-55102. Still no refund.",
    ]
    for complaint in cases:
        d = drafter.draft(complaint, channel="email")
        listen = d.sections.listen
        assert "a reference" in listen, listen
        assert not any(listen.count(w + ".") for w in (" case", " ticket", " given", " got", " complaint")), listen


@pytest.mark.parametrize(
    ("complaint", "number"),
    [
        ("Our vet appointment was moved three times. Kindly call me back on 98450 22713 to fix a date.", "98450 22713"),
        ("The courier left my parcel outside in the rain. Ring me on 07700 900123 please.", "07700 900123"),
        ("The hotel charged my card twice. Call me at 415 555 0132 today.", "415 555 0132"),
    ],
)
def test_a_phone_number_grouped_as_spoken_is_no_reference(complaint: str, number: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert "reference " + number.split()[0] not in d.text, d.text
    assert number in d.text, d.text


@pytest.mark.parametrize(
    ("complaint", "deadline"),
    [
        ("order #K5527 from your Deansgate place tonight\nno garlic naan in the bag. paid £3.50 for it", False),
        ("booked a table at your Leeds branch tonight\nwaited 40 mins and no one came", False),
        ("my suit from your dry cleaners is still not ready and I need it tonight for a wedding", True),
    ],
)
def test_tonight_is_a_deadline_only_when_told_as_one(complaint: str, deadline: bool) -> None:
    d = drafter.draft(complaint, channel="im")
    assert ("deadline so close" in d.text) == deadline, d.text


# ---------------------------------------------------------------- a fall with no wound: a bruise

BRUISED = [
    ("en", "I slipped on a wet floor at your cinema on Friday and landed on my hip; it is badly bruised."),
    ("en", "Your courier's trolley knocked me over at the depot counter and my shoulder is bruised."),
    ("zh-Hans", "我在你们超市滑倒了，胯部摔得青一块紫一块，到处淤青。"),
    ("zh-Hant", "我在你們銀行大廳滑倒，手肘撞到地上，一大片瘀青。"),
]
INFECTION = {"en": "sign of infection", "zh-Hans": "红肿发炎", "zh-Hant": "紅腫發炎"}
COLD_PACK = {"en": "cold pack", "zh-Hans": "冷敷", "zh-Hant": "冷敷"}


@pytest.mark.parametrize(("lang", "complaint"), BRUISED, ids=[f"{c[0]}-{i}" for i, c in enumerate(BRUISED)])
def test_a_fall_with_no_wound_gets_rest_and_a_doctor_not_infection_advice(lang: str, complaint: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.escalate
    assert INFECTION[lang] not in d.text, d.text
    assert COLD_PACK[lang] in d.sections.listen, d.text


CUT = [
    ("en", "I slipped in your bank's foyer and cut my hand on the door; there was a lot of blood."),
    ("zh-Hans", "我在你们诊所门口摔倒了，膝盖擦破流血。"),
    ("zh-Hant", "我在你們酒店泳池邊滑倒，腳底被割傷流血。"),
]


@pytest.mark.parametrize(("lang", "complaint"), CUT, ids=[f"{c[0]}-{i}" for i, c in enumerate(CUT)])
def test_a_fall_with_a_wound_keeps_the_wound_step(lang: str, complaint: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert COLD_PACK[lang] not in d.text, d.text


# ---------------------------------------------------------------- asks said as asked (English)

THEN = [
    ("My passport expires on 30 June. Can you give me an appointment before then?", "before 30 June"),
    ("The concert is on 14 August. Please make sure the replacement tickets arrive by then.", "by 14 August"),
    ("Our lease at the flat ends on 2 May, so please have the final meter reading done before then.", "before 2 May"),
]


@pytest.mark.parametrize(("complaint", "said"), THEN)
def test_before_then_is_said_as_their_date(complaint: str, said: str) -> None:
    analysis = analyse(read_complaint(complaint))
    asks = " ".join(a.text for a in analysis.facts.asks)
    assert said in asks, asks
    d = drafter.draft(complaint, channel="email")
    assert "before then" not in d.sections.satisfy and "by then" not in d.sections.satisfy, d.text
    day = said.split()[1]
    assert f"before {day}," not in d.text and f"before {day} " not in d.text.replace(said, ""), d.text


SECOND_ASK = [
    (
        "Our room at your hotel was not cleaned. Could you get it sorted today, and as a goodwill gesture "
        "could we have a late checkout on Sunday?",
        "a late checkout on Sunday",
        "on Sunday",
    ),
    (
        "The gym showers have been cold all week. Please fix them, and as an apology could I have "
        "a free guest pass for Saturday?",
        "a free guest pass for Saturday",
        "Saturday",
    ),
]


@pytest.mark.parametrize(("complaint", "ask", "when"), SECOND_ASK)
def test_a_second_request_joined_by_and_is_a_request_of_its_own(complaint: str, ask: str, when: str) -> None:
    analysis = analyse(read_complaint(complaint))
    texts = [a.text for a in analysis.facts.asks]
    assert any(t.endswith(ask) and t.startswith("you'd like") for t in texts), texts
    assert not any("could you have" in t or "could we have" in t for t in texts), texts


@pytest.mark.parametrize(
    ("complaint", "when"),
    [
        (
            "Our room at your hotel was not cleaned for two days. Could you get it sorted today, and as a "
            "goodwill gesture could we have a late checkout on Sunday?",
            "on Sunday",
        ),
        (
            "The cinema seats we booked were broken. Please sort it out, and as an apology could we have "
            "two seats in the premium row on Friday?",
            "on Friday",
        ),
    ],
)
def test_the_request_put_to_a_manager_is_the_one_that_names_something(complaint: str, when: str) -> None:
    d = drafter.draft(complaint, channel="email")
    satisfy = d.sections.satisfy
    if "to decide" in satisfy:
        assert f"do that {when}" in satisfy, satisfy
    assert "today on" not in satisfy, satisfy


# ---------------------------------------------------------------- a numbered thing that won't work

NUMBERED = [
    ("locker 14 wont open\ncode 552019", "locker 14 won't open"),
    ("gate 3 won't lift at your car park\nticket 7781", "gate 3 won't lift"),
    ("pump 4 stopped halfway\npaid by card", "pump 4 stopped halfway"),
    ("machine 7 didn't give change at the laundrette", "machine 7 didn't give change"),
]


@pytest.mark.parametrize(("complaint", "said"), NUMBERED)
def test_a_numbered_thing_that_wont_work_is_restated(complaint: str, said: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert said in d.sections.listen, d.text
    assert "did not go the way" not in d.sections.listen, d.text


# ---------------------------------------------------------------- how they report it, how they want it


@pytest.mark.parametrize(
    ("complaint", "want"),
    [
        ("The bank closed my account without notice. I would just like an explanation in writing.", "an explanation"),
        ("Your courier left my parcel in the rain. I'd really like a replacement sent this week.", "a replacement"),
        ("The clinic cancelled my scan twice. We simply want a fixed date that will not move.", "a fixed date"),
    ],
)
def test_a_want_with_an_adverb_is_still_a_request(complaint: str, want: str) -> None:
    analysis = analyse(read_complaint(complaint))
    asks = [a.text for a in analysis.facts.asks]
    assert any(want in a for a in asks), (asks, analysis.facts.story)
    assert not any(want in s for s in analysis.facts.story), analysis.facts.story
    assert not any(" just like" in a or " really like" in a for a in asks), asks


@pytest.mark.parametrize(
    "complaint",
    [
        'The cinema manager said, and I quote, "We do not do refunds for people like you," and walked off.',
        'At the airline desk the agent told me (and I quote) "not my problem" and closed the window.',
    ],
)
def test_and_i_quote_is_how_they_report_it_not_a_fact(complaint: str) -> None:
    story = " ".join(restate(complaint, "en", "email").story)
    assert "you quote" not in story and "I quote" not in story, story


# ---------------------------------------------------------------- asks for nothing in particular


@pytest.mark.parametrize(
    "complaint",
    [
        "My broadband has been down since Monday, account 7781-2290. Please do the needful at the earliest.",
        "Your bank charged me twice for the same transfer of £120. Kindly take the necessary action.",
        "The hotel lost my booking for 3 nights in June. Do something about it.",
    ],
)
def test_a_request_for_nothing_in_particular_is_not_echoed(complaint: str) -> None:
    d = drafter.draft(complaint, channel="email")
    satisfy = d.sections.satisfy.lower()
    assert "needful" not in satisfy and "necessary action" not in satisfy and "do something" not in satisfy, d.text


# ---------------------------------------------------------------- a refused claim: the decision reviewed

REFUSED = [
    ("en", "My travel insurance claim CL-55210 for the cancelled trip was rejected as 'not covered'. Settle it."),
    ("en", "You declined my pet insurance claim for Max's surgery, claim PX-2231, citing a pre-existing condition."),
    ("zh-Hans", "我的医疗险理赔被拒了，保单号HL-882201，说是既往症，请重新处理。"),
    ("zh-Hant", "我的車險理賠被拒，保單號碼CA-771203，說不在保障範圍，請重新處理。"),
]
PAID = {"en": "when it will be paid", "zh-Hans": "理赔的处理结果和时间", "zh-Hant": "理賠的處理結果和時間"}
REVIEW = {"en": "review the decision", "zh-Hans": "复核", "zh-Hant": "複核"}


@pytest.mark.parametrize(("lang", "complaint"), REFUSED, ids=[f"{c[0]}-{i}" for i, c in enumerate(REFUSED)])
def test_a_refused_claim_is_reviewed_not_promised(lang: str, complaint: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert REVIEW[lang] in d.sections.satisfy, d.text
    assert PAID[lang] not in d.sections.satisfy, d.text
