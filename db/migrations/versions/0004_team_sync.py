"""Team store bookkeeping: stable ids, authors, revisions, change log; notes can be shared.

Revision ID: 0004_team_sync
Revises: 0003_speed_analysis
Create Date: 2026-12-05 04:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db import sync_triggers

revision: str = "0004_team_sync"
down_revision: str | Sequence[str] | None = "0003_speed_analysis"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("note") as batch:
        batch.add_column(sa.Column("shared", sa.Boolean(), server_default="0", nullable=False))
    op.create_table(
        "sync_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("revision", sa.Integer(), server_default="0", nullable=False),
        sa.Column("local_rev", sa.Integer(), server_default="1", nullable=False),
        sa.Column("dirty", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("base_json", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_record"),
        sa.UniqueConstraint("kind", "row_id", name="uq_sync_record_kind_row_id"),
        sa.UniqueConstraint("uid", name="uq_sync_record_uid"),
    )
    op.create_table(
        "sync_tombstone",
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("uid", name="pk_sync_tombstone"),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_sync_state"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_uid", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("kept_json", sa.Text(), nullable=False),
        sa.Column("other_json", sa.Text(), nullable=False),
        sa.Column("other_member", sa.Text(), nullable=True),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("seen", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_conflict"),
    )
    # rows already in the store have no sync_record yet: the first sync takes them as new
    sync_triggers.install(op.get_bind())


def downgrade() -> None:
    sync_triggers.remove(op.get_bind())
    op.drop_table("sync_conflict")
    op.drop_table("sync_state")
    op.drop_table("sync_tombstone")
    op.drop_table("sync_record")
    with op.batch_alter_table("note") as batch:
        batch.drop_column("shared")
