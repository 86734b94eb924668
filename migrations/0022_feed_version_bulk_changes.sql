-- Hand-written (decision 011). The row triggers of 0021 note each key once, by searching the
-- keys noted so far; a bulk write (the bench's seed inserts 10,000 offers and 50,000 sessions
-- per statement, an import or a sweep could too) made that search quadratic and hit the
-- statement timeout. A transaction that changes more than about 200 keys now bumps the region
-- key of their regions instead (every calendar of a region includes it, so this bumps a
-- superset), and from then on the triggers skip that region's rows at once.

-- Whether this transaction already bumps the whole region.
CREATE FUNCTION feed_versions_whole_region(region uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT strpos(coalesce(current_setting('stagebureau.feed_keys', true), ''),
    region || '/region/' || region) > 0
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION feed_versions_note(keys text[], changed timestamptz DEFAULT NULL)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  noted text := coalesce(current_setting('stagebureau.feed_keys', true), '');
  grown boolean := false;
  key text;
  noted_at float8;
BEGIN
  FOREACH key IN ARRAY keys LOOP
    IF key IS NOT NULL AND strpos(noted, key) = 0
        AND strpos(noted, left(key, 36) || '/region/' || left(key, 36)) = 0 THEN
      noted := noted || key || ' ';
      grown := true;
    END IF;
  END LOOP;
  -- About 200 keys: the regions instead, so the search above stays short.
  IF grown AND length(noted) > 16000 THEN
    noted := (SELECT string_agg(DISTINCT left(k, 36) || '/region/' || left(k, 36), ' ') || ' '
      FROM unnest(string_to_array(rtrim(noted), ' ')) k);
  END IF;
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

CREATE OR REPLACE FUNCTION feed_versions_booking() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  b bookings := CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
  company uuid;
BEGIN
  IF feed_versions_whole_region(b.region_id) THEN
    PERFORM feed_versions_note('{}', CASE TG_OP WHEN 'DELETE' THEN NULL ELSE b.updated_at END);
    RETURN NULL;
  END IF;
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

CREATE OR REPLACE FUNCTION feed_versions_session() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s sessions := CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
  company uuid;
BEGIN
  IF feed_versions_whole_region(s.region_id) THEN
    PERFORM feed_versions_note('{}', CASE TG_OP WHEN 'DELETE' THEN NULL ELSE s.updated_at END);
    RETURN NULL;
  END IF;
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

CREATE OR REPLACE FUNCTION feed_versions_offer() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  o offers := CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF feed_versions_whole_region(o.region_id) THEN
    PERFORM feed_versions_note('{}', CASE TG_OP WHEN 'DELETE' THEN NULL ELSE o.updated_at END);
    RETURN NULL;
  END IF;
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

CREATE OR REPLACE FUNCTION feed_versions_place() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p internship_places := CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF feed_versions_whole_region(p.region_id) THEN
    PERFORM feed_versions_note('{}', CASE TG_OP WHEN 'DELETE' THEN NULL ELSE p.updated_at END);
    RETURN NULL;
  END IF;
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

CREATE OR REPLACE FUNCTION feed_versions_placement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p placements := CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF feed_versions_whole_region(p.region_id) THEN
    PERFORM feed_versions_note('{}', CASE TG_OP WHEN 'DELETE' THEN NULL ELSE p.updated_at END);
    RETURN NULL;
  END IF;
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
$$;
