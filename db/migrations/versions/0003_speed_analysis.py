"""Add the stored analysis of each indicator (worked out by the app when it is missing).

Revision ID: 0003_speed_analysis
Revises: 0002_exports_answer_history
Create Date: 2026-12-05 04:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_speed_analysis"
down_revision: str | Sequence[str] | None = "0002_exports_answer_history"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # left empty: the app works out every indicator without a stored analysis when it reads
    op.create_table(
        "indicator_analysis",
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("tolerance", sa.String(length=120), nullable=False),
        sa.Column("latest_period_id", sa.Integer(), nullable=True),
        sa.Column("rag_computed", sa.String(length=8), nullable=True),
        sa.Column("rag_latest", sa.String(length=8), nullable=True),
        sa.Column("direction_previous", sa.String(length=12), nullable=True),
        sa.Column("direction_last_year", sa.String(length=12), nullable=True),
        sa.Column("red_streak", sa.Integer(), nullable=False),
        sa.Column("flag_rules", sa.Text(), nullable=False),
        sa.Column("flags_json", sa.Text(), nullable=False),
        sa.Column("commentary", sa.Text(), nullable=True),
        sa.Column("last_text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name="fk_indicator_analysis_indicator_id_indicator",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("indicator_id", name="pk_indicator_analysis"),
    )

    for name, sql in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {sql}")


# Any change to what an analysis is worked out from drops it, whoever writes: a writer that
# forgets to refresh it leaves it missing, and a missing one is worked out again on reading.
_FORGET = "DELETE FROM indicator_analysis WHERE indicator_id"
TRIGGERS = {
    "analysis_gone_on_observation_insert": (
        f"AFTER INSERT ON observation BEGIN {_FORGET} = NEW.indicator_id; END"
    ),
    "analysis_gone_on_observation_update": (
        f"AFTER UPDATE ON observation BEGIN {_FORGET} IN (OLD.indicator_id, NEW.indicator_id); END"
    ),
    "analysis_gone_on_observation_delete": (
        f"AFTER DELETE ON observation BEGIN {_FORGET} = OLD.indicator_id; END"
    ),
    "analysis_gone_on_indicator_update": (
        "AFTER UPDATE OF polarity, unit, tolerance_mode, tolerance_amber, band_low, band_high "
        f"ON indicator BEGIN {_FORGET} = NEW.id; END"
    ),
    "analysis_gone_on_period_update": (
        "AFTER UPDATE ON period BEGIN "
        f"{_FORGET} IN (SELECT indicator_id FROM observation WHERE period_id = NEW.id); END"
    ),
}


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("indicator_analysis")
