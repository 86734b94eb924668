import type pg from 'pg';

/**
 * Catalogue regions: each with `companies` companies, `offers` offers (80 % published, Dutch
 * titles and descriptions for full-text search) and `sessionsPerOffer` sessions spread over a
 * year (some past, some full). Set-based `INSERT … SELECT generate_series` for speed.
 */
export interface CatalogueShape {
  regions: number;
  companies: number;
  offers: number;
  sessionsPerOffer: number;
}

const sentences = [
  'Leerlingen lassen en solderen onder begeleiding in de werkplaats',
  'Ontdek de zorg: verpleegkundigen vertellen over hun werk op de afdeling',
  'Programmeren van robots en sensoren in een echte fabriekshal',
  'Bouwen aan duurzame woningen met hout, beton en zonnepanelen',
  'Hoe komt een pakket bij de klant? Een dag in het distributiecentrum',
  'Koken en serveren in een professionele keuken met de chef',
  'Werken met dieren en planten in de kas en op de boerderij',
  'Elektrotechniek: installaties aanleggen en storingen zoeken',
  'Ondernemen en verkopen: een winkel van binnen bekijken',
  'Vrachtwagens en bussen onderhouden in de garage',
  'Kinderopvang en onderwijs: meelopen met pedagogisch medewerkers',
  'Metaalbewerking met draaibanken, frezen en lasrobots',
];
const titles = [
  'Bedrijfsbezoek',
  'Gastles',
  'Snuffelstage',
  'Masterclass',
  'Workshop',
  'Meeloopdag',
];
const topics = [
  'lassen',
  'zorg',
  'robotica',
  'bouw',
  'logistiek',
  'horeca',
  'groen',
  'elektro',
  'retail',
  'mobiliteit',
  'kinderopvang',
  'metaal',
];
const sectors = ['techniek', 'zorg', 'ict', 'bouw', 'logistiek', 'horeca', 'groen', 'economie'];

export interface CatalogueRegion {
  id: string;
  slug: string;
}

export async function seedCatalogueRegion(
  client: pg.ClientBase,
  index: number,
  shape: CatalogueShape,
): Promise<CatalogueRegion> {
  const slug = `bench-catalogus-${index}`;
  const { rows } = await client.query<{ id: string }>(
    `insert into regions (slug, name, holiday_region, settings) values ($1, $2, 'midden', '{}') returning id`,
    [slug, `Catalogusregio ${index}`],
  );
  const regionId = rows[0]!.id;
  await client.query(
    `insert into organisations (region_id, kind, status, name, kvk_number, sector_tags, city)
     select $1, 'company', 'active', 'Bedrijf ' || n, lpad(n::text, 8, '0'),
       array[($3::text[])[1 + n % 8]], 'Utrecht'
     from generate_series(1, $2::int) n`,
    [regionId, shape.companies, sectors],
  );
  await client.query(
    `insert into offers (region_id, organisation_id, type, status, title, description, levels,
       school_years, vmbo_profiles, sector_tags, location_kind, street, postcode, city,
       duration_minutes, requirements, contact_name, contact_email, booking_mode, default_seats)
     select $1, c.ids[1 + i % array_length(c.ids, 1)],
       (array['internship','job_shadow','company_visit','guest_lesson','masterclass','workshop'])[1 + i % 6],
       case i % 10 when 0 then 'draft' when 1 then 'archived' else 'published' end,
       ($3::text[])[1 + (i / 7) % 6] || ' ' || ($4::text[])[1 + i % 12] || ' ' || i,
       ($5::text[])[1 + i % 12] || '. ' || ($5::text[])[1 + (i / 12) % 12] || '.',
       case i % 4 when 0 then '{vmbo-bb,vmbo-kb}'::text[] when 1 then '{vmbo-gl,vmbo-tl}'::text[]
         when 2 then '{havo,vwo}'::text[] else '{mbo-2,mbo-3}'::text[] end,
       case i % 3 when 0 then '{2,3}'::int[] when 1 then '{3,4}'::int[] else '{1,2}'::int[] end,
       case when i % 4 < 2 then array[(array['BWI','PIE','MVI','M&T','MaT','Groen'])[1 + i % 6]]
         else '{}'::text[] end,
       array[($6::text[])[1 + i % 8]],
       (array['at_company','at_school','online'])[1 + i % 3],
       'Industrieweg ' || (i % 200), '3511 AB', 'Utrecht', 60 + (i % 4) * 60,
       'Dichte schoenen', 'Contactpersoon ' || i, 'contact' || i || '@bedrijf.test',
       'fixed_sessions', 30
     from generate_series(1, $2::int) i,
       (select array_agg(id) as ids from organisations where region_id = $1 and kind = 'company') c`,
    [regionId, shape.offers, titles, topics, sentences, sectors],
  );
  await client.query(
    `insert into sessions (region_id, offer_id, starts_at, ends_at, capacity, booked_seats)
     select o.region_id, o.id, t.starts_at, t.starts_at + interval '2 hours', 30,
       abs(hashtext(o.id::text || k)) % 31
     from offers o cross join generate_series(1, $2::int) k,
       lateral (select date_trunc('day', now()) + interval '9 hours'
         + (((abs(hashtext(o.id::text)) % 300) + k * 9 - 40) * interval '1 day') as starts_at) t
     where o.region_id = $1`,
    [regionId, shape.sessionsPerOffer],
  );
  return { id: regionId, slug };
}

/** A school with a coordinator in the region, for the logged-in catalogue. */
export async function aCatalogueCoordinator(
  client: pg.ClientBase,
  region: CatalogueRegion,
  passwordHash: string,
) {
  const { rows } = await client.query<{ id: string }>(
    `insert into organisations (region_id, kind, status, name, brin_code)
     values ($1, 'school', 'active', 'Catalogusschool', '01CA') returning id`,
    [region.id],
  );
  const email = `coordinator-${region.slug}@bench.nl`;
  await client.query(
    `insert into users (region_id, organisation_id, role, email, name, password_hash)
     values ($1, $2, 'school_coordinator', $3, 'Coördinator catalogus', $4)`,
    [region.id, rows[0]!.id, email, passwordHash],
  );
  return email;
}
