"""The `drafter serve` application: the /v1 API and the review pages on one FastAPI app.

All state is in the store (sessions and CSRF tokens included); the app object holds only the
store's connection pool, the policy and the drafting backend, so replicas can share a database."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from drafter import __version__
from drafter.backends.base import AnyBackend
from drafter.errors import DrafterError, InputError
from drafter.inputs import MAX_LINE_BYTES
from drafter.policy import Policy
from drafter.store import Conflict, Forbidden, NotFound, Store

log = logging.getLogger("drafter.server")

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
MAX_BODY = MAX_LINE_BYTES  # what one `--jsonl` line may be; the review pages' forms are far smaller


class SecurityHeaders:
    """Adds the CSP and friends to every response (a plain ASGI middleware: no body buffering).
    A response that sets its own CSP (the opt-in API docs) keeps it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in _HEADERS if h[0] not in present)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses a request body over ``limit`` bytes with 413 and a JSON error: at once when
    Content-Length says so, else as soon as the bytes read pass it (a chunked upload), so an
    oversized body is never read into memory."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    def _too_large(self) -> HTTPException:
        return HTTPException(413, f"the request body is larger than {self.limit:,} bytes (the limit)")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            status = 413 if declared.isdigit() else 400
            detail = self._too_large().detail if status == 413 else "Content-Length is not a number"
            await JSONResponse({"detail": detail}, status_code=status)(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise self._too_large()  # an HTTPException: FastAPI answers it as JSON
            return message

        await self.app(scope, limited, send)


# FastAPI's interactive docs load Swagger UI and ReDoc from a CDN: off unless `serve --docs`,
# and then under a CSP of their own that allows that CDN and the pages' one inline script only.
_DOCS_CSP = (
    "default-src 'none'; script-src https://cdn.jsdelivr.net {hashes}; "
    "style-src https://cdn.jsdelivr.net https://fonts.googleapis.com 'unsafe-inline'; "
    "font-src https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com https://cdn.redoc.ly; "
    "connect-src 'self'; worker-src blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def docs_csp(html: str) -> str:
    """The docs pages' CSP: each inline script allowed by its hash, nothing else inline."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
        for body in _INLINE_SCRIPT.findall(html)
    )
    return _DOCS_CSP.format(hashes=hashes).replace("  ", " ")


def _add_docs(app: FastAPI) -> None:
    from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html

    pages = {
        "/docs": get_swagger_ui_html(openapi_url="/openapi.json", title="drafter API", oauth2_redirect_url=None),
        "/redoc": get_redoc_html(openapi_url="/openapi.json", title="drafter API"),
    }
    for path, page in pages.items():
        html = bytes(page.body).decode()
        headers = {"Content-Security-Policy": docs_csp(html)}

        def serve(html: str = html, headers: dict[str, str] = headers) -> HTMLResponse:
            return HTMLResponse(html, headers=headers)

        app.add_api_route(path, serve, methods=["GET"], include_in_schema=False)


def _warm_up(policy: Policy) -> None:
    """Load the rule packs and the intake model before the first request, not during it."""
    from drafter.guard import check
    from drafter.intake import analyse, read_complaint

    check("warm up", policy=policy)
    analyse(read_complaint("warm up"))


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    await run_in_threadpool(_warm_up, app.state.policy)
    from drafter.service import make_reviewer

    # One LLM reviewer (one pooled HTTP client) per process when the policy turns it on: a
    # connection pool, not state, so replicas stay interchangeable.
    app.state.reviewer = make_reviewer(app.state.policy) if app.state.policy.reviewer else None
    try:
        async with _deliverer(app):
            yield
    finally:
        if app.state.reviewer is not None:
            app.state.reviewer.close()
            app.state.reviewer = None


@asynccontextmanager
async def _deliverer(app: FastAPI) -> AsyncIterator[None]:
    """Hand decisions off to the webhook, when one is configured, for as long as the app runs."""
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


def _printable(value: Any) -> Any:
    """Text that any UTF-8 writer can output: lone surrogates and stray bytes become escapes."""
    if isinstance(value, (list, tuple)):
        return [_printable(v) for v in value]
    if isinstance(value, int):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    return str(value).encode("utf-8", "backslashreplace").decode("utf-8")


def _error(status: int, message: Any, **extra: Any) -> JSONResponse:
    return JSONResponse({"detail": message, **extra}, status_code=status)


def create_app(
    store: Store,
    *,
    policy: Policy | None = None,
    backend: AnyBackend | None = None,
    webhook: WebhookConfig | None = None,
    docs: bool = False,
) -> FastAPI:
    """The app over an open store; ``policy`` defaults to the store's, ``backend`` to the
    configured one. With ``webhook``, decisions are handed off to it (drafter.handoff);
    ``docs`` serves Swagger UI at /docs and ReDoc at /redoc (scripts from a CDN)."""
    from drafter.backends import make_backend
    from drafter.server import api, review_api, users_api, web

    app = FastAPI(
        title="drafter",
        version=__version__,
        description="Draft, check and review replies to customer complaints (LAST: Listen, Apologize, Satisfy, Thank).",
        lifespan=_lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.policy = policy or store.policy
    app.state.backend = backend or make_backend()
    app.state.webhook = webhook
    app.state.deliverer = None
    app.state.reviewer = None
    app.add_middleware(BodyLimit)
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

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's own handler echoes the input back, and fails (a 500) on a body that is not
        # UTF-8 or on a key holding a lone surrogate: the problems alone, as safe text.
        return _error(422, [{k: _printable(e.get(k)) for k in ("loc", "msg", "type")} for e in exc.errors()])

    @app.exception_handler(RecursionError)
    async def _too_deep(_: Request, exc: RecursionError) -> JSONResponse:
        return _error(400, "the request is nested too deeply")

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return _error(500, f"internal error ({type(exc).__name__}); the server log has the details")

    app.include_router(api.router)
    app.include_router(review_api.router)
    app.include_router(users_api.router)
    app.include_router(web.router)
    if docs:
        _add_docs(app)
    return app
