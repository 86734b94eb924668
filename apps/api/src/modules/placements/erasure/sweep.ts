import { and, eq, isNull, max } from 'drizzle-orm';
import { participants, placements, regions, type Database } from '@stagebureau/db';
import { localDateOf, regionSettingsSchema, retainUntil } from '@stagebureau/domain';
import { systemActor } from '../../audit/record';
import { eraseParticipantIn } from '../participants/service';

/**
 * The retention sweep (issue 16): a participant's names go once the last of its placements'
 * retention dates has passed (the placement's school year end plus the region's months); a
 * pupil registered but never placed, once its registration's would have. Counts stay: the row,
 * its placements and bookings remain under the pseudonym. Safe to run from several processes:
 * each erasure locks nothing but writes only rows not yet erased.
 */
export async function eraseExpiredParticipants(db: Database, now: Date): Promise<number> {
  const today = localDateOf(now);
  const regionRows = await db.select({ id: regions.id, settings: regions.settings }).from(regions);
  let erased = 0;
  for (const region of regionRows) {
    const months = regionSettingsSchema.parse({ ...region.settings }).placementRetentionMonths;
    const candidates = await db
      .select({
        id: participants.id,
        pseudonym: participants.pseudonym,
        erasedAt: participants.erasedAt,
        createdAt: participants.createdAt,
        lastRetention: max(placements.retainUntil),
      })
      .from(participants)
      .leftJoin(placements, eq(placements.participantId, participants.id))
      .where(and(eq(participants.regionId, region.id), isNull(participants.erasedAt)))
      .groupBy(participants.id);
    for (const candidate of candidates) {
      const until =
        candidate.lastRetention ?? retainUntil(localDateOf(candidate.createdAt), months);
      if (until >= today) continue;
      const done = await db.transaction((tx) =>
        eraseParticipantIn(tx, systemActor(region.id), candidate, now, 'retention period ended'),
      );
      if (done) erased++;
    }
  }
  return erased;
}
