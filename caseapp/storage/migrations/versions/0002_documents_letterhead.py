"""Register of issued documents, office letterhead, citizen e-mail

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

``citizens`` is rebuilt in batch mode (``recreate="always"``) although SQLite could add the column in place: it is
the parent of ``cases``, and this is the migration that proves a parent table can be rebuilt with its children
intact (foreign keys are off during migrations, see caseapp.storage.migrate).
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


CITIZEN_TRIGGERS = [
    """CREATE TRIGGER citizens_fts_ai AFTER INSERT ON citizens BEGIN
        INSERT INTO citizens_fts(rowid, name_fold, register_no)
        VALUES (new.rowid, new.name_fold, new.register_no);
    END""",
    """CREATE TRIGGER citizens_fts_ad AFTER DELETE ON citizens BEGIN
        INSERT INTO citizens_fts(citizens_fts, rowid, name_fold, register_no)
        VALUES ('delete', old.rowid, old.name_fold, old.register_no);
    END""",
    """CREATE TRIGGER citizens_fts_au AFTER UPDATE OF name_fold, register_no ON citizens BEGIN
        INSERT INTO citizens_fts(citizens_fts, rowid, name_fold, register_no)
        VALUES ('delete', old.rowid, old.name_fold, old.register_no);
        INSERT INTO citizens_fts(rowid, name_fold, register_no)
        VALUES (new.rowid, new.name_fold, new.register_no);
    END""",
]


def _restore_citizen_search() -> None:
    """A batch rebuild drops the table's triggers and gives rows new rowids: recreate both sides of the index."""
    for statement in CITIZEN_TRIGGERS:
        op.execute(statement)
    op.execute("INSERT INTO citizens_fts(citizens_fts) VALUES ('rebuild')")


def upgrade() -> None:
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("address", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("phone", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("signatory_name", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("signatory_title", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("logo_png", sa.LargeBinary(), nullable=True))

    with op.batch_alter_table("citizens", schema=None, recreate="always") as batch_op:
        batch_op.add_column(sa.Column("email", sa.String(length=200), nullable=True))
    _restore_citizen_search()

    op.create_table(
        "documents",
        sa.Column("doc_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.case_id"], name=op.f("fk_documents_case_id_cases"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("doc_id", name=op.f("pk_documents")),
        sa.UniqueConstraint("token", name=op.f("uq_documents_token")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_case_id"))
    op.drop_table("documents")
    with op.batch_alter_table("citizens", schema=None, recreate="always") as batch_op:
        batch_op.drop_column("email")
    _restore_citizen_search()
    with op.batch_alter_table("offices", schema=None) as batch_op:
        for column in ("logo_png", "signatory_title", "signatory_name", "phone", "address"):
            batch_op.drop_column(column)
