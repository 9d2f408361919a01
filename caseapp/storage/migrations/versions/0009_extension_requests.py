"""cases.extension_request: a clerk asks for more time, a manager approves (extends) or declines

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27

Existing cases have no request, so the new column starts empty; a partial index keeps the managers'
"extension requests" queue an index look-up.
"""
from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch_op:         # an in-place ADD COLUMN: no table rebuild
        batch_op.add_column(sa.Column("extension_request", sa.Text(), nullable=True))
    op.create_index("ix_cases_office_extension_request", "cases", ["owner_office"],
                    sqlite_where=sa.text("extension_request IS NOT NULL"),
                    postgresql_where=sa.text("extension_request IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_cases_office_extension_request", table_name="cases")
    with op.batch_alter_table("cases") as batch_op:
        batch_op.drop_column("extension_request")
