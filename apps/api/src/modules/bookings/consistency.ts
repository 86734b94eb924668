import { sql } from 'drizzle-orm';
import type { Database } from '@stagebureau/db';
import { holdsSeatsSql, occupiesClassTimeSql } from './statusSql';

export interface ConsistencyViolation {
  rule: 'counter_mismatch' | 'over_capacity' | 'class_overlap' | 'waitlist_not_promoted';
  sessionId: string | null;
  detail: Record<string, unknown>;
}

/**
 * Checks the booking invariants over the stored data (architecture §5), optionally for one region:
 * - a session's `booked_seats` equals the seats of its seat-holding bookings (requested,
 *   confirmed, completed, no-show, and waitlisted ones with a hold);
 * - no session holds more than its capacity unless the bureau knowingly overbooked it;
 * - no class has two overlapping bookings that occupy its time (confirmed or requested);
 * - no scheduled, future session has free seats that fit a waiting (unheld) booking.
 * Returns the violations; an empty list means consistent. Used by the concurrency, crash and
 * benchmark tests after every scenario.
 */
export async function findConsistencyViolations(
  db: Database,
  options: { regionId?: string; now?: Date } = {},
): Promise<ConsistencyViolation[]> {
  const region = options.regionId ? sql`and s.region_id = ${options.regionId}` : sql``;
  const now = (options.now ?? new Date()).toISOString();
  const heldByB = holdsSeatsSql(sql`b.status`, sql`b.hold_expires_at`);
  const counters = await db.execute<{ id: string; booked: number; held: number }>(sql`
    select s.id, s.booked_seats as booked, coalesce(sum(b.seats) filter (where ${heldByB}), 0)::int as held
    from sessions s left join bookings b on b.session_id = s.id
    where true ${region}
    group by s.id
    having s.booked_seats <> coalesce(sum(b.seats) filter (where ${heldByB}), 0)`);
  const over = await db.execute<{ id: string; booked: number; capacity: number }>(sql`
    select s.id, s.booked_seats as booked, s.capacity from sessions s
    where s.booked_seats > s.capacity and not s.overbooked_by_bureau ${region}`);
  const overlaps = await db.execute<{
    class_id: string;
    a: string;
    b: string;
    session_id: string;
  }>(sql`
    select a.class_id, a.id as a, b.id as b, a.session_id from bookings a
    join bookings b on a.class_id = b.class_id and a.id < b.id
      and tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')
    join sessions s on s.id = a.session_id
    where ${occupiesClassTimeSql(sql`a.status`)} and ${occupiesClassTimeSql(sql`b.status`)} ${region}`);
  const stuck = await db.execute<{ id: string; free: number; smallest: number }>(sql`
    select s.id, s.capacity - s.booked_seats as free, min(b.seats)::int as smallest
    from sessions s join bookings b on b.session_id = s.id
      and b.status = 'waitlisted' and b.hold_expires_at is null
    where s.status = 'scheduled' and s.starts_at > ${now} ${region}
      and not exists (select 1 from bookings c where c.session_id = s.id
        and c.status = 'waitlisted' and c.hold_expires_at is null
        and exists (select 1 from bookings d where d.class_id = c.class_id
          and ${occupiesClassTimeSql(sql`d.status`)}
          and tstzrange(d.starts_at, d.ends_at, '[)') && tstzrange(c.starts_at, c.ends_at, '[)')))
    group by s.id
    having min(b.seats) <= s.capacity - s.booked_seats`);
  return [
    ...counters.rows.map((row) => ({
      rule: 'counter_mismatch' as const,
      sessionId: row.id,
      detail: { bookedSeats: row.booked, heldSeats: row.held },
    })),
    ...over.rows.map((row) => ({
      rule: 'over_capacity' as const,
      sessionId: row.id,
      detail: { bookedSeats: row.booked, capacity: row.capacity },
    })),
    ...overlaps.rows.map((row) => ({
      rule: 'class_overlap' as const,
      sessionId: row.session_id,
      detail: { classId: row.class_id, bookingIds: [row.a, row.b] },
    })),
    ...stuck.rows.map((row) => ({
      rule: 'waitlist_not_promoted' as const,
      sessionId: row.id,
      detail: { freeSeats: row.free, smallestWaiting: row.smallest },
    })),
  ];
}
