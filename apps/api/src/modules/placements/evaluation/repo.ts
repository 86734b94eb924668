import { and, eq, gte, isNotNull, isNull, lt } from 'drizzle-orm';
import {
  internshipPlaces,
  organisations,
  placementEvaluations,
  placements,
  sessions,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import type { ReportPeriod } from '@stagebureau/domain';

type Db = Database | Transaction;
export type EvaluationRow = typeof placementEvaluations.$inferSelect;

/** Signed placements whose period ended before `today` and that were never asked. */
export async function placementsToEvaluate(db: Db, regionId: string, today: string) {
  const rows = await db
    .select({ id: placements.id })
    .from(placements)
    .leftJoin(placementEvaluations, eq(placementEvaluations.placementId, placements.id))
    .where(
      and(
        eq(placements.regionId, regionId),
        eq(placements.status, 'signed'),
        lt(placements.endsOn, today),
        isNull(placementEvaluations.id),
      ),
    );
  return rows.map((row) => row.id);
}

/** The evaluation's row with its link, once per placement (the unique key decides). */
export async function insertRequest(
  tx: Transaction,
  values: { regionId: string; placementId: string; tokenHash: string },
): Promise<string | null> {
  const [row] = await tx
    .insert(placementEvaluations)
    .values({ ...values, ratings: {} })
    .onConflictDoNothing()
    .returning({ id: placementEvaluations.id });
  return row?.id ?? null;
}

/** The evaluation a link opens (the hash is unique). */
export async function findByToken(db: Db, tokenHash: string, lock = false) {
  const query = db
    .select()
    .from(placementEvaluations)
    .where(eq(placementEvaluations.tokenHash, tokenHash));
  const [row] = await (lock ? query.for('update') : query);
  return row ?? null;
}

export async function findOfPlacement(db: Db, regionId: string, placementId: string) {
  const [row] = await db
    .select()
    .from(placementEvaluations)
    .where(
      and(
        eq(placementEvaluations.regionId, regionId),
        eq(placementEvaluations.placementId, placementId),
      ),
    );
  return row ?? null;
}

/** Stores the submitted form on the placement's row (created when it was never requested). */
export async function storeSubmission(
  tx: Transaction,
  values: {
    regionId: string;
    placementId: string;
    ratings: Record<string, number>;
    comment: string;
    submittedAt: Date;
    submittedBy: string | null;
  },
) {
  const { regionId: _regionId, placementId: _placementId, ...submission } = values;
  const [row] = await tx
    .insert(placementEvaluations)
    .values(values)
    .onConflictDoUpdate({ target: placementEvaluations.placementId, set: submission })
    .returning();
  return row!;
}

/** Submitted evaluations with their company, of places starting in the period. */
export async function submittedEvaluations(db: Db, regionId: string, period: ReportPeriod) {
  return db
    .select({
      companyId: organisations.id,
      companyName: organisations.name,
      ratings: placementEvaluations.ratings,
    })
    .from(placementEvaluations)
    .innerJoin(placements, eq(placements.id, placementEvaluations.placementId))
    .innerJoin(internshipPlaces, eq(internshipPlaces.id, placements.placeId))
    .innerJoin(sessions, eq(sessions.id, internshipPlaces.sessionId))
    .innerJoin(organisations, eq(organisations.id, placements.companyId))
    .where(
      and(
        eq(placementEvaluations.regionId, regionId),
        isNotNull(placementEvaluations.submittedAt),
        period.from ? gte(sessions.startsAt, period.from) : undefined,
        period.until ? lt(sessions.startsAt, period.until) : undefined,
      ),
    );
}
