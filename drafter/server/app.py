"""The `drafter serve` application: the /v1 API and the review pages on one FastAPI app.

All state is in the store (sessions and CSRF tokens included); the app object holds only the
store's connection pool, the policy and the drafting backend, so replicas can share a database."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from drafter import __version__
from drafter.backends.base import AnyBackend
from drafter.errors import DrafterError, InputError
from drafter.policy import Policy
from drafter.store import Conflict, Forbidden, NotFound, Store

if TYPE_CHECKING:
    from drafter.handoff import WebhookConfig

# No scripts at all; styles only from our own stylesheet; forms post only to us; no framing.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]
_DOCS = ("/docs", "/redoc")  # FastAPI's interactive docs load their scripts from a CDN


class SecurityHeaders:
    """Adds the CSP and friends to every response (a plain ASGI middleware: no body buffering)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope.get("path", "")).startswith(_DOCS):
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in _HEADERS if h[0] not in present)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _warm_up(policy: Policy) -> None:
    """Load the rule packs and the intake model before the first request, not during it."""
    from drafter.guard import check
    from drafter.intake import analyse, read_complaint

    check("warm up", policy=policy)
    analyse(read_complaint("warm up"))


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    await run_in_threadpool(_warm_up, app.state.policy)
    webhook: WebhookConfig | None = app.state.webhook
    if webhook is None:
        yield
        return
    from drafter.handoff import Deliverer

    deliverer = Deliverer(app.state.store, webhook)
    app.state.deliverer = deliverer
    task = asyncio.create_task(deliverer.run())
    try:
        yield
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await deliverer.aclose()


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"detail": message, **extra}, status_code=status)


def create_app(
    store: Store,
    *,
    policy: Policy | None = None,
    backend: AnyBackend | None = None,
    webhook: WebhookConfig | None = None,
) -> FastAPI:
    """The app over an open store; ``policy`` defaults to the store's, ``backend`` to the
    configured one. With ``webhook``, decisions are handed off to it (drafter.handoff)."""
    from drafter.backends import make_backend
    from drafter.server import api, review_api, users_api, web

    app = FastAPI(
        title="drafter",
        version=__version__,
        description="Draft, check and review replies to customer complaints (LAST: Listen, Apologize, Satisfy, Thank).",
        lifespan=_lifespan,
    )
    app.state.store = store
    app.state.policy = policy or store.policy
    app.state.backend = backend or make_backend()
    app.state.webhook = webhook
    app.state.deliverer = None
    app.add_middleware(SecurityHeaders)

    @app.exception_handler(NotFound)
    async def _not_found(_: Request, exc: NotFound) -> JSONResponse:
        return _error(404, exc.message)

    @app.exception_handler(Conflict)
    async def _conflict(_: Request, exc: Conflict) -> JSONResponse:
        return _error(409, exc.message, **exc.evidence)

    @app.exception_handler(Forbidden)
    async def _forbidden(_: Request, exc: Forbidden) -> JSONResponse:
        return _error(403, exc.message, **exc.evidence)

    @app.exception_handler(InputError)
    async def _bad_input(_: Request, exc: InputError) -> JSONResponse:
        return _error(422, exc.message)

    @app.exception_handler(DrafterError)
    async def _drafter_error(_: Request, exc: DrafterError) -> JSONResponse:
        return _error(400, exc.message)

    @app.exception_handler(OperationalError)
    async def _busy(_: Request, exc: OperationalError) -> JSONResponse:
        response = _error(503, "the review store is unavailable or busy; retry shortly")
        response.headers["Retry-After"] = "1"
        return response

    app.include_router(api.router)
    app.include_router(review_api.router)
    app.include_router(users_api.router)
    app.include_router(web.router)
    return app
