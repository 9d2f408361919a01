"""What the sync client keeps: the pull cursor as a pair, the server's key and signed checkpoint, refusals

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01

Plain ``ADD COLUMN``s (SQLite adds a nullable column without rewriting the table: instant on a million cases)
and one new table, ``sync_refusals``: the events of ours the server refused, with its reason.
"""
from alembic import op
import sqlalchemy as sa

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

SYNC_COLUMNS = (
    sa.Column("pull_cursor_seq", sa.Integer(), server_default=sa.text("0"), nullable=False),
    sa.Column("office_id", sa.String(32)),
    sa.Column("server_public_key", sa.String(64)),
    sa.Column("ca_file", sa.Text()),
    sa.Column("checkpoint", sa.Text()),
    sa.Column("enrolled_at", sa.String(32)),
    sa.Column("clock_offset_ms", sa.Integer()),
)


def upgrade() -> None:
    op.add_column("events", sa.Column("received_at", sa.String(32)))
    for column in SYNC_COLUMNS:
        op.add_column("sync_state", column)
    op.create_table(
        "sync_refusals",
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("node_seq", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(80), nullable=False),
        sa.Column("detail", sa.Text()),
        sa.Column("refused_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_sync_refusals")),
    )


def downgrade() -> None:
    op.drop_table("sync_refusals")
    with op.batch_alter_table("sync_state") as batch_op:
        for column in reversed(SYNC_COLUMNS):
            batch_op.drop_column(column.name)
    with op.batch_alter_table("events") as batch_op:
        batch_op.drop_column("received_at")
