"""Helpers shared by the server tests: a drafting backend that says something risky on
purpose, a store with users in it, and a real `drafter serve` process on loopback."""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from drafter.backends.base import Generation, GenerationRequest
from drafter.backends.template_backend import TemplateBackend
from drafter.guard import GuardContext
from drafter.models import Draft
from drafter.pipeline import adraft
from drafter.store import Store

PG_URL = os.environ.get("DRAFTER_TEST_POSTGRES_URL")
MARKER = "REPLY:"
RISKY = "我们会赔您100元。"  # compensation beyond an agent's limit, within a supervisor's: flag
BLOCKED = "这不是我们的事。"  # a forbidden phrase: block


class ScriptedBackend(TemplateBackend):
    """The template backend, except that a complaint holding ``REPLY: text`` gets ``text`` as its
    Satisfy section: how a test puts a risky sentence in front of the guardrails."""

    name = "scripted"
    model: str | None = None

    async def generate(self, request: GenerationRequest) -> Generation:
        generation = await super().generate(request)
        assert request.complaint is not None
        complaint = request.complaint.text
        if MARKER in complaint:
            satisfy = complaint.split(MARKER, 1)[1].strip()
            sections = generation.sections.model_copy(update={"satisfy": satisfy})
            generation = generation.model_copy(update={"sections": sections})
        return generation


def make_draft(complaint: str, **options: Any) -> Draft:
    """Draft with the scripted backend; in a thread of its own, so that it also works while an
    event loop runs in this one (Playwright's sync API keeps one)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, adraft(complaint, backend=ScriptedBackend(), **options)).result()


def record(store: Store, submitter_name: str, complaint: str, *, key: str | None = None, **options: Any) -> int:
    """Draft ``complaint`` with the scripted backend and record it as the API would."""
    submitter = store.user_by_name(submitter_name)
    assert submitter is not None
    draft = make_draft(complaint, role=submitter.role, **options)
    context = options.get("context")
    submission = store.record_draft(
        draft,
        submitter=submitter,
        complaint=complaint,
        customer=options.get("customer"),
        context=GuardContext.of(context) if isinstance(context, dict) else None,
        input_id=None,
        idempotency_key=key,
        request_hash="test",
    )
    return submission.id


@dataclass
class Tokens:
    agent: str
    agent2: str
    supervisor: str
    supervisor2: str
    extra: dict[str, str] = field(default_factory=dict)


def add_users(store: Store, supervisors: int = 2) -> Tokens:
    agent = store.add_user("agent-ann", "agent")[1]
    agent2 = store.add_user("agent-bo", "agent")[1]
    sups = [store.add_user(f"sup-{n}", "supervisor")[1] for n in range(max(2, supervisors))]
    return Tokens(agent, agent2, sups[0], sups[1], {f"sup-{n}": t for n, t in enumerate(sups)})


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def clean_env() -> dict[str, str]:
    """The environment without drafter or OpenAI settings that would change what is drafted."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DRAFTER_", "OPENAI_"))}
    env["DRAFTER_CONFIG"] = str(Path(os.devnull))
    return env


class LiveServer:
    """`drafter serve --port 0` in a subprocess; ``url`` once it answers /healthz."""

    def __init__(self, db_url: str, *args: str, env: dict[str, str] | None = None) -> None:
        cmd = [sys.executable, "-m", "drafter", "serve", "--port", "0", "--db", db_url]
        cmd += ["--backend", "template", "--log-level", "warning", *args]
        environment = clean_env() | (env or {})
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=environment)
        self.log: list[str] = []
        self.url = self._wait_for_url()
        threading.Thread(target=self._drain, daemon=True).start()
        self._wait_healthy()

    def _wait_for_url(self) -> str:
        assert self.proc.stderr is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            if not line:
                break
            self.log.append(line)
            found = re.search(r"serving (http://\S+?)/ ", line)
            if found:
                return found.group(1)
        self.stop()
        raise RuntimeError("drafter serve did not start:\n" + "".join(self.log))

    def _drain(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.log.append(line)

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("drafter serve never answered /healthz:\n" + "".join(self.log))

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode


@contextmanager
def database(kind: str, directory: Path) -> Iterator[str]:
    """A fresh database URL: a SQLite file in ``directory``, or a PostgreSQL schema of its own on
    DRAFTER_TEST_POSTGRES_URL (dropped afterwards). Skips when PostgreSQL is asked for but not set."""
    if kind == "sqlite":
        yield f"sqlite:///{directory / 'drafter.db'}"
        return
    if not PG_URL:
        pytest.skip("DRAFTER_TEST_POSTGRES_URL is not set (scripts/ci_services.sh starts a server)")
    schema = f"t_{secrets.token_hex(6)}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@contextmanager
def live_server(db_url: str, *args: str, env: dict[str, str] | None = None) -> Iterator[LiveServer]:
    server = LiveServer(db_url, *args, env=env)
    try:
        yield server
    finally:
        server.stop()


WEBHOOK_SECRET = "test-secret-0123456789abcdef"


@dataclass
class Hit:
    delivery_id: str
    event: str
    body: bytes
    signature: str | None
    answered: int


class Receiver:
    """A helpdesk stand-in on loopback: records every webhook request and answers 200, or 503 to
    the first ``fail_first`` requests of each delivery (``fail_first=-1``: 503 for ever;
    ``status``: always that status)."""

    def __init__(self, fail_first: int = 0, status: int = 200) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                delivery = self.headers.get("X-Drafter-Delivery", "")
                with receiver.lock:
                    seen = sum(1 for h in receiver.hits if h.delivery_id == delivery)
                    answer = status
                    if fail_first < 0 or seen < fail_first:
                        answer = 503
                    receiver.hits.append(
                        Hit(
                            delivery,
                            self.headers.get("X-Drafter-Event", ""),
                            body,
                            self.headers.get("X-Drafter-Signature"),
                            answer,
                        )
                    )
                self.send_response(answer)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True  # a handler stuck on a dead client never holds up the exit
        self.server.block_on_close = False
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def receiver(fail_first: int = 0, status: int = 200) -> Iterator[Receiver]:
    running = Receiver(fail_first, status)
    try:
        yield running
    finally:
        running.close()


def wait_for(predicate: Any, timeout: float = 30.0, every: float = 0.05) -> Any:
    """Poll until ``predicate()`` is truthy (bounded); its last value either way."""
    deadline = time.monotonic() + timeout
    value = predicate()
    while not value and time.monotonic() < deadline:
        time.sleep(every)
        value = predicate()
    return value
