"""Alembic environment. The store passes its own connection (``config.attributes["connection"]``);
run by hand (``alembic -c drafter/store/migrations/alembic.ini ...``) it opens DRAFTER_DB or
``-x db=URL``."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from drafter.store.schema import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from drafter.store.engine import make_engine
    from drafter.store.url import resolve_url

    engine = make_engine(resolve_url(context.get_x_argument(as_dictionary=True).get("db")))
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("drafter's migrations run online only (they need a dialect-specific connection)")
_main()
