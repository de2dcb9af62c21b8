"""Template drafts for businesses never seen in tuning: a restated sentence keeps its figures or
is left out (never a unit left dangling where a number was cut). Complaints written for these
tests."""

from __future__ import annotations

import re

import pytest

import drafter
from drafter.backends.template_listen import flaw
from drafter.models import Complaint
from drafter.wording import Wording

# A unit or counter with its figure cut out, in any restated sentence of ours.
_DANGLING = re.compile(
    r"[，,]\s*(?:分钟|分鐘|厘米|公分|小时|小時)|(?:约|約)\s*\d+(?:\.\d+)?\s*[，,。]|了解到日|"
    r"(?:^|, )(?:minutes|hours|cm)\b"
)

GARBLE_CASES = [
    # (language, complaint, figure that, when its sentence is restated, must come with its unit)
    ("zh-Hans", "我家阳台的玻璃裂了一条缝，约 2.5 厘米宽，物业说会派人来但到现在没人来。", "2.5"),
    ("zh-Hant", "我的航班延誤， 45 分鐘後才登機，期間沒有任何廣播。", "45"),
    ("zh-Hant", "我於11月3 日報名了你們的陶藝班，學費已經交了，但導師一直沒有出現。", "11月3"),
    ("zh-Hans", "我的快递在分拣站停了 3 天，一直显示运输中。", "3"),
    ("en", "The ferry was delayed, 40 minutes in total, and nobody at the pier told us anything.", "40"),
    ("en", "My new desk arrived with a crack about 3 cm long across the top panel.", "3"),
]


@pytest.mark.parametrize(("language", "complaint", "figure"), GARBLE_CASES)
def test_a_restated_sentence_keeps_its_figures_or_is_left_out(language: str, complaint: str, figure: str) -> None:
    listen = drafter.draft(complaint, channel="email").sections.listen
    assert not _DANGLING.search(listen), listen
    if figure in listen:  # restated whole: the unit still follows its figure
        after = listen.split(figure, 1)[1]
        assert not re.match(r"\s*[，,。]", after), listen


DANGLING_SENTENCES = [
    # (language, a restated sentence with a number cut out, a whole one)
    ("zh-Hans", "您的阳台玻璃裂了约 2，厘米宽", "您的阳台玻璃裂了约2厘米宽"),
    ("zh-Hant", "您的航班延誤，分鐘後才登機", "您的航班延誤了45分鐘才登機"),
    ("zh-Hant", "日報名了我們的陶藝班", "您於11月3日報名了我們的陶藝班"),
    ("en", "The ferry was delayed, minutes in total before we left", "The ferry was delayed by 40 minutes in total"),
]


@pytest.mark.parametrize(("language", "cut", "whole"), DANGLING_SENTENCES)
def test_the_final_check_refuses_a_unit_left_by_a_removed_number(language: str, cut: str, whole: str) -> None:
    words = Wording(Complaint(text=whole, channel="email", language=language), None)  # type: ignore[arg-type]
    assert flaw(words, cut, follows=True) == "dangling"
    assert flaw(words, whole, follows=True) != "dangling"


HOTLINE_CASES = [
    # (language, complaint, a hotline or phone number that is never a reference)
    ("zh-Hans", "我的快递丢了一个星期都没人管，客服不回，我已经打了12315投诉。", "12315"),
    ("zh-Hans", "小区门口的路灯坏了两个月，我打过12345市民热线，到现在还是黑的。", "12345"),
    ("zh-Hant", "你們的寬頻斷了三天，我已經致電1823和消委會反映，還是沒有人來修。", "1823"),
    ("zh-Hant", "我家樓下的水管爆了，我報了999之後你們的維修員才到。", "999"),
    ("en", "Your courier left my parcel in the rain for two days and I reported it to 12315 as well.", "12315"),
    ("en", "The gas smell was so strong last night that I called 911 before your crew came.", "911"),
    ("en", "Your driver was rude to me on 12 May, you can reach me on 07700 900123 about it.", "07700 900123"),
]


@pytest.mark.parametrize(("language", "complaint", "number"), HOTLINE_CASES)
def test_a_hotline_or_phone_number_is_never_a_reference(language: str, complaint: str, number: str) -> None:
    reply = drafter.draft(complaint, channel="email").text
    for frame in (f"编号{number}", f"編號{number}", f"reference {number}", f"号{number}为您核查"):
        assert frame not in reply, reply


# Words that send a person to a doctor, or ask after "you and your family".
_HUMAN_CARE = re.compile(
    r"seek medical care|see a doctor|you and your family|how are you feeling|就医|就醫|睇醫生|看医生|看醫生"
    r"|您和家人|您现在身体|您現在身體"
)
_VET = re.compile(r"\bvet\b|兽医|獸醫")

PET_CASES = [
    # (language, complaint, the animal the reply asks after)
    ("zh-Hans", "我在你们网店买的猫粮，我家猫吃了两天就一直呕吐，今天还不肯吃东西。", "猫"),
    ("zh-Hans", "你们宠物店卖给我的狗绳断了，我的狗冲出马路被电动车撞伤了腿。", "狗"),
    ("zh-Hant", "我家毛孩去你們美容店洗澡，回來後腳被剪傷流血，現在走路一拐一拐。", "毛孩"),
    ("zh-Hant", "我的貓咪用了你們的驅蟲滴劑之後一直嘔吐，整晚都不舒服。", "貓咪"),
    ("en", "My dog got really sick after eating the chew sticks I bought from your shop, vomiting all night.", "dog"),
    ("en", "Your groomer cut my cat's paw while trimming her claws and it was bleeding when I picked her up.", "cat"),
]


@pytest.mark.parametrize(("language", "complaint", "animal"), PET_CASES)
def test_a_hurt_or_ill_pet_is_asked_after_and_sent_to_a_vet(language: str, complaint: str, animal: str) -> None:
    draft = drafter.draft(complaint, channel="email")
    assert not _HUMAN_CARE.search(draft.text), draft.text
    assert _VET.search(draft.text), draft.text
    opening = draft.text.split("。")[0] if language != "en" else draft.text.split("?")[0]
    assert animal in opening, draft.text


VET_BILL_CASES = [
    # (language, a billing complaint at a vet or a clinic that mentions an illness in the past)
    ("zh-Hans", "上个月我家狗生病在你们宠物医院住院三天，已经治好了，但是账单多收了我800元的检查费，请核实退款。"),
    ("zh-Hant", "我的貓上星期在你們動物診所看過腸胃炎，已經康復，但收據上多收了一次注射費HK$450。"),
    (
        "en",
        "My cat was treated at your vet practice for an infection last month and is fine now, "
        "but the invoice charged me twice for the consultation, £65 each.",
    ),
]


@pytest.mark.parametrize(("language", "complaint"), VET_BILL_CASES)
def test_a_vet_bill_for_a_past_illness_is_not_a_safety_case(language: str, complaint: str) -> None:
    draft = drafter.draft(complaint, channel="email")
    assert "illness" not in draft.reasons and "injury" not in draft.reasons, draft.reasons
    assert not _HUMAN_CARE.search(draft.text), draft.text


# A line that puts the harm itself in doubt: whether it happened, to be verified.
_DOUBT = re.compile(r"核实|核實|查清|属实|屬實|是否|verify|whether|look into that|confirm (?:the|your) (?:injury|fall)")

HARM_CASES = [
    # (language, complaint, the harm they reported, which no sentence naming it may doubt)
    ("zh-Hans", "我在你们超市门口的湿地板上滑倒了，手腕骨折，地上没有任何提示牌。", "骨折"),
    ("zh-Hans", "我带孩子在你们营业厅排队等了两个小时，一直没人叫号。", "两个小时"),
    ("zh-Hant", "我喺你哋診所排隊等咗兩個鐘先見到醫生。", "兩個"),
    ("zh-Hant", "我們的孩子從你們遊樂場的滑梯上摔下來，手臂骨折了。", "骨折"),
    ("en", "I slipped on the wet floor at your store entrance and fractured my wrist.", "fractured"),
    ("en", "We waited 2 hours at your service desk and nobody came to help us.", "2 hours"),
    ("en", "My father had a fall on the broken step outside your branch and hurt his hip.", "fall"),
]


@pytest.mark.parametrize(("language", "complaint", "harm"), HARM_CASES)
def test_a_reported_harm_is_never_to_be_verified(language: str, complaint: str, harm: str) -> None:
    text = drafter.draft(complaint, channel="email").text
    for sentence in re.split(r"(?<=[。！？.!?])\s*", text):
        if harm in sentence:
            assert not _DOUBT.search(sentence), sentence


WHOLE_CASES = [
    # (language, complaint, a run of the sentence, what was written between its parts)
    (
        "en",
        "Hi, our flat is 12B, Harbour View Tower B, 88 Queens Road. The lift has been out for 9 days.",
        "12B",
        "Harbour View",
    ),
    ("zh-Hans", "我家的天花板裂了一条缝，约 2.5 厘米宽，已经报修过一次。", "2.5", "厘米"),
    ("zh-Hant", "我的包裹在轉運站停了 4 天，一直顯示運送中。", "4", "天"),
]


@pytest.mark.parametrize(("language", "complaint", "part", "between"), WHOLE_CASES)
def test_a_sentence_is_restated_whole_or_not_at_all(language: str, complaint: str, part: str, between: str) -> None:
    listen = drafter.draft(complaint, channel="email").sections.listen
    # our own frames that name a detail ("reference 12B", "this concerns your flat 12B") are not restatements
    frames = r"reference|编号|編號|this concerns|[Tt]his is about|我们已记下|我們已記下"
    restated = [s for s in re.split(r"(?<=[。.])\s*", listen) if part in s and not re.search(frames, s)]
    for sentence in restated:
        assert between in sentence, listen


@pytest.mark.parametrize(
    "complaint",
    [
        "I bought your chicken dog treats last week and my dog got sick after eating them, vomiting all night.",
        "I ordered your oak bedside table and it arrived with a split leg.",
    ],
)
def test_an_item_is_never_the_your_item(complaint: str) -> None:
    assert not re.search(r"\bthe (?:your|my|our)\b", drafter.draft(complaint, channel="email").text)


@pytest.mark.parametrize(
    ("language", "complaint", "ref"),
    [
        ("zh-Hans", "我的账户号码6222****81上个月被多扣了88元，一直没有退回来。", "6222****81"),
        ("zh-Hant", "我的帳戶號碼8130****57這個月被多扣了HK$120，到現在還沒有退回。", "8130****57"),
        ("en", "My account number 4410****92 was charged a £15 late fee although I paid on time.", "4410****92"),
    ],
)
def test_a_masked_account_number_is_still_a_reference(language: str, complaint: str, ref: str) -> None:
    listen = drafter.draft(complaint, channel="email").sections.listen
    assert ref in listen, listen
