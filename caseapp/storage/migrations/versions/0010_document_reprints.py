"""documents.reprint_of; the verification token no longer unique (a reprint carries the original's token)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27

A reprint is issued again (an event on the case, its own row in the register) with the same content, so the
same QR token: the token identifies the document, the row identifies one printing of it.
"""
from alembic import op
import sqlalchemy as sa

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_constraint("uq_documents_token", type_="unique")
        batch_op.add_column(sa.Column("reprint_of", sa.String(length=36), nullable=True))
        batch_op.create_index("ix_documents_token", ["token"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_token")
        batch_op.drop_column("reprint_of")
        batch_op.create_unique_constraint("uq_documents_token", ["token"])
