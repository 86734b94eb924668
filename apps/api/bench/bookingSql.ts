import { createHash, randomUUID } from 'node:crypto';
import type pg from 'pg';

/**
 * The booking transaction's SQL as the API sends it (captured from a real POST /bookings:
 * auth lookup, idempotency lock and lookup, savepoint, session/class/region/blackouts, school
 * lock and usage, session lock, conditional seat update, insert, notification outbox, audit,
 * demand check, the booking view, idempotency row, commit), with the decisions made inline.
 * Run on plain `pg` it is the database's limit for the flash-crowd work: no HTTP, no JSON
 * validation, no ORM.
 */
export interface Actor {
  userId: string;
  regionId: string;
  schoolId: string;
}

export type Outcome = 'confirmed' | 'waitlisted' | 'school_cap_reached';

const sessionWithOffer = `select s.*, o.* from sessions s inner join offers o on o.id = s.offer_id
  where s.region_id = $1 and s.id = $2`;
const schoolUsage = `select coalesce(sum(seats) filter (where session_id = $1), 0)::int as session,
    coalesce(sum(seats) filter (where offer_id = $2), 0)::int as offer,
    coalesce(sum(seats) filter (where starts_at >= $3 and starts_at < $4), 0)::int as season
  from bookings where region_id = $5 and school_id = $6
    and status in ('requested', 'confirmed', 'waitlisted')`;
const insertBooking = `insert into bookings (region_id, session_id, offer_id, school_id, class_id,
    seats, teachers, note, status, starts_at, ends_at, status_changed_by, created_by)
  values ($1, $2, $3, $4, $5, $6, '{}', '', $7, $8, $9, $10, $10) returning *`;
const notificationFacts = `select s.id, s.sequence, s.starts_at, s.ends_at, s.cancel_reason, o.title,
    o.type, o.location_kind, o.street, o.postcode, o.city, o.requirements, o.contact_name,
    o.contact_email, o.contact_phone, company.id, company.name, b.id, b.status, b.status_reason,
    b.hold_expires_at, b.created_by, b.seats, school.id, school.name, c.name
  from bookings b inner join sessions s on s.id = b.session_id inner join offers o on o.id = b.offer_id
    inner join organisations company on company.id = o.organisation_id
    inner join organisations school on school.id = b.school_id inner join classes c on c.id = b.class_id
  where b.region_id = $1 and b.id in ($2) order by b.queue_no`;
const recipients = `select id, email, language from users where region_id = $1 and status = 'active'
  and ((organisation_id = $2 and role in ('school_coordinator')) or (organisation_id = $2 and id in ($3)))`;
const insertMessages = `insert into notification_messages (region_id, event_key, kind,
    recipient_user_id, channel, subject, text, html, link, status, delivered_via, read_at)
  values ($1, $2, $3, $4, 'inbox', $5, $6, $7, $8, 'sent', 'inbox', null),
         ($1, $2, $3, $4, 'email', $5, $6, $7, $8, 'pending', null, null)
  on conflict do nothing returning id`;
const bookingView = `select b.*, o.title, o.organisation_id, school.name, c.name, c.education_level,
    c.school_year, u.name, u.email, case when b.status = 'waitlisted' then (
      select count(*)::int from bookings w where w.session_id = b.session_id
        and w.status = 'waitlisted' and w.queue_no <= b.queue_no) end
  from bookings b inner join offers o on o.id = b.offer_id
    inner join organisations school on school.id = b.school_id
    inner join classes c on c.id = b.class_id left join users u on u.id = b.created_by
  where b.region_id = $1 and b.school_id = $2 and b.id = $3`;

const messageText = 'Je boeking is bevestigd. '.repeat(20);

export async function bookOnce(
  pool: pg.Pool,
  actor: Actor,
  attempt: { sessionId: string; classId: string },
): Promise<Outcome> {
  const key = randomUUID();
  const tx = await pool.connect();
  try {
    await tx.query(
      `select u.id, u.role, u.region_id, u.organisation_id, u.status, o.status from users u
       left join organisations o on o.id = u.organisation_id where u.id = $1 and u.region_id = $2`,
      [actor.userId, actor.regionId],
    );
    await tx.query('begin');
    await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `idem:${actor.userId}:${key}`,
    ]);
    await tx.query('select * from idempotency_keys where user_id = $1 and key = $2', [
      actor.userId,
      key,
    ]);
    await tx.query('savepoint sp1');
    const { rows: found } = await tx.query(sessionWithOffer, [actor.regionId, attempt.sessionId]);
    const session = found[0] as { offer_id: string; starts_at: Date; ends_at: Date };
    const { rows: classRows } = await tx.query(
      'select * from classes where region_id = $1 and id = $2',
      [actor.regionId, attempt.classId],
    );
    const seats = (classRows[0] as { size: number }).size;
    const { rows: regionRows } = await tx.query('select * from regions where id = $1', [
      actor.regionId,
    ]);
    const cap = (regionRows[0] as { settings: { capPerSchoolPerSession?: number } }).settings
      .capPerSchoolPerSession;
    const day = session.starts_at.toISOString().slice(0, 10);
    await tx.query(
      `select * from blackouts where region_id = $1 and ends_on >= $2 and starts_on <= $3
       order by starts_on, id`,
      [actor.regionId, day, day],
    );
    await tx.query(
      `select id, status from organisations where region_id = $1 and id = $2 and kind = 'school'
       for no key update`,
      [actor.regionId, actor.schoolId],
    );
    const { rows: usage } = await tx.query(schoolUsage, [
      attempt.sessionId,
      session.offer_id,
      '2025-08-01',
      '2027-08-01',
      actor.regionId,
      actor.schoolId,
    ]);
    let outcome: Outcome;
    if (cap && (usage[0] as { session: number }).session + seats > cap) {
      outcome = 'school_cap_reached';
      await tx.query('rollback to savepoint sp1');
    } else {
      const { rows: locked } = await tx.query(
        'select * from sessions where region_id = $1 and id = $2 for update',
        [actor.regionId, attempt.sessionId],
      );
      const free = locked[0] as { capacity: number; booked_seats: number };
      outcome = free.booked_seats + seats <= free.capacity ? 'confirmed' : 'waitlisted';
      if (outcome === 'confirmed') {
        await tx.query(
          `update sessions set booked_seats = booked_seats + $1, updated_at = now() where id = $2
           and status = 'scheduled' and booked_seats + $1 <= capacity returning booked_seats`,
          [seats, attempt.sessionId],
        );
      }
      const { rows: inserted } = await tx.query(insertBooking, [
        actor.regionId,
        attempt.sessionId,
        session.offer_id,
        actor.schoolId,
        attempt.classId,
        seats,
        outcome,
        session.starts_at,
        session.ends_at,
        actor.userId,
      ]);
      const bookingId = (inserted[0] as { id: string }).id;
      await tx.query(notificationFacts, [actor.regionId, bookingId]);
      await tx.query(recipients, [actor.regionId, actor.schoolId, actor.userId]);
      await tx.query(
        `select user_id from notification_preferences where user_id in ($1) and kind = $2 and email = false`,
        [actor.userId, `booking.${outcome}`],
      );
      await tx.query(insertMessages, [
        actor.regionId,
        `booking.${outcome}:${bookingId}`,
        `booking.${outcome}`,
        actor.userId,
        'Boeking bevestigd',
        messageText,
        `<p>${messageText}</p>`,
        'http://localhost:3000/school',
      ]);
      await tx.query(
        `insert into audit_events (region_id, actor_user_id, actor_role, entity, entity_id, action, before, after, reason)
         values ($1, $2, 'school_coordinator', 'booking', $3, 'booking.created', null, $4, null)`,
        [actor.regionId, actor.userId, bookingId, JSON.stringify({ status: outcome, seats })],
      );
      const { rows: demand } = await tx.query(
        `select coalesce(sum(seats), 0)::int as seats from bookings where session_id = $1
         and status in ('requested', 'confirmed', 'waitlisted')`,
        [attempt.sessionId],
      );
      if ((demand[0] as { seats: number }).seats > 2 * free.capacity) {
        const { rowCount } = await tx.query(
          `select id from conflicts where session_id = $1 and type = 'oversubscribed' and status = 'open' limit 1`,
          [attempt.sessionId],
        );
        if (!rowCount) {
          await tx.query(
            `insert into conflicts (region_id, type, severity, session_id, offer_id, details)
             values ($1, 'oversubscribed', 'medium', $2, $3, '{}')`,
            [actor.regionId, attempt.sessionId, session.offer_id],
          );
        }
      }
      await tx.query(bookingView, [actor.regionId, actor.schoolId, bookingId]);
      await tx.query('release savepoint sp1');
    }
    const hash = createHash('sha256').update(JSON.stringify(attempt)).digest('hex');
    await tx.query(
      `insert into idempotency_keys (region_id, user_id, key, request_hash, response_status, response_body)
       values ($1, $2, $3, $4, $5, $6)`,
      [
        actor.regionId,
        actor.userId,
        key,
        hash,
        outcome === 'confirmed' ? 201 : 202,
        JSON.stringify({ outcome }),
      ],
    );
    await tx.query('commit');
    return outcome;
  } catch (error) {
    await tx.query('rollback').catch(() => {});
    throw error;
  } finally {
    tx.release();
  }
}
