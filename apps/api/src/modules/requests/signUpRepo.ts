import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  classes,
  organisations,
  partProposals,
  requestParts,
  requests,
  signUps,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import type { PartProposalStatus } from '@stagebureau/domain';

type Db = Database | Transaction;

export async function insertSignUp(tx: Transaction, values: typeof signUps.$inferInsert) {
  const [row] = await tx.insert(signUps).values(values).returning();
  return row!;
}

/** The one-taker index (schema requests.ts): a second live proposal for a part violates it. */
export const oneTakerIndex = 'part_proposals_one_taker_uq';

export function isPartTaken(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const pg = current as { code?: string; constraint?: string; cause?: unknown };
    if (pg.code === '23505' && pg.constraint === oneTakerIndex) return true;
    current = pg.cause;
  }
  return false;
}

export async function insertProposals(
  tx: Transaction,
  values: (typeof partProposals.$inferInsert)[],
) {
  return tx.insert(partProposals).values(values).returning();
}

export interface SignUpFilter {
  ids?: string[];
  requestId?: string;
  companyId?: string;
  /** A school: sign-ups that hold (or held) parts of its classes. */
  schoolId?: string;
  status?: PartProposalStatus;
}

export async function findSignUps(db: Db, regionId: string, filter: SignUpFilter) {
  if (filter.ids?.length === 0) return [];
  const conditions: (SQL | undefined)[] = [eq(signUps.regionId, regionId)];
  if (filter.ids) conditions.push(inArray(signUps.id, filter.ids));
  if (filter.requestId) conditions.push(eq(signUps.requestId, filter.requestId));
  if (filter.companyId) conditions.push(eq(signUps.companyId, filter.companyId));
  const partFilter: SQL[] = [];
  if (filter.schoolId) partFilter.push(sql`p.school_id = ${filter.schoolId}`);
  if (filter.status) partFilter.push(sql`pp.status = ${filter.status}`);
  if (partFilter.length > 0)
    conditions.push(
      sql`exists (select 1 from ${partProposals} pp join ${requestParts} p on p.id = pp.part_id
                  where pp.sign_up_id = ${signUps.id} and ${sql.join(partFilter, sql` and `)})`,
    );
  return db
    .select({ signUp: signUps, requestTitle: requests.title, companyName: organisations.name })
    .from(signUps)
    .innerJoin(requests, eq(requests.id, signUps.requestId))
    .innerJoin(organisations, eq(organisations.id, signUps.companyId))
    .where(and(...conditions))
    .orderBy(desc(signUps.createdAt), desc(signUps.id));
}
export type FoundSignUp = Awaited<ReturnType<typeof findSignUps>>[number];

/** The proposals of sign-ups with their part's class and school. */
export async function findProposals(db: Db, signUpIds: string[]) {
  if (signUpIds.length === 0) return [];
  return db
    .select({
      proposal: partProposals,
      schoolId: requestParts.schoolId,
      schoolName: organisations.name,
      className: classes.name,
    })
    .from(partProposals)
    .innerJoin(requestParts, eq(requestParts.id, partProposals.partId))
    .innerJoin(classes, eq(classes.id, requestParts.classId))
    .innerJoin(organisations, eq(organisations.id, requestParts.schoolId))
    .where(inArray(partProposals.signUpId, signUpIds))
    .orderBy(partProposals.startsAt, partProposals.id);
}

/** A proposal with its part, sign-up and request, locked for a decision. */
export async function lockProposal(tx: Transaction, regionId: string, id: string) {
  const [row] = await tx
    .select({ proposal: partProposals, part: requestParts, signUp: signUps, request: requests })
    .from(partProposals)
    .innerJoin(requestParts, eq(requestParts.id, partProposals.partId))
    .innerJoin(signUps, eq(signUps.id, partProposals.signUpId))
    .innerJoin(requests, eq(requests.id, signUps.requestId))
    .where(and(eq(partProposals.regionId, regionId), eq(partProposals.id, id)))
    .for('update', { of: [partProposals, signUps] });
  return row ?? null;
}

export async function lockSignUp(tx: Transaction, regionId: string, id: string) {
  const [row] = await tx
    .select()
    .from(signUps)
    .where(and(eq(signUps.regionId, regionId), eq(signUps.id, id)))
    .for('update');
  return row ?? null;
}

export async function updateProposal(
  tx: Transaction,
  id: string,
  change: Partial<typeof partProposals.$inferInsert>,
) {
  const [row] = await tx
    .update(partProposals)
    .set(change)
    .where(eq(partProposals.id, id))
    .returning();
  return row!;
}

export async function updateSignUp(
  tx: Transaction,
  id: string,
  change: Partial<typeof signUps.$inferInsert>,
) {
  const [row] = await tx.update(signUps).set(change).where(eq(signUps.id, id)).returning();
  return row!;
}

/** Live proposals of a sign-up (proposed or accepted), with the part's school. */
export async function liveProposalsOf(tx: Transaction, signUpId: string) {
  return tx
    .select({ proposal: partProposals, schoolId: requestParts.schoolId })
    .from(partProposals)
    .innerJoin(requestParts, eq(requestParts.id, partProposals.partId))
    .where(
      and(
        eq(partProposals.signUpId, signUpId),
        or(eq(partProposals.status, 'proposed'), eq(partProposals.status, 'accepted')),
      ),
    )
    .for('update', { of: [partProposals] });
}
