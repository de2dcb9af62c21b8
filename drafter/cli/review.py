"""`drafter serve`, `drafter users` and `drafter review`: the review queue from the command line.

Heavy imports (fastapi, sqlalchemy) happen inside the commands so that `drafter check` starts
fast."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from drafter.cli.backend_option import backend_option
from drafter.cli.common import friendly_errors, read_text

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


def _open(db_url: str | None, policy_path: str | None = None, timezone: str | None = None) -> Store:
    from drafter.config import setting
    from drafter.policy import load_policy
    from drafter.store import Store

    policy = load_policy(setting("policy", policy_path))
    return Store.open(db_url, policy=policy, timezone=setting("timezone", timezone))


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
    "--webhook",
    metavar="URL",
    help="POST every approval and rejection here, signed with DRAFTER_WEBHOOK_SECRET (DRAFTER_WEBHOOK).",
)
@click.option(
    "--timezone",
    metavar="ZONE",
    help="IANA zone for promised clock times such as 'by 5pm' (DRAFTER_TIMEZONE; default UTC).",
)
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
    webhook: str | None,
    timezone: str | None,
    log_level: str,
    docs: bool | None,
    trust_proxy: str | None,
) -> None:
    """Serve the HTTP API (/v1, OpenAPI at /openapi.json) and the reviewers' pages.

    All state lives in the store (webhook deliveries too), so several servers can share one
    PostgreSQL database. Behind a reverse proxy that terminates TLS, pass its address with
    --trust-proxy."""
    import uvicorn

    from drafter.backends import make_backend
    from drafter.config import setting
    from drafter.handoff import webhook_config
    from drafter.server import create_app
    from drafter.store.url import redact

    docs = str(setting("docs", docs, False)).lower() in ("1", "true", "yes", "on")
    proxies = setting("trust_proxy", trust_proxy)
    hook = webhook_config(webhook)
    store = _open(db_url, policy_path, timezone)
    app = create_app(store, policy=store.policy, backend=make_backend(backend), webhook=hook, docs=docs)
    sock = _listen(host, port)
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    extra = f"; webhook {hook.url}" if hook else ""
    click.echo(f"drafter: serving http://{shown}:{bound_port}/ (store {redact(store.url)}{extra})", err=True)
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


_policy_file = click.option("--policy", "policy_path", metavar="FILE", help="Policy YAML whose roles apply.")


def _expiry(value: str | None) -> Any:
    """``30d``, ``12h`` or ``45m`` from now, as an aware datetime."""
    if value is None:
        return None
    import re
    from datetime import UTC, datetime, timedelta

    from drafter.errors import InputError

    found = re.fullmatch(r"\s*(\d{1,5})\s*([dhm])\s*", value)
    if not found:
        raise InputError(f"--expires-in takes a number and d, h or m (e.g. 90d), not {value!r}")
    unit = {"d": "days", "h": "hours", "m": "minutes"}[found.group(2)]
    return datetime.now(UTC) + timedelta(**{unit: int(found.group(1))})


_expires = click.option("--expires-in", "expires_in", metavar="AGE", help="The token stops working after 90d, 12h...")


@users_group.command("add")
@click.argument("name")
@click.option("--role", required=True, help="A role of the policy: agent, supervisor, store_manager, executive.")
@click.option("--admin", is_flag=True, help="May manage users through the API (/v1/users).")
@_expires
@_db_option
@_policy_file
@friendly_errors
def users_add_cmd(
    name: str, role: str, admin: bool, expires_in: str | None, db_url: str | None, policy_path: str | None
) -> None:
    """Add a user; its token is printed once, alone on the last line (only its hash is kept)."""
    store = _open(db_url, policy_path)
    try:
        user, token = store.add_user(name, role, actor=_operator(), admin=admin, expires_at=_expiry(expires_in))
    finally:
        store.close()
    what = f"{role}{' (admin)' if admin else ''}"
    click.echo(f"added {what} {user.name!r} (id {user.id}); the token below is shown once and only its hash is kept:")
    click.echo(token)


@users_group.command("list")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@friendly_errors
def users_list_cmd(db_url: str | None, as_json: bool) -> None:
    """List users, their role and state (never their tokens)."""
    store = _open(db_url)
    try:
        infos = store.user_infos()
    finally:
        store.close()
    for u in infos:
        if as_json:
            click.echo(u.model_dump_json())
            continue
        state = "disabled" if u.disabled else ("no live token" if not u.tokens else "active")
        flags = " admin" if u.admin else ""
        expires = f" token expires {u.token_expires_at:%Y-%m-%d %H:%M} UTC" if u.token_expires_at else ""
        click.echo(f"{u.id:>4}  {u.role:<14}  {u.name}  [{state}{flags}]{expires}")


def _user_change(db_url: str | None, policy_path: str | None, change: Callable[[Store], Any]) -> Any:
    store = _open(db_url, policy_path)
    try:
        return change(store)
    finally:
        store.close()


@users_group.command("revoke")
@click.argument("name")
@_db_option
@friendly_errors
def users_revoke_cmd(name: str, db_url: str | None) -> None:
    """Revoke every token of NAME: they fail with 401 at once (web sessions end too)."""
    info = _user_change(db_url, None, lambda s: s.revoke(name, actor=_operator()))
    click.echo(f"revoked the tokens of {info.name!r}; `drafter users rotate {info.name}` gives a new one")


@users_group.command("rotate")
@click.argument("name")
@_expires
@_db_option
@friendly_errors
def users_rotate_cmd(name: str, expires_in: str | None, db_url: str | None) -> None:
    """A new token for NAME, printed alone on the last line; the old ones stop working."""
    expires_at = _expiry(expires_in)
    info, token = _user_change(db_url, None, lambda s: s.rotate(name, actor=_operator(), expires_at=expires_at))
    click.echo(f"new token for {info.name!r}; the old ones no longer work. Shown once:")
    click.echo(token)


@users_group.command("disable")
@click.argument("name")
@_db_option
@friendly_errors
def users_disable_cmd(name: str, db_url: str | None) -> None:
    """Disable NAME: every token and session fails until `enable`."""
    _user_change(db_url, None, lambda s: s.disable(name, actor=_operator()))
    click.echo(f"disabled {name!r}")


@users_group.command("enable")
@click.argument("name")
@_db_option
@friendly_errors
def users_enable_cmd(name: str, db_url: str | None) -> None:
    """Enable NAME again (its tokens that are not revoked or expired work again)."""
    _user_change(db_url, None, lambda s: s.enable(name, actor=_operator()))
    click.echo(f"enabled {name!r}")


@users_group.command("set-role")
@click.argument("name")
@click.argument("role")
@_db_option
@_policy_file
@friendly_errors
def users_set_role_cmd(name: str, role: str, db_url: str | None, policy_path: str | None) -> None:
    """Give NAME another role of the policy (its approval limit applies from the next request)."""
    info = _user_change(db_url, policy_path, lambda s: s.set_role(name, role, actor=_operator()))
    click.echo(f"{info.name!r} is now {info.role}")


@users_group.command("set-admin")
@click.argument("name")
@click.argument("admin", type=click.Choice(["on", "off"]))
@_db_option
@friendly_errors
def users_set_admin_cmd(name: str, admin: str, db_url: str | None) -> None:
    """Let NAME manage users through the API (on), or not (off)."""
    info = _user_change(db_url, None, lambda s: s.set_admin(name, admin == "on", actor=_operator()))
    click.echo(f"{info.name!r} is {'an admin' if info.admin else 'not an admin'}")


# ---------------------------------------------------------------------------- review


@click.group("review")
def review_group() -> None:
    """The supervisors' review queue: list, show, approve, reject."""


def _reviewer(store: Store, name: str | None) -> User:
    from drafter.config import setting
    from drafter.errors import InputError
    from drafter.store import Forbidden
    from drafter.store.authority import is_reviewer, reviewer_roles

    name = setting("reviewer", name)
    if not name:
        raise InputError("say who acts: --as NAME or DRAFTER_REVIEWER (a reviewer from `drafter users add`)")
    user = store.user_by_name(str(name))
    if user is None:
        raise InputError(f"no user {name!r} (add one with `drafter users add {name} --role supervisor`)")
    if store.user_info(user.name).disabled:
        raise Forbidden(f"{user.name!r} is disabled")
    if not is_reviewer(store.policy, user.role):
        roles = ", ".join(reviewer_roles(store.policy))
        raise Forbidden(f"{user.name!r} is an {user.role}: only a reviewer ({roles}) can review drafts")
    return user


def _list_options(func: F) -> F:
    for option in reversed(
        [
            click.option("-q", "--search", "q", metavar="TEXT", help="Text in the complaint, reply, customer, order."),
            click.option(
                "--status",
                type=click.Choice(["needs_review", "ready", "approved", "rejected", "decided", "any"]),
                help="Default: needs_review (any with --overdue).",
            ),
            click.option("--severity", type=click.Choice(["low", "medium", "high", "critical"])),
            click.option("--category", metavar="NAME"),
            click.option("--reason", metavar="NAME", help="An escalation reason, e.g. injury."),
            click.option("--language", type=click.Choice(["en", "zh-Hans", "zh-Hant"])),
            click.option("--required-role", metavar="ROLE", help="Drafts marked as needing this role."),
            click.option("--overdue", is_flag=True, help="Only drafts whose promised follow-up time has passed."),
            click.option("--limit", type=click.IntRange(1, 500), default=100, show_default=True),
            click.option("--cursor", metavar="CURSOR", help="The next-page cursor a previous listing printed."),
            click.option("--json", "as_json", is_flag=True, help="One JSON object per line."),
            _db_option,
        ]
    ):
        func = option(func)
    return func


def _filters(options: dict[str, Any], status_default: str | None) -> Any:
    from drafter.store import Filters

    values = {k: options[k] for k in ("q", "severity", "category", "reason", "language", "required_role") if options[k]}
    status = options["status"] or ("any" if options["overdue"] else status_default)
    return Filters(status=status, overdue=options["overdue"], **values).check()


def _line(item: Any) -> str:
    from drafter.store.times import ago, when

    escalate = f" escalated({','.join(item.reasons)})" if item.escalate else ""
    worst = f" {item.severity}x{item.findings}" if item.severity else ""
    needs = f" needs:{item.required_role}" if item.required_role else ""
    status = "" if item.status == "needs_review" else f" [{item.status}]"
    f = item.follow_up
    follow = ""
    if f is not None:
        follow = " followed-up" if f.done_at else f" {'OVERDUE' if f.overdue else 'due'} {when(f.due)}"
    claim = f" claimed:{item.claim.by}" if item.claim else ""
    excerpt = " ".join(item.excerpt.split())[:60]
    verdict = item.final_verdict or item.verdict
    tags = f"{status}{worst}{escalate}{needs}{follow}{claim}"
    return f"{item.id:>6}  {verdict:<5}{tags}  {ago(item.created_at)}  {excerpt}"


@review_group.command("list")
@_list_options
@click.option(
    "--sort",
    type=click.Choice(["priority", "oldest", "newest", "due"]),
    default=None,
    help="Default: priority (most severe, oldest first); due with --overdue.",
)
@friendly_errors
def review_list_cmd(sort: str | None, **options: Any) -> None:
    """Drafts awaiting review (most severe and oldest first), searched and filtered."""
    store = _open(options["db_url"])
    try:
        chosen = sort or ("due" if options["overdue"] else "priority")
        items, next_cursor = store.search(
            _filters(options, "needs_review"), sort=chosen, limit=options["limit"], cursor=options["cursor"]
        )
    finally:
        store.close()
    for item in items:
        click.echo(item.model_dump_json() if options["as_json"] else _line(item))
    if next_cursor:
        click.echo(f"more: --cursor {next_cursor}", err=True)
    if not items and not options["as_json"]:
        filtered = options["overdue"] or options["q"]
        click.echo("nothing matches" if filtered else "nothing is waiting for review", err=True)


@review_group.command("history")
@_list_options
@friendly_errors
def review_history_cmd(**options: Any) -> None:
    """Decided drafts, most recent first: decision, reviewer, the final reply's verdict."""
    from drafter.store.times import when

    store = _open(options["db_url"])
    try:
        items, next_cursor = store.history(
            _filters(options, "decided"), limit=options["limit"], cursor=options["cursor"]
        )
    finally:
        store.close()
    for item in items:
        if options["as_json"]:
            click.echo(item.model_dump_json())
            continue
        r = item.review
        tags = "".join(t for t, on in ((" edited", r.edited), (" override", r.override)) if on)
        outcome = f"verdict {r.verdict}{tags}" if r.verdict else f"reason: {r.reason}"
        excerpt = " ".join(item.excerpt.split())[:50]
        click.echo(f"{item.id:>6}  {item.status:<8} by {r.reviewer} {when(r.at)}  {outcome}  {excerpt}")
    if next_cursor:
        click.echo(f"more: --cursor {next_cursor}", err=True)


def _show(record: DraftRecord) -> str:
    from drafter.cli.render import render_report
    from drafter.guard import GuardReport

    c = record.complaint
    lines = [
        f"draft {record.id}  status {record.status}  version {record.version}  verdict {record.verdict}"
        + (f"  escalated ({', '.join(record.reasons)})" if record.escalate else "")
        + (f"  needs {record.required_role}" if record.required_role else ""),
        f"received {c.time.isoformat()}  customer {c.customer or '-'}  channel {c.channel}  language {c.language}"
        + (f"  order {c.order_id}" if c.order_id else "")
        + (f"  amount {c.order_amount} {c.currency or ''}".rstrip() if c.order_amount is not None else ""),
        f"category {record.category}  submitted by {record.submitted_by}",
    ]
    if record.claim:
        lines.append(f"claimed by {record.claim.by} until {record.claim.expires_at.isoformat()}")
    f = record.follow_up
    if f is not None:
        state = f"done by {f.done_by} at {f.done_at.isoformat()}" if f.done_at else ("OVERDUE" if f.overdue else "open")
        lines.append(f"follow-up due {f.due.isoformat()} ({f.phrase}): {state}")
    lines += [
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
        if r.verdict:
            lines.append(f"verdict on the reply as approved: {r.verdict}")
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


@review_group.command("audit")
@click.argument("draft_id", type=click.IntRange(1, 2**62))
@_db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line (as GET /v1/drafts/ID/audit).")
@friendly_errors
def review_audit_cmd(draft_id: int, db_url: str | None, as_json: bool) -> None:
    """The audit trail of one draft: who did what when, and what changed."""
    store = _open(db_url)
    try:
        store.get(draft_id)
        entries = store.audit(entity="draft", entity_id=draft_id)
    finally:
        store.close()
    for e in entries:
        if as_json:
            click.echo(e.model_dump_json())
            continue
        click.echo(f"{e.at.isoformat()}  {e.actor}  {e.action}")
        for c in e.changes:
            if c.diff is not None:
                shown = "".join(piece if op == "=" else f"[{op}{piece}]" for op, piece in c.diff)
                click.echo(f"    {c.field}: {shown}")
            else:
                click.echo(f"    {c.field}: {c.before!r} -> {c.after!r}")


def _decide(draft_id: int, db_url: str | None, reviewer: str | None, policy_path: str | None, **decision: Any) -> None:
    from drafter.config import setting
    from drafter.store.review import decide

    store = _open(db_url, policy_path)
    webhook = setting("webhook")
    try:
        user = _reviewer(store, reviewer)
        record = decide(store, draft_id, reviewer=user, policy=store.policy, webhook_url=webhook, **decision)
    finally:
        store.close()
    review = record.review
    assert review is not None
    detail = f"verdict {review.verdict}" if review.verdict else f"reason: {review.reason}"
    extra = " (edited)" if review.edited else ""
    extra += " (override of a block)" if review.override else ""
    click.echo(f"draft {record.id} {record.status}{extra} by {review.reviewer}; {detail}; version {record.version}")
    if webhook:
        click.echo(f"webhook delivery recorded for {webhook}; a running `drafter serve --webhook` sends it", err=True)


_as = click.option("--as", "reviewer", metavar="NAME", help="The reviewer acting (DRAFTER_REVIEWER).")
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
    """Approve a draft, as it is or edited (refused when it promises more than your role may approve)."""
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


def _act(draft_id: int, db_url: str | None, who: str | None, act: Callable[[Store, User], DraftRecord]) -> DraftRecord:
    store = _open(db_url)
    try:
        return act(store, _reviewer(store, who))
    finally:
        store.close()


@review_group.command("claim")
@click.argument("draft_id", type=click.IntRange(1, 2**62))
@click.option("--minutes", type=click.IntRange(1, 480), default=30, show_default=True)
@_as
@_db_option
@friendly_errors
def review_claim_cmd(draft_id: int, minutes: int, reviewer: str | None, db_url: str | None) -> None:
    """Claim a draft so no other reviewer decides it while you work on it."""
    from datetime import timedelta

    record = _act(draft_id, db_url, reviewer, lambda s, u: s.claim(draft_id, user=u, ttl=timedelta(minutes=minutes)))
    assert record.claim is not None
    click.echo(f"draft {draft_id} claimed by {record.claim.by} until {record.claim.expires_at.isoformat()}")


@review_group.command("release")
@click.argument("draft_id", type=click.IntRange(1, 2**62))
@_as
@_db_option
@friendly_errors
def review_release_cmd(draft_id: int, reviewer: str | None, db_url: str | None) -> None:
    """Give a claimed draft back to the queue."""
    _act(draft_id, db_url, reviewer, lambda s, u: s.release(draft_id, user=u, force=u.admin))
    click.echo(f"draft {draft_id} released")


@review_group.command("follow-up")
@click.argument("draft_id", type=click.IntRange(1, 2**62))
@_as
@_db_option
@friendly_errors
def review_follow_up_cmd(draft_id: int, reviewer: str | None, db_url: str | None) -> None:
    """Mark the follow-up a draft's reply promised as done."""
    record = _act(draft_id, db_url, reviewer, lambda s, u: s.follow_up_done(draft_id, user=u))
    f = record.follow_up
    assert f is not None and f.done_at is not None
    late = " (late)" if f.done_at > f.due else ""
    click.echo(f"follow-up of draft {draft_id} done by {f.done_by}{late}; it was due {f.due.isoformat()}")
