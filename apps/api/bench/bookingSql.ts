import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { getTableColumns, getTableName, type Column, type Table } from 'drizzle-orm';
import pg from 'pg';
import {
  blackouts,
  bookings,
  classes,
  createDatabase,
  offers,
  regions,
  sessions,
} from '@stagebureau/db';
import {
  can,
  createBookingSchema,
  DomainError,
  localDateOf,
  regionSettingsSchema,
  type Actor as DomainActor,
  type BookingStatus,
  type HolidayRegion,
  type Role,
} from '@stagebureau/domain';
import { loadActiveActor } from '../src/modules/auth/repo';
import { toBlackoutPeriod, type BlackoutRow } from '../src/modules/blackouts/repo';
import { loadBookingFacts, type LoadedFacts } from '../src/modules/bookings/facts';
import { requestHashOf } from '../src/modules/bookings/idempotency';
import { planFor, refusalError } from '../src/modules/bookings/path';
import { bookingFor } from '../src/modules/bookings/read';
import { httpStatusOf, problemFor } from '../src/plugins/errors';
import type { Attempt } from './seed/bookingWorld';

/**
 * The school's `POST /bookings` as the API sends it to PostgreSQL on the one booking path
 * (docs/decisions/005-one-booking-path.md; captured at the driver), replayed on plain `pg`:
 *
 * 1. the auth lookup (plugins/auth → `loadActiveActor`),
 * 2. the booking facts: session ⋈ offer ⋈ region ⋈ class (bookings/facts.ts),
 * 3. the blackouts of the session's local dates (blackouts/repo.ts `listBlackouts`),
 * 4. `select booking_place($1::jsonb)`, prepared by name, with the plan the product builds
 *    (`planFor` of bookings/path.ts: the domain's decision, imported, not copied),
 * 5. the booking view (bookings/read.ts `bookingFor`) — only when a booking was placed,
 * 6. the rendered answer stored on the idempotency row.
 *
 * Each statement is its own `pool.query` (autocommit, a pooled connection per statement) as
 * drizzle sends it on a pool, with drizzle's column decoding and unnamed statements; only
 * HTTP, JSON validation, the query builder and Fastify are left out. `checkReplay` compares the
 * read statements' text with what the product's own functions send.
 */
export interface Actor {
  userId: string;
  regionId: string;
  schoolId: string;
}

/** `"table"."column", …` exactly as drizzle writes a table's select list. */
const columnList = (table: Table, alias = getTableName(table), qualified = true) =>
  Object.values(getTableColumns(table))
    .map((column) => (qualified ? `"${alias}"."${column.name}"` : `"${column.name}"`))
    .join(', ');

const authText =
  'select "users"."id", "users"."role", "users"."region_id", "users"."organisation_id", ' +
  '"users"."status", "organisations"."status" from "users" left join "organisations" on ' +
  '"organisations"."id" = "users"."organisation_id" where ("users"."id" = $1 and ' +
  '"users"."region_id" = $2)';
const factsText =
  `select ${columnList(sessions)}, ${columnList(offers)}, ${columnList(classes)}, ` +
  `${columnList(regions)} from "sessions" inner join "offers" on "offers"."id" = ` +
  '"sessions"."offer_id" inner join "regions" on "regions"."id" = "sessions"."region_id" ' +
  'inner join "classes" on ("classes"."region_id" = "sessions"."region_id" and ' +
  '"classes"."id" = $1) where ("sessions"."region_id" = $2 and "sessions"."id" = $3)';
const blackoutsText =
  `select ${columnList(blackouts, 'blackouts', false)} from "blackouts" where ` +
  '("blackouts"."region_id" = $1 and "blackouts"."ends_on" >= $2 and "blackouts"."starts_on" ' +
  '<= $3) order by "blackouts"."starts_on" asc, "blackouts"."id" asc';
const viewText =
  `select ${columnList(bookings)}, "offers"."title", "offers"."organisation_id", ` +
  '"school"."name", "classes"."name", "classes"."education_level", "classes"."school_year", ' +
  `"users"."name", "users"."email", case when "bookings"."status" = 'waitlisted' then (\n` +
  '  select count(*)::int from bookings w\n' +
  `  where w.session_id = "bookings"."session_id" and w.status = 'waitlisted'\n` +
  '    and w.queue_no <= "bookings"."queue_no") end from "bookings" inner join "offers" on ' +
  '"offers"."id" = "bookings"."offer_id" inner join "organisations" "school" on ' +
  '"school"."id" = "bookings"."school_id" inner join "classes" on "classes"."id" = ' +
  '"bookings"."class_id" left join "users" on "users"."id" = "bookings"."created_by" where ' +
  '(("bookings"."region_id" = $1 and "bookings"."school_id" = $2) and "bookings"."id" = $3)';
/** bookings/path.ts `placeBooking` and bookings/idempotency.ts `bookOnce`. */
const placeText = 'select booking_place($1::jsonb) as r';
const storeAnswerText =
  'update "idempotency_keys" set "response_status" = $1, "response_body" = $2 where ' +
  '("idempotency_keys"."user_id" = $3 and "idempotency_keys"."key" = $4)';

/** drizzle's node-postgres type parsers: dates and intervals stay text for its own decoders. */
const rawTypes = new Set([
  pg.types.builtins.TIMESTAMPTZ,
  pg.types.builtins.TIMESTAMP,
  pg.types.builtins.DATE,
  pg.types.builtins.INTERVAL,
  1231,
  1115,
  1185,
  1187,
  1182,
]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    rawTypes.has(oid)
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};
/** A select as drizzle sends it: unnamed, array rows. */
const select = (pool: pg.Pool, text: string, values: unknown[]) =>
  pool.query<unknown[]>({ text, values, rowMode: 'array', types });

/** Decodes `table`'s columns from `row` starting at `offset`, as drizzle's result mapping. */
function decode<T>(table: Table, row: unknown[], offset: number): T {
  const result: Record<string, unknown> = {};
  Object.entries(getTableColumns(table)).forEach(([key, column]: [string, Column], index) => {
    const value = row[offset + index];
    result[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  });
  return result as T;
}
const widthOf = (table: Table) => Object.keys(getTableColumns(table)).length;

/** The body the flash crowd posts, as the route sees it after validation. */
const bodyOf = (attempt: Attempt) =>
  createBookingSchema.parse({ sessionId: attempt.sessionId, classId: attempt.classId });

/** The route's problem+json body for a refusal (plugins/errors.ts, Dutch). */
const problemOf = (error: DomainError) =>
  problemFor(
    { url: '/api/v1/bookings', headers: {} } as FastifyRequest,
    error.code,
    error.detail,
    undefined,
    error.meta,
  );

/** bookings/read.ts `toBooking` over the view's array row. */
function bookingView(row: unknown[]) {
  const b = decode<typeof bookings.$inferSelect>(bookings, row, 0);
  const [title, , schoolName, className, educationLevel, schoolYear, contactName, email, place] =
    row.slice(widthOf(bookings));
  return {
    id: b.id,
    sessionId: b.sessionId,
    offerId: b.offerId,
    offerTitle: title,
    school: { id: b.schoolId, name: schoolName },
    class: { id: b.classId, name: className, educationLevel, schoolYear },
    contact: contactName ? { name: contactName, email } : null,
    seats: b.seats,
    teachers: b.teachers,
    note: b.note,
    status: b.status,
    waitlistPosition: place,
    holdExpiresAt: b.holdExpiresAt?.toISOString() ?? null,
    statusReason: b.statusReason,
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    sequence: b.sequence,
    createdAt: b.createdAt.toISOString(),
    updatedAt: b.updatedAt.toISOString(),
  };
}

type PlaceResult =
  | { outcome: 'placed'; booking_id: string; status: BookingStatus }
  | { outcome: 'refused'; refusal: Parameters<typeof refusalError>[0] }
  | { outcome: 'replayed' };

/**
 * One booking attempt with a fresh idempotency key. Returns the outcome: the booking's status,
 * or the refusal's code.
 */
export async function bookOnce(pool: pg.Pool, actor: Actor, attempt: Attempt): Promise<string> {
  const key = randomUUID();
  const body = bodyOf(attempt);
  // 1. Auth.
  const { rows: users } = await select(pool, authText, [actor.userId, actor.regionId]);
  const [userId, role, regionId, organisationId] = users[0] as [string, Role, string, string];
  const domainActor: DomainActor = { userId, role, regionId, organisationId };
  // 2–3. Facts, then blackouts of the session's local dates.
  const { rows: factRows } = await select(pool, factsText, [
    attempt.classId,
    regionId,
    attempt.sessionId,
  ]);
  const row = factRows[0]!;
  let offset = 0;
  const next = <T>(table: Table) => {
    const value = decode<T>(table, row, offset);
    offset += widthOf(table);
    return value;
  };
  const session = next<LoadedFacts['session']>(sessions);
  const offer = next<LoadedFacts['offer']>(offers);
  const schoolClass = next<LoadedFacts['schoolClass']>(classes);
  const region = next<typeof regions.$inferSelect>(regions);
  const { rows: blackoutRows } = await select(pool, blackoutsText, [
    regionId,
    localDateOf(session.startsAt),
    localDateOf(new Date(session.endsAt.getTime() - 1)),
  ]);
  const facts: LoadedFacts = {
    session,
    offer,
    schoolClass,
    region: {
      settings: regionSettingsSchema.parse({ ...region.settings }),
      holidayRegion: region.holidayRegion as HolidayRegion,
    },
    blackouts: blackoutRows.map((r) => toBlackoutPeriod(decode<BlackoutRow>(blackouts, r, 0))),
  };
  const decision = can(domainActor, 'booking.create', {
    regionId,
    organisationId: schoolClass.organisationId,
  });
  if (decision !== 'allow') throw new DomainError(decision);
  // 4. The plan, executed in one statement.
  const requestHash = requestHashOf('POST /bookings', body);
  const { plan, decided } = planFor(
    {
      source: 'school',
      actor: domainActor,
      sessionId: body.sessionId,
      classId: body.classId,
      request: {
        seats: body.seats,
        teachers: body.teachers,
        note: body.note,
        overrideCaps: body.overrideCaps,
      },
    },
    facts,
    new Date(),
    { userId, key, requestHash },
  );
  const { rows } = await pool.query<{ r: PlaceResult }>({
    name: 'booking_place',
    text: placeText,
    values: [JSON.stringify(plan)],
  });
  const result = rows[0]!.r;
  // 5. The answer: the booking view, or the refusal's problem.
  let status: number;
  let answer: unknown;
  let outcome: string;
  if (result.outcome === 'placed') {
    const { rows: views } = await select(pool, viewText, [
      regionId,
      organisationId,
      result.booking_id,
    ]);
    answer = bookingView(views[0]!);
    status = result.status === 'confirmed' ? 201 : 202;
    outcome = result.status;
  } else if (result.outcome === 'refused') {
    const error = refusalError(result.refusal, decided.ok ? decided.value : null);
    answer = problemOf(error);
    status = httpStatusOf[error.code];
    outcome = error.code;
  } else {
    throw new Error('a fresh key was replayed');
  }
  // 6. The rendered answer on the idempotency row, outside the locks.
  await pool.query({
    text: storeAnswerText,
    values: [status, JSON.stringify(answer), userId, key],
    types,
  });
  return outcome;
}

/**
 * Runs the product's own read functions once (auth lookup, facts and blackouts, booking view)
 * on a pool that records what they send, and returns the statements whose text differs from
 * the replay's (none when the replay is current). Reads only: the world is not touched.
 */
export async function checkReplay(url: string, actor: Actor, attempt: Attempt) {
  const handle = createDatabase(url, { max: 1 });
  const sent: string[] = [];
  const query = handle.pool.query.bind(handle.pool) as (...args: unknown[]) => unknown;
  (handle.pool as { query: unknown }).query = (...args: unknown[]) => {
    const config = args[0];
    sent.push(typeof config === 'string' ? config : (config as { text: string }).text);
    return query(...args);
  };
  try {
    const domainActor = await loadActiveActor(handle.db, actor.userId, actor.regionId);
    await loadBookingFacts(handle.db, actor.regionId, attempt);
    await bookingFor(handle.db, domainActor!, randomUUID());
  } finally {
    await handle.close();
  }
  const expected = { auth: authText, facts: factsText, blackouts: blackoutsText, view: viewText };
  return Object.entries(expected)
    .filter(([, text], index) => sent[index] !== text)
    .map(([name]) => name);
}
