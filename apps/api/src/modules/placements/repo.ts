import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  attendanceWeeks,
  internshipPlaces,
  offers,
  organisations,
  placementSignatures,
  placements,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import type { PlacementStatus } from '@stagebureau/domain';

type Db = Database | Transaction;
export type PlacementRow = typeof placements.$inferSelect;

export async function insertPlacement(tx: Db, values: typeof placements.$inferInsert) {
  const [row] = await tx.insert(placements).values(values).returning();
  return row!;
}

export async function updatePlacement(
  tx: Db,
  id: string,
  values: Partial<typeof placements.$inferInsert>,
) {
  await tx
    .update(placements)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(placements.id, id));
}

/** Locks one placement row (its status moves under this lock). */
export async function lockPlacement(tx: Transaction, regionId: string, id: string) {
  const [row] = await tx
    .select()
    .from(placements)
    .where(and(eq(placements.regionId, regionId), eq(placements.id, id)))
    .for('update');
  return row ?? null;
}

export interface PlacementFilter {
  ids?: readonly string[];
  schoolId?: string;
  companyId?: string;
  placeId?: string;
  participantId?: string;
  status?: PlacementStatus;
}

const school = sql<string>`(select o.name from ${organisations} o where o.id = ${placements.schoolId})`;

export async function findPlacements(db: Db, regionId: string, filter: PlacementFilter) {
  if (filter.ids && filter.ids.length === 0) return [];
  return db
    .select({
      placement: placements,
      placeTitle: offers.title,
      placeType: offers.type,
      placeCity: offers.city,
      companyName: organisations.name,
      schoolName: school,
      confirmedHours: sql<number>`coalesce((select sum(w.hours) from ${attendanceWeeks} w
        where w.placement_id = ${placements.id} and w.confirmed_at is not null), 0)::float8`,
    })
    .from(placements)
    .innerJoin(internshipPlaces, eq(internshipPlaces.id, placements.placeId))
    .innerJoin(offers, eq(offers.id, internshipPlaces.offerId))
    .innerJoin(organisations, eq(organisations.id, placements.companyId))
    .where(
      and(
        eq(placements.regionId, regionId),
        filter.ids ? inArray(placements.id, [...filter.ids]) : undefined,
        filter.schoolId ? eq(placements.schoolId, filter.schoolId) : undefined,
        filter.companyId ? eq(placements.companyId, filter.companyId) : undefined,
        filter.placeId ? eq(placements.placeId, filter.placeId) : undefined,
        filter.participantId ? eq(placements.participantId, filter.participantId) : undefined,
        filter.status ? eq(placements.status, filter.status) : undefined,
      ),
    )
    .orderBy(desc(placements.startsOn), desc(placements.createdAt))
    .limit(1000);
}
export type PlacementListRow = Awaited<ReturnType<typeof findPlacements>>[number];

/** Which companies hold (or held) each participant, and in which status: who may read names. */
export async function hostingsOf(db: Db, regionId: string, participantIds: readonly string[]) {
  if (participantIds.length === 0) return [];
  return db
    .select({
      participantId: placements.participantId,
      companyId: placements.companyId,
      status: placements.status,
    })
    .from(placements)
    .where(
      and(
        eq(placements.regionId, regionId),
        inArray(placements.participantId, [...participantIds]),
      ),
    );
}

export async function signaturesOf(db: Db, placementIds: readonly string[]) {
  if (placementIds.length === 0) return [];
  return db
    .select()
    .from(placementSignatures)
    .where(inArray(placementSignatures.placementId, [...placementIds]));
}

/** Erasure: the agreement's copy of the names and the typed names of the person's signatures. */
export async function scrubPlacementsOf(tx: Db, participantId: string) {
  const ids = tx
    .select({ id: placements.id })
    .from(placements)
    .where(eq(placements.participantId, participantId));
  await tx
    .update(placements)
    .set({ agreement: null, updatedAt: new Date() })
    .where(eq(placements.participantId, participantId));
  await tx
    .update(placementSignatures)
    .set({ typedName: null, email: '' })
    .where(
      and(
        inArray(placementSignatures.placementId, ids),
        inArray(placementSignatures.party, ['pupil', 'guardian', 'teacher']),
      ),
    );
}
