import type pg from 'pg';

/**
 * A school with `events` confirmed bookings (one per session, one session every 3 hours from
 * tomorrow on, 20 classes taking turns) for the feed scenario; booked seats kept consistent.
 */
export async function seedFeedSchool(client: pg.ClientBase, events: number, passwordHash: string) {
  const { rows: regionRows } = await client.query<{ id: string }>(
    `insert into regions (slug, name, holiday_region, settings)
     values ('bench-feed', 'Regio feed', 'zuid', '{}') returning id`,
  );
  const regionId = regionRows[0]!.id;
  const { rows: orgRows } = await client.query<{ id: string; kind: string }>(
    `insert into organisations (region_id, kind, status, name, kvk_number, brin_code, city)
     values ($1, 'company', 'active', 'Zorggroep Zuid', '87654321', null, 'Maastricht'),
            ($1, 'school', 'active', 'Feedcollege', null, '02FE', 'Heerlen')
     returning id, kind`,
    [regionId],
  );
  const companyId = orgRows.find((row) => row.kind === 'company')!.id;
  const schoolId = orgRows.find((row) => row.kind === 'school')!.id;
  const email = 'coordinator-feed@bench.nl';
  const { rows: userRows } = await client.query<{ id: string }>(
    `insert into users (region_id, organisation_id, role, email, name, password_hash)
     values ($1, $2, 'school_coordinator', $3, 'Coördinator feed', $4) returning id`,
    [regionId, schoolId, email, passwordHash],
  );
  const userId = userRows[0]!.id;
  const { rows: offerRows } = await client.query<{ id: string }>(
    `insert into offers (region_id, organisation_id, type, status, title, description, levels,
       school_years, location_kind, street, postcode, city, latitude, longitude, duration_minutes,
       requirements, contact_name, contact_email, booking_mode, default_seats)
     values ($1, $2, 'job_shadow', 'published', 'Meeloopdag verpleeghuis',
       'Een dag meelopen met verzorgenden; neem je lunch mee.', '{vmbo-bb}', '{3}', 'at_company',
       'Zorgpad 4', '6211 AB', 'Maastricht', 50.85, 5.69, 120, 'Gesloten schoenen',
       'Anna Jansen', 'anna@zorggroep.test', 'fixed_sessions', 30) returning id`,
    [regionId, companyId],
  );
  await client.query(
    `insert into classes (region_id, organisation_id, name, education_level, school_year, size)
     select $1, $2, '3B-' || c, 'vmbo-bb', 3, 20 from generate_series(0, 19) c`,
    [regionId, schoolId],
  );
  await client.query(
    `insert into sessions (region_id, offer_id, starts_at, ends_at, capacity, booked_seats)
     select $1, $2, t.starts_at, t.starts_at + interval '2 hours', 30, 20
     from generate_series(0, $3::int - 1) n,
       lateral (select date_trunc('day', now()) + interval '1 day 8 hours' + n * interval '3 hours'
         as starts_at) t`,
    [regionId, offerRows[0]!.id, events],
  );
  await client.query(
    `insert into bookings (region_id, session_id, offer_id, school_id, class_id, seats, status,
       starts_at, ends_at, created_by, status_changed_by, teachers)
     select $1, s.id, s.offer_id, $2, c.ids[1 + (s.n - 1) % 20], 20, 'confirmed', s.starts_at,
       s.ends_at, $3, $3, '{Mevr. de Boer}'
     from (select *, row_number() over (order by starts_at) as n from sessions
           where region_id = $1) s,
       (select array_agg(id order by name) as ids from classes where region_id = $1) c`,
    [regionId, schoolId, userId],
  );
  return { regionId, schoolId, email };
}
