"""Engines and migrations. SQLite runs in WAL mode with a long busy timeout, and transactions
that write start with BEGIN IMMEDIATE, so concurrent writers queue instead of failing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, OperationalError

from drafter.errors import ConfigError, InputError
from drafter.store.url import private_sqlite_file

MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_BUSY_MS = 30_000
WRITE = "drafter_write"  # execution option: this transaction writes


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite") and (url.rstrip("/") in ("sqlite:", "sqlite+pysqlite:") or ":memory:" in url):
        raise InputError("an in-memory SQLite store would vanish with the process: give a file (--db PATH)")
    try:
        if url.startswith("sqlite"):
            private_sqlite_file(url)
            engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_MS / 1000}, pool_size=8, max_overflow=16)
            _tune_sqlite(engine)
        else:
            engine = create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=16)
    except ArgumentError as exc:
        raise InputError(f"not a database URL: {exc}") from exc
    except ImportError as exc:  # e.g. postgresql+psycopg2 without the driver
        hint = " (for PostgreSQL: pip install 'psycopg[binary]' and use postgresql://...)" if "postgres" in url else ""
        raise InputError(f"no driver for this database URL: {exc}{hint}") from exc
    return engine


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # the driver's own BEGIN handling off; we emit BEGIN below
        cur = dbapi_conn.cursor()
        for pragma in (
            "journal_mode=WAL",
            f"busy_timeout={SQLITE_BUSY_MS}",
            "foreign_keys=ON",
            "synchronous=NORMAL",
        ):
            cur.execute(f"PRAGMA {pragma}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A deferred transaction that reads and then writes can fail with SQLITE_BUSY at once
        # (no busy wait for a lock upgrade); writers take the write lock up front instead.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")


def _sqlite_foreign_keys(conn: Connection, *, on: bool) -> None:
    """Outside any transaction (SQLite ignores the pragma inside one): on the driver connection,
    which runs in autocommit mode (isolation_level None), so SQLAlchemy begins nothing here."""
    conn.connection.driver_connection.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")  # type: ignore[union-attr]


def _alembic_config(connection: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> None:
    """Bring the schema to head (``alembic upgrade head``); cheap when it already is there.

    One migrator at a time: SQLite by its write lock, PostgreSQL by an advisory lock, so
    replicas starting together do not race."""
    from alembic import command
    from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

    head = head_revision()
    # SQLite answers "database is locked" at once, without its busy wait, when several
    # processes switch a new file to WAL together: retry that moment briefly.
    retrying = Retrying(
        retry=retry_if_exception(lambda e: isinstance(e, OperationalError) and "locked" in str(e)),
        wait=wait_random_exponential(multiplier=0.05, max=1.0),
        stop=stop_after_attempt(20),
        reraise=True,
    )
    try:
        for attempt in retrying:
            with attempt:
                with engine.connect() as conn:
                    if current_revision(conn) == head:
                        return
                with engine.connect().execution_options(**{WRITE: True}) as conn:
                    sqlite = conn.dialect.name == "sqlite"
                    if sqlite:  # SQLite rebuilds tables to alter them: no cascading checks meanwhile
                        _sqlite_foreign_keys(conn, on=False)
                    try:
                        with conn.begin():
                            if not sqlite:
                                conn.execute(text("SELECT pg_advisory_xact_lock(7251983)"))
                            if current_revision(conn) != head:
                                command.upgrade(_alembic_config(conn), "head")
                    finally:
                        if sqlite:
                            _sqlite_foreign_keys(conn, on=True)
    except OperationalError as exc:
        raise ConfigError(f"cannot open the review store: {exc.orig}") from exc
