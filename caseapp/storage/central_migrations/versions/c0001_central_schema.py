"""central schema

Revision ID: c0001
Revises:
Create Date: 2026-12-01

The central store: the workstations' event log (``server_seq`` dense, unique and never null here) and
projections (without the desktop's full-text and expression indexes), and the server's own tables
(``storage/central_models.py``). Written for PostgreSQL and SQLite alike.
"""
from alembic import op
import sqlalchemy as sa


revision = 'c0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('calendar_overrides',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_overrides'))
    )
    op.create_table('cases',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('case_number', sa.String(length=40), nullable=False),
    sa.Column('owner_office', sa.String(length=32), nullable=False),
    sa.Column('service_code', sa.String(length=32), nullable=False),
    sa.Column('citizen_id', sa.String(length=36), nullable=True),
    sa.Column('citizen_sort', sa.String(length=330), nullable=True),
    sa.Column('citizen_register', sa.String(length=20), nullable=True),
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
    sa.Column('extension_request', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_cases')),
    sa.UniqueConstraint('case_number', name=op.f('uq_cases_case_number'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_assignee_state', ['assignee_id', 'state'], unique=False)
        batch_op.create_index('ix_cases_citizen_register', ['citizen_register', 'case_number'], unique=False)
        batch_op.create_index('ix_cases_citizen_registered', ['citizen_id', 'registered_on', 'case_number', 'case_id'], unique=False)
        batch_op.create_index('ix_cases_citizen_sort', ['citizen_sort', 'case_number'], unique=False)
        batch_op.create_index('ix_cases_due_number', ['due_date', 'case_number'], unique=False)
        batch_op.create_index('ix_cases_office_closed', ['owner_office', 'closed_on'], unique=False)
        batch_op.create_index('ix_cases_office_conflict', ['owner_office'], unique=False, sqlite_where=sa.text('conflict = 1'), postgresql_where=sa.text('conflict'))
        batch_op.create_index('ix_cases_office_due', ['owner_office', 'due_date'], unique=False)
        batch_op.create_index('ix_cases_office_extension_request', ['owner_office'], unique=False, sqlite_where=sa.text('extension_request IS NOT NULL'), postgresql_where=sa.text('extension_request IS NOT NULL'))
        batch_op.create_index('ix_cases_office_registered', ['owner_office', 'registered_on'], unique=False)
        batch_op.create_index('ix_cases_office_state_due', ['owner_office', 'state', 'due_date'], unique=False)
        batch_op.create_index('ix_cases_registered_by_at', ['registered_by', 'registered_at'], unique=False)
        batch_op.create_index('ix_cases_registered_number', ['registered_on', 'case_number'], unique=False)
        batch_op.create_index('ix_cases_service_number', ['service_code', 'case_number'], unique=False)
        batch_op.create_index('ix_cases_state_number', ['state', 'case_number'], unique=False)
        batch_op.create_index('ix_cases_subject_number', ['subject', 'case_number'], unique=False)

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
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('conflict', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('citizen_id', name=op.f('pk_citizens'))
    )
    with op.batch_alter_table('citizens', schema=None) as batch_op:
        batch_op.create_index('ix_citizens_name_fold_birth', ['name_fold', 'birth_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_citizens_register_no'), ['register_no'], unique=False)

    op.create_table('devices',
    sa.Column('node_id', sa.String(length=40), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('node_no', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.LargeBinary(), nullable=False),
    sa.Column('enrolled_at', sa.String(length=32), nullable=False),
    sa.Column('revoked_at', sa.String(length=32), nullable=True),
    sa.Column('last_seen_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('node_id', name=op.f('pk_devices')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_devices_token_hash'))
    )
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.create_index('ix_devices_office_node_no', ['office_id', 'node_no'], unique=True)

    op.create_table('enrollments',
    sa.Column('code_hash', sa.LargeBinary(), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('expires_at', sa.String(length=32), nullable=False),
    sa.Column('used_at', sa.String(length=32), nullable=True),
    sa.Column('used_by', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('code_hash', name=op.f('pk_enrollments'))
    )
    op.create_table('events',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('stream', sa.String(length=16), nullable=False),
    sa.Column('stream_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('node_id', sa.String(length=40), nullable=False),
    sa.Column('node_seq', sa.BigInteger(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('hlc', sa.String(length=21), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.String(length=32), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('seen', sa.Text(), nullable=True),
    sa.Column('received_at', sa.String(length=32), nullable=True),
    sa.Column('prev_hash', sa.LargeBinary(), nullable=False),
    sa.Column('hash', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_events')),
    sa.UniqueConstraint('event_id', name=op.f('uq_events_event_id'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('uq_events_server_seq', ['server_seq'], unique=True)
        batch_op.create_index('ix_events_stream', ['stream', 'stream_id', 'hlc'], unique=False)
        batch_op.create_index('uq_events_node_seq', ['node_id', 'node_seq'], unique=True)

    op.create_table('node_heads',
    sa.Column('node_id', sa.String(length=40), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('node_seq', sa.BigInteger(), nullable=False),
    sa.Column('last_hash', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('node_id', name=op.f('pk_node_heads'))
    )
    op.create_table('office_digests',
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('count', sa.BigInteger(), nullable=False),
    sa.Column('xor', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('office_id', name=op.f('pk_office_digests'))
    )
    op.create_table('office_feed',
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('at_seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('office_id', 'server_seq', name=op.f('pk_office_feed'))
    )
    with op.batch_alter_table('office_feed', schema=None) as batch_op:
        batch_op.create_index('ix_office_feed_office_at', ['office_id', 'at_seq', 'server_seq'], unique=False)

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
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('phone', sa.String(length=80), nullable=True),
    sa.Column('signatory_name', sa.String(length=200), nullable=True),
    sa.Column('signatory_title', sa.String(length=200), nullable=True),
    sa.Column('logo_png', sa.LargeBinary(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('conflict', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_offices'))
    )
    with op.batch_alter_table('offices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_offices_parent_code'), ['parent_code'], unique=False)

    op.create_table('refused_events',
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('node_id', sa.String(length=40), nullable=False),
    sa.Column('node_seq', sa.BigInteger(), nullable=False),
    sa.Column('hash', sa.LargeBinary(), nullable=False),
    sa.Column('reason', sa.String(length=80), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('received_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_refused_events'))
    )
    op.create_table('seq_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seq_head'))
    )
    op.create_table('server_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('signing_key', sa.LargeBinary(), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('folded_seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_server_state'))
    )
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
    sa.Column('conflict', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_service_types'))
    )
    op.create_table('stream_scope',
    sa.Column('stream', sa.String(length=16), nullable=False),
    sa.Column('stream_id', sa.String(length=64), nullable=False),
    sa.Column('office_id', sa.String(length=32), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('since_seq', sa.BigInteger(), nullable=False),
    sa.Column('until_seq', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('stream', 'stream_id', 'office_id', name=op.f('pk_stream_scope'))
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
    sa.Column('conflict', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_users'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index('ix_users_office_username', ['office_id', 'username'], unique=False)

    op.create_table('documents',
    sa.Column('doc_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('token', sa.String(length=64), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=True),
    sa.Column('reprint_of', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.case_id'], name=op.f('fk_documents_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('doc_id', name=op.f('pk_documents'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_token'), ['token'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_token'))
        batch_op.drop_index(batch_op.f('ix_documents_case_id'))

    op.drop_table('documents')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index('ix_users_office_username')

    op.drop_table('users')
    op.drop_table('stream_scope')
    op.drop_table('service_types')
    op.drop_table('server_state')
    op.drop_table('seq_head')
    op.drop_table('refused_events')
    with op.batch_alter_table('offices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_offices_parent_code'))

    op.drop_table('offices')
    with op.batch_alter_table('office_feed', schema=None) as batch_op:
        batch_op.drop_index('ix_office_feed_office_at')

    op.drop_table('office_feed')
    op.drop_table('office_digests')
    op.drop_table('node_heads')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('uq_events_node_seq')
        batch_op.drop_index('ix_events_stream')
        batch_op.drop_index('uq_events_server_seq')

    op.drop_table('events')
    op.drop_table('enrollments')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_index('ix_devices_office_node_no')

    op.drop_table('devices')
    with op.batch_alter_table('citizens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_citizens_register_no'))
        batch_op.drop_index('ix_citizens_name_fold_birth')

    op.drop_table('citizens')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_subject_number')
        batch_op.drop_index('ix_cases_state_number')
        batch_op.drop_index('ix_cases_service_number')
        batch_op.drop_index('ix_cases_registered_number')
        batch_op.drop_index('ix_cases_registered_by_at')
        batch_op.drop_index('ix_cases_office_state_due')
        batch_op.drop_index('ix_cases_office_registered')
        batch_op.drop_index('ix_cases_office_extension_request', sqlite_where=sa.text('extension_request IS NOT NULL'), postgresql_where=sa.text('extension_request IS NOT NULL'))
        batch_op.drop_index('ix_cases_office_due')
        batch_op.drop_index('ix_cases_office_conflict', sqlite_where=sa.text('conflict = 1'), postgresql_where=sa.text('conflict'))
        batch_op.drop_index('ix_cases_office_closed')
        batch_op.drop_index('ix_cases_due_number')
        batch_op.drop_index('ix_cases_citizen_sort')
        batch_op.drop_index('ix_cases_citizen_registered')
        batch_op.drop_index('ix_cases_citizen_register')
        batch_op.drop_index('ix_cases_assignee_state')

    op.drop_table('cases')
    op.drop_table('calendar_overrides')
