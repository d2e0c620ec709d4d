"""Indexes the service figures need at scale: a case's contacts (first-contact resolution counted them with a scan
of every interaction per case), and cases by the day they were opened or closed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

"""
from typing import Sequence, Union

from alembic import op


revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(op.f('ix_interaction_case_id'), 'interaction', ['case_id'], unique=False)
    op.create_index('ix_after_sales_case_opened_at', 'after_sales_case', ['opened_at'], unique=False)
    op.create_index('ix_after_sales_case_closed_at', 'after_sales_case', ['closed_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_after_sales_case_closed_at', table_name='after_sales_case')
    op.drop_index('ix_after_sales_case_opened_at', table_name='after_sales_case')
    op.drop_index(op.f('ix_interaction_case_id'), table_name='interaction')
