import { createHash, randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Actor } from './bookingSql';
import type { Attempt, BookingWorld } from './seed/bookingWorld';

/**
 * The two PostgreSQL anchors of the flash crowd: what this database server can do for the
 * booking work with no application in between, so the API's figure reads as a fraction of a
 * real limit rather than of its own SQL.
 *
 * - hot-row: the least a booking can be — one transaction of a conditional counter update and
 *   a booking insert. Nothing cheaper keeps the seat count right.
 * - full shape: everything a booking must write and check (idempotency, school cap under the
 *   school lock, session lock and seat update, booking, audit, two outbox rows) in one
 *   server-side function call: one round trip, no client-side decisions.
 *
 * Both run either as pgbench scripts (the driver of the figures; `pgbenchScript`) or,
 * without a pgbench binary, on node-pg (`prepareHotRow`, `prepareFullShape`). Either way they
 * replay the world's own 2,000 attempts once each, so their mix of confirmed, waitlisted and
 * refused attempts is the flash crowd's. The function and the attempts table are created by the
 * bench in its own throw-away database, never by a migration.
 */
export type AnchorBook = (actor: Actor, attempt: Attempt) => Promise<string>;

const fullBookingFunction = `
create or replace function bench_full_booking(p_region uuid, p_user uuid, p_school uuid,
  p_session uuid, p_class uuid, p_key text, p_request_hash text, p_text text)
returns text language plpgsql as $$
declare
  v_outcome text;
  v_seats int;
  v_cap int;
  v_used int;
  v_session record;
  v_booking uuid;
begin
  -- A retry with the same key waits for the first request here, then replays its answer.
  perform pg_advisory_xact_lock(hashtextextended('idem:' || p_user || ':' || p_key, 0));
  select response_body->>'outcome' into v_outcome from idempotency_keys
    where user_id = p_user and key = p_key;
  if found then
    return v_outcome;
  end if;
  select size into v_seats from classes where region_id = p_region and id = p_class;
  select (settings->>'capPerSchoolPerSession')::int into v_cap from regions where id = p_region;
  -- The school lock serialises one school's bookings, so the cap sum below cannot race.
  perform 1 from organisations where region_id = p_region and id = p_school and kind = 'school'
    for no key update;
  select coalesce(sum(seats), 0) into v_used from bookings
    where region_id = p_region and school_id = p_school and session_id = p_session
      and status in ('requested', 'confirmed', 'waitlisted');
  if v_cap is not null and v_used + v_seats > v_cap then
    v_outcome := 'school_cap_reached';
  else
    -- No key update: the counter is not a key, so bookings' foreign-key checks on this
    -- session (key share) do not queue behind the lock.
    select offer_id, starts_at, ends_at, capacity, booked_seats into v_session from sessions
      where region_id = p_region and id = p_session for no key update;
    v_outcome := 'waitlisted';
    if v_session.booked_seats + v_seats <= v_session.capacity then
      update sessions set booked_seats = booked_seats + v_seats, updated_at = now()
        where id = p_session and status = 'scheduled' and booked_seats + v_seats <= capacity;
      if found then
        v_outcome := 'confirmed';
      end if;
    end if;
    insert into bookings (region_id, session_id, offer_id, school_id, class_id, seats, status,
        starts_at, ends_at, status_changed_by, created_by)
      values (p_region, p_session, v_session.offer_id, p_school, p_class, v_seats, v_outcome,
        v_session.starts_at, v_session.ends_at, p_user, p_user)
      returning id into v_booking;
    insert into audit_events (region_id, actor_user_id, actor_role, entity, entity_id, action,
        before, after, reason)
      values (p_region, p_user, 'school_coordinator', 'booking', v_booking::text,
        'booking.created', null, jsonb_build_object('status', v_outcome, 'seats', v_seats), null);
    -- The outbox: the inbox row is delivered on insert, the e-mail waits for the worker.
    insert into notification_messages (region_id, event_key, kind, recipient_user_id, channel,
        subject, text, html, link, status, delivered_via)
      select p_region, 'booking.' || v_outcome || ':' || v_booking, 'booking.' || v_outcome,
        p_user, m.channel, 'Boeking ' || v_outcome, p_text, '<p>' || p_text || '</p>',
        'http://localhost:3000/school', m.status, m.via
      from (values ('inbox', 'sent', 'inbox'), ('email', 'pending', null)) m(channel, status, via);
  end if;
  insert into idempotency_keys (region_id, user_id, key, request_hash, response_status,
      response_body)
    values (p_region, p_user, p_key, p_request_hash,
      case v_outcome when 'confirmed' then 201 when 'waitlisted' then 202 else 409 end,
      jsonb_build_object('outcome', v_outcome));
  return v_outcome;
end $$`;

/** About the size of the product's rendered notification text (bookingSql.ts). */
const messageText = 'Je boeking is bevestigd. '.repeat(20);

export const createFullShapeFunction = (pool: pg.Pool) => pool.query(fullBookingFunction);

/** Full shape: books with one autocommit statement per attempt (the function must exist). */
export async function prepareFullShape(pool: pg.Pool): Promise<AnchorBook> {
  return async (actor, attempt) => {
    const hash = createHash('sha256').update(JSON.stringify(attempt)).digest('hex');
    const { rows } = await pool.query<{ outcome: string }>({
      name: 'bench_full_booking',
      text: 'select bench_full_booking($1, $2, $3, $4, $5, $6, $7, $8) as outcome',
      values: [
        actor.regionId,
        actor.userId,
        actor.schoolId,
        attempt.sessionId,
        attempt.classId,
        randomUUID(),
        hash,
        messageText,
      ],
    });
    return rows[0]!.outcome;
  };
}

const hotRowUpdate = `update sessions set booked_seats = booked_seats + $2
  where id = $1 and booked_seats + $2 <= capacity`;
const hotRowInsert = `insert into bookings (region_id, session_id, offer_id, school_id, class_id,
    seats, status, starts_at, ends_at)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

interface SessionFacts {
  offer_id: string;
  starts_at: Date;
  ends_at: Date;
}

/**
 * Hot row: the sessions' offer and times and the classes' sizes are read once before the clock
 * starts, so each attempt is exactly the counter update and the insert (as a pgbench script
 * with constants would be).
 */
export async function prepareHotRow(pool: pg.Pool, regionId: string): Promise<AnchorBook> {
  const { rows: sessions } = await pool.query<SessionFacts & { id: string }>(
    'select id, offer_id, starts_at, ends_at from sessions where region_id = $1',
    [regionId],
  );
  const { rows: classes } = await pool.query<{ id: string; size: number }>(
    'select id, size from classes where region_id = $1',
    [regionId],
  );
  const sessionById = new Map(sessions.map((row) => [row.id, row]));
  const sizeOf = new Map(classes.map((row) => [row.id, row.size]));
  return async (actor, attempt) => {
    const session = sessionById.get(attempt.sessionId)!;
    const seats = sizeOf.get(attempt.classId)!;
    const tx = await pool.connect();
    try {
      await tx.query('begin');
      const { rowCount } = await tx.query({
        name: 'hot_row_update',
        text: hotRowUpdate,
        values: [attempt.sessionId, seats],
      });
      const outcome = rowCount ? 'confirmed' : 'waitlisted';
      await tx.query({
        name: 'hot_row_insert',
        text: hotRowInsert,
        values: [
          actor.regionId,
          attempt.sessionId,
          session.offer_id,
          actor.schoolId,
          attempt.classId,
          seats,
          outcome,
          session.starts_at,
          session.ends_at,
        ],
      });
      await tx.query('commit');
      return outcome;
    } catch (error) {
      await tx.query('rollback').catch(() => {});
      throw error;
    } finally {
      tx.release();
    }
  };
}

/**
 * The world's attempts as a table for pgbench, numbered in the flash crowd's order: attempt k
 * of every client before attempt k + 1 of any (`n = k × clients + client`), with what the
 * statements need that a client would know before the clock starts (the session's offer and
 * times, the class's size, a request hash).
 */
export async function loadAttempts(pool: pg.Pool, world: BookingWorld) {
  const rows = world.clients.flatMap((client, index) =>
    client.attempts.map((attempt, k) => ({
      n: k * world.clients.length + index,
      user: world.coordinators[client.school]!.userId,
      school: world.coordinators[client.school]!.schoolId,
      ...attempt,
    })),
  );
  await pool.query(`create table if not exists bench_attempts (region_id uuid, n int,
    user_id uuid, school_id uuid, session_id uuid, offer_id uuid, class_id uuid, seats int,
    starts_at timestamptz, ends_at timestamptz, request_hash text, primary key (region_id, n))`);
  await pool.query(
    `insert into bench_attempts
     select s.region_id, a.n, a.user_id, a.school_id, s.id, s.offer_id, c.id, c.size,
       s.starts_at, s.ends_at, encode(sha256(convert_to(s.id::text || c.id::text, 'UTF8')), 'hex')
     from unnest($2::int[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[])
       as a(n, user_id, school_id, session_id, class_id)
     join sessions s on s.region_id = $1 and s.id = a.session_id
     join classes c on c.region_id = $1 and c.id = a.class_id`,
    [
      world.regionId,
      rows.map((row) => row.n),
      rows.map((row) => row.user),
      rows.map((row) => row.school),
      rows.map((row) => row.sessionId),
      rows.map((row) => row.classId),
    ],
  );
  await pool.query('analyze bench_attempts');
  return rows.length;
}

/**
 * The pgbench script of an anchor. Client c's k-th transaction books attempt c + clients × k
 * (`k` counts per client from `-D k=0`; `region` is passed with `-D`), so `-t attempts/clients`
 * books every attempt exactly once. The attempt's ids are looked up inside the booking
 * statements themselves (a primary-key probe of `bench_attempts`), never in a round trip of
 * their own.
 */
export function pgbenchScript(anchor: 'hot-row' | 'full-shape', clients: number) {
  const next = `\\set n :client_id + ${clients} * :k\n\\set k :k + 1\n`;
  const attempt = `from bench_attempts a where a.region_id = :region and a.n = :n`;
  if (anchor === 'full-shape') {
    return (
      next +
      `select bench_full_booking(a.region_id, a.user_id, a.school_id, a.session_id, a.class_id,
  gen_random_uuid()::text, a.request_hash, '${messageText}') ${attempt};\n`
    );
  }
  // The conditional update's row count decides the status, as in prepareHotRow.
  return (
    next +
    `begin;
with hit as (update sessions s set booked_seats = s.booked_seats + a.seats ${attempt}
    and s.id = a.session_id and s.booked_seats + a.seats <= s.capacity returning 1)
  select count(*) as hit from hit \\gset
insert into bookings (region_id, session_id, offer_id, school_id, class_id, seats, status,
    starts_at, ends_at)
  select a.region_id, a.session_id, a.offer_id, a.school_id, a.class_id, a.seats,
    case when :hit > 0 then 'confirmed' else 'waitlisted' end, a.starts_at, a.ends_at
  ${attempt};
commit;
`
  );
}
