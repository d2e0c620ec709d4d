"""Returns and warranty claims: line assessments and fees, exchange, claim cover and repair data, attachments,
the rules in force, and a case's own history (timeline events carry their case).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('rule_set',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['staff_user.id'], name=op.f('fk_rule_set_created_by_staff_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rule_set'))
    )
    with op.batch_alter_table('after_sales_case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('end_reason', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('exchange_product_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('exchange_quantity', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('price_difference', sa.Numeric(precision=14, scale=2), nullable=True))
        batch_op.create_index('ix_after_sales_case_assigned_open', ['assigned_to', 'closed_at'], unique=False)
        batch_op.create_index('ix_after_sales_case_kind_open_due', ['kind', 'closed_at', 'due_at'], unique=False)
        batch_op.create_index('ix_after_sales_case_opened_by_open', ['opened_by', 'closed_at'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_after_sales_case_exchange_product_id_product'), 'product', ['exchange_product_id'], ['id'])

    with op.batch_alter_table('case_line', schema=None) as batch_op:
        batch_op.add_column(sa.Column('restocking_fee', sa.Numeric(precision=14, scale=2), nullable=True))
        batch_op.add_column(sa.Column('fee_waived', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('accepted_as_exception', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('days_past_window', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('assessment', sa.Text(), nullable=False, server_default=''))

    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('content_type', sa.String(length=100), nullable=False, server_default='application/octet-stream'))
        batch_op.add_column(sa.Column('size', sa.Integer(), nullable=False, server_default='0'))

    with op.batch_alter_table('timeline_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('case_id', sa.Integer(), nullable=True))
        batch_op.create_index('ix_timeline_event_case_time', ['case_id', 'occurred_at', 'id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_timeline_event_case_id_after_sales_case'), 'after_sales_case', ['case_id'], ['id'])

    with op.batch_alter_table('warranty_claim', schema=None) as batch_op:
        batch_op.add_column(sa.Column('order_line_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('cause', sa.String(length=40), nullable=False, server_default='fault'))
        batch_op.add_column(sa.Column('same_fault_as', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('cover_until', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('quote_amount', sa.Numeric(precision=14, scale=2), nullable=True))
        batch_op.add_column(sa.Column('charge_to', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('replaced_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('replacement_cover_until', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('handed_back_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('repair_cover_until', sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f('ix_warranty_claim_order_line_id'), ['order_line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_warranty_claim_serial_number'), ['serial_number'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_warranty_claim_order_line_id_order_line'), 'order_line', ['order_line_id'], ['id'])



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('warranty_claim', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_warranty_claim_order_line_id_order_line'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_warranty_claim_serial_number'))
        batch_op.drop_index(batch_op.f('ix_warranty_claim_order_line_id'))
        batch_op.drop_column('repair_cover_until')
        batch_op.drop_column('handed_back_at')
        batch_op.drop_column('replacement_cover_until')
        batch_op.drop_column('replaced_on')
        batch_op.drop_column('charge_to')
        batch_op.drop_column('quote_amount')
        batch_op.drop_column('cover_until')
        batch_op.drop_column('same_fault_as')
        batch_op.drop_column('cause')
        batch_op.drop_column('order_line_id')

    with op.batch_alter_table('timeline_event', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_timeline_event_case_id_after_sales_case'), type_='foreignkey')
        batch_op.drop_index('ix_timeline_event_case_time')
        batch_op.drop_column('case_id')

    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_column('size')
        batch_op.drop_column('content_type')

    with op.batch_alter_table('case_line', schema=None) as batch_op:
        batch_op.drop_column('assessment')
        batch_op.drop_column('days_past_window')
        batch_op.drop_column('accepted_as_exception')
        batch_op.drop_column('fee_waived')
        batch_op.drop_column('restocking_fee')

    with op.batch_alter_table('after_sales_case', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_after_sales_case_exchange_product_id_product'), type_='foreignkey')
        batch_op.drop_index('ix_after_sales_case_opened_by_open')
        batch_op.drop_index('ix_after_sales_case_kind_open_due')
        batch_op.drop_index('ix_after_sales_case_assigned_open')
        batch_op.drop_column('price_difference')
        batch_op.drop_column('exchange_quantity')
        batch_op.drop_column('exchange_product_id')
        batch_op.drop_column('end_reason')

    op.drop_table('rule_set')
