"""The supervisors' review pages: login, queue, one draft with its findings highlighted, and the
decision form. Server-rendered (jinja2, autoescape on), no scripts. Sessions and their CSRF
tokens are rows in the store, keyed by the sha256 of a random cookie value."""

from __future__ import annotations

import hmac
import pathlib
from datetime import timedelta
from functools import cache
from typing import Annotated, Any

from fastapi import APIRouter, Form, Path, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, PackageLoader, StrictUndefined

from drafter.errors import DrafterError, InputError
from drafter.highlight import html as highlight
from drafter.server.auth import StoreDep
from drafter.store import Conflict, NotFound, Store
from drafter.store.records import Session
from drafter.store.review import decide
from drafter.store.times import ago, when

router = APIRouter(include_in_schema=False)

COOKIE = "drafter_session"
SESSION_TTL = timedelta(hours=12)
ANON_TTL = timedelta(hours=1)
QUEUE_PAGE = 200
DONE = {"approved", "rejected"}
FormText = Annotated[str, Form()]
DraftId = Annotated[int, Path(ge=1, le=2**62)]


@cache
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("drafter.server", "templates"),
        autoescape=True,  # every template, whatever its name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = when
    env.filters["ago"] = ago
    return env


def _page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("user", None)
    context.setdefault("csrf_token", "")
    context.setdefault("error", None)
    html = _env().get_template(name).render(**context)
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})


def _set_cookie(response: Response, request: Request, value: str, ttl: timedelta) -> None:
    response.set_cookie(
        COOKIE,
        value,
        max_age=int(ttl.total_seconds()),
        path="/",
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )


def _session(request: Request, store: Store) -> tuple[str | None, Session | None]:
    cookie = request.cookies.get(COOKIE)
    return cookie, store.session(cookie)


def _signed_in(request: Request, store: Store) -> Session | None:
    _, session = _session(request, store)
    if session is None or session.user is None or session.user.role != "supervisor":
        return None
    return session


def _csrf_ok(session: Session | None, sent: str) -> bool:
    return session is not None and bool(sent) and hmac.compare_digest(session.csrf_token.encode(), sent.encode())


def _refused() -> HTMLResponse:
    return _page(
        "error.html",
        403,
        title="Form refused",
        message="This form has expired or did not come from this site. Reload the page and try again.",
    )


def _to_login() -> RedirectResponse:
    return RedirectResponse("/login", status_code=303)


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/queue", status_code=303)


@router.get("/static/review.css")
def stylesheet() -> Response:
    css = (pathlib.Path(__file__).parent / "static" / "review.css").read_text(encoding="utf-8")
    return Response(css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})


@router.get("/login")
def login_form(request: Request, store: StoreDep) -> Response:
    cookie, session = _session(request, store)
    if session is not None and session.user is not None and session.user.role == "supervisor":
        return RedirectResponse("/queue", status_code=303)
    if session is None:  # a pre-login session carries the login form's CSRF token
        cookie, session = store.create_session(None, ANON_TTL)
        response = _page("login.html", csrf_token=session.csrf_token)
        _set_cookie(response, request, cookie, ANON_TTL)
        return response
    return _page("login.html", csrf_token=session.csrf_token)


@router.post("/login")
def login(request: Request, store: StoreDep, token: FormText = "", csrf_token: FormText = "") -> Response:
    cookie, session = _session(request, store)
    if session is None or not _csrf_ok(session, csrf_token):
        return _refused()
    user = store.user_for_token(token.strip())
    if user is None:
        return _page("login.html", 401, csrf_token=session.csrf_token, error="That token is not known.")
    if user.role != "supervisor":
        return _page(
            "login.html",
            403,
            csrf_token=session.csrf_token,
            error="Only supervisors review drafts; agents use the API.",
        )
    store.end_session(cookie)  # a fresh session id at login: no fixation
    cookie, _ = store.create_session(user, SESSION_TTL)
    response = RedirectResponse("/queue", status_code=303)
    _set_cookie(response, request, cookie, SESSION_TTL)
    return response


@router.post("/logout")
def logout(request: Request, store: StoreDep, csrf_token: FormText = "") -> Response:
    cookie, session = _session(request, store)
    if session is None:
        return _to_login()
    if not _csrf_ok(session, csrf_token):
        return _refused()
    store.end_session(cookie)
    response = _to_login()
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/queue")
def queue_page(request: Request, store: StoreDep, done: int | None = None, decision: str | None = None) -> Response:
    session = _signed_in(request, store)
    if session is None:
        return _to_login()
    notice = f"Draft {done} {decision}." if done is not None and decision in DONE else None
    return _page(
        "queue.html",
        user=session.user,
        csrf_token=session.csrf_token,
        items=store.queue(limit=QUEUE_PAGE),
        notice=notice,
    )


def _draft_page(
    store: Store, session: Session, draft_id: int, *, status: int = 200, error: str | None = None, **form: Any
) -> HTMLResponse:
    try:
        record = store.get(draft_id)
    except NotFound:
        return _page(
            "error.html",
            404,
            user=session.user,
            csrf_token=session.csrf_token,
            title="Not found",
            message=f"There is no draft {draft_id}.",
        )
    final = None
    if record.review is not None and record.review.text is not None:
        final = highlight(record.review.text, record.review.findings)
    return _page(
        "draft.html",
        status,
        user=session.user,
        csrf_token=session.csrf_token,
        d=record,
        highlighted=highlight(record.text, record.findings),
        final=final,
        error=error,
        text=form.get("text", record.text),
        reason=form.get("reason", ""),
    )


@router.get("/drafts/{draft_id}")
def draft_page(draft_id: DraftId, request: Request, store: StoreDep) -> Response:
    session = _signed_in(request, store)
    if session is None:
        return _to_login()
    return _draft_page(store, session, draft_id)


@router.post("/drafts/{draft_id}/review")
def review_form(
    draft_id: DraftId,
    request: Request,
    store: StoreDep,
    decision: FormText = "",
    text: FormText = "",
    reason: FormText = "",
    version: FormText = "",
    csrf_token: FormText = "",
) -> Response:
    session = _signed_in(request, store)
    if session is None:
        return _to_login()
    if not _csrf_ok(session, csrf_token):
        return _refused()
    assert session.user is not None
    try:
        if decision not in ("approve", "reject"):
            raise InputError("choose approve or reject")
        if not version.isdigit():
            raise InputError("the form lost the draft's version; reload the page")
        decide(
            store,
            draft_id,
            reviewer=session.user,
            decision=decision,  # type: ignore[arg-type]
            policy=request.app.state.policy,
            text=text if decision == "approve" else None,
            reason=reason or None,
            version=int(version),
        )
    except NotFound:
        return _draft_page(store, session, draft_id)
    except Conflict as exc:
        return _draft_page(store, session, draft_id, status=409, error=exc.message)
    except DrafterError as exc:
        return _draft_page(store, session, draft_id, status=422, error=exc.message, text=text, reason=reason)
    done = "approved" if decision == "approve" else "rejected"
    return RedirectResponse(f"/queue?done={draft_id}&decision={done}", status_code=303)
