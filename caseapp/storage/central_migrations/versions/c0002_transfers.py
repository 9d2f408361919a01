"""The central store's side of workstation revision 0017: transfers between offices (what a case's offers
were and where it came from), and a service's rule for the deadline of a case it takes over

Revision ID: c0002
Revises: c0001
Create Date: 2026-12-01

``cases.transfers`` (JSON, every offer with its outcome), ``cases.transferred_from`` and ``cases.clock_from``
(the day an office that took the case over restarted its clock) are plain nullable ``ADD COLUMN``s: instant on a
million cases, and right as they are, since no case was offered before this revision (no service wrote the
event). ``service_types.on_transfer`` is "continue" unless the catalogue says "restart". Two partial indexes
cover the incoming queue and the cases that ever moved.
"""
from alembic import op
import sqlalchemy as sa

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cases", sa.Column("transfers", sa.Text()))
    op.add_column("cases", sa.Column("transferred_from", sa.String(32)))
    op.add_column("cases", sa.Column("clock_from", sa.Date()))
    op.add_column("service_types", sa.Column("on_transfer", sa.String(10), nullable=False,
                                             server_default=sa.text("'continue'")))
    op.create_index("ix_cases_transfer_to", "cases", ["transfer_to"],
                    sqlite_where=sa.text("transfer_to IS NOT NULL"), postgresql_where=sa.text("transfer_to IS NOT NULL"))
    op.create_index("ix_cases_transferred", "cases", ["registered_on"],
                    sqlite_where=sa.text("transfers IS NOT NULL"), postgresql_where=sa.text("transfers IS NOT NULL"))


def downgrade() -> None:
    # plain DROP COLUMNs (SQLite 3.35+ and PostgreSQL): a batch rebuild of ``cases`` would lose its expression
    # indexes, which later downgrades drop by name
    op.drop_index("ix_cases_transferred", "cases")
    op.drop_index("ix_cases_transfer_to", "cases")
    for table, column in (("service_types", "on_transfer"), ("cases", "clock_from"), ("cases", "transferred_from"),
                          ("cases", "transfers")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
