"""Which database: ``--db URL`` or DRAFTER_DB (or the config file's ``db``), else a SQLite file
in the user's data directory. A bare path means a SQLite file; ``postgresql://`` means psycopg 3."""

from __future__ import annotations

from pathlib import Path

from drafter.config import setting


def default_sqlite_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("drafter", appauthor=False)) / "drafter.db"


def private_sqlite_file(url: str) -> None:
    """Create a new SQLite file readable by its owner only (0600) before SQLite creates it with
    the umask's 0644: it holds complaints, customers' names and token hashes. SQLite gives its
    -wal and -shm files the database file's permissions. An existing file is left as it is."""
    import os

    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        database = make_url(url).database
    except ArgumentError:  # not a URL: make_engine reports it
        return
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if path.exists():
        return
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        return  # another process created it first
    except OSError:
        return  # no such folder or no permission: SQLite's own error says it better


def resolve_url(flag: str | None = None) -> str:
    """The SQLAlchemy URL to open, by precedence: flag, DRAFTER_DB, config file, default file."""
    value = setting("db", flag)
    if not value:
        path = default_sqlite_path()
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    value = str(value)
    for prefix in ("postgresql://", "postgres://"):
        if value.startswith(prefix):  # SQLAlchemy would pick psycopg2; we ship psycopg 3
            return "postgresql+psycopg://" + value[len(prefix) :]
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    return value


def redact(url: str) -> str:
    """The URL with any password hidden, for messages."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
