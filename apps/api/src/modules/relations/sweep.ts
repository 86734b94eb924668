import type { Database } from '@stagebureau/db';
import { localDateOf, needsReminder } from '@stagebureau/domain';
import { notify } from '../notifications/notify';
import { claimDueFollowUps, markReminded } from './repo';

/**
 * Reminds follow-ups' owners (issue 17), run periodically by the API process (sweepPlugin)
 * and by tests with their own `now`. One transaction claims the open follow-ups due today or
 * earlier that were not reminded yet (row locks, SKIP LOCKED), stores one `follow_up.due`
 * event each and sets `reminded_at` — so each is reminded exactly once, even with two sweeps
 * running at once: the other one skips the locked rows, and after the commit they no longer
 * qualify. The outbox worker renders and sends the messages.
 */
export async function runFollowUpReminders(db: Database, now: Date): Promise<{ reminded: number }> {
  const today = localDateOf(now);
  let reminded = 0;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const claimed = (await claimDueFollowUps(tx, today)).filter((row) =>
        needsReminder(row, today),
      );
      for (const row of claimed)
        await notify(tx, {
          kind: 'follow_up.due',
          regionId: row.regionId,
          followUpId: row.id,
          dueOn: row.dueOn,
        });
      await markReminded(
        tx,
        claimed.map((row) => row.id),
        now,
      );
      return claimed.length;
    });
    reminded += batch;
    if (batch < 500) return { reminded };
  }
}
