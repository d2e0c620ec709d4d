"""Who opened whose customer screen (customer_access), and the audit hash chain's sequence.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('customer_access',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('actor_name', sa.String(length=60), nullable=False),
    sa.Column('workstation', sa.String(length=120), nullable=False),
    sa.Column('purpose', sa.String(length=40), nullable=False),
    sa.Column('accessed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['staff_user.id'], name=op.f('fk_customer_access_actor_id_staff_user')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_customer_access_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_access'))
    )
    with op.batch_alter_table('customer_access', schema=None) as batch_op:
        batch_op.create_index('ix_customer_access_customer_time', ['customer_id', 'accessed_at'], unique=False)
        batch_op.create_index('ix_customer_access_actor_time', ['actor_id', 'accessed_at'], unique=False)
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('chain_seq', sa.Integer(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_audit_entry_chain_seq'), ['chain_seq'])


def downgrade() -> None:
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_audit_entry_chain_seq'), type_='unique')
        batch_op.drop_column('chain_seq')
    with op.batch_alter_table('customer_access', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_access_actor_time')
        batch_op.drop_index('ix_customer_access_customer_time')
    op.drop_table('customer_access')
