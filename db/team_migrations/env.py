"""Alembic environment of the team store: PostgreSQL, schema ``scrutineer``, own version table."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

SCHEMA = "scrutineer"


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("team migrations run only on a connection given by desktop.team")
    connection.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    context.configure(
        connection=connection,
        target_metadata=None,
        version_table_schema=SCHEMA,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations()
