"""Alembic environment: runs on the connection the desk hands over, or on sqlalchemy.url."""

from alembic import context
from sqlalchemy import create_engine

from desk.models import Base

config = context.config
target_metadata = Base.metadata

# Search indexes that live outside the models (FTS5 on SQLite, a GIN expression index on PostgreSQL).
SEARCH_OBJECTS = ("customer_fts", "ix_customer_search_name_fts")


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (name or "").startswith(SEARCH_OBJECTS)


OPTIONS = {"target_metadata": target_metadata, "render_as_batch": True, "include_object": include_object}


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, **OPTIONS)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        context.configure(connection=conn, **OPTIONS)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
