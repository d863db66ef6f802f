"""A meeting's committee-paper details: its agenda item, purpose and Schedule 12A paragraph.

Revision ID: 0005_paper_details
Revises: 0004_team_sync
Create Date: 2026-12-05 07:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_paper_details"
down_revision: str | Sequence[str] | None = "0004_team_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("paper_item", "paper_purpose", "paper_exempt_paragraph")


def upgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
