"""Business profiles: the shipped examples load, YAML and TOML both work, a bad file is bad input
in one line, and the profile decides titles and sign-off in all three languages."""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter
from drafter.errors import InputError
from drafter.profile import BusinessProfile, example_profiles, load_profile


def test_shipped_examples_load() -> None:
    names = example_profiles()
    assert {"restaurant", "ecommerce", "bank", "utility", "hotel", "public_service"} <= set(names)
    for name in names:
        profile = load_profile(name)
        assert isinstance(profile, BusinessProfile) and profile.manager is not None


def test_no_profile_is_none() -> None:
    assert load_profile(None) is None and load_profile("") is None


def test_toml_profile(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(
        'name = "Eastside Clinic"\nkind = "healthcare_clinic"\n'
        '[manager]\nen = "our practice manager"\nzh = "诊所主任"\n'
        '[team]\nen = "Eastside Clinic Patient Services"\nzh = "东区诊所患者服务部"\n',
        encoding="utf-8",
    )
    profile = load_profile(str(path))
    assert profile is not None and profile.kind == "healthcare_clinic"
    d = drafter.draft(
        "Hello,\n\nYou billed me twice for my visit on 9/12.\n\nAmy Chen", channel="email", profile=profile
    )
    assert d.text.endswith("Eastside Clinic Patient Services") and d.domain == "healthcare_clinic"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name: X\nkind: spaceship\n", "kind"),
        ("name: X\nkind: restaurant\nfavourite_colour: red\n", "favourite_colour"),
        ("- just\n- a list\n", "mapping"),
        ("name: [unclosed\n", "not valid YAML"),
    ],
)
def test_bad_profile_is_bad_input(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_profile(str(path))
    assert message in caught.value.message and "\n" not in caught.value.message


PROFILED = [
    ("你好：\n我们订的包厢被别人占了，订金500元也不退。\n赵敏", "restaurant", "莲园餐厅顾客服务部"),
    ("您好：\n房間的冷氣壞了一整晚，櫃台說沒有空房可以換。\n林先生", "hotel", "河畔酒店賓客關係部"),
    (
        "Hello,\n\nThe bins on Elm Road have not been emptied for two weeks.\n\nRita Moss",
        "public_service",
        "Public Enquiries",
    ),
]


@pytest.mark.parametrize(("complaint", "name", "signoff"), PROFILED)
def test_the_profile_signs_the_reply_in_the_reply_script(complaint: str, name: str, signoff: str) -> None:
    d = drafter.draft(complaint, channel="email", profile=name)
    assert d.text.rstrip().endswith(signoff)
    assert d.guard.verdict == "pass"
