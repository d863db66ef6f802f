"""Keep the answers a returned tracker replaced, so a question's history shows them.

Revision ID: 0002_exports_answer_history
Revises: 0001
Create Date: 2026-12-05 04:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_exports_answer_history"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "question_answer_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("replaced_at", sa.DateTime(), nullable=False),
        sa.Column("replaced_by", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["question.id"],
            name="fk_question_answer_history_question_id_question",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_question_answer_history"),
    )
    op.create_index(
        "ix_question_answer_history_question_id", "question_answer_history", ["question_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_question_answer_history_question_id", "question_answer_history")
    op.drop_table("question_answer_history")
