"""Hand-off to a helpdesk: an outbound webhook on every approval and rejection, so Zendesk,
Chatwoot, Freshdesk or any other system can send the approved reply.

Each decision writes its delivery in the review store (the outbox, drafter.store.outbox) in the
decision's own transaction; a `drafter serve --webhook URL` process delivers it: POST of the
JSON body, signed with HMAC-SHA256 over the exact body bytes (header ``X-Drafter-Signature:
sha256=<hex>``, secret from DRAFTER_WEBHOOK_SECRET), retried with exponential backoff and jitter
(tenacity) on connection errors, timeouts, 408, 425, 429 and 5xx, every attempt recorded. Any
replica may deliver any row (a lease keeps two from sending it at once), so nothing waits in
one server's memory; a replica that dies mid-delivery leaves the row to the others."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import os
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

import httpx
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_exponential, wait_random

from drafter.config import setting
from drafter.errors import ConfigError, InputError
from drafter.store import Store
from drafter.store.times import now

SIGNATURE_HEADER = "X-Drafter-Signature"
EVENT_HEADER = "X-Drafter-Event"
DELIVERY_HEADER = "X-Drafter-Delivery"
SECRET_ENV = "DRAFTER_WEBHOOK_SECRET"
RETRY_STATUS = frozenset({408, 425, 429})
log = logging.getLogger("drafter.handoff")


def sign(body: bytes, secret: str) -> str:
    """The signature header's value: ``sha256=`` and the hex HMAC-SHA256 of the body."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(body: bytes, secret: str, header: str | None) -> bool:
    """What a receiver does: recompute and compare in constant time."""
    return bool(header) and hmac.compare_digest(sign(body, secret), str(header))


@dataclass(frozen=True)
class WebhookConfig:
    url: str
    secret: str
    attempts: int = 8  # in all, across replicas and restarts
    initial_wait: float = 1.0  # seconds before the first retry; doubles each time, with jitter
    max_wait: float = 60.0
    timeout: float = 10.0
    poll: float = 5.0  # how often a replica looks for deliveries left by others

    @property
    def hold(self) -> timedelta:
        """How long a replica holds a row while it tries and waits to try again."""
        return timedelta(seconds=self.max_wait + self.timeout + 30)


def webhook_config(url: str | None = None) -> WebhookConfig | None:
    """From ``--webhook`` / DRAFTER_WEBHOOK / the config file; the secret from the environment
    only. None when no webhook is configured."""
    value = setting("webhook", url)
    if not value:
        return None
    value = str(value)
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"the webhook must be an http(s) URL, not {value!r}")
    secret = os.environ.get(SECRET_ENV, "")
    if len(secret) < 16:
        raise ConfigError(f"a webhook needs {SECRET_ENV} (at least 16 characters) in the environment to sign with")
    try:
        initial, longest = (
            float(setting("webhook_initial_wait", None, 1.0)),
            float(setting("webhook_max_wait", None, 60.0)),
        )
    except ValueError as exc:
        raise ConfigError(f"webhook waits are seconds: {exc}") from exc
    return WebhookConfig(url=value, secret=secret, initial_wait=initial, max_wait=longest)


class _Retry(Exception):
    """An attempt that may succeed later."""


class Deliverer:
    """Delivers the outbox's rows for one URL: at once when this process decided (``wake``),
    and by polling for rows other processes left (CLI decisions, dead replicas, retries)."""

    def __init__(self, store: Store, config: WebhookConfig, client: httpx.AsyncClient | None = None) -> None:
        self.store = store
        self.config = config
        self.client = client or httpx.AsyncClient(timeout=config.timeout, follow_redirects=False)
        self._wake = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._running: set[asyncio.Task[str | None]] = set()

    def wake(self) -> None:
        """Look for due deliveries now (safe to call from any thread)."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._wake.set)

    async def run(self) -> None:
        self._loop = asyncio.get_running_loop()
        while True:
            try:
                for delivery_id in await asyncio.to_thread(self.store.due_deliveries, self.config.url):
                    task = asyncio.create_task(self.deliver(delivery_id))
                    self._running.add(task)
                    task.add_done_callback(self._running.discard)
            except Exception:  # a busy or unreachable database: try again on the next round
                log.exception("webhook: cannot read the outbox")
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.config.poll)

    async def aclose(self) -> None:
        for task in list(self._running):
            task.cancel()
        await asyncio.gather(*self._running, return_exceptions=True)
        await self.client.aclose()

    async def deliver(self, delivery_id: str) -> str | None:
        """Deliver one row if no one else holds it; the outcome, or None if it was not ours."""
        config = self.config
        delivery = await asyncio.to_thread(self.store.lease, delivery_id, config.hold)
        if delivery is None:
            return None
        left = config.attempts - delivery.attempts
        if left <= 0:
            await self._record(delivery_id, "failed", None, "no attempts left")
            return "failed"
        body = delivery.body.encode("utf-8")
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": "drafter-webhook",
            SIGNATURE_HEADER: sign(body, config.secret),
            EVENT_HEADER: delivery.event,
            DELIVERY_HEADER: delivery.delivery_id,
        }
        retrying = AsyncRetrying(
            stop=stop_after_attempt(left),
            wait=wait_exponential(multiplier=config.initial_wait, max=config.max_wait)
            + wait_random(0, config.initial_wait),
            retry=retry_if_exception_type(_Retry),
            reraise=True,
        )
        outcome = "failed"
        try:
            async for attempt in retrying:
                with attempt:
                    last = attempt.retry_state.attempt_number >= left
                    outcome = await self._attempt(delivery.url, body, headers, delivery_id, last)
        except _Retry:
            outcome = "failed"
        return outcome

    async def _attempt(self, url: str, body: bytes, headers: dict[str, str], delivery_id: str, last: bool) -> str:
        code: int | None = None
        try:
            response = await self.client.post(url, content=body, headers=headers)
            code = response.status_code
            if 200 <= code < 300:
                await self._record(delivery_id, "delivered", code, None)
                return "delivered"
            error = f"HTTP {code}"
            retryable = code in RETRY_STATUS or code >= 500
        except httpx.HTTPError as exc:
            error, retryable = f"{type(exc).__name__}: {exc}", True
        if not retryable or last:
            await self._record(delivery_id, "failed", code, error)
            return "failed"
        await self._record(delivery_id, "retry", code, error)
        raise _Retry(error)

    async def _record(self, delivery_id: str, outcome: str, code: int | None, error: str | None) -> None:
        config = self.config
        await asyncio.to_thread(
            lambda: self.store.record_attempt(
                delivery_id,
                outcome=outcome,  # type: ignore[arg-type]
                status_code=code,
                error=error,
                retry_at=now() + timedelta(seconds=config.max_wait),
                hold=config.hold,
            )
        )
