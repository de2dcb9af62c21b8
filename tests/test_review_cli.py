"""`drafter users add` and `drafter review list|show|approve|reject` against the same store the
server uses: the token-on-the-last-line contract, decisions, and one-line errors (exit 2)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from e2e.support import BLOCKED, RISKY, add_users, clean_env, record
from sqlalchemy import select

from drafter.cli import cli as main
from drafter.store import Store
from drafter.store import schema as t


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


@pytest.fixture
def store(db: str) -> Store:
    opened = Store(db)
    add_users(opened)
    return opened


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin, env=clean_env())


def test_users_add_prints_the_token_alone_on_the_last_line_and_keeps_only_its_hash(db: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "drafter", "users", "add", "dana", "--role", "supervisor", "--db", db],
        capture_output=True,
        text=True,
        timeout=60,
        env=clean_env(),
    )
    assert result.returncode == 0, result.stderr
    token = result.stdout.splitlines()[-1]
    assert token.strip() == token and len(token) >= 40 and " " not in token
    store = Store(db)
    user = store.user_for_token(token)
    assert user is not None and (user.name, user.role) == ("dana", "supervisor")
    with store.engine.connect() as conn:
        stored = conn.execute(select(t.tokens.c.token_hash).join(t.users).where(t.users.c.name == "dana")).scalar_one()
    assert stored == hashlib.sha256(token.encode()).hexdigest()
    files = Path(db.removeprefix("sqlite:///")).parent.glob("cli.db*")  # the database and its WAL
    assert not any(token.encode() in f.read_bytes() for f in files)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["users", "add", "x", "--role", "boss"], "unknown role 'boss'"),
        (["users", "add", "agent-ann", "--role", "agent"], "already exists"),
        (["review", "show", "99"], "no draft 99"),
        (["review", "approve", "1"], "--as NAME"),
        (["review", "approve", "1", "--as", "nobody"], "no user 'nobody'"),
        (["review", "approve", "1", "--as", "agent-ann"], "only a reviewer (supervisor, store_manager, executive)"),
        (["review", "reject", "1", "--as", "sup-0"], "Missing option '--reason'"),
        (["review", "approve", "1", "--as", "sup-0", "--edit", "/no/such/file"], "no such file"),
    ],
)
def test_errors_are_one_line_and_exit_2(store: Store, db: str, args: list[str], message: str) -> None:
    record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY)
    result = run(*args, "--db", db)
    assert result.exit_code == 2
    assert message in result.stderr
    if "Invalid value" not in message and "Missing option" not in message:
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("drafter: error: ")
    assert store.get(1).status == "needs_review"


def test_a_bad_database_url_is_one_line_too(tmp_path: Path) -> None:
    result = run("review", "list", "--db", "nosuchdriver://x")
    assert result.exit_code == 2 and result.stderr.startswith("drafter: error: ")
    result = run("review", "list", "--db", f"sqlite:///{tmp_path}/missing/dir/x.db")
    assert result.exit_code == 2 and "cannot open the review store" in result.stderr


def test_list_and_show(store: Store, db: str) -> None:
    flagged = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY, customer="王先生")
    blocked = record(store, "agent-ann", "汤是凉的。REPLY: " + BLOCKED)
    listed = run("review", "list", "--db", db)
    assert listed.exit_code == 0
    assert [line.split()[0] for line in listed.stdout.splitlines()] == [str(blocked), str(flagged)]
    shown = run("review", "show", str(flagged), "--db", db)
    assert shown.exit_code == 0
    assert "⟦赔您100元⟧" in shown.stdout and "compensation.over_limit" in shown.stdout and "王先生" in shown.stdout
    as_json = run("review", "show", str(flagged), "--db", db, "--json")
    assert '"status": "needs_review"' in as_json.stdout


def test_approve_with_an_edit_reject_and_override(store: Store, db: str, tmp_path: Path) -> None:
    flagged = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY)
    blocked = record(store, "agent-ann", "汤是凉的。REPLY: " + BLOCKED)
    rejected = record(store, "agent-ann", "面是凉的。REPLY: " + RISKY)
    edit = tmp_path / "edit.txt"
    edit.write_text(
        "了解到您的汤是凉的。非常抱歉。我已为您办理退款申请，24小时内给您确认结果。谢谢您的反馈。", encoding="utf-8"
    )

    ok = run("review", "approve", str(flagged), "--edit", str(edit), "--as", "sup-0", "--version", "1", "--db", db)
    assert ok.exit_code == 0 and f"draft {flagged} approved (edited) by sup-0; verdict pass" in ok.stdout
    assert store.get(flagged).review and store.get(flagged).review.text == edit.read_text(encoding="utf-8")  # type: ignore[union-attr]

    refused = run("review", "approve", str(blocked), "--as", "sup-0", "--db", db)
    assert refused.exit_code == 2 and "override reason" in refused.stderr
    forced = run("review", "approve", str(blocked), "--as", "sup-0", "--reason", "manager said so", "--db", db)
    assert forced.exit_code == 0 and "(override of a block)" in forced.stdout

    no = run("review", "reject", str(rejected), "--as", "sup-1", "--reason", "promise too big", "--db", db)
    assert no.exit_code == 0 and "rejected by sup-1; reason: promise too big" in no.stdout
    again = run("review", "approve", str(rejected), "--as", "sup-0", "--db", db)
    assert again.exit_code == 2 and "not awaiting review: it is rejected by sup-1" in again.stderr

    actions = [(a.entity_id, a.action, a.actor) for a in store.audit(entity="draft") if a.action != "draft.submit"]
    assert actions == [
        (flagged, "draft.approve", "sup-0"),
        (blocked, "draft.approve", "sup-0"),
        (rejected, "draft.reject", "sup-1"),
    ]
    assert run("review", "list", "--db", db).stdout == ""


def test_reviewer_from_the_environment(store: Store, db: str) -> None:
    draft_id = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY)
    result = CliRunner().invoke(
        main, ["review", "approve", str(draft_id), "--db", db], env=clean_env() | {"DRAFTER_REVIEWER": "sup-1"}
    )
    assert result.exit_code == 0 and "by sup-1" in result.stdout


# ---------------------------------------------------------------------------- teams


@pytest.mark.parametrize("role", ["agent", "supervisor", "store_manager", "executive"])
def test_users_add_accepts_every_role_in_the_policy(db: str, role: str) -> None:
    added = run("users", "add", f"u-{role}", "--role", role, "--db", db)
    assert added.exit_code == 0, added.stderr
    store = Store(db)
    user = store.user_for_token(added.stdout.splitlines()[-1])
    assert user is not None and user.role == role
    store.close()


def test_users_revoke_rotate_disable_enable_set_role_and_list(store: Store, db: str) -> None:
    added = run("users", "add", "lin", "--role", "store_manager", "--expires-in", "30d", "--db", db)
    first = added.stdout.splitlines()[-1]
    assert store.user_for_token(first) is not None
    listed = run("users", "list", "--db", db).stdout
    assert "store_manager" in listed and "lin  [active]" in listed and "token expires" in listed

    assert run("users", "revoke", "lin", "--db", db).exit_code == 0
    assert store.user_for_token(first) is None
    assert "lin  [no live token]" in run("users", "list", "--db", db).stdout
    rotated = run("users", "rotate", "lin", "--db", db)
    second = rotated.stdout.splitlines()[-1]
    assert rotated.exit_code == 0 and second != first and store.user_for_token(second) is not None

    assert run("users", "disable", "lin", "--db", db).exit_code == 0
    assert store.user_for_token(second) is None and "[disabled]" in run("users", "list", "--db", db).stdout
    assert run("users", "enable", "lin", "--db", db).exit_code == 0
    assert store.user_for_token(second) is not None
    assert run("users", "set-role", "lin", "executive", "--db", db).stdout.strip() == "'lin' is now executive"
    assert run("users", "set-admin", "lin", "on", "--db", db).exit_code == 0
    user = store.user_for_token(second)
    assert user is not None and (user.role, user.admin) == ("executive", True)

    bad = run("users", "set-role", "lin", "boss", "--db", db)
    assert bad.exit_code == 2 and "unknown role 'boss'" in bad.stderr
    missing = run("users", "revoke", "nobody", "--db", db)
    assert missing.exit_code == 2 and "no user 'nobody'" in missing.stderr
    bad_age = run("users", "rotate", "lin", "--expires-in", "soon", "--db", db)
    assert bad_age.exit_code == 2 and "--expires-in" in bad_age.stderr
    actions = [a.action for a in store.audit(entity="user") if a.entity_id == user.id]
    assert actions == [
        "user.add",
        "user.revoke",
        "user.rotate",
        "user.disable",
        "user.enable",
        "user.set_role",
        "user.set_admin",
    ]


def test_a_supervisor_is_refused_5000_on_the_command_line_and_an_executive_approves(store: Store, db: str) -> None:
    store.add_user("boss", "executive")
    big = record(store, "agent-ann", "汤是凉的。REPLY: 我们会赔您5000元。")
    refused = run("review", "approve", str(big), "--as", "sup-0", "--db", db)
    assert refused.exit_code == 2 and "needs an executive" in refused.stderr
    assert "needs:executive" in run("review", "list", "--db", db).stdout
    done = run("review", "approve", str(big), "--as", "boss", "--db", db)
    assert done.exit_code == 0 and "approved by boss" in done.stdout


def test_search_overdue_follow_up_claims_history_and_audit(store: Store, db: str) -> None:
    promised = record(store, "agent-ann", "I found glass in my burger. REPLY: We will call you back within 2 hours.")
    plain = record(store, "agent-bo", "汤是凉的。REPLY: " + RISKY, customer="王先生")
    assert [line.split()[0] for line in run("review", "list", "-q", "王先生", "--db", db).stdout.splitlines()] == [
        str(plain)
    ]
    assert run("review", "list", "--overdue", "--db", db).stdout == ""
    with store.engine.begin() as conn:
        conn.execute(t.drafts.update().where(t.drafts.c.id == promised).values(follow_up_due=t.drafts.c.created_at))
    overdue = run("review", "list", "--overdue", "--db", db)
    assert [line.split()[0] for line in overdue.stdout.splitlines()] == [str(promised)] and "OVERDUE" in overdue.stdout
    done = run("review", "follow-up", str(promised), "--as", "sup-1", "--db", db)
    assert done.exit_code == 0 and "done by sup-1 (late)" in done.stdout
    assert run("review", "list", "--overdue", "--db", db).stdout == ""

    assert run("review", "claim", str(plain), "--as", "sup-0", "--db", db).exit_code == 0
    taken = run("review", "approve", str(plain), "--as", "sup-1", "--db", db)
    assert taken.exit_code == 2 and "claimed by sup-0" in taken.stderr
    assert run("review", "release", str(plain), "--as", "sup-0", "--db", db).exit_code == 0
    edit = "非常抱歉。我们会赔您150元。谢谢。"
    assert run("review", "approve", str(plain), "--edit", "-", "--as", "sup-1", "--db", db, stdin=edit).exit_code == 0
    history = run("review", "history", "--db", db).stdout
    assert history.split()[0] == str(plain) and "by sup-1" in history and "edited" in history
    audit = run("review", "audit", str(plain), "--db", db).stdout
    assert "draft.claim" in audit and "draft.release" in audit and "[-100][+150]" in audit
