"""`drafter serve`, `drafter users` and `drafter review`: the review queue from the command line.

Heavy imports (fastapi, sqlalchemy) happen inside the commands so that `drafter check` starts
fast."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from drafter.cli.common import backend_option, friendly_errors, read_text

if TYPE_CHECKING:
    from drafter.store import DraftRecord, Store, User

F = TypeVar("F", bound=Callable[..., Any])


def _db_option(func: F) -> F:
    return click.option(
        "--db",
        "db_url",
        metavar="URL",
        help="Review store: a SQLAlchemy URL or a SQLite file (DRAFTER_DB; default: the user data directory).",
    )(func)


def _open(db_url: str | None) -> Store:
    from drafter.store import Store

    return Store.open(db_url)


def _operator() -> str:
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


# ---------------------------------------------------------------------------- serve


def _listen(host: str, port: int) -> Any:
    import socket

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)  # connections queue from now on, while the app warms up
    except OSError as exc:
        from drafter.errors import InputError

        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    return sock


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="0 picks a free port.")
@_db_option
@click.option("--policy", "policy_path", metavar="FILE", help="Policy YAML instead of the packaged default.")
@backend_option
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="info",
    show_default=True,
)
@click.option(
    "--docs/--no-docs",
    default=None,
    help="Serve Swagger UI at /docs and ReDoc at /redoc, which load scripts from cdn.jsdelivr.net "
    "(under a CSP of their own). Default: off (DRAFTER_DOCS=1 turns it on).",
)
@click.option(
    "--trust-proxy",
    "trust_proxy",
    metavar="IPS",
    help="Comma-separated addresses (or *) of reverse proxies whose X-Forwarded-For and "
    "X-Forwarded-Proto headers are believed: the client address in logs, and https for the "
    "session cookie's Secure flag. Default: none, the headers are ignored (DRAFTER_TRUST_PROXY).",
)
@friendly_errors
def serve_cmd(
    host: str,
    port: int,
    db_url: str | None,
    policy_path: str | None,
    backend: str | None,
    log_level: str,
    docs: bool | None,
    trust_proxy: str | None,
) -> None:
    """Serve the HTTP API (/v1, OpenAPI at /openapi.json) and the supervisors' review pages.

    All state lives in the store, so several servers can share one PostgreSQL database. Behind
    a reverse proxy that terminates TLS, pass its address with --trust-proxy."""
    import uvicorn

    from drafter.backends import make_backend
    from drafter.config import setting
    from drafter.policy import load_policy
    from drafter.server import create_app
    from drafter.store.url import redact

    docs = str(setting("docs", docs, False)).lower() in ("1", "true", "yes", "on")
    proxies = setting("trust_proxy", trust_proxy)
    store = _open(db_url)
    app = create_app(
        store, policy=load_policy(setting("policy", policy_path)), backend=make_backend(backend), docs=docs
    )
    sock = _listen(host, port)
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    click.echo(f"drafter: serving http://{shown}:{bound_port}/ (store {redact(store.url)})", err=True)
    config = uvicorn.Config(
        app,
        log_level=log_level,
        access_log=log_level in ("info", "debug"),
        server_header=False,
        proxy_headers=bool(proxies),  # uvicorn's default would trust 127.0.0.1: here, no one unless named
        forwarded_allow_ips=str(proxies) if proxies else None,
    )
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
        store.close()


# ---------------------------------------------------------------------------- users


@click.group("users")
def users_group() -> None:
    """API users and their bearer tokens."""


@users_group.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["agent", "supervisor"]), required=True)
@_db_option
@friendly_errors
def users_add_cmd(name: str, role: str, db_url: str | None) -> None:
    """Add a user; its token is printed once, alone on the last line (only its hash is kept)."""
    store = _open(db_url)
    try:
        user, token = store.add_user(name, role, actor=_operator())
    finally:
        store.close()
    click.echo(f"added {role} {user.name!r} (id {user.id}); the token below is shown once and only its hash is kept:")
    click.echo(token)


@users_group.command("list")
@_db_option
@friendly_errors
def users_list_cmd(db_url: str | None) -> None:
    """List users (never their tokens)."""
    store = _open(db_url)
    try:
        for user in store.users():
            click.echo(f"{user.id:>4}  {user.role:<10}  {user.name}")
    finally:
        store.close()


# ---------------------------------------------------------------------------- review


@click.group("review")
def review_group() -> None:
    """The supervisors' review queue: list, show, approve, reject."""


def _reviewer(store: Store, name: str | None) -> User:
    from drafter.config import setting
    from drafter.errors import InputError
    from drafter.store import Forbidden

    name = setting("reviewer", name)
    if not name:
        raise InputError("say who decides: --as NAME or DRAFTER_REVIEWER (a supervisor from `drafter users add`)")
    user = store.user_by_name(str(name))
    if user is None:
        raise InputError(f"no user {name!r} (add one with `drafter users add {name} --role supervisor`)")
    if user.role != "supervisor":
        raise Forbidden(f"{user.name!r} is an {user.role}: only a supervisor can review drafts")
    return user


@review_group.command("list")
@_db_option
@click.option("--limit", type=click.IntRange(1, 500), default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@friendly_errors
def review_list_cmd(db_url: str | None, limit: int, as_json: bool) -> None:
    """Drafts awaiting review, most severe and oldest first."""
    from drafter.store.times import ago

    store = _open(db_url)
    try:
        items = store.queue(limit=limit)
    finally:
        store.close()
    for item in items:
        if as_json:
            click.echo(item.model_dump_json())
            continue
        escalate = f" escalated({','.join(item.reasons)})" if item.escalate else ""
        worst = f" {item.severity}x{item.findings}" if item.severity else ""
        excerpt = " ".join(item.excerpt.split())[:60]
        click.echo(f"{item.id:>6}  {item.verdict:<5}{worst}{escalate}  {ago(item.created_at)}  {excerpt}")
    if not items and not as_json:
        click.echo("nothing is waiting for review", err=True)


def _show(record: DraftRecord) -> str:
    from drafter.cli.render import render_report
    from drafter.guard import GuardReport

    c = record.complaint
    lines = [
        f"draft {record.id}  status {record.status}  version {record.version}  verdict {record.verdict}"
        + (f"  escalated ({', '.join(record.reasons)})" if record.escalate else ""),
        f"received {c.time.isoformat()}  customer {c.customer or '-'}  channel {c.channel}  language {c.language}"
        + (f"  order {c.order_id}" if c.order_id else "")
        + (f"  amount {c.order_amount} {c.currency or ''}".rstrip() if c.order_amount is not None else ""),
        f"category {record.category}  submitted by {record.submitted_by}",
        "",
        "── complaint ──",
        c.content.rstrip("\n"),
        "",
        "── draft ──",
        render_report(record.text, GuardReport.model_validate(record.draft["guard"]), colour=sys.stdout.isatty()),
    ]
    if record.review is not None:
        r = record.review
        lines += ["", f"── decision ── {record.status} by {r.reviewer} at {r.at.isoformat()}"]
        if r.override:
            lines.append("override: approved although the guardrails block it")
        if r.reason:
            lines.append(f"reason: {r.reason}")
        if r.edited and r.text is not None:
            lines += ["edited reply:", r.text]
    return "\n".join(lines)


@review_group.command("show")
@click.argument("draft_id", type=click.IntRange(1, 2**62))
@_db_option
@click.option("--json", "as_json", is_flag=True, help="The record as JSON (as GET /v1/drafts/ID).")
@friendly_errors
def review_show_cmd(draft_id: int, db_url: str | None, as_json: bool) -> None:
    """One draft: the complaint, the reply with its findings marked, and any decision."""
    store = _open(db_url)
    try:
        record = store.get(draft_id)
    finally:
        store.close()
    click.echo(record.model_dump_json(indent=2) if as_json else _show(record))


def _decide(draft_id: int, db_url: str | None, reviewer: str | None, policy_path: str | None, **decision: Any) -> None:
    from drafter.config import setting
    from drafter.policy import load_policy
    from drafter.store.review import decide

    store = _open(db_url)
    try:
        user = _reviewer(store, reviewer)
        record = decide(store, draft_id, reviewer=user, policy=load_policy(setting("policy", policy_path)), **decision)
    finally:
        store.close()
    review = record.review
    assert review is not None
    detail = f"verdict {review.verdict}" if review.verdict else f"reason: {review.reason}"
    extra = " (edited)" if review.edited else ""
    extra += " (override of a block)" if review.override else ""
    click.echo(f"draft {record.id} {record.status}{extra} by {review.reviewer}; {detail}; version {record.version}")


_as = click.option("--as", "reviewer", metavar="NAME", help="The supervisor deciding (DRAFTER_REVIEWER).")
_version = click.option("--version", type=click.IntRange(1), help="Fail if the draft changed since this version.")
_policy = click.option("--policy", "policy_path", metavar="FILE", help="Policy YAML for the re-check.")


@review_group.command("approve")
@click.argument("draft_id", type=click.IntRange(1, 2**62))
@click.option("--edit", "edit_path", metavar="FILE|-", help="Approve this edited reply instead (re-checked).")
@click.option("--reason", help="Why; required when the guardrails block the reply (an override).")
@_as
@_version
@_db_option
@_policy
@friendly_errors
def review_approve_cmd(
    draft_id: int,
    edit_path: str | None,
    reason: str | None,
    reviewer: str | None,
    version: int | None,
    db_url: str | None,
    policy_path: str | None,
) -> None:
    """Approve a draft, as it is or edited."""
    text = read_text(edit_path) if edit_path is not None else None
    _decide(draft_id, db_url, reviewer, policy_path, decision="approve", text=text, reason=reason, version=version)


@review_group.command("reject")
@click.argument("draft_id", type=click.IntRange(1, 2**62))
@click.option("--reason", required=True, help="Why (the agent sees it).")
@_as
@_version
@_db_option
@_policy
@friendly_errors
def review_reject_cmd(
    draft_id: int, reason: str, reviewer: str | None, version: int | None, db_url: str | None, policy_path: str | None
) -> None:
    """Reject a draft with a reason."""
    _decide(draft_id, db_url, reviewer, policy_path, decision="reject", reason=reason, version=version)
