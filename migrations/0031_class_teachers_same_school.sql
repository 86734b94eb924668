-- Hand-written (issue 19, decision 021): a class's teacher is a teacher or the coordinator of
-- the class's own school, in the class's region, whatever code writes the row. A refusal is a
-- check_violation (SQLSTATE 23514) naming the rule as its constraint.

CREATE OR REPLACE FUNCTION class_teachers_same_school() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM classes c JOIN users u ON u.organisation_id = c.organisation_id
    WHERE c.id = NEW.class_id AND u.id = NEW.user_id
      AND u.role IN ('teacher', 'school_coordinator')
      AND c.region_id = NEW.region_id AND u.region_id = NEW.region_id
  ) THEN
    RAISE EXCEPTION 'user % does not teach at the school of class %', NEW.user_id, NEW.class_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'class_teachers_same_school';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint

CREATE TRIGGER class_teachers_same_school
  BEFORE INSERT OR UPDATE ON class_teachers
  FOR EACH ROW EXECUTE FUNCTION class_teachers_same_school();
