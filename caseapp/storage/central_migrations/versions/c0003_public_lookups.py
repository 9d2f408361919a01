"""The citizens' pages: every look-up counted, without personal data

Revision ID: c0003
Revises: c0002
Create Date: 2026-12-01

A new table only (``public_lookups``: when, which page, how it ended); nothing existing changes.
"""
from alembic import op
import sqlalchemy as sa

revision = "c0003"
down_revision = "c0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "public_lookups",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("page", sa.String(16), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_public_lookups")),
    )
    op.create_index(op.f("ix_public_lookups_at"), "public_lookups", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_public_lookups_at"), "public_lookups")
    op.drop_table("public_lookups")
