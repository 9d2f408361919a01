"""Alembic environment: always driven from caseapp.storage.migrate with an open connection."""

from alembic import context

from caseapp.storage.models import Base



def include_object(obj, name, type_, reflected, compare_to):
    """FTS5 tables and their shadow tables are made by hand-written SQL, not by the models."""
    return not (type_ == "table" and "_fts" in (name or ""))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,            # SQLite cannot ALTER most things: batch mode rebuilds the table
    transaction_per_migration=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
