-- Hand-written (decision 011), after the feed triggers of 0017 met the flash crowd in pgbench
-- (20 clients booking 50 sessions of one company's offers: 410 bookings/s with the triggers,
-- 800 without):
-- 1. Stripes. The commit-time bump made the company's counter and the region's offers a hot
--    row: every booking waited for the previous one's commit, fsync included. A transaction
--    now bumps its keys' rows of one stripe (its transaction id mod 8), and a key's version is
--    the sum over its stripes (feeds/versions.ts already sums). The region's `offers` key is
--    one key per region, striped, instead of 16 buckets by offer id.
-- 2. Row triggers. The statement triggers copied every statement's rows into transition
--    tables and arrays and ran SQL key functions that PostgreSQL planned again on every call,
--    even for the one-row statements of a booking (and for statements that changed no row).
--    A row trigger reads NEW and OLD directly and looks up only the offer's company; the
--    schools that booked a session or an offer are looked up only when a column their
--    calendars show changed (never for a booking's seat update). Keys are noted without
--    sorting: a key already noted is skipped.

DROP TRIGGER feed_versions_bookings_ins ON bookings;--> statement-breakpoint
DROP TRIGGER feed_versions_bookings_upd ON bookings;--> statement-breakpoint
DROP TRIGGER feed_versions_bookings_del ON bookings;--> statement-breakpoint
DROP TRIGGER feed_versions_sessions_ins ON sessions;--> statement-breakpoint
DROP TRIGGER feed_versions_sessions_upd ON sessions;--> statement-breakpoint
DROP TRIGGER feed_versions_sessions_del ON sessions;--> statement-breakpoint
DROP TRIGGER feed_versions_offers_ins ON offers;--> statement-breakpoint
DROP TRIGGER feed_versions_offers_upd ON offers;--> statement-breakpoint
DROP TRIGGER feed_versions_offers_del ON offers;--> statement-breakpoint
DROP TRIGGER feed_versions_places_ins ON internship_places;--> statement-breakpoint
DROP TRIGGER feed_versions_places_upd ON internship_places;--> statement-breakpoint
DROP TRIGGER feed_versions_places_del ON internship_places;--> statement-breakpoint
DROP TRIGGER feed_versions_placements_ins ON placements;--> statement-breakpoint
DROP TRIGGER feed_versions_placements_upd ON placements;--> statement-breakpoint
DROP TRIGGER feed_versions_placements_del ON placements;--> statement-breakpoint
DROP FUNCTION feed_versions_bookings();--> statement-breakpoint
DROP FUNCTION feed_versions_sessions();--> statement-breakpoint
DROP FUNCTION feed_versions_offers();--> statement-breakpoint
DROP FUNCTION feed_versions_places();--> statement-breakpoint
DROP FUNCTION feed_versions_placements();--> statement-breakpoint
DROP FUNCTION feed_keys_of_bookings(bookings[]);--> statement-breakpoint
DROP FUNCTION feed_keys_of_sessions(sessions[]);--> statement-breakpoint
DROP FUNCTION feed_keys_of_offers(offers[]);--> statement-breakpoint
DROP FUNCTION feed_keys_of_places(internship_places[]);--> statement-breakpoint
DROP FUNCTION feed_keys_of_placements(placements[]);--> statement-breakpoint
DROP FUNCTION feed_keys_of_booked_sessions(uuid[]);--> statement-breakpoint

-- Keys are words `<region>/<scope>/<id> ` in a transaction-local setting. A key is a fixed-width
-- id, a scope word that is no hex digit run and another id, so it occurs in the setting only
-- as itself: `strpos` finds whether it is noted. `changed` is the rows' own last change.
CREATE OR REPLACE FUNCTION feed_versions_note(keys text[], changed timestamptz DEFAULT NULL)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  noted text := coalesce(current_setting('stagebureau.feed_keys', true), '');
  grown boolean := false;
  key text;
  noted_at float8;
BEGIN
  FOREACH key IN ARRAY keys LOOP
    IF key IS NOT NULL AND strpos(noted, key) = 0 THEN
      noted := noted || key || ' ';
      grown := true;
    END IF;
  END LOOP;
  IF grown THEN
    PERFORM set_config('stagebureau.feed_keys', noted, true);
  END IF;
  IF changed IS NOT NULL THEN
    noted_at := nullif(current_setting('stagebureau.feed_changed_at', true), '')::float8;
    IF noted_at IS NULL OR extract(epoch FROM changed) > noted_at THEN
      PERFORM set_config('stagebureau.feed_changed_at', extract(epoch FROM changed)::text, true);
    END IF;
  END IF;
END;
$$;--> statement-breakpoint

-- At commit: every noted key + 1 on this transaction's stripe (a missing row becomes 1), in
-- key order, in one statement. Every offer key also counts for all offers of its region.
CREATE OR REPLACE FUNCTION feed_versions_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  noted text := nullif(current_setting('stagebureau.feed_keys', true), '');
  noted_at float8 := nullif(current_setting('stagebureau.feed_changed_at', true), '')::float8;
  -- Consecutive transactions take consecutive ids, so concurrent ones mostly differ.
  tx_stripe smallint := (pg_current_xact_id()::text::bigint % 8)::smallint;
BEGIN
  PERFORM set_config('stagebureau.feed_flush_queued', '', true);
  IF noted IS NOT NULL THEN
    PERFORM set_config('stagebureau.feed_keys', '', true);
    PERFORM set_config('stagebureau.feed_changed_at', '', true);
    WITH noted_keys AS (
      SELECT split_part(k, '/', 1)::uuid AS region_id, split_part(k, '/', 2) AS scope,
        split_part(k, '/', 3)::uuid AS scope_id
      FROM unnest(string_to_array(rtrim(noted), ' ')) k
    ), all_keys AS (
      SELECT region_id, scope, scope_id FROM noted_keys
      UNION
      SELECT region_id, 'offers', region_id FROM noted_keys WHERE scope = 'offer'
    )
    INSERT INTO feed_versions AS v (region_id, scope, scope_id, stripe, version, changed_at)
      SELECT region_id, scope, scope_id, tx_stripe, 1,
        greatest(clock_timestamp(), to_timestamp(noted_at))
      FROM all_keys
      ORDER BY region_id, scope, scope_id
      ON CONFLICT (region_id, scope, scope_id, stripe)
        DO UPDATE SET version = v.version + 1, changed_at = excluded.changed_at;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint

-- The schools and classes whose calendars show bookings of a session (placements too: a
-- placement's booking is on its place's session).
CREATE FUNCTION feed_versions_note_bookers(session_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM feed_versions_note(array(
    SELECT DISTINCT k FROM bookings b,
      LATERAL (VALUES (b.region_id || '/school/' || b.school_id),
                      (b.region_id || '/class/' || b.class_id)) v(k)
    WHERE b.session_id = ANY (session_ids) AND k IS NOT NULL));
END;
$$;--> statement-breakpoint

-- A booking: its school's and class's calendars, and its offer's and company's (who booked,
-- seats, SEQUENCE).
CREATE FUNCTION feed_versions_booking() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  b bookings := CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
  company uuid;
BEGIN
  SELECT o.organisation_id INTO company FROM offers o WHERE o.id = b.offer_id;
  PERFORM feed_versions_note(ARRAY[b.region_id || '/school/' || b.school_id,
      b.region_id || '/class/' || b.class_id, b.region_id || '/offer/' || b.offer_id,
      b.region_id || '/company/' || company],
    CASE TG_OP WHEN 'DELETE' THEN NULL ELSE b.updated_at END);
  IF TG_OP = 'UPDATE' AND (OLD.school_id, OLD.class_id, OLD.offer_id)
      IS DISTINCT FROM (NEW.school_id, NEW.class_id, NEW.offer_id) THEN
    SELECT o.organisation_id INTO company FROM offers o WHERE o.id = OLD.offer_id;
    PERFORM feed_versions_note(ARRAY[OLD.region_id || '/school/' || OLD.school_id,
      OLD.region_id || '/class/' || OLD.class_id, OLD.region_id || '/offer/' || OLD.offer_id,
      OLD.region_id || '/company/' || company]);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint

-- A session: its offer's and company's calendars on any change (seats show there). School and
-- class calendars show its times, status, reason and SEQUENCE, not its seats: only a change of
-- those reaches the schools and classes that booked it.
CREATE FUNCTION feed_versions_session() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s sessions := CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
  company uuid;
BEGIN
  SELECT o.organisation_id INTO company FROM offers o WHERE o.id = s.offer_id;
  PERFORM feed_versions_note(ARRAY[s.region_id || '/offer/' || s.offer_id,
      s.region_id || '/company/' || company],
    CASE TG_OP WHEN 'DELETE' THEN NULL ELSE s.updated_at END);
  IF TG_OP = 'UPDATE' AND (OLD.starts_at, OLD.ends_at, OLD.status, OLD.cancel_reason,
      OLD.cancelled_at, OLD.sequence, OLD.offer_id)
    IS DISTINCT FROM (NEW.starts_at, NEW.ends_at, NEW.status, NEW.cancel_reason,
      NEW.cancelled_at, NEW.sequence, NEW.offer_id) THEN
    PERFORM feed_versions_note_bookers(ARRAY[NEW.id]);
    IF OLD.offer_id IS DISTINCT FROM NEW.offer_id THEN
      SELECT o.organisation_id INTO company FROM offers o WHERE o.id = OLD.offer_id;
      PERFORM feed_versions_note(ARRAY[OLD.region_id || '/offer/' || OLD.offer_id,
        OLD.region_id || '/company/' || company]);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint

-- An offer: its own and its company's calendars; what school calendars show of an offer
-- (title, type, address, contact, what to bring, its last change) reaches the schools and
-- classes that booked one of its sessions.
CREATE FUNCTION feed_versions_offer() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  o offers := CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  PERFORM feed_versions_note(ARRAY[o.region_id || '/offer/' || o.id,
      o.region_id || '/company/' || o.organisation_id],
    CASE TG_OP WHEN 'DELETE' THEN NULL ELSE o.updated_at END);
  IF TG_OP = 'UPDATE' AND (OLD.type, OLD.title, OLD.organisation_id, OLD.location_kind,
      OLD.street, OLD.postcode, OLD.city, OLD.latitude, OLD.longitude, OLD.requirements,
      OLD.contact_name, OLD.contact_email, OLD.contact_phone, OLD.updated_at)
    IS DISTINCT FROM (NEW.type, NEW.title, NEW.organisation_id, NEW.location_kind,
      NEW.street, NEW.postcode, NEW.city, NEW.latitude, NEW.longitude, NEW.requirements,
      NEW.contact_name, NEW.contact_email, NEW.contact_phone, NEW.updated_at) THEN
    PERFORM feed_versions_note(ARRAY[OLD.region_id || '/company/' || OLD.organisation_id]);
    PERFORM feed_versions_note_bookers(array(SELECT id FROM sessions WHERE offer_id = NEW.id));
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint

-- An internship place (days, hours): its offer, its company, the schools of its placements.
CREATE FUNCTION feed_versions_place() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p internship_places := CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  PERFORM feed_versions_note(ARRAY[p.region_id || '/offer/' || p.offer_id,
      p.region_id || '/company/' || p.company_id],
    CASE TG_OP WHEN 'DELETE' THEN NULL ELSE p.updated_at END);
  PERFORM feed_versions_note(array(
    SELECT DISTINCT m.region_id || '/school/' || m.school_id FROM placements m
    WHERE m.place_id = p.id));
  IF TG_OP = 'UPDATE' AND (OLD.offer_id, OLD.company_id)
      IS DISTINCT FROM (NEW.offer_id, NEW.company_id) THEN
    PERFORM feed_versions_note(ARRAY[OLD.region_id || '/offer/' || OLD.offer_id,
      OLD.region_id || '/company/' || OLD.company_id]);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint

-- A placement: one event each in its school's and its company's calendar.
CREATE FUNCTION feed_versions_placement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p placements := CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  PERFORM feed_versions_note(ARRAY[p.region_id || '/school/' || p.school_id,
      p.region_id || '/company/' || p.company_id],
    CASE TG_OP WHEN 'DELETE' THEN NULL ELSE p.updated_at END);
  IF TG_OP = 'UPDATE' AND (OLD.school_id, OLD.company_id)
      IS DISTINCT FROM (NEW.school_id, NEW.company_id) THEN
    PERFORM feed_versions_note(ARRAY[OLD.region_id || '/school/' || OLD.school_id,
      OLD.region_id || '/company/' || OLD.company_id]);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint

CREATE TRIGGER feed_versions_booking AFTER INSERT OR UPDATE OR DELETE ON bookings
  FOR EACH ROW EXECUTE FUNCTION feed_versions_booking();--> statement-breakpoint
CREATE TRIGGER feed_versions_session AFTER INSERT OR UPDATE OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION feed_versions_session();--> statement-breakpoint
CREATE TRIGGER feed_versions_offer AFTER INSERT OR UPDATE OR DELETE ON offers
  FOR EACH ROW EXECUTE FUNCTION feed_versions_offer();--> statement-breakpoint
CREATE TRIGGER feed_versions_place AFTER INSERT OR UPDATE OR DELETE ON internship_places
  FOR EACH ROW EXECUTE FUNCTION feed_versions_place();--> statement-breakpoint
CREATE TRIGGER feed_versions_placement AFTER INSERT OR UPDATE OR DELETE ON placements
  FOR EACH ROW EXECUTE FUNCTION feed_versions_placement();
