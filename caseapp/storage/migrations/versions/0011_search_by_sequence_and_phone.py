"""Expression indexes: a case by the sequence at the end of its number, a citizen by the last 8 digits of a phone

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

A clerk asked about "case 10664" or given a phone number finds it at once (an index look-up, not a scan of a
million rows). The expressions are the ones caseapp.storage.models.case_sequence_of / phone_tail build.
"""
from alembic import op
import sqlalchemy as sa

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

PHONE_TAIL = "substr(replace(replace(replace(phone, ' ', ''), '-', ''), '+', ''), -8)"


def upgrade() -> None:
    op.create_index("ix_cases_number_seq", "cases", [sa.text("substr(case_number, -6)")])
    op.create_index("ix_citizens_phone_tail", "citizens", [sa.text(PHONE_TAIL)])


def downgrade() -> None:
    op.drop_index("ix_citizens_phone_tail", table_name="citizens")
    op.drop_index("ix_cases_number_seq", table_name="cases")
