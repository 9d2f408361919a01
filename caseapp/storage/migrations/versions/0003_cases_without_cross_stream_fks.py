"""cases: drop the foreign keys to citizens and service_types

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

Sync delivers streams in any order: a case can arrive before its citizen (or before a new service type of the
catalogue), and the projection must still be written. Referential integrity of those links is the fold's job.
``cases`` is the parent of ``documents`` (ON DELETE CASCADE): this batch rebuild would delete every document row
if foreign keys were on, which caseapp.storage.migrate prevents.
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

CASE_TRIGGERS = [
    """CREATE TRIGGER cases_fts_ai AFTER INSERT ON cases BEGIN
        INSERT INTO cases_fts(rowid, case_number, subject) VALUES (new.rowid, new.case_number, new.subject);
    END""",
    """CREATE TRIGGER cases_fts_ad AFTER DELETE ON cases BEGIN
        INSERT INTO cases_fts(cases_fts, rowid, case_number, subject)
        VALUES ('delete', old.rowid, old.case_number, old.subject);
    END""",
    """CREATE TRIGGER cases_fts_au AFTER UPDATE OF case_number, subject ON cases BEGIN
        INSERT INTO cases_fts(cases_fts, rowid, case_number, subject)
        VALUES ('delete', old.rowid, old.case_number, old.subject);
        INSERT INTO cases_fts(rowid, case_number, subject) VALUES (new.rowid, new.case_number, new.subject);
    END""",
]


def _restore_case_search() -> None:
    """A batch rebuild drops the table's triggers and renumbers rowids: recreate both sides of the index."""
    for statement in CASE_TRIGGERS:
        op.execute(statement)
    op.execute("INSERT INTO cases_fts(cases_fts) VALUES ('rebuild')")


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint("fk_cases_citizen_id_citizens", type_="foreignkey")
        batch_op.drop_constraint("fk_cases_service_code_service_types", type_="foreignkey")
    _restore_case_search()


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None, recreate="always") as batch_op:
        batch_op.create_foreign_key("fk_cases_citizen_id_citizens", "citizens", ["citizen_id"], ["citizen_id"])
        batch_op.create_foreign_key("fk_cases_service_code_service_types", "service_types", ["service_code"],
                                    ["code"])
    _restore_case_search()
