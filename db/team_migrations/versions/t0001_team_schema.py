"""The team store: members, shared records with their history, conflicts, row-level security.

Revision ID: t0001_team_schema
Revises:
Create Date: 2026-12-05 04:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "t0001_team_schema"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MEMBER_GROUP = "scrutineer_member"

_UPGRADE = f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{MEMBER_GROUP}') THEN
    CREATE ROLE {MEMBER_GROUP} NOLOGIN;
  END IF;
END $$;

CREATE TABLE scrutineer.member (
  name text PRIMARY KEY,
  part2 boolean NOT NULL DEFAULT false,
  committees text[] NOT NULL DEFAULT '{{}}',
  owner boolean NOT NULL DEFAULT false,
  added_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO scrutineer.member (name, part2, owner) VALUES (current_user, true, true);

CREATE SEQUENCE scrutineer.record_seq;
CREATE TABLE scrutineer.record (
  uid text PRIMARY KEY,
  kind text NOT NULL,
  author text NOT NULL,
  changed_by text NOT NULL,
  revision integer NOT NULL,
  seq bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  private boolean NOT NULL DEFAULT false,
  exempt boolean NOT NULL DEFAULT false,
  committee text,
  parent_indicator text,
  parent_meeting text,
  origin text,
  data jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_record_seq ON scrutineer.record (seq);
CREATE INDEX ix_record_parent_indicator ON scrutineer.record (parent_indicator);
CREATE INDEX ix_record_parent_meeting ON scrutineer.record (parent_meeting);

CREATE TABLE scrutineer.record_history (
  id bigserial PRIMARY KEY,
  uid text NOT NULL,
  revision integer NOT NULL,
  changed_by text NOT NULL,
  deleted boolean NOT NULL,
  data jsonb NOT NULL,
  replaced_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_record_history_uid ON scrutineer.record_history (uid);

CREATE TABLE scrutineer.conflict (
  id bigserial PRIMARY KEY,
  uid text NOT NULL,
  kind text NOT NULL,
  field text NOT NULL,
  kept jsonb,
  other jsonb,
  winner text NOT NULL,
  winner_device text,
  loser text NOT NULL,
  found_at timestamptz NOT NULL DEFAULT now()
);

-- who may read a record: decided here, on the server, for every client
CREATE FUNCTION scrutineer.can_see(who text, author text, private boolean, exempt boolean,
                                   committee text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = scrutineer, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM scrutineer.member m
    WHERE m.name = who
      AND (NOT private OR author = who)
      AND (NOT exempt OR m.part2)
      AND (committee IS NULL OR cardinality(m.committees) = 0
           OR committee = ANY (m.committees)))
$$;

CREATE FUNCTION scrutineer.is_member(who text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = scrutineer, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM scrutineer.member m WHERE m.name = who)
$$;

-- what the server derives itself rather than trusting the client: Part 2 and committee
-- follow the indicator and the meeting; a note is private unless its data says shared
CREATE FUNCTION scrutineer.record_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = scrutineer, pg_temp AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    NEW.author := OLD.author;
    NEW.kind := OLD.kind;
    IF NEW.data IS DISTINCT FROM OLD.data OR NEW.deleted IS DISTINCT FROM OLD.deleted THEN
      INSERT INTO scrutineer.record_history (uid, revision, changed_by, deleted, data)
      VALUES (OLD.uid, OLD.revision, OLD.changed_by, OLD.deleted, OLD.data);
    END IF;
  END IF;
  NEW.parent_indicator := NEW.data->>'indicator';
  NEW.parent_meeting := NEW.data->>'meeting';
  NEW.private := NEW.kind = 'note' AND NOT coalesce((NEW.data->>'shared')::boolean, false);
  NEW.exempt := coalesce((NEW.data->>'exempt')::boolean, false)
    OR EXISTS (SELECT 1 FROM scrutineer.record p
               WHERE p.uid = NEW.parent_indicator AND p.exempt);
  IF NEW.kind = 'meeting' THEN
    NEW.committee := nullif(NEW.data->>'committee', '');
  ELSIF NEW.parent_meeting IS NOT NULL THEN
    NEW.committee := (SELECT p.committee FROM scrutineer.record p
                      WHERE p.uid = NEW.parent_meeting);
  ELSE
    NEW.committee := NULL;
  END IF;
  NEW.seq := nextval('scrutineer.record_seq');
  NEW.updated_at := now();
  RETURN NEW;
END $$;

CREATE FUNCTION scrutineer.record_cascade() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = scrutineer, pg_temp AS $$
BEGIN
  IF NEW.kind = 'indicator' AND NEW.exempt IS DISTINCT FROM OLD.exempt THEN
    UPDATE scrutineer.record SET exempt = exempt WHERE parent_indicator = NEW.uid;
  ELSIF NEW.kind = 'meeting' AND NEW.committee IS DISTINCT FROM OLD.committee THEN
    UPDATE scrutineer.record SET committee = committee WHERE parent_meeting = NEW.uid;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER record_stamp BEFORE INSERT OR UPDATE ON scrutineer.record
  FOR EACH ROW EXECUTE FUNCTION scrutineer.record_stamp();
CREATE TRIGGER record_cascade AFTER UPDATE ON scrutineer.record
  FOR EACH ROW EXECUTE FUNCTION scrutineer.record_cascade();

ALTER TABLE scrutineer.record ENABLE ROW LEVEL SECURITY;
CREATE POLICY record_read ON scrutineer.record FOR SELECT
  USING (scrutineer.can_see(current_user::text, author, private, exempt, committee));
CREATE POLICY record_add ON scrutineer.record FOR INSERT
  WITH CHECK (author = current_user::text AND changed_by = current_user::text
              AND scrutineer.is_member(current_user::text));
CREATE POLICY record_change ON scrutineer.record FOR UPDATE
  USING (scrutineer.can_see(current_user::text, author, private, exempt, committee))
  WITH CHECK (changed_by = current_user::text AND (NOT private OR author = current_user::text));

ALTER TABLE scrutineer.record_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY history_read ON scrutineer.record_history FOR SELECT
  USING (EXISTS (SELECT 1 FROM scrutineer.record r WHERE r.uid = record_history.uid));

ALTER TABLE scrutineer.conflict ENABLE ROW LEVEL SECURITY;
CREATE POLICY conflict_read ON scrutineer.conflict FOR SELECT
  USING (winner = current_user::text OR loser = current_user::text);
CREATE POLICY conflict_add ON scrutineer.conflict FOR INSERT
  WITH CHECK (winner = current_user::text);

ALTER TABLE scrutineer.member ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON scrutineer.member FOR SELECT USING (true);

REVOKE ALL ON ALL TABLES IN SCHEMA scrutineer FROM PUBLIC;
GRANT USAGE ON SCHEMA scrutineer TO {MEMBER_GROUP};
GRANT SELECT ON scrutineer.member TO {MEMBER_GROUP};
GRANT SELECT, INSERT, UPDATE ON scrutineer.record TO {MEMBER_GROUP};
GRANT SELECT ON scrutineer.record_history TO {MEMBER_GROUP};
GRANT SELECT, INSERT ON scrutineer.conflict TO {MEMBER_GROUP};
GRANT USAGE ON SEQUENCE scrutineer.conflict_id_seq TO {MEMBER_GROUP};
GRANT SELECT ON scrutineer.alembic_version TO {MEMBER_GROUP};
REVOKE ALL ON FUNCTION scrutineer.can_see(text, text, boolean, boolean, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION scrutineer.is_member(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION scrutineer.can_see(text, text, boolean, boolean, text)
  TO {MEMBER_GROUP};
GRANT EXECUTE ON FUNCTION scrutineer.is_member(text) TO {MEMBER_GROUP};
"""

_DOWNGRADE = """
DROP TABLE scrutineer.conflict;
DROP TABLE scrutineer.record_history;
DROP TABLE scrutineer.record;
DROP SEQUENCE scrutineer.record_seq;
DROP FUNCTION scrutineer.record_cascade();
DROP FUNCTION scrutineer.record_stamp();
DROP FUNCTION scrutineer.is_member(text);
DROP FUNCTION scrutineer.can_see(text, text, boolean, boolean, text);
DROP TABLE scrutineer.member;
"""


def upgrade() -> None:
    op.get_bind().exec_driver_sql(_UPGRADE)


def downgrade() -> None:
    op.get_bind().exec_driver_sql(_DOWNGRADE)
