"""Approvals: delegation of approvals for a range of days, and the escalation clock of each request.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('approval_delegation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('delegator_id', sa.Integer(), nullable=False),
    sa.Column('delegate_id', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('delegator_id <> delegate_id', name=op.f('ck_approval_delegation_not_to_oneself')),
    sa.CheckConstraint('starts_on <= ends_on', name=op.f('ck_approval_delegation_range_in_order')),
    sa.ForeignKeyConstraint(['delegate_id'], ['staff_user.id'], name=op.f('fk_approval_delegation_delegate_id_staff_user')),
    sa.ForeignKeyConstraint(['delegator_id'], ['staff_user.id'], name=op.f('fk_approval_delegation_delegator_id_staff_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_delegation'))
    )
    with op.batch_alter_table('approval_delegation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_delegation_delegate_id'), ['delegate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_approval_delegation_delegator_id'), ['delegator_id'], unique=False)

    with op.batch_alter_table('approval_request', schema=None) as batch_op:
        batch_op.add_column(sa.Column('routed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('reminded_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('escalations', sa.Integer(), nullable=False, server_default='0'))
        batch_op.create_index('ix_approval_request_state_role', ['state', 'required_role_id'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('approval_request', schema=None) as batch_op:
        batch_op.drop_index('ix_approval_request_state_role')
        batch_op.drop_column('escalations')
        batch_op.drop_column('reminded_at')
        batch_op.drop_column('routed_at')

    with op.batch_alter_table('approval_delegation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_delegation_delegator_id'))
        batch_op.drop_index(batch_op.f('ix_approval_delegation_delegate_id'))

    op.drop_table('approval_delegation')
