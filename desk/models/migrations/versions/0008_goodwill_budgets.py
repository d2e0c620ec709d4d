"""Goodwill budgets: what each store may spend on goodwill in a month, for the service figures' "goodwill granted
against budget". Reference data: every desk reads it, administrators write it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'goodwill_budget',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('store_id', sa.Integer(), nullable=False),
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('amount >= 0', name=op.f('ck_goodwill_budget_amount_not_negative')),
        sa.ForeignKeyConstraint(['store_id'], ['store.id'], name=op.f('fk_goodwill_budget_store_id_store')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_goodwill_budget')),
        sa.UniqueConstraint('store_id', 'month', 'currency', name='uq_goodwill_budget_scope'),
    )
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("GRANT SELECT ON goodwill_budget TO desk_staff")
        op.execute("GRANT INSERT, UPDATE, DELETE ON goodwill_budget TO desk_administrator")
        op.execute("GRANT USAGE, SELECT ON SEQUENCE goodwill_budget_id_seq TO desk_administrator")


def downgrade() -> None:
    op.drop_table('goodwill_budget')
