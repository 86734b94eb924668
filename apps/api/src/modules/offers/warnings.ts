import type { Database, Transaction } from '@stagebureau/db';
import { blackoutsOverlapping, localDateOf, type ScheduleWarning } from '@stagebureau/domain';
import { blackoutsAround } from '../blackouts/service';

/**
 * Sessions inside a blackout are allowed (a company may still want them) but the answer
 * warns. Which schools are affected is only known when one books (bookings raise the conflict).
 */
export async function blackoutWarnings(
  db: Database | Transaction,
  regionId: string,
  sessions: readonly { startsAt: Date; endsAt: Date }[],
): Promise<ScheduleWarning[]> {
  if (sessions.length === 0) return [];
  const from = localDateOf(sessions.reduce((a, b) => (a.startsAt < b.startsAt ? a : b)).startsAt);
  const to = localDateOf(sessions.reduce((a, b) => (a.endsAt > b.endsAt ? a : b)).endsAt);
  const periods = await blackoutsAround(db, regionId, { from, to });
  return sessions.flatMap((session) =>
    blackoutsOverlapping(session, periods).map((blackout) => ({
      code: 'blackout_overlap' as const,
      startsAt: session.startsAt.toISOString(),
      blackoutId: blackout.id,
      blackoutName: blackout.name,
      startsOn: blackout.startsOn,
      endsOn: blackout.endsOn,
    })),
  );
}
