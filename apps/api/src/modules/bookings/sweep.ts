import { and, asc, eq, isNotNull, lte, sql } from 'drizzle-orm';
import { bookings, sessions, type Database } from '@stagebureau/db';
import { closeAtEnd, expireHold } from '@stagebureau/domain';
import { systemActor } from '../audit/record';
import { applyTransition, orThrow, stateOf } from './apply';
import { promoteInLockedSession } from './promotion';
import { lockSession } from './repo';
import { isLiveSql } from './statusSql';

export interface SweepResult {
  holdsExpired: number;
  promoted: number;
  closed: number;
}

/**
 * The booking clock, run periodically by the API process (sweepPlugin) and directly by tests
 * with a chosen `now`. Everything it needs is in the database (hold_expires_at, ends_at), so a
 * restart loses nothing; each session is handled in its own transaction under its lock, so
 * two API processes sweeping at once do no double work.
 */
export async function runBookingSweep(db: Database, now: Date, batch = 200): Promise<SweepResult> {
  const result: SweepResult = { holdsExpired: 0, promoted: 0, closed: 0 };
  const withExpiredHolds = await db
    .selectDistinct({ id: bookings.sessionId, regionId: bookings.regionId })
    .from(bookings)
    .where(
      and(
        eq(bookings.status, 'waitlisted'),
        isNotNull(bookings.holdExpiresAt),
        lte(bookings.holdExpiresAt, now),
      ),
    )
    .limit(batch);
  for (const session of withExpiredHolds) {
    await db.transaction(async (tx) => {
      const actor = systemActor(session.regionId);
      await lockSession(tx, session.regionId, session.id);
      const expired = await tx
        .select()
        .from(bookings)
        .where(
          and(
            eq(bookings.sessionId, session.id),
            eq(bookings.status, 'waitlisted'),
            lte(bookings.holdExpiresAt, now),
          ),
        )
        .orderBy(asc(bookings.queueNo))
        .for('update');
      for (const booking of expired) {
        await applyTransition(
          tx,
          actor,
          booking,
          orThrow(expireHold(stateOf(booking), now)),
          'booking.hold_expired',
        );
        result.holdsExpired++;
      }
      result.promoted += (await promoteInLockedSession(tx, actor, session, now)).length;
    });
  }

  const ended = await db
    .select({ id: sessions.id, regionId: sessions.regionId })
    .from(sessions)
    .where(
      and(
        lte(sessions.endsAt, now),
        sql`exists (select 1 from bookings b where b.session_id = ${sessions.id}
          and ${isLiveSql(sql`b.status`)})`,
      ),
    )
    .limit(batch);
  for (const session of ended) {
    await db.transaction(async (tx) => {
      const actor = systemActor(session.regionId);
      await lockSession(tx, session.regionId, session.id);
      const live = await tx
        .select()
        .from(bookings)
        .where(and(eq(bookings.sessionId, session.id), isLiveSql()))
        .for('update');
      for (const booking of live) {
        const transition = orThrow(closeAtEnd(stateOf(booking), now));
        await applyTransition(tx, actor, booking, transition, `booking.${transition.status}`);
        result.closed++;
      }
    });
  }
  return result;
}
