"""Create the store's tables.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 15:27:20
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("mapping_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_import_profile"),
        sa.UniqueConstraint("name", name="uq_import_profile_name"),
    )
    op.create_index("ix_import_profile_signature", "import_profile", ["signature"])

    op.create_table(
        "period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_period"),
        sa.UniqueConstraint("kind", "start", "end", name="uq_period_kind_start_end"),
    )
    op.create_table(
        "portfolio",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_portfolio"),
        sa.UniqueConstraint("name", name="uq_portfolio_name"),
    )
    op.create_table(
        "scorecard_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("file_path", sa.Text(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("sheet", sa.Text(), nullable=True),
        sa.Column("area", sa.Text(), nullable=True),
        sa.Column("profile", sa.Text(), nullable=True),
        sa.Column("indicator_count", sa.Integer(), nullable=False),
        sa.Column("observation_count", sa.Integer(), nullable=False),
        sa.Column("warnings_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_scorecard_import"),
    )
    op.create_index("ix_scorecard_import_sha256", "scorecard_import", ["sha256"])

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_setting"),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("committee", sa.Text(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("period_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"], ["period.id"], name="fk_meeting_period_id_period", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_meeting"),
    )
    op.create_table(
        "service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("portfolio_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["portfolio_id"],
            ["portfolio.id"],
            name="fk_service_portfolio_id_portfolio",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_service"),
        sa.UniqueConstraint("portfolio_id", "name", name="uq_service_portfolio_id_name"),
    )
    op.create_index("ix_service_portfolio_id", "service", ["portfolio_id"])

    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("portfolio_id", sa.Integer(), nullable=True),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=60), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.Column("polarity", sa.String(length=20), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("owner", sa.Text(), nullable=True),
        sa.Column("exempt", sa.Boolean(), nullable=False),
        sa.Column("tolerance_mode", sa.String(length=10), nullable=True),
        sa.Column("tolerance_amber", sa.Float(), nullable=True),
        sa.Column("band_low", sa.Float(), nullable=True),
        sa.Column("band_high", sa.Float(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["portfolio_id"],
            ["portfolio.id"],
            name="fk_indicator_portfolio_id_portfolio",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["service.id"],
            name="fk_indicator_service_id_service",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_indicator"),
    )
    op.create_index("ix_indicator_portfolio_code", "indicator", ["portfolio_id", "code"])
    op.create_index("ix_indicator_portfolio_id", "indicator", ["portfolio_id"])
    op.create_index("ix_indicator_portfolio_name_key", "indicator", ["portfolio_id", "name_key"])
    op.create_index("ix_indicator_service_id", "indicator", ["service_id"])

    op.create_table(
        "action_point",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=True),
        sa.Column("due_meeting_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("update_text", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["due_meeting_id"],
            ["meeting.id"],
            name="fk_action_point_due_meeting_id_meeting",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name="fk_action_point_indicator_id_indicator",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name="fk_action_point_meeting_id_meeting",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_action_point"),
        sa.UniqueConstraint("uid", name="uq_action_point_uid"),
    )
    op.create_index("ix_action_point_indicator_id", "action_point", ["indicator_id"])
    op.create_index("ix_action_point_meeting_id", "action_point", ["meeting_id"])

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name="fk_agenda_item_indicator_id_indicator",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name="fk_agenda_item_meeting_id_meeting",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_agenda_item"),
        sa.UniqueConstraint(
            "meeting_id", "indicator_id", name="uq_agenda_item_meeting_id_indicator_id"
        ),
    )
    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("exempt", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name="fk_note_indicator_id_indicator",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name="fk_note_meeting_id_meeting", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["period_id"], ["period.id"], name="fk_note_period_id_period", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_note"),
        sa.UniqueConstraint("uid", name="uq_note_uid"),
    )
    op.create_index("ix_note_indicator_id", "note", ["indicator_id"])

    op.create_table(
        "observation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("actual", sa.Float(), nullable=True),
        sa.Column("actual_text", sa.Text(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("numerator", sa.Float(), nullable=True),
        sa.Column("denominator", sa.Float(), nullable=True),
        sa.Column("rag", sa.String(length=8), nullable=True),
        sa.Column("direction_text", sa.Text(), nullable=True),
        sa.Column("commentary", sa.Text(), nullable=True),
        sa.Column("source_file", sa.Text(), nullable=True),
        sa.Column("source_sheet", sa.Text(), nullable=True),
        sa.Column("source_cell", sa.String(length=20), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["scorecard_import.id"],
            name="fk_observation_import_id_scorecard_import",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name="fk_observation_indicator_id_indicator",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["period.id"],
            name="fk_observation_period_id_period",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_observation"),
        sa.UniqueConstraint(
            "indicator_id", "period_id", name="uq_observation_indicator_id_period_id"
        ),
    )
    op.create_index("ix_observation_import_id", "observation", ["import_id"])
    op.create_index("ix_observation_period_id", "observation", ["period_id"])

    op.create_table(
        "question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("addressed_to", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("source_rule", sa.String(length=60), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name="fk_question_indicator_id_indicator",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name="fk_question_meeting_id_meeting",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"], ["period.id"], name="fk_question_period_id_period", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_question"),
        sa.UniqueConstraint("uid", name="uq_question_uid"),
    )
    op.create_index("ix_question_indicator_id", "question", ["indicator_id"])
    op.create_index("ix_question_meeting_id", "question", ["meeting_id"])

    op.create_table(
        "comparator_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observation.id"],
            name="fk_comparator_value_observation_id_observation",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_comparator_value"),
        sa.UniqueConstraint(
            "observation_id", "name", name="uq_comparator_value_observation_id_name"
        ),
    )


def downgrade() -> None:
    op.drop_table("comparator_value")
    op.drop_table("question")
    op.drop_table("observation")
    op.drop_table("note")
    op.drop_table("agenda_item")
    op.drop_table("action_point")
    op.drop_table("indicator")
    op.drop_table("service")
    op.drop_table("meeting")
    op.drop_table("setting")
    op.drop_table("scorecard_import")
    op.drop_table("portfolio")
    op.drop_table("period")
    op.drop_table("import_profile")
