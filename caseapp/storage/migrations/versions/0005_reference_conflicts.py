"""offices, service_types, users: a conflict flag like citizens and cases have

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

Two workstations that change the same user, office or service type unaware of each other are a conflict for
a manager to see, not a silent last-writer-wins.
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("offices", "service_types", "users")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:      # an in-place ADD COLUMN: no table rebuild
            batch_op.add_column(sa.Column("conflict", sa.Boolean(), nullable=False, server_default=sa.text("0")))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("conflict")
