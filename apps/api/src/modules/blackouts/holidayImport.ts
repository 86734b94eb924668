import { and, eq } from 'drizzle-orm';
import { blackouts, type Database, type Transaction } from '@stagebureau/db';
import type { HolidayRegion, HolidayWrites, StoredHoliday } from '@stagebureau/domain';

/**
 * What the school-holiday import (issue 21) reads and writes of blackouts. Imported holidays
 * are ordinary `school_holiday` blackouts with a `sourceKey`, so every reader (conflicts, the
 * booking path, feeds) sees them without knowing they were imported.
 */
export async function storedSchoolHolidays(
  db: Database | Transaction,
  regionId: string,
): Promise<StoredHoliday[]> {
  const rows = await db
    .select({
      id: blackouts.id,
      sourceKey: blackouts.sourceKey,
      name: blackouts.name,
      holidayRegion: blackouts.holidayRegion,
      startsOn: blackouts.startsOn,
      endsOn: blackouts.endsOn,
    })
    .from(blackouts)
    .where(and(eq(blackouts.regionId, regionId), eq(blackouts.kind, 'school_holiday')));
  return rows.map((row) => ({ ...row, holidayRegion: row.holidayRegion as HolidayRegion | null }));
}

export async function writeSchoolHolidays(
  tx: Transaction,
  regionId: string,
  writes: HolidayWrites,
) {
  if (writes.creates.length > 0) {
    await tx.insert(blackouts).values(
      writes.creates.map((holiday) => ({
        ...holiday,
        regionId,
        kind: 'school_holiday' as const,
        schoolId: null,
      })),
    );
  }
  for (const { id, ...fields } of writes.updates) {
    await tx
      .update(blackouts)
      .set(fields)
      .where(and(eq(blackouts.regionId, regionId), eq(blackouts.id, id)));
  }
}
