"""Speed work that must not change what the guard finds: the look-up scan that stands in for the
Aho-Corasick automaton until it pays for itself, and what `drafter check` leaves unimported."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import ahocorasick_rs
import pytest

from drafter.guard.keyscan import KeyScanner
from drafter.guard.normalize import normalize
from drafter.guard.rules import default_ruleset

KEYS = ["不是我们", "我们的错", "是", "错", "refund", "fund", "notourfault", "ourfault", "這不是", "不是", "賠償"]


@pytest.mark.parametrize(
    "text",
    [
        "这不是我们的错，是快递的错。",  # zh-Hans: nested and overlapping keys, one-character keys
        "這不是我們的錯，我們會賠償您。",  # zh-Hant
        "It's not our fault, but we can refund you.",  # en: a key inside a longer key
        "错",  # a one-character text that is a key
        "refun",  # a key's prefix at the end of the text
        "",
    ],
)
def test_the_lookup_scan_reports_what_the_automaton_does(text: str) -> None:
    compact = normalize(text).compact
    expected = ahocorasick_rs.AhoCorasick(KEYS).find_matches_as_indexes(compact, overlapping=True)
    assert KeyScanner(KEYS, budget=10**9).find(compact) == expected
    assert KeyScanner(KEYS, budget=0).find(compact) == expected  # the automaton itself


@pytest.mark.parametrize(
    "text",
    [
        "非常抱歉，这次确实是我们的责任，我们会全额退款并赔偿您200元。",
        "非常抱歉，這次確實是我們的責任，我們會全額退款並賠償您200元。",
        "I'm sorry, this was our fault and we will refund you in full plus $200.",
    ],
)
def test_the_rule_packs_keys_scan_the_same_both_ways(text: str) -> None:
    rs = default_ruleset()
    compact = normalize(text).compact
    automaton = ahocorasick_rs.AhoCorasick(rs.keys).find_matches_as_indexes(compact, overlapping=True)
    assert automaton  # the packs do hit these replies
    assert KeyScanner(rs.keys, budget=10**9).find(compact) == automaton


def test_the_automaton_is_built_once_the_budget_is_spent() -> None:
    scanner = KeyScanner(KEYS, budget=10)
    first = scanner.find("不是我们的错")
    assert scanner._automaton is None
    assert scanner.find("不是我们的错不是我们的错") == scanner.find("不是我们的错不是我们的错")
    assert scanner._automaton is not None
    assert scanner.find("不是我们的错") == first


_PROBE = """
import atexit, sys
atexit.register(lambda: print(sorted(sys.modules), file=sys.stderr))
sys.argv = ["drafter", "check", *sys.argv[1:], "-"]
from drafter.cli import main
main()
"""

# What `drafter check` on one reply must not pay for: drafting, intake, evals, the LLM client,
# templates and HTML, the store, the server, asyncio, the config file's TOML parser (no file here),
# cn2an (no Chinese numeral here), and the rule packs' YAML and OpenCC (both are in the cache: the
# compiled packs, the fold table, and the Traditional rendering of every suggestion).
_NOT_FOR_A_CHECK = [
    "asyncio",
    "drafter.backends",
    "drafter.evals",
    "drafter.intake",
    "drafter.models",
    "drafter.pipeline",
    "drafter.prompts",
    "drafter.store",
    "drafter.server",
    "jinja2",
    "markupsafe",
    "openai",
    "sqlalchemy",
    "fastapi",
    "cn2an",
    "opencc",
    "tomllib",
    "yaml",
]


@pytest.fixture(scope="module")
def check_cache(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One cache for the module, filled once (compiling the packs reads their YAML and OpenCC)."""
    env = {**os.environ, "DRAFTER_CACHE_DIR": str(tmp_path_factory.mktemp("cache"))}
    env.pop("DRAFTER_CACHE", None)
    env.pop("DRAFTER_CONFIG", None)
    env["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("config"))  # no config file
    subprocess.run(
        [sys.executable, "-c", _PROBE], input="這不關我的事。", capture_output=True, text=True, check=False, env=env
    )
    return env


@pytest.mark.parametrize(
    ("reply", "flagged"),
    [
        ("您好，感谢您的耐心等待，我们已经收到您的反馈，明天下午五点前给您回复。", False),
        ("您好，感謝您的耐心等待，我們已經收到您的反饋，明天下午五點前給您回覆。", False),
        ("Thanks for waiting. We have your message and will reply by 5pm tomorrow.", False),
        # Findings: their suggestions are shown, in Traditional for a zh-Hant reply.
        ("您好，这不是我们的错，是您自己操作不当造成的，明天下午五点前给您回复。", True),
        ("您好，這不是我們的錯，是您自己操作不當造成的，明天下午五點前給您回覆。", True),
        ("This is not our fault: you used the machine wrongly. We will reply by 5pm tomorrow.", True),
    ],
)
@pytest.mark.parametrize("options", [[], ["--json"]])
def test_a_one_reply_check_imports_no_drafting_modules(
    check_cache: dict[str, str], reply: str, flagged: bool, options: list[str]
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *options],
        input=reply,
        capture_output=True,
        text=True,
        check=False,
        env=check_cache,
    )
    assert done.returncode == (1 if flagged else 0), done.stderr
    loaded = set(ast.literal_eval(done.stderr.strip().splitlines()[-1]))
    assert "drafter.guard.engine" in loaded
    assert [m for m in _NOT_FOR_A_CHECK if m in loaded] == []
    if flagged and "這" in reply:
        assert "給您" in done.stdout and "给您" not in done.stdout  # the suggestion, converted


_POLICY = """name: {name}
currency: CNY
roles: {{agent: 200, supervisor: 2000, manager: null}}
rates: {{USD: 7.2}}
severity_verdict: {{low: pass, medium: flag, high: flag, critical: block}}
"""


@pytest.mark.parametrize(
    ("extra", "cached"),
    [
        ("", True),  # plain data: kept in the cache, read back as the same policy
        ("version: 2024-05-01\n", False),  # a YAML date is no JSON: parsed from the file each time
    ],
)
def test_a_policy_parse_is_cached_only_when_json_reads_it_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str, cached: bool
) -> None:
    from drafter.policy import load_policy

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("DRAFTER_CACHE", raising=False)
    path = tmp_path / "policy.yaml"
    path.write_text(_POLICY.format(name="shop") + extra, encoding="utf-8")
    first = None
    try:
        first = load_policy(path)
    except Exception as exc:  # the date is not a valid version string: the same error both times
        with pytest.raises(type(exc)):
            load_policy(path)
    else:
        assert load_policy(path) == first
    assert bool(list((tmp_path / "cache" / "guard").glob("policy-*.json"))) is cached
