import { and, eq, sql } from 'drizzle-orm';
import { notificationEvents, type Database, type Transaction } from '@stagebureau/db';
import { signByLink } from '../modules/placements/agreement/sign';
import { confirmAttendanceByToken } from '../modules/placements/attendance/service';
import { sweepAttendance } from '../modules/placements/attendance/sweep';

/**
 * The demo's parties following the links in their e-mails: the seed reads each link from the
 * notification event the product wrote for it (what the outbox mails), as a party would from
 * its inbox, and uses it through the same service as the public page.
 */
export function linksFollowed(tx: Transaction, regionId: string) {
  const db = tx as unknown as Database;
  /** The last link mailed for one row (what the party finds in its inbox). */
  const mailedToken = async (kind: string, key: string, id: string) => {
    const [row] = await tx
      .select({ path: sql<string>`${notificationEvents.event}->>'path'` })
      .from(notificationEvents)
      .where(
        and(
          eq(notificationEvents.regionId, regionId),
          sql`${notificationEvents.event}->>'kind' = ${kind}`,
          sql`${notificationEvents.event}->>${key} = ${id}`,
        ),
      )
      .orderBy(sql`${notificationEvents.id} desc`)
      .limit(1);
    return row!.path.split('/').pop()!;
  };
  const signingTokens = async (placementId: string) => {
    const rows = await tx.execute<{ id: string; party: string }>(
      sql`select id, party from placement_signatures where placement_id = ${placementId}`,
    );
    return Promise.all(
      rows.rows.map(async (row) => ({
        party: row.party,
        token: await mailedToken('placement.signing_requested', 'signatureId', row.id),
      })),
    );
  };
  const signers: Record<string, string> = {
    school: 'Femke Jansen',
    company: 'Henk Bos',
    pupil: 'Lars Hoekstra',
    guardian: 'Marleen Hoekstra',
    teacher: 'Ruben Mulder',
  };
  const signAll = async (placementId: string, at: Date, skip: string[] = []) => {
    for (const { party, token } of await signingTokens(placementId))
      if (!skip.includes(party))
        await signByLink(db, token, { typedName: signers[party]!, consent: true }, at);
  };
  /** The supervisor clicks every weekly link the sweep mailed up to `until`. */
  const confirmWeeks = async (until: Date) => {
    await sweepAttendance(db, until);
    const weeks = await tx.execute<{ id: string }>(
      sql`select w.id from attendance_weeks w join placements p on p.id = w.placement_id
          where p.region_id = ${regionId} and w.confirmed_at is null and w.token_hash is not null`,
    );
    for (const week of weeks.rows)
      await confirmAttendanceByToken(
        db,
        await mailedToken('placement.attendance_requested', 'weekId', week.id),
        {},
        until,
      );
  };

  return { mailedToken, signAll, confirmWeeks, signers };
}
