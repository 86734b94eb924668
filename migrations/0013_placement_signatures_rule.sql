-- Hand-written (issue 16): invariant 9, "a placement never starts without every required
-- signature", held by the database whatever code writes.
-- 1. placements: the status becomes `signed` (or `completed`) only when every required party
--    (school, company, pupil, a guardian for a minor; school, company, teacher for a teacher
--    internship) has a placement_signatures row with signed_at and signed_hash = the
--    placement's agreement_hash; the hash of a signed agreement never changes afterwards.
-- 2. placement_signatures: a signature, once given, is final: signed_at, signed_hash, party and
--    placement stay, and the row is never deleted (erasure may still blank typed_name/email).
-- 3. attendance_weeks: a week is only recorded for a placement that is `signed` or `completed`.
-- Each refusal is a check_violation (SQLSTATE 23514) naming its rule as the constraint.

CREATE OR REPLACE FUNCTION placement_required_parties(p_participant uuid) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN p.kind = 'teacher' THEN ARRAY['school', 'company', 'teacher']
    WHEN p.is_minor THEN ARRAY['school', 'company', 'pupil', 'guardian']
    ELSE ARRAY['school', 'company', 'pupil']
  END
  FROM participants p WHERE p.id = p_participant;
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION placements_signed_requires_signatures() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  missing text[];
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status IN ('signed', 'completed')
      AND NEW.agreement_hash IS DISTINCT FROM OLD.agreement_hash THEN
    RAISE EXCEPTION 'the agreement of signed placement % cannot change', NEW.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'placements_signed_requires_signatures';
  END IF;
  IF NEW.status NOT IN ('signed', 'completed')
      OR (TG_OP = 'UPDATE' AND OLD.status IN ('signed', 'completed')) THEN
    RETURN NEW;
  END IF;
  SELECT coalesce(array_agg(party ORDER BY ord), '{}') INTO missing
    FROM unnest(placement_required_parties(NEW.participant_id)) WITH ORDINALITY AS r(party, ord)
    WHERE NEW.agreement_hash IS NULL OR NOT EXISTS (
      SELECT 1 FROM placement_signatures s
      WHERE s.placement_id = NEW.id AND s.party = r.party
        AND s.signed_at IS NOT NULL AND s.signed_hash = NEW.agreement_hash);
  IF cardinality(missing) > 0 OR NEW.agreement_hash IS NULL THEN
    RAISE EXCEPTION 'placement % cannot be %: not signed by %', NEW.id, NEW.status,
        array_to_string(missing, ', ')
      USING ERRCODE = 'check_violation', CONSTRAINT = 'placements_signed_requires_signatures';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint

CREATE TRIGGER placements_signed_requires_signatures_tg
  BEFORE INSERT OR UPDATE ON placements
  FOR EACH ROW EXECUTE FUNCTION placements_signed_requires_signatures();--> statement-breakpoint

CREATE OR REPLACE FUNCTION placement_signatures_signed_final() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.signed_at IS NULL THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'DELETE' OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
      OR NEW.signed_hash IS DISTINCT FROM OLD.signed_hash
      OR NEW.party IS DISTINCT FROM OLD.party
      OR NEW.placement_id IS DISTINCT FROM OLD.placement_id THEN
    RAISE EXCEPTION 'the % signature of placement % is final', OLD.party, OLD.placement_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'placement_signatures_signed_final';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint

CREATE TRIGGER placement_signatures_signed_final_tg
  BEFORE UPDATE OR DELETE ON placement_signatures
  FOR EACH ROW EXECUTE FUNCTION placement_signatures_signed_final();--> statement-breakpoint

ALTER TABLE "placement_signatures" ADD CONSTRAINT "placement_signatures_signed_ck"
  CHECK ("signed_at" IS NULL OR "signed_hash" IS NOT NULL);--> statement-breakpoint

CREATE OR REPLACE FUNCTION attendance_weeks_placement_signed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  placement_status text;
BEGIN
  SELECT p.status INTO placement_status FROM placements p WHERE p.id = NEW.placement_id;
  IF placement_status IS NULL OR placement_status NOT IN ('signed', 'completed') THEN
    RAISE EXCEPTION 'placement % is not signed by every party (status %)', NEW.placement_id,
        coalesce(placement_status, 'unknown')
      USING ERRCODE = 'check_violation', CONSTRAINT = 'attendance_weeks_placement_signed';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint

CREATE TRIGGER attendance_weeks_placement_signed_tg
  BEFORE INSERT OR UPDATE OF placement_id ON attendance_weeks
  FOR EACH ROW EXECUTE FUNCTION attendance_weeks_placement_signed();
