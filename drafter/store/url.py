"""Which database: ``--db URL`` or DRAFTER_DB (or the config file's ``db``), else a SQLite file
in the user's data directory. A bare path means a SQLite file; ``postgresql://`` means psycopg 3."""

from __future__ import annotations

from pathlib import Path

from drafter.config import setting


def default_sqlite_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("drafter", appauthor=False)) / "drafter.db"


def resolve_url(flag: str | None = None) -> str:
    """The SQLAlchemy URL to open, by precedence: flag, DRAFTER_DB, config file, default file."""
    value = setting("db", flag)
    if not value:
        path = default_sqlite_path()
        path.parent.mkdir(parents=True, exist_ok=True)
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
