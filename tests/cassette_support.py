"""What the cassette tests of the LLM callers share: the pytest-recording settings (replay only
unless DRAFTER_RECORD=1 or --record-mode; credentials never written) and the base URL to talk to
(the recorded one on replay, the loopback fake server while recording)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from fake_openai import serve

RECORDING = os.environ.get("DRAFTER_RECORD") == "1"


def vcr_settings(request: pytest.FixtureRequest, **extra: Any) -> dict[str, Any]:
    config: dict[str, Any] = {
        "filter_headers": ["authorization", "api-key", "x-api-key", "openai-organization"],
        "match_on": ["method", "path", "body"],
        "decode_compressed_response": True,  # real providers gzip; keep bodies as text
        **extra,
    }
    if request.config.getoption("--record-mode") is None:  # an explicit CLI mode wins
        config["record_mode"] = "once" if RECORDING else "none"
    return config


@contextmanager
def replayed_or_served(cassette: Any, script: list[dict[str, Any]], port: int, who: str) -> Iterator[str]:
    """The base URL: the one recorded (replay; vcrpy answers) or the fake server (recording)."""
    if len(cassette):
        yield cassette.requests[0].uri.rsplit("/chat/completions", 1)[0]
        assert cassette.all_played, f"the {who} sent fewer requests than the cassette recorded"
        return
    if cassette.write_protected:
        pytest.fail(f"no cassette at {cassette.path}; record it with DRAFTER_RECORD=1")
    with serve(script, port=port) as base_url:
        yield str(base_url)
