"""Shared pytest set-up: the readable-cassette plugin, and the review server fixtures the API and
security tests share (a fresh SQLite store, its users, the app on a scripted backend). Modules
that need another store (PostgreSQL too) define their own `store`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = ["cassettes_conftest_plugin"]


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
