"""Alembic environment of the central store (PostgreSQL or SQLite): driven from caseapp.storage.central."""

from alembic import context

from caseapp.storage.central_models import central_metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=central_metadata(),
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
