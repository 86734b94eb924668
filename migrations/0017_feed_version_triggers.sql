-- Hand-written: the triggers that keep `feed_versions` (decision 011). Every table a calendar
-- feed reads notes the feed keys a changed row touches; one deferred trigger bumps them all at
-- commit, in key order, in one statement. So no writer can forget a bump, the counter rows are
-- locked only for the instant of the commit (not while a booking holds its session), and two
-- transactions always lock counter rows in the same order (no deadlock between them).

-- Keys are words `<region>/<scope>/<id>` in a transaction-local setting: it follows savepoints
-- (a rolled-back subtransaction's keys are forgotten with its rows) and needs no table.
CREATE FUNCTION feed_versions_note(keys text[], changed timestamptz DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  noted text := nullif(current_setting('stagebureau.feed_keys', true), '');
  noted_at float8 := nullif(current_setting('stagebureau.feed_changed_at', true), '')::float8;
BEGIN
  IF cardinality(keys) > 0 THEN
    PERFORM set_config('stagebureau.feed_keys',
      (SELECT string_agg(DISTINCT k, ' ') FROM unnest(string_to_array(noted, ' ') || keys) k
        WHERE k IS NOT NULL), true);
    -- The rows' own last change (set by the API, whose clock may run ahead of the database's)
    -- when it is later than the commit: Last-Modified is then never before a DTSTAMP.
    IF changed IS NOT NULL THEN
      PERFORM set_config('stagebureau.feed_changed_at',
        greatest(extract(epoch FROM changed)::float8, noted_at)::text, true);
    END IF;
  END IF;
END;
$$;--> statement-breakpoint

-- True once per transaction (and again after a flush): the deferred flush is queued once,
-- however many rows a statement changes.
CREATE FUNCTION feed_versions_queue_flush() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('stagebureau.feed_flush_queued', true) = 'on' THEN
    RETURN false;
  END IF;
  PERFORM set_config('stagebureau.feed_flush_queued', 'on', true);
  RETURN true;
END;
$$;--> statement-breakpoint

-- At commit: every noted key + 1 (a missing row becomes version 1), sorted, in one statement.
-- An offer key also bumps its region's bucket of offers (`offers`, one of 16 by the offer id's
-- first hex digit): the region and public calendars sum those 16 rows instead of every offer
-- of the region, and no single row takes a bump from every booking of the region.
CREATE FUNCTION feed_versions_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  noted text := nullif(current_setting('stagebureau.feed_keys', true), '');
  noted_at float8 := nullif(current_setting('stagebureau.feed_changed_at', true), '')::float8;
BEGIN
  PERFORM set_config('stagebureau.feed_flush_queued', '', true);
  IF noted IS NOT NULL THEN
    PERFORM set_config('stagebureau.feed_keys', '', true);
    PERFORM set_config('stagebureau.feed_changed_at', '', true);
    WITH noted_keys AS (
      SELECT split_part(k, '/', 1)::uuid AS region_id, split_part(k, '/', 2) AS scope,
        split_part(k, '/', 3)::uuid AS scope_id
      FROM unnest(string_to_array(noted, ' ')) k
    ), all_keys AS (
      SELECT region_id, scope, scope_id FROM noted_keys
      UNION
      SELECT region_id, 'offers',
        ('00000000-0000-0000-0000-00000000000' || left(scope_id::text, 1))::uuid
      FROM noted_keys WHERE scope = 'offer'
    )
    INSERT INTO feed_versions AS v (region_id, scope, scope_id, version, changed_at)
      SELECT region_id, scope, scope_id, 1, greatest(clock_timestamp(), to_timestamp(noted_at))
      FROM all_keys
      ORDER BY region_id, scope, scope_id
      ON CONFLICT (region_id, scope, scope_id)
        DO UPDATE SET version = v.version + 1, changed_at = excluded.changed_at;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint

-- The schools and classes whose calendars show bookings of these sessions (placements too:
-- a placement's booking is on its place's session).
CREATE FUNCTION feed_keys_of_booked_sessions(session_ids uuid[]) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT array(
    SELECT DISTINCT k FROM bookings b,
      LATERAL (VALUES (b.region_id || '/school/' || b.school_id),
                      (b.region_id || '/class/' || b.class_id)) v(k)
    WHERE b.session_id = ANY (session_ids) AND k IS NOT NULL)
$$;--> statement-breakpoint

-- Bookings: the school's and class's calendars, and the offer's and company's (who booked,
-- seats, SEQUENCE); the region and public calendars sum the offer buckets.
CREATE FUNCTION feed_keys_of_bookings(changed bookings[]) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT array(
    SELECT b.region_id || '/school/' || b.school_id FROM unnest(changed) b
    UNION SELECT b.region_id || '/class/' || b.class_id FROM unnest(changed) b
      WHERE b.class_id IS NOT NULL
    UNION SELECT b.region_id || '/offer/' || b.offer_id FROM unnest(changed) b
    UNION SELECT o.region_id || '/company/' || o.organisation_id FROM unnest(changed) b
      JOIN offers o ON o.id = b.offer_id AND o.region_id = b.region_id)
$$;--> statement-breakpoint

CREATE FUNCTION feed_versions_bookings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM feed_versions_note(feed_keys_of_bookings(array(SELECT r::bookings FROM old_rows r)));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM feed_versions_note(feed_keys_of_bookings(array(SELECT r::bookings FROM new_rows r)),
      (SELECT max(r.updated_at) FROM new_rows r));
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint

-- Sessions: the offer's and company's calendars on any change (seats show there). School and
-- class calendars show a session's times, status, reason and SEQUENCE, not its seats: only a
-- change of those reaches the schools and classes that booked it, so a booking never bumps
-- another school's calendar.
CREATE FUNCTION feed_keys_of_sessions(changed sessions[]) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT array(
    SELECT s.region_id || '/offer/' || s.offer_id FROM unnest(changed) s
    UNION SELECT o.region_id || '/company/' || o.organisation_id FROM unnest(changed) s
      JOIN offers o ON o.id = s.offer_id AND o.region_id = s.region_id)
$$;--> statement-breakpoint

CREATE FUNCTION feed_versions_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM feed_versions_note(feed_keys_of_sessions(array(SELECT r::sessions FROM old_rows r)));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM feed_versions_note(feed_keys_of_sessions(array(SELECT r::sessions FROM new_rows r)),
      (SELECT max(r.updated_at) FROM new_rows r));
  END IF;
  IF TG_OP = 'UPDATE' THEN
    PERFORM feed_versions_note(feed_keys_of_booked_sessions(array(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.starts_at, n.ends_at, n.status, n.cancel_reason, n.cancelled_at, n.sequence,
          n.offer_id)
        IS DISTINCT FROM (o.starts_at, o.ends_at, o.status, o.cancel_reason, o.cancelled_at,
          o.sequence, o.offer_id))));
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint

-- Offers: their own and their company's calendars; what school calendars show of an offer
-- (title, type, address, contact, what to bring, its last change) reaches the schools and
-- classes that booked it.
CREATE FUNCTION feed_keys_of_offers(changed offers[]) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT array(
    SELECT o.region_id || '/offer/' || o.id FROM unnest(changed) o
    UNION SELECT o.region_id || '/company/' || o.organisation_id FROM unnest(changed) o)
$$;--> statement-breakpoint

CREATE FUNCTION feed_versions_offers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM feed_versions_note(feed_keys_of_offers(array(SELECT r::offers FROM old_rows r)));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM feed_versions_note(feed_keys_of_offers(array(SELECT r::offers FROM new_rows r)),
      (SELECT max(r.updated_at) FROM new_rows r));
  END IF;
  IF TG_OP = 'UPDATE' THEN
    PERFORM feed_versions_note(feed_keys_of_booked_sessions(array(
      SELECT s.id FROM sessions s
      WHERE s.offer_id IN (
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.type, n.title, n.organisation_id, n.location_kind, n.street, n.postcode, n.city,
            n.latitude, n.longitude, n.requirements, n.contact_name, n.contact_email,
            n.contact_phone, n.updated_at)
          IS DISTINCT FROM (o.type, o.title, o.organisation_id, o.location_kind, o.street,
            o.postcode, o.city, o.latitude, o.longitude, o.requirements, o.contact_name,
            o.contact_email, o.contact_phone, o.updated_at)))));
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint

-- Internship places (days and hours): the place's offer and company, and the schools of the
-- placements in it.
CREATE FUNCTION feed_keys_of_places(changed internship_places[]) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT array(
    SELECT p.region_id || '/offer/' || p.offer_id FROM unnest(changed) p
    UNION SELECT p.region_id || '/company/' || p.company_id FROM unnest(changed) p
    UNION SELECT m.region_id || '/school/' || m.school_id FROM placements m
      WHERE m.place_id IN (SELECT p.id FROM unnest(changed) p))
$$;--> statement-breakpoint

CREATE FUNCTION feed_versions_places() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM feed_versions_note(feed_keys_of_places(array(SELECT r::internship_places FROM old_rows r)));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM feed_versions_note(feed_keys_of_places(array(SELECT r::internship_places FROM new_rows r)),
      (SELECT max(r.updated_at) FROM new_rows r));
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint

-- Placements: one event each in their school's and their company's calendar.
CREATE FUNCTION feed_keys_of_placements(changed placements[]) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT array(
    SELECT p.region_id || '/school/' || p.school_id FROM unnest(changed) p
    UNION SELECT p.region_id || '/company/' || p.company_id FROM unnest(changed) p)
$$;--> statement-breakpoint

CREATE FUNCTION feed_versions_placements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM feed_versions_note(feed_keys_of_placements(array(SELECT r::placements FROM old_rows r)));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM feed_versions_note(feed_keys_of_placements(array(SELECT r::placements FROM new_rows r)),
      (SELECT max(r.updated_at) FROM new_rows r));
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint

-- Rare, broad changes bump the region key that every calendar of the region includes: an
-- organisation's name, address or status, a class's name or location, a school location's
-- address, a participant's kind.
CREATE FUNCTION feed_versions_region() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM feed_versions_note(ARRAY[OLD.region_id || '/region/' || OLD.region_id],
    CASE TG_OP WHEN 'UPDATE' THEN to_jsonb(NEW)->>'updated_at' END::timestamptz);
  RETURN NULL;
END;
$$;--> statement-breakpoint

CREATE TRIGGER feed_versions_bookings_ins AFTER INSERT ON bookings
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION feed_versions_bookings();--> statement-breakpoint
CREATE TRIGGER feed_versions_bookings_upd AFTER UPDATE ON bookings
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION feed_versions_bookings();--> statement-breakpoint
CREATE TRIGGER feed_versions_bookings_del AFTER DELETE ON bookings
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION feed_versions_bookings();--> statement-breakpoint
CREATE TRIGGER feed_versions_sessions_ins AFTER INSERT ON sessions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION feed_versions_sessions();--> statement-breakpoint
CREATE TRIGGER feed_versions_sessions_upd AFTER UPDATE ON sessions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION feed_versions_sessions();--> statement-breakpoint
CREATE TRIGGER feed_versions_sessions_del AFTER DELETE ON sessions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION feed_versions_sessions();--> statement-breakpoint
CREATE TRIGGER feed_versions_offers_ins AFTER INSERT ON offers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION feed_versions_offers();--> statement-breakpoint
CREATE TRIGGER feed_versions_offers_upd AFTER UPDATE ON offers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION feed_versions_offers();--> statement-breakpoint
CREATE TRIGGER feed_versions_offers_del AFTER DELETE ON offers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION feed_versions_offers();--> statement-breakpoint
CREATE TRIGGER feed_versions_places_ins AFTER INSERT ON internship_places
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION feed_versions_places();--> statement-breakpoint
CREATE TRIGGER feed_versions_places_upd AFTER UPDATE ON internship_places
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION feed_versions_places();--> statement-breakpoint
CREATE TRIGGER feed_versions_places_del AFTER DELETE ON internship_places
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION feed_versions_places();--> statement-breakpoint
CREATE TRIGGER feed_versions_placements_ins AFTER INSERT ON placements
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION feed_versions_placements();--> statement-breakpoint
CREATE TRIGGER feed_versions_placements_upd AFTER UPDATE ON placements
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION feed_versions_placements();--> statement-breakpoint
CREATE TRIGGER feed_versions_placements_del AFTER DELETE ON placements
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION feed_versions_placements();--> statement-breakpoint
CREATE TRIGGER feed_versions_organisations_upd AFTER UPDATE ON organisations FOR EACH ROW
  WHEN ((OLD.name, OLD.kind, OLD.status, OLD.street, OLD.postcode, OLD.city, OLD.latitude,
      OLD.longitude, OLD.updated_at)
    IS DISTINCT FROM (NEW.name, NEW.kind, NEW.status, NEW.street, NEW.postcode, NEW.city,
      NEW.latitude, NEW.longitude, NEW.updated_at))
  EXECUTE FUNCTION feed_versions_region();--> statement-breakpoint
CREATE TRIGGER feed_versions_organisations_del AFTER DELETE ON organisations FOR EACH ROW
  EXECUTE FUNCTION feed_versions_region();--> statement-breakpoint
CREATE TRIGGER feed_versions_classes_upd AFTER UPDATE ON classes FOR EACH ROW
  WHEN ((OLD.name, OLD.organisation_id, OLD.location_id, OLD.updated_at)
    IS DISTINCT FROM (NEW.name, NEW.organisation_id, NEW.location_id, NEW.updated_at))
  EXECUTE FUNCTION feed_versions_region();--> statement-breakpoint
CREATE TRIGGER feed_versions_classes_del AFTER DELETE ON classes FOR EACH ROW
  EXECUTE FUNCTION feed_versions_region();--> statement-breakpoint
CREATE TRIGGER feed_versions_school_locations_upd AFTER UPDATE ON school_locations FOR EACH ROW
  WHEN ((OLD.organisation_id, OLD.street, OLD.postcode, OLD.city, OLD.latitude, OLD.longitude)
    IS DISTINCT FROM (NEW.organisation_id, NEW.street, NEW.postcode, NEW.city, NEW.latitude,
      NEW.longitude))
  EXECUTE FUNCTION feed_versions_region();--> statement-breakpoint
CREATE TRIGGER feed_versions_school_locations_del AFTER DELETE ON school_locations FOR EACH ROW
  EXECUTE FUNCTION feed_versions_region();--> statement-breakpoint
CREATE TRIGGER feed_versions_participants_upd AFTER UPDATE ON participants FOR EACH ROW
  WHEN (OLD.kind IS DISTINCT FROM NEW.kind)
  EXECUTE FUNCTION feed_versions_region();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER feed_versions_flush_bookings AFTER INSERT OR UPDATE OR DELETE ON bookings
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (feed_versions_queue_flush())
  EXECUTE FUNCTION feed_versions_flush();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER feed_versions_flush_sessions AFTER INSERT OR UPDATE OR DELETE ON sessions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (feed_versions_queue_flush())
  EXECUTE FUNCTION feed_versions_flush();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER feed_versions_flush_offers AFTER INSERT OR UPDATE OR DELETE ON offers
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (feed_versions_queue_flush())
  EXECUTE FUNCTION feed_versions_flush();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER feed_versions_flush_internship_places AFTER INSERT OR UPDATE OR DELETE ON internship_places
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (feed_versions_queue_flush())
  EXECUTE FUNCTION feed_versions_flush();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER feed_versions_flush_placements AFTER INSERT OR UPDATE OR DELETE ON placements
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (feed_versions_queue_flush())
  EXECUTE FUNCTION feed_versions_flush();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER feed_versions_flush_organisations AFTER UPDATE OR DELETE ON organisations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (feed_versions_queue_flush())
  EXECUTE FUNCTION feed_versions_flush();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER feed_versions_flush_classes AFTER UPDATE OR DELETE ON classes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (feed_versions_queue_flush())
  EXECUTE FUNCTION feed_versions_flush();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER feed_versions_flush_school_locations AFTER UPDATE OR DELETE ON school_locations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (feed_versions_queue_flush())
  EXECUTE FUNCTION feed_versions_flush();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER feed_versions_flush_participants AFTER UPDATE OR DELETE ON participants
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (feed_versions_queue_flush())
  EXECUTE FUNCTION feed_versions_flush();
