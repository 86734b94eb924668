import { createHash, randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Actor } from './bookingSql';
import type { Attempt } from './seed/bookingWorld';

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
 * The function is created by the bench in its own throw-away database, never by a migration.
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

/** Full shape: creates the function, then books with one autocommit statement per attempt. */
export async function prepareFullShape(pool: pg.Pool): Promise<AnchorBook> {
  await pool.query(fullBookingFunction);
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
