"""The wording of stored service texts (desk.messages): beside a timeline title and detail, a case's or a contact's summary,
a line's assessment and a claim's entitlement reasons, the template and values they were made from, so each desk
shows them in its own language. Nullable, no default: adding them rewrites no row, even with millions of events.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

COLUMNS = (
    ('timeline_event', 'title_wording'),
    ('timeline_event', 'detail_wording'),
    ('after_sales_case', 'summary_wording'),
    ('interaction', 'summary_wording'),
    ('case_line', 'assessment_wording'),
    ('warranty_claim', 'entitlement_wording'),
)


def upgrade() -> None:
    for table, column in COLUMNS:
        op.add_column(table, sa.Column(column, sa.JSON(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN on both databases (SQLite 3.35+): a batch copy of after_sales_case would drop a
    # table other rows refer to.
    for table, column in reversed(COLUMNS):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
