"""User names unique per office, and a clash that sync brings is flagged, never a failed ingest

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01

Two workstations of an office that each created a user "admin" made ingest fail on the global unique index of
``users.username``. The projection now keeps both accounts, flags them, and refuses the name at sign-in until an
admin resolves it; the services still refuse to create a name the office already has.
"""
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_constraint("uq_users_username", type_="unique")
        batch_op.create_index("ix_users_office_username", ["office_id", "username"])


def downgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_index("ix_users_office_username")
        batch_op.create_unique_constraint("uq_users_username", ["username"])
