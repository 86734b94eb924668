import type pg from 'pg';

/**
 * The flash-crowd world: one region with 40 schools (a coordinator each), 50 sessions of 30
 * seats in 10 offers that open at the same moment, and one class per booking attempt. Inserted
 * with set-based SQL; the plan of who books what is deterministic.
 */
export interface BookingWorldShape {
  schools: number;
  clientsPerSchool: number;
  attemptsPerClient: number;
  offers: number;
  sessionsPerOffer: number;
  capacity: number;
  classSize: number;
  /** Seats one school may hold in one session (region rule). */
  capPerSchoolPerSession: number;
}

export const flashShape: BookingWorldShape = {
  schools: 40,
  clientsPerSchool: 5,
  attemptsPerClient: 10,
  offers: 10,
  sessionsPerOffer: 5,
  capacity: 30,
  classSize: 6,
  capPerSchoolPerSession: 6,
};

export interface Attempt {
  sessionId: string;
  classId: string;
}

export interface BookingClient {
  /** Index into `coordinators`: the school whose token this client uses. */
  school: number;
  attempts: Attempt[];
}

export interface BookingWorld {
  regionId: string;
  offerIds: string[];
  sessionIds: string[];
  coordinators: { email: string; userId: string; schoolId: string }[];
  clients: BookingClient[];
}

export async function seedBookingWorld(
  client: pg.ClientBase,
  slug: string,
  shape: BookingWorldShape,
  passwordHash: string,
): Promise<BookingWorld> {
  const settings = { capPerSchoolPerSession: shape.capPerSchoolPerSession };
  const { rows: regionRows } = await client.query<{ id: string }>(
    `insert into regions (slug, name, holiday_region, settings) values ($1, $2, 'noord', $3) returning id`,
    [slug, `Regio ${slug}`, JSON.stringify(settings)],
  );
  const regionId = regionRows[0]!.id;
  const { rows: companyRows } = await client.query<{ id: string }>(
    `insert into organisations (region_id, kind, status, name, kvk_number, sector_tags)
     values ($1, 'company', 'active', 'Techniekbedrijf Bench', '12345678', '{techniek}') returning id`,
    [regionId],
  );
  const companyId = companyRows[0]!.id;
  await client.query(
    `insert into users (region_id, organisation_id, role, email, name, password_hash)
     values ($1, $2, 'company_admin', $3, 'Bedrijf Beheer', $4)`,
    [regionId, companyId, `company-${slug}@bench.nl`, passwordHash],
  );
  await client.query(
    `insert into organisations (region_id, kind, status, name, brin_code)
     select $1, 'school', 'active', 'School ' || lpad(n::text, 3, '0'),
       lpad(n::text, 2, '0') || chr(65 + (n / 26) % 26) || chr(65 + n % 26)
     from generate_series(0, $2::int - 1) n`,
    [regionId, shape.schools],
  );
  const { rows: schools } = await client.query<{ id: string; n: number }>(
    `select id, (row_number() over (order by name) - 1)::int as n from organisations
     where region_id = $1 and kind = 'school' order by name`,
    [regionId],
  );
  const { rows: coordinatorRows } = await client.query<{
    id: string;
    email: string;
    organisation_id: string;
  }>(
    `insert into users (region_id, organisation_id, role, email, name, password_hash)
     select $1, s.id, 'school_coordinator', 'coordinator-' || $2 || '-' || s.n || '@bench.nl',
       'Coördinator ' || s.n, $3
     from unnest($4::uuid[], $5::int[]) as s(id, n)
     returning id, email, organisation_id`,
    [regionId, slug, passwordHash, schools.map((s) => s.id), schools.map((s) => s.n)],
  );
  const coordinators = schools.map((school) => {
    const user = coordinatorRows.find((row) => row.organisation_id === school.id)!;
    return { email: user.email, userId: user.id, schoolId: school.id };
  });
  const classesPerSchool = shape.clientsPerSchool * shape.attemptsPerClient;
  await client.query(
    `insert into classes (region_id, organisation_id, name, education_level, school_year, size)
     select $1, s.id, '3' || chr(65 + c % 26) || '-' || lpad(c::text, 3, '0'), 'vmbo-kb', 3, $3
     from unnest($2::uuid[]) s(id), generate_series(0, $4::int - 1) c`,
    [regionId, schools.map((s) => s.id), shape.classSize, classesPerSchool],
  );
  const { rows: classRows } = await client.query<{ id: string; organisation_id: string }>(
    `select id, organisation_id from classes where region_id = $1 order by organisation_id, name`,
    [regionId],
  );
  const { rows: offerRows } = await client.query<{ id: string }>(
    `insert into offers (region_id, organisation_id, type, status, title, description, levels,
       school_years, sector_tags, location_kind, street, postcode, city, duration_minutes,
       contact_name, contact_email, booking_mode, default_seats, opens_at)
     select $1, $2, 'company_visit', 'published', 'Bedrijfsbezoek werkplaats ' || n,
       'Leerlingen lassen en monteren in de werkplaats', '{vmbo-kb}', '{3}', '{techniek}',
       'at_company', 'Industrieweg 1', '9401 AB', 'Assen', 120, 'Jan de Vries',
       'jan@bedrijf.test', 'fixed_sessions', $3, now() + interval '1 year'
     from generate_series(1, $4::int) n returning id`,
    [regionId, companyId, shape.capacity, shape.offers],
  );
  const offerIds = offerRows.map((row) => row.id);
  // One session per day, so a class never books two overlapping sessions.
  const { rows: sessionRows } = await client.query<{ id: string }>(
    `insert into sessions (region_id, offer_id, starts_at, ends_at, capacity)
     select $1, o.id, t.starts_at, t.starts_at + interval '2 hours', $3
     from unnest($2::uuid[]) with ordinality o(id, i), generate_series(0, $4::int - 1) k,
       lateral (select date_trunc('day', now()) + interval '9 hours'
         + ((30 + (o.i - 1) * $4 + k) * interval '1 day') as starts_at) t
     returning id`,
    [regionId, offerIds, shape.capacity, shape.sessionsPerOffer],
  );
  const sessionIds = sessionRows.map((row) => row.id);
  const clients: BookingClient[] = [];
  schools.forEach((school, s) => {
    const own = classRows.filter((row) => row.organisation_id === school.id);
    for (let c = 0; c < shape.clientsPerSchool; c++) {
      const index = s * shape.clientsPerSchool + c;
      const attempts = Array.from({ length: shape.attemptsPerClient }, (_, k) => ({
        classId: own[c * shape.attemptsPerClient + k]!.id,
        sessionId: sessionIds[(index * 17 + k * 7) % sessionIds.length]!,
      }));
      clients.push({ school: s, attempts });
    }
  });
  return { regionId, offerIds, sessionIds, coordinators, clients };
}

/** Opens the world's offers at `opensAt` (the moment every client waits for). */
export async function openAt(client: pg.ClientBase, world: BookingWorld, opensAt: Date) {
  await client.query(`update offers set opens_at = $2 where region_id = $1`, [
    world.regionId,
    opensAt,
  ]);
}
