"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-27

The event log, node state, reference and case projections, and FTS5 search indexes.
"""
from alembic import op
import sqlalchemy as sa


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Full-text indexes over the projections (external content; kept current by triggers).
# unicode61 folds the case of Cyrillic letters, including Ө/ө and Ү/ү, which lower() and NOCASE do not.
FTS_SQL = [
    """CREATE VIRTUAL TABLE citizens_fts USING fts5(
        name_fold, register_no, content='citizens', content_rowid='rowid',
        tokenize='unicode61', prefix='2 3')""",
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
    """CREATE VIRTUAL TABLE cases_fts USING fts5(
        case_number, subject, content='cases', content_rowid='rowid',
        tokenize='unicode61', prefix='2 3')""",
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


def upgrade() -> None:
    op.create_table('auth_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_auth_log'))
    )
    op.create_table('calendar_overrides',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_overrides'))
    )
    op.create_table('case_sequences',
    sa.Column('node_id', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('node_id', 'year', name=op.f('pk_case_sequences'))
    )
    op.create_table('citizens',
    sa.Column('citizen_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('register_no', sa.String(length=20), nullable=True),
    sa.Column('family_name', sa.String(length=120), nullable=False),
    sa.Column('given_name', sa.String(length=200), nullable=False),
    sa.Column('name_fold', sa.String(length=330), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=80), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('conflict', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('citizen_id', name=op.f('pk_citizens'))
    )
    with op.batch_alter_table('citizens', schema=None) as batch_op:
        batch_op.create_index('ix_citizens_name_fold_birth', ['name_fold', 'birth_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_citizens_register_no'), ['register_no'], unique=False)

    op.create_table('events',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('stream', sa.String(length=16), nullable=False),
    sa.Column('stream_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('node_id', sa.String(length=40), nullable=False),
    sa.Column('node_seq', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('hlc', sa.String(length=21), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.String(length=32), nullable=False),
    sa.Column('server_seq', sa.Integer(), nullable=True),
    sa.Column('prev_hash', sa.LargeBinary(), nullable=False),
    sa.Column('hash', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_events')),
    sa.UniqueConstraint('event_id', name=op.f('uq_events_event_id'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_outbox', ['node_id', 'node_seq'], unique=False, sqlite_where=sa.text('server_seq IS NULL'), postgresql_where=sa.text('server_seq IS NULL'))
        batch_op.create_index('ix_events_stream', ['stream', 'stream_id', 'hlc'], unique=False)
        batch_op.create_index('uq_events_node_seq', ['node_id', 'node_seq'], unique=True)

    op.create_table('node',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('node_id', sa.String(length=40), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('node_no', sa.Integer(), nullable=False),
    sa.Column('hlc_last', sa.String(length=21), nullable=False),
    sa.Column('node_seq', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_node'))
    )
    op.create_table('offices',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('parent_code', sa.String(length=32), nullable=True),
    sa.Column('name_mn', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('centre_mn', sa.String(length=120), nullable=True),
    sa.Column('centre_en', sa.String(length=120), nullable=True),
    sa.Column('iso', sa.String(length=12), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_offices'))
    )
    with op.batch_alter_table('offices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_offices_parent_code'), ['parent_code'], unique=False)

    op.create_table('service_types',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('name_mn', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('clock', sa.String(length=10), nullable=False),
    sa.Column('target_days', sa.Integer(), nullable=False),
    sa.Column('max_extension_days', sa.Integer(), nullable=False),
    sa.Column('roll_forward', sa.Boolean(), nullable=False),
    sa.Column('reminder_days', sa.Text(), nullable=False),
    sa.Column('required_documents', sa.Text(), nullable=False),
    sa.Column('fee_mnt', sa.Integer(), nullable=False),
    sa.Column('legal_basis_mn', sa.Text(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_service_types'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('sync_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('server_url', sa.String(length=300), nullable=True),
    sa.Column('node_token', sa.String(length=200), nullable=True),
    sa.Column('pull_cursor', sa.Integer(), nullable=False),
    sa.Column('last_push_at', sa.String(length=32), nullable=True),
    sa.Column('last_pull_at', sa.String(length=32), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state'))
    )
    op.create_table('users',
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('cases',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('case_number', sa.String(length=40), nullable=False),
    sa.Column('owner_office', sa.String(length=32), nullable=False),
    sa.Column('service_code', sa.String(length=32), nullable=False),
    sa.Column('citizen_id', sa.String(length=36), nullable=True),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('assignee_id', sa.String(length=36), nullable=True),
    sa.Column('registered_at', sa.String(length=32), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('registered_by', sa.String(length=36), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('extension_days', sa.Integer(), nullable=False),
    sa.Column('extensions', sa.Text(), nullable=False),
    sa.Column('pauses', sa.Text(), nullable=False),
    sa.Column('paused_since', sa.Date(), nullable=True),
    sa.Column('decision', sa.String(length=16), nullable=True),
    sa.Column('decision_text', sa.Text(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('transfer_to', sa.String(length=32), nullable=True),
    sa.Column('notes_count', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('last_hlc', sa.String(length=21), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('conflict', sa.Boolean(), nullable=False),
    sa.Column('conflict_details', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['citizen_id'], ['citizens.citizen_id'], name=op.f('fk_cases_citizen_id_citizens')),
    sa.ForeignKeyConstraint(['service_code'], ['service_types.code'], name=op.f('fk_cases_service_code_service_types')),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_cases')),
    sa.UniqueConstraint('case_number', name=op.f('uq_cases_case_number'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_assignee_state', ['assignee_id', 'state'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_citizen_id'), ['citizen_id'], unique=False)
        batch_op.create_index('ix_cases_office_state_due', ['owner_office', 'state', 'due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_registered_on'), ['registered_on'], unique=False)
        batch_op.create_index('ix_cases_service', ['service_code'], unique=False)

    for statement in FTS_SQL:
        op.execute(statement)


def downgrade() -> None:
    for name in ("citizens_fts", "cases_fts"):
        op.execute(f"DROP TABLE IF EXISTS {name}")
    for trigger in ("citizens_fts_ai", "citizens_fts_ad", "citizens_fts_au",
                    "cases_fts_ai", "cases_fts_ad", "cases_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_service')
        batch_op.drop_index(batch_op.f('ix_cases_registered_on'))
        batch_op.drop_index('ix_cases_office_state_due')
        batch_op.drop_index(batch_op.f('ix_cases_citizen_id'))
        batch_op.drop_index('ix_cases_assignee_state')

    op.drop_table('cases')
    op.drop_table('users')
    op.drop_table('sync_state')
    op.drop_table('settings')
    op.drop_table('service_types')
    with op.batch_alter_table('offices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_offices_parent_code'))

    op.drop_table('offices')
    op.drop_table('node')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('uq_events_node_seq')
        batch_op.drop_index('ix_events_stream')
        batch_op.drop_index('ix_events_outbox', sqlite_where=sa.text('server_seq IS NULL'), postgresql_where=sa.text('server_seq IS NULL'))

    op.drop_table('events')
    with op.batch_alter_table('citizens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_citizens_register_no'))
        batch_op.drop_index('ix_citizens_name_fold_birth')

    op.drop_table('citizens')
    op.drop_table('case_sequences')
    op.drop_table('calendar_overrides')
    op.drop_table('auth_log')
