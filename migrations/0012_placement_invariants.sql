-- Hand-written (issue 16, decision 009): invariant 9 for placements, on the one booking path.
-- A placement is a booking of one seat by one participant (pupil or teacher). A pupil's
-- booking keeps its class for reports and feeds, but a class is not "busy" because one of
-- its pupils is on an internship: the class exclusion constraint now covers class bookings
-- only, and a participant has its own — never in two overlapping live placements.
ALTER TABLE "bookings" DROP CONSTRAINT "bookings_class_no_overlap_ex";--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_class_no_overlap_ex"
  EXCLUDE USING gist ("class_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("status" IN ('confirmed', 'requested') AND "participant_id" IS NULL);--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_participant_no_overlap_ex"
  EXCLUDE USING gist ("participant_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("status" IN ('confirmed', 'requested') AND "participant_id" IS NOT NULL);--> statement-breakpoint

-- booking_place() as in 0007, writing the participant and telling which constraint refused.
-- Places one booking from a plan (apps/api/src/modules/bookings/path.ts builds it). Lock order
-- as everywhere: idempotency key, school, session (decision 004). Returns
--   {outcome: 'replayed', ...the stored answer} | {outcome: 'refused', refusal} |
--   {outcome: 'placed', booking (the new row), waitlist_position}.
-- A refusal writes nothing but the idempotency row; the caller turns it into its error.
CREATE OR REPLACE FUNCTION booking_place(plan jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  -- A JSON null in the plan is no value: nullif makes it SQL NULL.
  b jsonb := plan->'booking';
  idem jsonb := nullif(plan->'idempotency', 'null');
  caps jsonb := nullif(plan->'caps', 'null');
  over jsonb := nullif(plan->'oversubscribed', 'null');
  refusal jsonb := nullif(plan->'refusal', 'null');
  branch jsonb := plan->'fits';
  live text[] := ARRAY(SELECT jsonb_array_elements_text(plan->'live_statuses'));
  v_id uuid := (b->>'id')::uuid;
  v_region uuid := (b->>'region_id')::uuid;
  v_session uuid := (b->>'session_id')::uuid;
  v_school uuid := (b->>'school_id')::uuid;
  v_seats int := (b->>'seats')::int;
  stored record;
  used record;
  session_status text;
  demand int;
  placed bookings;
  position int;
  clash text;
BEGIN
  IF idem IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(
      hashtextextended('idem:' || (idem->>'user_id') || ':' || (idem->>'key'), 0));
    SELECT k.request_hash, k.response_status, k.response_body, k.booking_id, k.refusal INTO stored
      FROM idempotency_keys k
      WHERE k.user_id = (idem->>'user_id')::uuid AND k.key = idem->>'key';
    IF FOUND THEN
      RETURN jsonb_build_object('outcome', 'replayed', 'request_hash', stored.request_hash,
        'response_status', stored.response_status, 'response_body', stored.response_body,
        'booking_id', stored.booking_id, 'refusal', stored.refusal);
    END IF;
  END IF;

  IF refusal IS NULL AND (plan->>'lock_school')::boolean THEN
    PERFORM 1 FROM organisations
      WHERE region_id = v_region AND id = v_school AND kind = 'school' FOR NO KEY UPDATE;
    IF NOT FOUND THEN refusal := '{"code": "not_found"}'; END IF;
  END IF;

  -- Invariant 3: every live claim of the school counts (decision 004), under its lock.
  IF refusal IS NULL AND caps IS NOT NULL THEN
    SELECT
      coalesce(sum(k.seats) FILTER (WHERE k.session_id = v_session), 0)::int AS session,
      coalesce(sum(k.seats) FILTER (WHERE k.offer_id = (b->>'offer_id')::uuid), 0)::int AS offer,
      coalesce(sum(k.seats) FILTER (WHERE k.starts_at >= (caps->>'season_from')::timestamptz
        AND k.starts_at < (caps->>'season_until')::timestamptz), 0)::int AS season
      INTO used
      FROM bookings k
      WHERE k.region_id = v_region AND k.school_id = v_school AND k.status = ANY (live);
    IF used.session + v_seats > (caps->>'per_session')::int
        OR used.offer + v_seats > (caps->>'per_offer')::int
        OR used.season + v_seats > (caps->>'per_season')::int THEN
      refusal := jsonb_build_object('code', 'school_cap_reached', 'caps', caps, 'seats', v_seats,
        'usage', jsonb_build_object('session', used.session, 'offer', used.offer,
          'season', used.season));
    END IF;
  END IF;

  -- The session lock makes queue_no the arrival order and "one oversubscribed conflict" hold.
  IF refusal IS NULL THEN
    SELECT s.status INTO session_status FROM sessions s
      WHERE s.id = v_session AND s.region_id = v_region FOR UPDATE;
    IF NOT FOUND THEN
      refusal := '{"code": "not_found"}';
    ELSIF session_status <> 'scheduled' THEN
      refusal := '{"code": "booking_window_closed", "availability": "cancelled"}';
    END IF;
  END IF;

  IF refusal IS NULL THEN
    BEGIN
      -- Invariant 1: the conditional counter update of decision 001 (the CHECK backs it).
      IF (branch->>'holds_seats')::boolean THEN
        UPDATE sessions SET booked_seats = booked_seats + v_seats, updated_at = now()
          WHERE id = v_session AND booked_seats + v_seats <= capacity;
        IF NOT FOUND THEN
          IF jsonb_typeof(plan->'full') = 'object' THEN
            branch := plan->'full';
          ELSE
            refusal := '{"code": "session_full", "availability": "full"}';
          END IF;
        END IF;
      END IF;
      IF refusal IS NULL THEN
        INSERT INTO bookings (id, region_id, session_id, offer_id, school_id, class_id,
            participant_id, seats, teachers, note, status, starts_at, ends_at, status_reason,
            status_changed_by, created_by)
          VALUES (v_id, v_region, v_session, (b->>'offer_id')::uuid, v_school,
            (b->>'class_id')::uuid, (b->>'participant_id')::uuid, v_seats,
            ARRAY(SELECT jsonb_array_elements_text(b->'teachers')), b->>'note',
            branch->>'status', (b->>'starts_at')::timestamptz, (b->>'ends_at')::timestamptz,
            b->>'status_reason', (b->>'created_by')::uuid, (b->>'created_by')::uuid)
          RETURNING * INTO placed;
      END IF;
    EXCEPTION WHEN exclusion_violation THEN
      -- Invariant 2 (the class) or 9 (the participant) is elsewhere then; the seat update
      -- above is rolled back too.
      GET STACKED DIAGNOSTICS clash := CONSTRAINT_NAME;
      refusal := CASE WHEN clash = 'bookings_participant_no_overlap_ex'
        THEN '{"code": "participant_busy"}' ELSE '{"code": "class_busy"}' END::jsonb;
    END;
  END IF;

  IF refusal IS NULL THEN
    PERFORM booking_effects(branch->'effects');
    -- Its place in line, as the booking view counts it (bookings/read.ts waitlistPosition).
    IF placed.status = 'waitlisted' THEN
      SELECT count(*)::int INTO position FROM bookings w
        WHERE w.session_id = v_session AND w.status = 'waitlisted' AND w.queue_no <= placed.queue_no;
    END IF;
    IF over IS NOT NULL THEN
      SELECT coalesce(sum(k.seats), 0)::int INTO demand FROM bookings k
        WHERE k.region_id = v_region AND k.session_id = v_session AND k.status = ANY (live);
      IF demand > (over->>'above_seats')::int AND NOT EXISTS (
          SELECT 1 FROM conflicts c WHERE c.region_id = v_region AND c.session_id = v_session
            AND c.type = 'oversubscribed' AND c.status = 'open') THEN
        PERFORM booking_effects(
          jsonb_set(over->'effects', '{conflicts,0,details,demandSeats}', to_jsonb(demand)));
      END IF;
    END IF;
  END IF;

  IF idem IS NOT NULL THEN
    -- The answer's status code comes with the plan's branch; its body is the booking's view,
    -- rendered again for a retry (decision 005), or the refusal.
    INSERT INTO idempotency_keys (region_id, user_id, key, request_hash, response_status,
        booking_id, refusal)
      VALUES ((idem->>'region_id')::uuid, (idem->>'user_id')::uuid, idem->>'key',
        idem->>'request_hash',
        CASE WHEN refusal IS NULL THEN (branch->>'response_status')::int END,
        CASE WHEN refusal IS NULL THEN v_id END, refusal);
  END IF;
  IF refusal IS NOT NULL THEN
    RETURN jsonb_build_object('outcome', 'refused', 'refusal', refusal);
  END IF;
  RETURN jsonb_build_object('outcome', 'placed', 'booking', to_jsonb(placed),
    'waitlist_position', position);
END;
$$;
