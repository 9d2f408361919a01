"""Events keep what their author had seen of the stream (a version vector)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01

``base_version`` counted the events the author had seen, which cannot tell concurrent writes from sequential
ones once a late event from a third workstation sorts in between. ``seen`` is {node id: events of that node in
the stream} as the author held them; it is part of the event's hash. Older events keep NULL (and their hashes).
"""
from alembic import op
import sqlalchemy as sa

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch_op:
        batch_op.add_column(sa.Column("seen", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch_op:
        batch_op.drop_column("seen")
