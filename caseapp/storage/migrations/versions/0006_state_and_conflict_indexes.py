"""Case list sorted by state, and the conflict queue, at a million cases

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27

``ix_cases_state_due`` (0004) served neither the sort by state (ties broken by case number) nor more than what
``ix_cases_office_state_due`` already gives; a partial index keeps the manager's conflict queue instant.
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_cases_state_due", table_name="cases")
    op.create_index("ix_cases_state_number", "cases", ["state", "case_number"])
    op.create_index("ix_cases_office_conflict", "cases", ["owner_office"], sqlite_where=sa.text("conflict = 1"),
                    postgresql_where=sa.text("conflict"))
    op.execute("PRAGMA analysis_limit=2000")      # without statistics for the new indexes the planner guesses
    op.execute("ANALYZE")                         # wrong (measured: counter look-up 1.4 ms -> 11 ms)


def downgrade() -> None:
    op.drop_index("ix_cases_office_conflict", table_name="cases")
    op.drop_index("ix_cases_state_number", table_name="cases")
    op.create_index("ix_cases_state_due", "cases", ["state", "due_date"])
