import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import {
  internshipPlaces,
  offers,
  organisations,
  participants,
  placementPreferences,
  placementRounds,
  placements,
  sessions,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import type { RoundResult } from '@stagebureau/domain';

type Db = Database | Transaction;
export type RoundRow = typeof placementRounds.$inferSelect;
export type PreferenceRow = typeof placementPreferences.$inferSelect;

export async function insertRound(tx: Db, values: typeof placementRounds.$inferInsert) {
  const [row] = await tx.insert(placementRounds).values(values).returning();
  return row!;
}

/** One round of the region; `lock` takes its row for a status change. */
export async function findRound(db: Db, regionId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(placementRounds)
    .where(and(eq(placementRounds.regionId, regionId), eq(placementRounds.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function listRounds(db: Db, regionId: string, schoolId: string | undefined) {
  return db
    .select({
      round: placementRounds,
      pupilCount: sql<number>`(select count(*) from ${placementPreferences} pp
        where pp.round_id = ${placementRounds.id})::int`,
    })
    .from(placementRounds)
    .where(
      and(
        eq(placementRounds.regionId, regionId),
        schoolId ? eq(placementRounds.schoolId, schoolId) : undefined,
      ),
    )
    .orderBy(desc(placementRounds.createdAt), asc(placementRounds.id))
    .limit(500);
}

export async function updateRound(
  tx: Db,
  id: string,
  values: Partial<typeof placementRounds.$inferInsert>,
) {
  await tx
    .update(placementRounds)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(placementRounds.id, id));
}

/** The pupils of a round with their preferences, oldest entry first. */
export async function preferencesOf(db: Db, roundId: string) {
  return db
    .select()
    .from(placementPreferences)
    .where(eq(placementPreferences.roundId, roundId))
    .orderBy(asc(placementPreferences.createdAt), asc(placementPreferences.id));
}

/** One pupil's row in a round; `lock` holds it while its result moves. */
export async function findPreference(db: Db, roundId: string, participantId: string, lock = false) {
  const query = db
    .select()
    .from(placementPreferences)
    .where(
      and(
        eq(placementPreferences.roundId, roundId),
        eq(placementPreferences.participantId, participantId),
      ),
    );
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function upsertPreference(
  tx: Db,
  values: { regionId: string; roundId: string; participantId: string; placeIds: string[] },
) {
  const [row] = await tx
    .insert(placementPreferences)
    .values(values)
    .onConflictDoUpdate({
      target: [placementPreferences.roundId, placementPreferences.participantId],
      set: { placeIds: values.placeIds, updatedAt: new Date() },
    })
    .returning();
  return row!;
}

export async function deletePreference(tx: Db, id: string) {
  await tx.delete(placementPreferences).where(eq(placementPreferences.id, id));
}

export async function setResult(tx: Db, id: string, result: RoundResult) {
  await tx
    .update(placementPreferences)
    .set({ result: result as unknown as Record<string, unknown>, updatedAt: new Date() })
    .where(eq(placementPreferences.id, id));
}

/** The places of a round with their period, seats and company, as the run and view need them. */
export async function roundPlaces(db: Db, regionId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: internshipPlaces.id,
      title: offers.title,
      type: offers.type,
      levels: offers.levels,
      schoolYears: offers.schoolYears,
      vmboProfiles: offers.vmboProfiles,
      city: offers.city,
      companyName: organisations.name,
      startsAt: sessions.startsAt,
      endsAt: sessions.endsAt,
      capacity: sessions.capacity,
      bookedSeats: sessions.bookedSeats,
      sessionStatus: sessions.status,
    })
    .from(internshipPlaces)
    .innerJoin(offers, eq(offers.id, internshipPlaces.offerId))
    .innerJoin(sessions, eq(sessions.id, internshipPlaces.sessionId))
    .innerJoin(organisations, eq(organisations.id, internshipPlaces.companyId))
    .where(and(eq(internshipPlaces.regionId, regionId), inArray(internshipPlaces.id, [...ids])));
}
export type RoundPlaceRow = Awaited<ReturnType<typeof roundPlaces>>[number];

/** The periods of the participants' live placements (not declined or cancelled). */
export async function busyPeriods(db: Db, regionId: string, participantIds: readonly string[]) {
  if (participantIds.length === 0) return [];
  return db
    .select({
      participantId: placements.participantId,
      startsAt: sessions.startsAt,
      endsAt: sessions.endsAt,
    })
    .from(placements)
    .innerJoin(internshipPlaces, eq(internshipPlaces.id, placements.placeId))
    .innerJoin(sessions, eq(sessions.id, internshipPlaces.sessionId))
    .where(
      and(
        eq(placements.regionId, regionId),
        inArray(placements.participantId, [...participantIds]),
        notInArray(placements.status, ['declined', 'cancelled']),
      ),
    )
    .orderBy(asc(sessions.startsAt), asc(placements.id));
}

/** The statuses of the placements a round proposed. */
export async function placementStatuses(db: Db, regionId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: placements.id, status: placements.status })
    .from(placements)
    .where(and(eq(placements.regionId, regionId), inArray(placements.id, [...ids])));
}

/** What a round needs to know of a pupil: whose it is and what suits it (no names). */
export async function pupilFacts(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select({
      id: participants.id,
      schoolId: participants.schoolId,
      kind: participants.kind,
      erasedAt: participants.erasedAt,
      educationLevel: participants.educationLevel,
      schoolYear: participants.schoolYear,
      vmboProfile: participants.vmboProfile,
    })
    .from(participants)
    .where(and(eq(participants.regionId, regionId), eq(participants.id, id)));
  return row ?? null;
}
