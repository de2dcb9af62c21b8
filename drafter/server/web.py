"""The reviewers' pages: login, the queue (search, filters, sort, pages), the history of decided
drafts, one draft with its findings highlighted (claim, decide, mark the follow-up done), and its
audit trail with before/after diffs. Server-rendered (jinja2, autoescape on), no scripts.
Sessions and their CSRF tokens are rows in the store, keyed by the sha256 of a random cookie
value; a session ends when the token it was opened with is revoked."""

from __future__ import annotations

import hmac
import pathlib
from collections.abc import Mapping
from datetime import timedelta
from functools import cache
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Path, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape
from pydantic import ValidationError

from drafter.errors import DrafterError, InputError
from drafter.highlight import html as highlight
from drafter.jsonl import first_error
from drafter.server.auth import StoreDep
from drafter.server.common import decision_made
from drafter.store import Conflict, Filters, Forbidden, NotFound, Store
from drafter.store.authority import article, is_reviewer, reviewer_roles, roles_within
from drafter.store.changes import text_diff
from drafter.store.listing import SORTS
from drafter.store.records import Session
from drafter.store.review import decide
from drafter.store.times import ago, when

router = APIRouter(include_in_schema=False)

COOKIE = "drafter_session"
SESSION_TTL = timedelta(hours=12)
ANON_TTL = timedelta(hours=1)
CLAIM_TTL = timedelta(minutes=30)
PAGE = 50
DONE = {"approved", "rejected"}
NOTICES = {
    "claimed": "You claimed draft {id} for 30 minutes.",
    "released": "Draft {id} is back in the queue.",
    "followed_up": "The follow-up of draft {id} is marked done.",
}
FILTER_KEYS = (
    *("q", "status", "severity", "verdict", "category", "reason", "language", "required_role", "overdue", "sort"),
)
FormText = Annotated[str, Form()]
DraftId = Annotated[int, Path(ge=1, le=2**62)]


def _diff_html(before: Any, after: Any) -> Markup:
    """A text change as escaped pieces: removed in <del>, added in <ins>."""
    out = []
    for op, piece in text_diff(str(before or ""), str(after or "")):
        tag = {"=": None, "-": "del", "+": "ins"}[op]
        out.append(escape(piece) if tag is None else Markup(f"<{tag}>{escape(piece)}</{tag}>"))
    return Markup("").join(out)


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
    env.filters["diff"] = lambda change: _diff_html(change.before, change.after)
    env.filters["a_role"] = lambda role: article(str(role).replace("_", " "))
    return env


def _page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("user", None)
    context.setdefault("csrf_token", "")
    context.setdefault("error", None)
    context.setdefault("notice", None)
    context.setdefault("nav", "")
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
    if session is None or session.user is None or not is_reviewer(request.app.state.policy, session.user.role):
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
    if _signed_in(request, store) is not None:
        return RedirectResponse("/queue", status_code=303)
    if session is None or session.user is not None:  # a pre-login session carries the form's CSRF token
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
    found = store.resolve_token(token.strip())
    if found is None:
        return _page("login.html", 401, csrf_token=session.csrf_token, error="That token is not known.")
    user, token_id = found
    if not is_reviewer(request.app.state.policy, user.role):
        return _page(
            "login.html",
            403,
            csrf_token=session.csrf_token,
            error="Only reviewers review drafts; agents use the API.",
        )
    store.end_session(cookie)  # a fresh session id at login: no fixation
    cookie, _ = store.create_session(user, SESSION_TTL, token_id=token_id)
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


def _form_filters(params: Mapping[str, str], *, status_default: str | None) -> tuple[Filters, dict[str, str]]:
    """The listing's filters from the query string; blank fields mean any."""
    chosen = {k: params[k].strip() for k in FILTER_KEYS if params.get(k, "").strip()}
    values: dict[str, Any] = {k: v for k, v in chosen.items() if k not in ("overdue", "sort", "required_role")}
    values.setdefault("status", status_default)
    values["overdue"] = chosen.get("overdue") in ("1", "on", "true")
    role = chosen.get("required_role")
    if role not in (None, "any", "mine"):
        values["required_role"] = role
    try:
        return Filters.model_validate(values).check(), chosen
    except ValidationError as exc:
        raise InputError(f"filter {first_error(exc)}") from exc


def _listing(request: Request, store: Store, session: Session, *, history: bool) -> HTMLResponse:
    assert session.user is not None
    params = request.query_params
    policy = request.app.state.policy
    error = None
    items: list[Any] = []
    next_cursor = None
    try:
        filters, chosen = _form_filters(params, status_default=None if history else "needs_review")
        cursor = params.get("cursor") or None
        if history:
            items, next_cursor = store.history(filters, limit=PAGE, cursor=cursor)
        else:
            if chosen.get("required_role") in (None, "mine"):
                filters = filters.model_copy(update={"for_roles": roles_within(policy, session.user.role)})
            sort = chosen.get("sort", "priority")
            items, next_cursor = store.search(filters, sort=sort, limit=PAGE, cursor=cursor)
    except DrafterError as exc:
        chosen = {k: params[k] for k in FILTER_KEYS if params.get(k)}
        error = exc.message
    base = "/history" if history else "/queue"
    notice = None
    done, decision = params.get("done"), params.get("decision")
    if done and done.isdigit() and decision in DONE:
        notice = f"Draft {done} {decision}."
    return _page(
        "history.html" if history else "queue.html",
        200 if error is None else 422,
        user=session.user,
        csrf_token=session.csrf_token,
        items=items,
        chosen=chosen,
        roles=reviewer_roles(policy),
        sorts=SORTS[:4],
        next_url=f"{base}?{urlencode({**chosen, 'cursor': next_cursor})}" if next_cursor else None,
        first_url=f"{base}?{urlencode(chosen)}" if params.get("cursor") else None,
        error=error,
        notice=notice,
        nav="history" if history else ("overdue" if chosen.get("overdue") else "queue"),
    )


@router.get("/queue")
def queue_page(request: Request, store: StoreDep) -> Response:
    session = _signed_in(request, store)
    if session is None:
        return _to_login()
    return _listing(request, store, session, history=False)


@router.get("/history")
def history_page(request: Request, store: StoreDep) -> Response:
    session = _signed_in(request, store)
    if session is None:
        return _to_login()
    return _listing(request, store, session, history=True)


def _not_found(session: Session, draft_id: int) -> HTMLResponse:
    return _page(
        "error.html",
        404,
        user=session.user,
        csrf_token=session.csrf_token,
        title="Not found",
        message=f"There is no draft {draft_id}.",
    )


def _draft_page(
    request: Request,
    store: Store,
    session: Session,
    draft_id: int,
    *,
    status: int = 200,
    error: str | None = None,
    notice: str | None = None,
    **form: Any,
) -> HTMLResponse:
    try:
        record = store.get(draft_id)
    except NotFound:
        return _not_found(session, draft_id)
    assert session.user is not None
    final = None
    if record.review is not None and record.review.text is not None:
        final = highlight(record.review.text, record.review.findings)
    policy = request.app.state.policy
    return _page(
        "draft.html",
        status,
        user=session.user,
        csrf_token=session.csrf_token,
        d=record,
        highlighted=highlight(record.text, record.findings),
        final=final,
        error=error,
        notice=notice,
        text=form.get("text", record.text),
        reason=form.get("reason", ""),
        may_approve=record.required_role in roles_within(policy, session.user.role) or record.required_role is None,
        mine=record.claim is not None and record.claim.by == session.user.name,
    )


@router.get("/drafts/{draft_id}")
def draft_page(draft_id: DraftId, request: Request, store: StoreDep, done: str | None = None) -> Response:
    session = _signed_in(request, store)
    if session is None:
        return _to_login()
    notice = NOTICES[done].format(id=draft_id) if done in NOTICES else None
    return _draft_page(request, store, session, draft_id, notice=notice)


@router.get("/drafts/{draft_id}/audit")
def audit_page(draft_id: DraftId, request: Request, store: StoreDep) -> Response:
    session = _signed_in(request, store)
    if session is None:
        return _to_login()
    try:
        record = store.get(draft_id)
    except NotFound:
        return _not_found(session, draft_id)
    return _page(
        "audit.html",
        user=session.user,
        csrf_token=session.csrf_token,
        d=record,
        entries=store.audit(entity="draft", entity_id=draft_id),
        deliveries=store.deliveries(draft_id=draft_id),
    )


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
    webhook = request.app.state.webhook
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
            webhook_url=webhook.url if webhook else None,
        )
    except NotFound:
        return _draft_page(request, store, session, draft_id)
    except Conflict as exc:
        return _draft_page(request, store, session, draft_id, status=409, error=exc.message)
    except Forbidden as exc:
        return _draft_page(request, store, session, draft_id, status=403, error=exc.message, text=text, reason=reason)
    except DrafterError as exc:
        return _draft_page(request, store, session, draft_id, status=422, error=exc.message, text=text, reason=reason)
    decision_made(request)
    done = "approved" if decision == "approve" else "rejected"
    return RedirectResponse(f"/queue?done={draft_id}&decision={done}", status_code=303)


def _action(request: Request, store: Store, draft_id: int, csrf_token: str, act: str) -> Response:
    session = _signed_in(request, store)
    if session is None:
        return _to_login()
    if not _csrf_ok(session, csrf_token):
        return _refused()
    user = session.user
    assert user is not None
    try:
        if act == "claimed":
            store.claim(draft_id, user=user, ttl=CLAIM_TTL)
        elif act == "released":
            store.release(draft_id, user=user, force=user.admin)
        else:
            store.follow_up_done(draft_id, user=user)
    except NotFound:
        return _not_found(session, draft_id)
    except Conflict as exc:
        return _draft_page(request, store, session, draft_id, status=409, error=exc.message)
    except DrafterError as exc:
        return _draft_page(request, store, session, draft_id, status=422, error=exc.message)
    return RedirectResponse(f"/drafts/{draft_id}?done={act}", status_code=303)


@router.post("/drafts/{draft_id}/claim")
def claim_form(draft_id: DraftId, request: Request, store: StoreDep, csrf_token: FormText = "") -> Response:
    return _action(request, store, draft_id, csrf_token, "claimed")


@router.post("/drafts/{draft_id}/release")
def release_form(draft_id: DraftId, request: Request, store: StoreDep, csrf_token: FormText = "") -> Response:
    return _action(request, store, draft_id, csrf_token, "released")


@router.post("/drafts/{draft_id}/follow-up")
def follow_up_form(draft_id: DraftId, request: Request, store: StoreDep, csrf_token: FormText = "") -> Response:
    return _action(request, store, draft_id, csrf_token, "followed_up")
