"""Shared pytest set-up: the readable-cassette plugin, and the review server fixtures the API and
security tests share (a fresh SQLite store, its users, the app on a scripted backend). Modules
that need another store (PostgreSQL too) define their own `store`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

pytest_plugins = ["cassettes_conftest_plugin"]

# Property tests run the same examples on every CI run, so a red build is reproducible and never a
# coin toss; HYPOTHESIS_PROFILE=explore draws fresh examples (how the lone-surrogate and
# "From: .:" bugs were found) and is worth a run before a release.
settings.register_profile("ci", derandomize=True, database=None)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Any]:
    from drafter.store import Store

    opened = Store(f"sqlite:///{tmp_path / 'server.db'}")
    yield opened
    opened.close()


@pytest.fixture
def tokens(store: Any) -> Any:
    from e2e.support import add_users

    return add_users(store)


@pytest.fixture
def app(store: Any) -> Any:
    from e2e.support import ScriptedBackend

    from drafter.server import create_app

    return create_app(store, backend=ScriptedBackend())


@pytest.fixture
def client(app: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(app) as test_client:
        yield test_client
