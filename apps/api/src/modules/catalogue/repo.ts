import { and, asc, count, eq, gte, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import { distanceSql, type Point } from '../geography/service';
import {
  offers,
  organisations,
  proposals,
  regions,
  sessions,
  type Database,
} from '@stagebureau/db';
import {
  addDays,
  fromLocal,
  prefixSearchQuery,
  type OfferStatus,
  type PublicCatalogueQuery,
  type PublicSessionsQuery,
} from '@stagebureau/domain';

/** Which offers a caller may list: the status filter and, for `mine`, the owning company. */
export interface CatalogueScope {
  regionId: string;
  statuses: OfferStatus[];
  organisationId?: string;
}

/** A session open to every school: scheduled, not a school's private on-request session. */
const openToEverySchool = () =>
  and(eq(sessions.status, 'scheduled'), sql`${sessions.schoolId} is null`);

/** An upcoming session open to every school. */
const openSession = (now: Date) => and(openToEverySchool(), sql`${sessions.startsAt} > ${now}`);

/**
 * Every word typed starts a word of the title or description ("bouw" finds "bouwplaats"),
 * stemmed as the index is; "-word" excludes (prefixSearchQuery).
 */
function searchFor(q: string): SQL {
  const prefixes = prefixSearchQuery(q);
  return prefixes
    ? sql`${offers.searchVector} @@ to_tsquery('dutch', ${prefixes})`
    : sql`${offers.searchVector} @@ websearch_to_tsquery('dutch', ${q})`;
}

/**
 * The subqueries name the region as a constant: under `OR` PostgreSQL may run them once as a
 * hashed scan, which then reads one region's sessions instead of every region's (bench).
 */
function filtersOf(query: PublicCatalogueQuery, now: Date, regionId: string): SQL[] {
  const filters: (SQL | undefined)[] = [
    query.q ? searchFor(query.q) : undefined,
    query.type ? eq(offers.type, query.type) : undefined,
    // An empty audience list invites everyone (fitsAudience): such offers fit every filter.
    query.level
      ? sql`(cardinality(${offers.levels}) = 0 or ${query.level} = any(${offers.levels}))`
      : undefined,
    query.schoolYear
      ? sql`(cardinality(${offers.schoolYears}) = 0 or ${query.schoolYear}::int = any(${offers.schoolYears}))`
      : undefined,
    // A profile is a vmbo class's: the offer must invite vmbo and that profile (or every one).
    query.profile
      ? sql`(cardinality(${offers.vmboProfiles}) = 0 or ${query.profile} = any(${offers.vmboProfiles}))
        and (cardinality(${offers.levels}) = 0 or exists (
          select 1 from unnest(${offers.levels}) level where level like 'vmbo%'))`
      : undefined,
    query.sector ? sql`${query.sector} = any(${offers.sectorTags})` : undefined,
    query.location ? eq(offers.locationKind, query.location) : undefined,
  ];
  if (query.from || query.to) {
    const from = query.from ? fromLocal({ date: query.from, time: '00:00' }) : now;
    const until = query.to ? fromLocal({ date: addDays(query.to, 1), time: '00:00' }) : null;
    filters.push(sql`exists (select 1 from ${sessions} where ${sessions.regionId} = ${regionId}
      and ${sessions.offerId} = ${offers.id} and ${sessions.status} = 'scheduled' and ${sessions.schoolId} is null
      and ${sessions.startsAt} >= ${from} ${until ? sql`and ${sessions.startsAt} < ${until}` : sql``})`);
  }
  if (query.hasFreeSeats) {
    // Fixed sessions: an upcoming open session with a free seat. On request: quota left.
    // `offset 0` keeps the EXISTS a per-offer index probe: otherwise PostgreSQL hashes it and
    // reads all the region's upcoming sessions before the title-ordered page can stop early.
    filters.push(sql`(exists (select 1 from ${sessions} where ${sessions.regionId} = ${regionId}
        and ${sessions.offerId} = ${offers.id} and ${openSession(now)} and ${sessions.capacity} > ${sessions.bookedSeats}
        offset 0)
      or (${offers.bookingMode} = 'on_request'
        and (${offers.availability}->>'until') >= ${now.toISOString().slice(0, 10)}
        and coalesce((${offers.availability}->>'quota')::int, 0) > (select count(*) from ${proposals}
          where ${proposals.regionId} = ${regionId} and ${proposals.offerId} = ${offers.id}
            and ${proposals.status} = 'accepted')))`);
  }
  return filters.filter((f): f is SQL => f !== undefined);
}

/** Keyset position: the last (title, id) of the previous page; first its distance key when
 * the search has an origin. */
export type CataloguePosition =
  [title: string, id: string] | [km: number, title: string, id: string];

/** Beyond any Dutch distance: an offer whose place is unknown sorts after every known one. */
const unknownKm = 1e6;

/**
 * An online offer has no place; one at a school or at the company is as far as the company
 * (its own coordinates, else the company's, else their postcode areas'): for a guest lesson
 * that is the company's journey to the school.
 */
const offerDistance = (origin: Point) =>
  sql<number | null>`case when ${offers.locationKind} = 'online' then null else ${distanceSql(
    origin,
    [
      { latitude: offers.latitude, longitude: offers.longitude, postcode: offers.postcode },
      {
        latitude: organisations.latitude,
        longitude: organisations.longitude,
        postcode: organisations.postcode,
      },
    ],
  )} end`;

function positionAfter(after: CataloguePosition | null, distanceKey: SQL<number> | null) {
  if (!after) return undefined;
  if (after.length === 3 && distanceKey)
    return sql`(${distanceKey}, ${offers.title}, ${offers.id}) > (${after[0]}::float8, ${after[1]}, ${after[2]}::uuid)`;
  if (after.length === 2 && !distanceKey)
    return sql`(${offers.title}, ${offers.id}) > (${after[0]}, ${after[1]}::uuid)`;
  return sql`false`;
}

export async function listCatalogue(
  db: Database,
  scope: CatalogueScope,
  query: PublicCatalogueQuery,
  after: CataloguePosition | null,
  now: Date,
  origin: Point | null,
) {
  const distance = origin ? offerDistance(origin) : null;
  const distanceKey = distance ? sql<number>`coalesce(${distance}, ${unknownKm}::float8)` : null;
  // Within `maxKm`, or online: an online offer is as near to every school.
  const withinReach =
    distance && query.maxKm !== undefined
      ? sql`(${offers.locationKind} = 'online' or ${distance} <= ${query.maxKm})`
      : undefined;
  return db
    .select({
      offer: offers,
      companyName: organisations.name,
      distanceKm: distance ?? sql<null>`null::float8`,
      distanceKey: distanceKey ?? sql<null>`null::float8`,
    })
    .from(offers)
    .innerJoin(organisations, eq(organisations.id, offers.organisationId))
    .where(
      and(
        eq(offers.regionId, scope.regionId),
        inArray(offers.status, scope.statuses),
        // Internship places have their own search (placements module).
        ne(offers.bookingMode, 'placement'),
        scope.organisationId ? eq(offers.organisationId, scope.organisationId) : undefined,
        ...filtersOf(query, now, scope.regionId),
        withinReach,
        positionAfter(after, distanceKey),
      ),
    )
    .orderBy(...(distanceKey ? [asc(distanceKey)] : []), asc(offers.title), asc(offers.id))
    .limit(query.limit + 1);
}

/** Upcoming open sessions of the listed offers, soonest first (the caller takes a few each). */
export async function upcomingOpenSessions(
  db: Database,
  regionId: string,
  offerIds: string[],
  now: Date,
) {
  if (offerIds.length === 0) return [];
  return db
    .select()
    .from(sessions)
    .where(
      and(eq(sessions.regionId, regionId), inArray(sessions.offerId, offerIds), openSession(now)),
    )
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
}

/**
 * The region's sessions open to every school, of published offers, starting on a local date
 * in [from, to]: one page (by start, then id) and the total, each in one query.
 */
export async function listPublicSessions(
  db: Database,
  regionId: string,
  query: PublicSessionsQuery,
) {
  const where = and(
    eq(sessions.regionId, regionId),
    openToEverySchool(),
    eq(offers.status, 'published'),
    gte(sessions.startsAt, fromLocal({ date: query.from, time: '00:00' })),
    lt(sessions.startsAt, fromLocal({ date: addDays(query.to, 1), time: '00:00' })),
  );
  const [rows, [counted]] = await Promise.all([
    db
      .select({ session: sessions, offerTitle: offers.title, companyName: organisations.name })
      .from(sessions)
      .innerJoin(offers, eq(offers.id, sessions.offerId))
      .innerJoin(organisations, eq(organisations.id, offers.organisationId))
      .where(where)
      .orderBy(asc(sessions.startsAt), asc(sessions.id))
      .limit(query.limit)
      .offset(query.offset),
    db
      .select({ total: count() })
      .from(sessions)
      .innerJoin(offers, eq(offers.id, sessions.offerId))
      .where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

export async function findRegionBySlug(db: Database, slug: string) {
  const [row] = await db.select({ id: regions.id }).from(regions).where(eq(regions.slug, slug));
  return row ?? null;
}
