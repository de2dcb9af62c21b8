"""s13pg: safety and care fitted to who, when and where (made-up complaints, en / zh-Hans / zh-Hant).

A wait alone that is over gets no staff "sent now"; a hazard at the writer's office asks after
colleagues, not family, and a burning smell gets someone today; a third person hurt is the one
asked after; a death told gets condolence first."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends import apology_harm, safety_fit


def _draft(text: str) -> str:
    return drafter.draft(text, channel="email", backend="template").text


@pytest.mark.parametrize(
    ("text", "over"),
    [
        (
            "My father (79) flew with you on 3 June and nobody met him. He got home safely in the end.",
            True,
        ),
        ("My father is still waiting at gate 12 for the wheelchair you promised, nobody has come.", False),
        ("我妈妈6月3日坐你们的航班，没有人来接她，最后是别的乘客帮忙。她没有受伤，但很害怕。", True),
        ("我媽媽現在還在等輪椅，沒有人來接她。", False),
        ("家母上星期搭你哋班機，冇人接佢，最後係其他乘客幫手。佢冇受傷。", True),
    ],
)
def test_stranded_over(text: str, over: bool) -> None:
    assert safety_fit.stranded_over(text) is over


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("There is a burning smell from a socket in our office and we switched off the mains.", True),
        ("There is a burning smell from a socket in my flat and we switched off the mains.", False),
        ("我们公司的插座有焦味，已经关了总闸。", True),
        ("物業公司您好：停車場電箱冒火花，有焦味。", False),
        ("我哋公司嘅拖板有燶味，已經熄咗總掣。", True),
    ],
)
def test_at_work(text: str, work: bool) -> None:
    assert safety_fit.at_work(text) is work


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("When I collected Maya from class her left hand was bandaged and her finger is broken.", "Maya"),
        ("My son came home and his right arm is fractured.", "he"),
        ("My hand was burnt by the kettle.", None),
        ("她的手指被门夹伤了，骨折。", "她"),
        ("我的手被门夹伤了。", None),
    ],
)
def test_third_hurt(text: str, who: str | None) -> None:
    assert safety_fit.third_hurt(text) == who


@pytest.mark.parametrize(
    ("text", "death"),
    [
        ("The urn for my husband's ashes still hasn't arrived.", True),
        ("My mother passed away last month and you still bill her account.", True),
        ("I was told it had been passed on to the office twice.", False),
        ("The coffee urn at the event was broken.", False),
        ("我父亲去世后，你们还在扣他的月费。", True),
        ("家父離世後，骨灰龕的費用被重複收取。", True),
        ("我的订单还没到。", False),
    ],
)
def test_mourning(text: str, death: bool) -> None:
    assert apology_harm.mourning(text) is death


@pytest.mark.parametrize(
    ("text", "opens", "absent"),
    [
        (
            "Dear team,\n\nThank you for my wife's service last Friday. Her name was misspelt on the "
            "booklets and the urn still hasn't arrived. Please deliver the urn this week.\n\nTom Reed",
            "Please accept my deepest condolences on the loss of your wife.",
            "trouble this has caused",
        ),
        (
            "您好：\n\n我母亲上周去世，你们送到殡仪馆的花圈写错了名字。请退款。\n\n王丽",
            "请您节哀",
            "不便",
        ),
        (
            "您好：\n\n家母上週離世，你們送到殯儀館的花圈寫錯了名字。請退款。\n\n王麗",
            "請您節哀",
            "不便",
        ),
    ],
)
def test_condolence_opens(text: str, opens: str, absent: str) -> None:
    body = _draft(text).split("\n", 2)[2]
    assert body.lstrip().startswith(opens)
    assert absent not in body


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "我们公司办公室的冷气漏水滴到插座上，已经有焦味，我们关了总闸。请马上派人来修。",
            ("同事", "今天之内"),
            ("家人", "孩子和老人", "24小时内"),
        ),
        (
            "我哋公司辦公室冷氣漏水滴落拖板，已經有燶味，我哋熄咗總掣。請即刻派人上嚟整。",
            ("同事", "今天之內"),
            ("家人", "孩子和老人", "24小時內"),
        ),
        (
            "Water from the air con is dripping onto the sockets in our office and there's a burning smell. "
            "We switched off the mains. Please send someone now.",
            ("colleagues", "today"),
            ("family", "older people", "within 24 hours"),
        ),
    ],
)
def test_office_burning_smell(text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]) -> None:
    draft = _draft(text)
    assert all(w in draft for w in wanted), draft
    assert not any(w in draft for w in unwanted), draft


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (
            "我代我父亲（80岁）投诉。他5月3日坐你们的航班，订了轮椅服务，到了机场没有人来接，最后是别的乘客帮忙。"
            "他没有受伤，但很害怕。请正式道歉。",
            ("马上赶到", "饮用水"),
        ),
        (
            "我代我父親（80歲）投訴。他5月3日搭你們的航班，訂了輪椅服務，到了機場沒有人來接，最後是其他乘客幫忙。"
            "他沒有受傷，但很害怕。請正式道歉。",
            ("馬上趕到", "飲用水"),
        ),
        (
            "I'm writing for my father (80). On 3 May he flew with you and booked wheelchair assistance, but nobody "
            "met him at the airport; in the end another passenger helped. He wasn't hurt but was very frightened. "
            "Please apologise formally.",
            ("being sent to", "something to eat and drink"),
        ),
    ],
)
def test_stranded_over_no_dispatch(text: str, unwanted: tuple[str, ...]) -> None:
    draft = _draft(text)
    assert not any(w in draft for w in unwanted), draft


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("C座樓梯燈壞咗，今朝個阿婆喺度跌親，隻腳腫晒。", "那位阿婆"),
        ("楼梯灯坏了，今天早上一位老人家在那里摔伤了腿。", "那位老人家"),
        ("我阿婆喺度跌親。", None),
    ],
)
def test_third_hurt_someone_there(text: str, who: str | None) -> None:
    assert safety_fit.third_hurt(text) == who


@pytest.mark.parametrize(
    ("text", "wet"),
    [
        ("Water is dripping onto my distribution board. This is a real fire and shock risk.", True),
        ("Water is dripping onto my distribution board and it is sparking.", False),
        ("漏水沿着墙滴到配电箱上，有触电风险。", True),
    ],
)
def test_wet_mains_risk_named(text: str, wet: bool) -> None:
    assert safety_fit.wet_mains(text) is wet


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("后楼梯的灯坏了两个星期，今天早上一位老人家在那里摔伤了腿，脚肿了。今天一定要修好。", "那位老人家"),
        ("後樓梯盞燈壞咗兩個禮拜，今朝個阿婆喺度跌親，隻腳腫晒。今日一定要整好。", "那位阿婆"),
    ],
)
def test_someone_else_hurt_is_asked_after(text: str, wanted: str) -> None:
    draft = _draft(text)
    assert f"請問{wanted}" in draft or f"请问{wanted}" in draft, draft
    assert "您現在身體怎麼樣" not in draft and "您现在身体怎么样" not in draft, draft
