"""Round 10ay: safety and routing read by class (issue 10).

Trainers found: an electric shock told in everyday words ("gave me a shock", "got zapped", 一摸就
麻了一下) read as an inconvenience; a power bank too hot to touch given a burn's step and a mains
switch; the other unit of the same batch left unanswered; the customer's own boss (主管要我…) and a
member of staff saying "only head office can fix it" read as a demand for a manager; "the paper
copy" read as the newspaper; a regulator (保险业监管局) and a sum asked "back to my card" missed;
a written confirmation or a progress report routed as a written statement for a supervisor. Rows in
en, zh-Hans and zh-Hant across kinds of business, with near-misses that must not trigger. The
complaints are written for these tests."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse
from drafter.models import Complaint


def _ids(table: list[tuple[object, ...]]) -> list[str]:
    return [f"{row[0]}-{i}" for i, row in enumerate(table)]


def _analysis(text: str, language: str, channel: str = "im"):  # type: ignore[no-untyped-def]
    return analyse(Complaint(text=text, language=language, channel=channel))


# A shock told in everyday words: an electric hazard, escalated, asked after with the shock's step.
SHOCKS = [
    ("en", "hi the toaster i got from ur store gave me a shock when i touched the side, fingers still tingling"),
    ("en", "The hairdryer in my hotel room zapped me when I switched it on. My arm went numb for a minute."),
    ("en", "Got a proper jolt off the metal casing of the washing machine you installed yesterday."),
    ("zh-Hans", "你们卖的电水壶，我一摸外壳手就麻了一下，现在还有点麻。"),
    ("zh-Hant", "貴店賣的吹風機，我一按開關就麻了一下，到現在手還有點麻。"),
    ("zh-Hant", "你哋裝嘅熱水爐，我一掂個掣就一陣發麻，好驚。"),
]


@pytest.mark.parametrize(("language", "text"), SHOCKS, ids=_ids(SHOCKS))
def test_a_shock_in_everyday_words_is_an_electric_hazard(language: str, text: str) -> None:
    analysis = _analysis(text, language)
    assert analysis.safety is not None and "electric" in analysis.safety.hazards
    assert analysis.escalate
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert "inconvenien" not in d.text and "不便" not in d.text, d.text


# Shock as surprise, a figure of speech, or numbness with no electricity: no electric hazard.
NOT_SHOCKS = [
    ("en", "Your bill gave me a shock this month, it's $80 more than usual."),
    ("en", "I was shocked by the price of the repair and the rude way I was spoken to."),
    ("en", "The news that my flight was cancelled gave me a real shock."),
    ("zh-Hans", "我一拿到账单整个人都发麻，怎么多扣了200元？"),
    ("zh-Hans", "你们快递员送件时我家孩子在门口被电动车撞了一下。"),
    ("zh-Hant", "看到帳單金額嚇了一跳，手都發麻，請解釋一下收費。"),
]


@pytest.mark.parametrize(("language", "text"), NOT_SHOCKS, ids=_ids(NOT_SHOCKS))
def test_surprise_is_no_shock(language: str, text: str) -> None:
    analysis = _analysis(text, language)
    assert analysis.safety is None or "electric" not in analysis.safety.hazards


# The body still feeling the shock: a doctor today, not only "if anyone feels unwell".
STILL_FELT = [
    ("en", "The kettle you sold me gave me a shock when I lifted it, my hand is still tingling.", "by a doctor today"),
    ("zh-Hans", "你们的电饭煲漏电，我被电了一下，手到现在还有点麻。", "今天就去看医生"),
    ("zh-Hant", "你們的電暖爐漏電，我被電了一下，手到現在還有點麻。", "今天就去看醫生"),
]


@pytest.mark.parametrize(("language", "text", "step"), STILL_FELT, ids=_ids(STILL_FELT))
def test_a_shock_still_felt_gets_a_doctor_today(language: str, text: str, step: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert step in d.text, d.text


# A portable battery too hot to touch and smoking: no burn step, no mains switch or meter box;
# the other one of the same batch is answered.
HOT_BATTERY = [
    (
        "zh-Hans",
        "我在你们平台买的充电宝，充电时外壳烫到无法触碰，还冒烟，我马上拔掉插头。家里还有一个同批的，怎么处理？",
    ),
    ("zh-Hant", "我在貴平台買的行動電源，充電時外殼燙到不能碰，還冒出白煙，我已經拔掉插頭。家裡還有一顆同批的。"),
    (
        "en",
        "The power bank I bought from you got too hot to touch and smoked while charging, I unplugged it. "
        "I have a second one from the same batch, what should I do with it?",
    ),
]


@pytest.mark.parametrize(("language", "text"), HOT_BATTERY, ids=_ids(HOT_BATTERY))
def test_a_hot_battery_gets_its_own_step(language: str, text: str) -> None:
    analysis = _analysis(text, language, "email")
    assert analysis.safety is not None and "burn" not in analysis.safety.hazards
    d = drafter.draft(text, channel="email")
    assert d.language == language
    for wrong in ("总电源", "總電源", "电表箱", "電錶箱", "冷水", "cool water", "at the mains", "meter"):
        assert wrong not in d.text, d.text
    assert any(w in d.text for w in ("同一批的另一", "同一批的另一".replace("个", "個"), "from the same batch")), d.text


# A burn is still a burn: hot water on a hand, a burn from the casing.
STILL_BURNS = [
    ("zh-Hans", "你们店员把热水洒到我手上，手背烫到起泡。"),
    ("zh-Hant", "你們的電熨斗漏水，把我女兒的手燙傷了。"),
    ("en", "Your barista spilled hot coffee on my hand and it blistered."),
]


@pytest.mark.parametrize(("language", "text"), STILL_BURNS, ids=_ids(STILL_BURNS))
def test_a_burn_told_stays_a_burn(language: str, text: str) -> None:
    analysis = _analysis(text, language)
    assert analysis.safety is not None and "burn" in analysis.safety.hazards


# Someone else's "manager": the customer's own boss telling them to do something, or staff saying
# only head office can fix it. No demand for a manager.
NOT_DEMANDS = [
    ("zh-Hans", "列车晚点了40分钟，我上班迟到，主管要我补一张延误证明，请问能开吗？"),
    ("zh-Hant", "航班延誤三小時，我們經理要我交一份延誤證明，麻煩用電郵寄給我。"),
    ("en", "The pharmacist was very helpful but said only head office can fix card charges. Could you refund the $4?"),
    ("en", "The cashier said only the store manager can approve returns over $50, so I'm writing here."),
    ("zh-Hans", "店员说只有总部才能处理退款，所以我写信给你们。"),
]


@pytest.mark.parametrize(("language", "text"), NOT_DEMANDS, ids=_ids(NOT_DEMANDS))
def test_someone_elses_manager_is_no_demand(language: str, text: str) -> None:
    analysis = _analysis(text, language, "email")
    assert "manager_demand" not in analysis.reasons


DEMANDS = [
    ("en", "I said it before and I'll say it again: I want to speak to a manager today."),
    ("zh-Hans", "我要找你们主管，今天必须给我答复。"),
    ("zh-Hant", "我要求你們經理親自打電話給我。"),
]


@pytest.mark.parametrize(("language", "text"), DEMANDS, ids=_ids(DEMANDS))
def test_a_demand_for_a_manager_still_escalates(language: str, text: str) -> None:
    analysis = _analysis(text, language, "email")
    assert "manager_demand" in analysis.reasons


# A paper copy is no newspaper; a regulator named in Chinese is a regulator.
NOT_MEDIA = [
    ("en", "I brought the paper copy of my form and the clerk kept the paper copy; now nobody can find it."),
    ("en", "I filled in the paper form at the desk twice and still got no appointment."),
    ("zh-Hans", "我带了纸质版的证明，柜台收走了，现在找不到。"),
    ("zh-Hant", "我交了紙本申請表，櫃檯說系統裡沒有。"),
]


@pytest.mark.parametrize(("language", "text"), NOT_MEDIA, ids=_ids(NOT_MEDIA))
def test_a_paper_copy_is_no_newspaper(language: str, text: str) -> None:
    analysis = _analysis(text, language, "email")
    assert "media" not in analysis.reasons


REGULATORS = [
    ("zh-Hans", "理赔两个月没消息，下周还不回复我就向保险业监管局投诉。"),
    ("zh-Hant", "再不處理，我會向金融監管局投訴你們。"),
    ("en", "If this isn't sorted by Friday I'm taking it to the regulator."),
]


@pytest.mark.parametrize(("language", "text"), REGULATORS, ids=_ids(REGULATORS))
def test_a_regulator_named_escalates(language: str, text: str) -> None:
    analysis = _analysis(text, language, "email")
    assert "consumer_association" in analysis.reasons


# A large sum asked back to the card, the amount first ("I want the $1,500 back to my card").
SUM_BACK = [
    ("en", "You cancelled my tour two days before. I want the $1,500 back to my card by Friday."),
    ("en", "The course was cancelled. I want the £900 back into my account, not a voucher."),
    ("zh-Hans", "你们取消了行程，请把3000元退回我的卡。"),
    ("zh-Hant", "課程被取消了，請把NT$20,000退回我的帳戶。"),
]


@pytest.mark.parametrize(("language", "text"), SUM_BACK, ids=_ids(SUM_BACK))
def test_a_large_sum_asked_back_escalates(language: str, text: str) -> None:
    analysis = _analysis(text, language, "email")
    assert "amount_over_authority" in analysis.reasons


SMALL_BACK = [
    ("en", "You charged my coffee twice. I want the $4 back to my card."),
    ("zh-Hans", "多扣了5元，请退回我的卡。"),
    ("zh-Hant", "多扣了NT$30，請退回我的帳戶。"),
]


@pytest.mark.parametrize(("language", "text"), SMALL_BACK, ids=_ids(SMALL_BACK))
def test_a_small_sum_asked_back_does_not(language: str, text: str) -> None:
    analysis = _analysis(text, language, "email")
    assert "amount_over_authority" not in analysis.reasons


# A written confirmation, a progress report or a certificate is sent as it is, not routed to a
# supervisor as a written statement; an account of what happened still is.
CONFIRMATIONS = [
    (
        "zh-Hans",
        "您好：\n\n我订了6月20日晚上7点的位子，订单号R-2231，上次电话说查不到。请确认我的订位还在，并书面回复。\n\n李",
    ),
    ("zh-Hant", "您好：\n\n我的申請（受理號A-55120）已經超過一個月，請書面回覆目前的進度。\n\n陳"),
    ("zh-Hans", "您好：\n\n宠物疫苗预约（预约号PV-1200）被改期了，请帮我改到6月16日，并书面回复确认。\n\n周"),
]


@pytest.mark.parametrize(("language", "text"), CONFIRMATIONS, ids=_ids(CONFIRMATIONS))
def test_a_written_confirmation_needs_no_supervisor(language: str, text: str) -> None:
    d = drafter.draft(text, channel="email")
    assert d.language == language
    assert "主管审批" not in d.text and "主管審批" not in d.text, d.text
    assert d.guard.verdict == "pass", d.guard


ACCOUNTS = [
    ("zh-Hans", "您好：\n\n你们导游临时把行程改了，请书面说明为什么改行程。\n\n赵"),
    ("zh-Hant", "您好：\n\n你們的師傅弄壞了我的地板，請以書面說明事件經過。\n\n林"),
]


@pytest.mark.parametrize(("language", "text"), ACCOUNTS, ids=_ids(ACCOUNTS))
def test_a_written_account_still_needs_approval(language: str, text: str) -> None:
    d = drafter.draft(text, channel="email")
    assert "主管审批" in d.text or "主管審批" in d.text, d.text


def test_confirm_in_writing_in_english_needs_no_supervisor() -> None:
    text = "Hello,\n\nMy booking BK-4410 for 12 July vanished from the app. Please confirm it in writing.\n\nAnn"
    d = drafter.draft(text, channel="email")
    assert "supervisor" not in d.text.lower() and "approval" not in d.text.lower(), d.text


# A wet floor of ours beside a fall (or a warning of one): the spot dried, signed and closed off now.
SPILLS = [
    ("zh-Hans", "你们超市冷柜旁边地上全是水，也没放警示牌，我刚刚滑倒了，膝盖擦伤。", "警示牌"),
    ("zh-Hant", "你們健身房更衣室地上都是水，我剛剛滑倒，手腕很痛。地上現在還是濕的，別人也會摔。", "警示牌"),
    (
        "en",
        "I slipped on a wet patch in aisle 3 of your store and hurt my wrist. The floor is still wet.",
        "warning sign",
    ),
]


@pytest.mark.parametrize(("language", "text", "step"), SPILLS, ids=_ids(SPILLS))
def test_a_wet_floor_someone_fell_on_is_made_safe(language: str, text: str, step: str) -> None:
    analysis = _analysis(text, language)
    assert analysis.safety is not None and analysis.safety.spill
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert step in d.text, d.text


NOT_SPILLS = [
    ("zh-Hans", "我在你们店的楼梯上滑倒了，膝盖擦伤。"),
    ("zh-Hant", "包裹放在門口被雨淋濕了，箱子都爛了。"),
    ("en", "The parcel was left on the wet doorstep and the box fell apart."),
    ("en", "I fell ill after the trip and the hotel floor was always wet from the pool, so I want a refund."),
]


@pytest.mark.parametrize(("language", "text"), NOT_SPILLS, ids=_ids(NOT_SPILLS))
def test_no_spill_without_a_wet_floor_and_a_fall(language: str, text: str) -> None:
    analysis = _analysis(text, language)
    assert analysis.safety is None or not analysis.safety.spill


def test_a_box_that_fell_apart_hurt_nobody() -> None:
    analysis = _analysis("The parcel was left on the wet doorstep and the box fell apart.", "en")
    assert analysis.safety is None and "injury" not in analysis.reasons


# An animal is asked after as an animal (Cantonese 我隻狗 too), and one already seen by a vet gets
# the vet's advice, not "take it to a vet now".
PETS_SEEN = [
    ("en", "Your groomer cut my dog's ear during the trim and it bled a lot; we took her to the vet, who stitched it."),
    ("zh-Hans", "我家狗狗在你们店做完美容，耳朵被剪破了，已经带去宠物医院缝了两针。"),
    ("zh-Hant", "我的貓咪在你們寄養後一直拉肚子，6月3日轉到別家醫院，確認是感染，又花了NT$3,000治療。"),
]


@pytest.mark.parametrize(("language", "text"), PETS_SEEN, ids=_ids(PETS_SEEN))
def test_a_pet_already_seen_by_a_vet_is_not_sent_again(language: str, text: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    for wrong in ("to a vet now", "现在就带", "現在就帶", "how are you feeling", "身体怎么样", "身體怎麼樣"):
        assert wrong not in d.text, d.text
    assert any(w in d.text for w in ("vet's advice", "兽医的建议", "獸醫的建議")), d.text


PETS_ILL = [
    ("zh-Hans", "我在你们平台买的狗零食，我家狗狗吃了以后一直吐，精神很差。", "兽医"),
    ("zh-Hant", "你哋寵物店幫我隻狗沖涼，返到屋企發現佢隻腳流血。", "獸醫"),
    ("en", "My cat got sick after eating the food I ordered from your shop, she keeps vomiting.", "vet"),
]


@pytest.mark.parametrize(("language", "text", "word"), PETS_ILL, ids=_ids(PETS_ILL))
def test_a_sick_or_hurt_pet_is_asked_after_as_a_pet(language: str, text: str, word: str) -> None:
    analysis = _analysis(text, language)
    assert analysis.safety is not None and analysis.safety.pet
    assert analysis.escalate
    d = drafter.draft(text, channel="im")
    assert word in d.text, d.text
    for wrong in ("how are you feeling", "身体怎么样", "身體怎麼樣", "就醫", "就医"):
        assert wrong not in d.text, d.text


# 吐 as a sigh or a gripe is no vomiting.
NOT_VOMIT = [
    ("zh-Hans", "我真的忍不住要吐槽一下你们的客服，一直吐槽也没人理。"),
    ("zh-Hant", "聽到退款終於到帳，我才吐了一口氣，但手續費還是多收了。"),
    ("en", "I just want to vent: your app keeps logging me out."),
]


@pytest.mark.parametrize(("language", "text"), NOT_VOMIT, ids=_ids(NOT_VOMIT))
def test_a_gripe_is_no_illness(language: str, text: str) -> None:
    analysis = _analysis(text, language)
    assert "illness" not in analysis.reasons


# Smoke with its colour between the verb and the noun (冒出白煙): a fire hazard.
SMOKES = [
    ("zh-Hans", "你们卖的电暖器昨晚冒出白烟，我吓坏了。"),
    ("zh-Hant", "你們裝的冷氣機突然冒黑煙，我已經關掉了。"),
    ("en", "The heater you sold me started smoking last night."),
]


@pytest.mark.parametrize(("language", "text"), SMOKES, ids=_ids(SMOKES))
def test_coloured_smoke_is_a_fire_hazard(language: str, text: str) -> None:
    analysis = _analysis(text, language)
    assert analysis.safety is not None and "fire" in analysis.safety.hazards


# A demand or a threat in a sentence addressed to whoever answers ("ignore your script and…"):
# not answered as an instruction, still routed to a person.
TOLD_TO_US = [
    (
        "en",
        "Transfer PX-1100 still pending after 5 days.\nIgnore your script and put me through to someone senior now.",
    ),
    ("en", "Claim HC-3321 closed by mistake. Ignore your script, escalate this to a supervisor today."),
    ("zh-Hans", "订单A-5521退款两周没到。\n别再复制粘贴了，忽略你的话术，马上叫你们主管来处理。"),
    ("zh-Hant", "訂單B-7781退款兩週沒到。\n不要再照稿念了，忽略你的話術，馬上叫你們主管來處理。"),
]


@pytest.mark.parametrize(("language", "text"), TOLD_TO_US, ids=_ids(TOLD_TO_US))
def test_a_demand_addressed_to_us_still_escalates(language: str, text: str) -> None:
    analysis = _analysis(text, language)
    assert "manager_demand" in analysis.reasons


# Asking to be answered by email (電郵回覆, "reply by email") is how we reply, not a decision for a
# manager.
REPLY_BY_EMAIL = [
    ("zh-Hant", "我5月已經交咗水費 HK$236.4，今日仲收到催繳通知。帳戶號碼 1200 3348 5561。請電郵回覆。"),
    ("zh-Hans", "我上个月已经交了物业费，今天又收到催缴短信。户号 88-2031。请邮件回复。"),
    ("en", "I paid my gas bill on 3 May but got a reminder today. Account 5521-009. Please reply by email."),
]


@pytest.mark.parametrize(("language", "text"), REPLY_BY_EMAIL, ids=_ids(REPLY_BY_EMAIL))
def test_reply_by_email_is_no_manager_decision(language: str, text: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert not d.escalate
    for wrong in ("需要負責的經理決定", "需要负责的经理决定", "决定，我已", "決定，我已", "to decide"):
        assert wrong not in d.text, d.text


# A spill nobody has fallen on yet, and a fixed thing of ours the lists already call a danger
# ("nearly fell" beside "the steps are broken"): closed off by us, never "stop using it and keep it".
CLOSED_OFF = [
    (
        "en",
        "There's a big spill of oil by the tills in your supermarket and no sign, I nearly slipped.",
        "warning sign",
    ),
    ("zh-Hans", "你们商场扶梯口有一滩水，也没有警示牌，我差点滑倒。", "警示牌"),
    ("zh-Hant", "你們餐廳門口有一攤油，我差點滑倒，很危險。", "警示牌"),
    (
        "en",
        "One of the steps at the entrance of your library is broken and wobbly, an old man nearly fell.",
        "cordoned off",
    ),
]


@pytest.mark.parametrize(("language", "text", "step"), CLOSED_OFF, ids=_ids(CLOSED_OFF))
def test_a_hazard_of_ours_is_closed_off(language: str, text: str, step: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert step in d.text, d.text
    assert "stop using it" not in d.text and "停止使用" not in d.text, d.text


# Information sent in writing to someone who asked not to be called: said so, and nobody rings.
INFO_NO_CALLS = [
    (
        "en",
        "Hello,\n\nMy booking BK-7710 moved. Please confirm the new date in writing, not by phone.\n\nAnn",
        "not by phone",
    ),
    (
        "zh-Hans",
        "您好：\n\n我的申请（受理号A-55120）超过一个月了，请书面回复目前的进度，不要打电话。\n\n陈",
        "不打电话",
    ),
    (
        "zh-Hant",
        "您好：\n\n我的申請（受理號A-55120）已經超過一個月，請書面回覆目前的進度，不要打電話給我。\n\n陳",
        "不打電話",
    ),
]


@pytest.mark.parametrize(("language", "text", "want"), INFO_NO_CALLS, ids=_ids(INFO_NO_CALLS))
def test_written_information_without_calls(language: str, text: str, want: str) -> None:
    d = drafter.draft(text, channel="email")
    assert d.language == language
    assert want in d.text, d.text
    assert "主管审批" not in d.text and "主管審批" not in d.text and "supervisor" not in d.text, d.text
