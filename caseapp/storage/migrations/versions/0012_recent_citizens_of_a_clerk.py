"""Index: the cases a clerk registered, newest first

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

The intake offers the last citizens served at this counter (the clerk's latest registrations): an index look-up
of a few rows, not a walk through a million cases.
"""
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_registered_by_at", "cases", ["registered_by", "registered_at"])


def downgrade() -> None:
    op.drop_index("ix_cases_registered_by_at", table_name="cases")
