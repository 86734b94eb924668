import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  classes,
  menuCards,
  organisations,
  partProposals,
  requestParts,
  requests,
  schoolLocations,
  signUps,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import type { MenuCardStatus, RequestStatus } from '@stagebureau/domain';
import { distanceSql, type Point } from '../geography/service';

/*
 * This module owns menu_cards, requests, request_parts, sign_ups and part_proposals
 * (architecture §2): other modules call ./service, never this file.
 */
type Db = Database | Transaction;
export type MenuCardRow = typeof menuCards.$inferSelect;
export type RequestRow = typeof requests.$inferSelect;
export type SignUpRow = typeof signUps.$inferSelect;
export type PartProposalRow = typeof partProposals.$inferSelect;

/** The school year's card, made (as a draft) by the first request of that year. */
export async function menuCardOfYear(tx: Transaction, regionId: string, schoolYear: string) {
  await tx
    .insert(menuCards)
    .values({ regionId, schoolYear, title: `Menukaart ${schoolYear}` })
    .onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(menuCards)
    .where(and(eq(menuCards.regionId, regionId), eq(menuCards.schoolYear, schoolYear)))
    .for('share');
  return row!;
}

export async function findMenuCards(
  db: Db,
  regionId: string,
  filter: { schoolYear?: string; id?: string },
) {
  const conditions = [eq(menuCards.regionId, regionId)];
  if (filter.schoolYear) conditions.push(eq(menuCards.schoolYear, filter.schoolYear));
  if (filter.id) conditions.push(eq(menuCards.id, filter.id));
  return db
    .select()
    .from(menuCards)
    .where(and(...conditions))
    .orderBy(asc(menuCards.schoolYear));
}

export async function lockMenuCard(tx: Transaction, regionId: string, id: string) {
  const [row] = await tx
    .select()
    .from(menuCards)
    .where(and(eq(menuCards.regionId, regionId), eq(menuCards.id, id)))
    .for('update');
  return row ?? null;
}

export async function updateMenuCard(
  tx: Transaction,
  id: string,
  change: { status: MenuCardStatus; publishedAt?: Date; closedAt?: Date },
) {
  const [row] = await tx
    .update(menuCards)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(menuCards.id, id))
    .returning();
  return row!;
}

export async function renameMenuCard(tx: Transaction, id: string, title: string) {
  await tx.update(menuCards).set({ title, updatedAt: new Date() }).where(eq(menuCards.id, id));
}

export async function insertRequest(tx: Transaction, values: typeof requests.$inferInsert) {
  const [row] = await tx.insert(requests).values(values).returning();
  return row!;
}

export async function insertParts(tx: Transaction, values: (typeof requestParts.$inferInsert)[]) {
  return tx.insert(requestParts).values(values).returning();
}

export interface RequestFilter {
  ids?: string[];
  menuCardId?: string;
  schoolYear?: string;
  status?: RequestStatus;
  /** A school: requests it asked, or with parts for its classes. */
  schoolId?: string;
  /** Companies and the public: published requests on a published card (plus `orIds`). */
  onPublishedCard?: boolean;
  /** Requests shown regardless of the card (a company's own sign-ups). */
  orIds?: string[];
}

/** Requests with their card's year and status and the asking school's name. */
export async function findRequests(db: Db, regionId: string, filter: RequestFilter) {
  if (filter.ids?.length === 0) return [];
  const conditions: (SQL | undefined)[] = [eq(requests.regionId, regionId)];
  if (filter.ids) conditions.push(inArray(requests.id, filter.ids));
  if (filter.menuCardId) conditions.push(eq(requests.menuCardId, filter.menuCardId));
  if (filter.schoolYear) conditions.push(eq(menuCards.schoolYear, filter.schoolYear));
  if (filter.status) conditions.push(eq(requests.status, filter.status));
  if (filter.schoolId)
    conditions.push(
      or(
        eq(requests.schoolId, filter.schoolId),
        sql`exists (select 1 from ${requestParts} where ${requestParts.requestId} = ${requests.id} and ${requestParts.schoolId} = ${filter.schoolId})`,
      ),
    );
  if (filter.onPublishedCard) {
    const published = and(eq(menuCards.status, 'published'), eq(requests.status, 'published'));
    conditions.push(
      filter.orIds?.length ? or(published, inArray(requests.id, filter.orIds)) : published,
    );
  }
  return db
    .select({
      request: requests,
      schoolYear: menuCards.schoolYear,
      cardStatus: menuCards.status,
      schoolName: organisations.name,
    })
    .from(requests)
    .innerJoin(menuCards, eq(menuCards.id, requests.menuCardId))
    .leftJoin(organisations, eq(organisations.id, requests.schoolId))
    .where(and(...conditions))
    .orderBy(asc(requests.periodFrom), asc(requests.title), asc(requests.id));
}
export type FoundRequest = Awaited<ReturnType<typeof findRequests>>[number];

/** A request and its card, locked: sign-ups share the lock, curation takes it exclusively. */
export async function lockRequest(
  tx: Transaction,
  regionId: string,
  id: string,
  strength: 'share' | 'update',
) {
  const [row] = await tx
    .select({ request: requests, card: menuCards })
    .from(requests)
    .innerJoin(menuCards, eq(menuCards.id, requests.menuCardId))
    .where(and(eq(requests.regionId, regionId), eq(requests.id, id)))
    .for(strength);
  return row ?? null;
}

export async function updateRequests(
  tx: Transaction,
  ids: string[],
  change: Partial<Pick<RequestRow, 'status' | 'mergedInto' | 'schoolId'>>,
) {
  if (ids.length === 0) return [];
  return tx
    .update(requests)
    .set({ ...change, updatedAt: new Date() })
    .where(inArray(requests.id, ids))
    .returning();
}

/** Publishing a card publishes the requests the bureau left on it. */
export async function publishSubmittedRequests(tx: Transaction, menuCardId: string) {
  return tx
    .update(requests)
    .set({ status: 'published', updatedAt: new Date() })
    .where(and(eq(requests.menuCardId, menuCardId), eq(requests.status, 'submitted')))
    .returning({ id: requests.id });
}

/**
 * Parts with their class, school and live proposal (at most one, by the unique index).
 */
export async function findParts(db: Db, requestIds: string[], origin: Point | null = null) {
  if (requestIds.length === 0) return [];
  // A part is where its class is taught: the class's location, else its school.
  const distanceKm = origin
    ? distanceSql(origin, [
        {
          latitude: schoolLocations.latitude,
          longitude: schoolLocations.longitude,
          postcode: schoolLocations.postcode,
        },
        {
          latitude: organisations.latitude,
          longitude: organisations.longitude,
          postcode: organisations.postcode,
        },
      ])
    : sql<null>`null::float8`;
  return db
    .select({
      distanceKm,
      part: requestParts,
      className: classes.name,
      pupils: classes.size,
      schoolName: organisations.name,
      proposal: partProposals,
      companyId: signUps.companyId,
      companyName: sql<
        string | null
      >`(select name from ${organisations} c where c.id = ${signUps.companyId})`,
    })
    .from(requestParts)
    .innerJoin(classes, eq(classes.id, requestParts.classId))
    .innerJoin(organisations, eq(organisations.id, requestParts.schoolId))
    .leftJoin(schoolLocations, eq(schoolLocations.id, classes.locationId))
    .leftJoin(
      partProposals,
      and(
        eq(partProposals.partId, requestParts.id),
        inArray(partProposals.status, ['proposed', 'accepted']),
      ),
    )
    .leftJoin(signUps, eq(signUps.id, partProposals.signUpId))
    .where(inArray(requestParts.requestId, requestIds))
    .orderBy(asc(organisations.name), asc(classes.name), asc(requestParts.occasion));
}
export type FoundPart = Awaited<ReturnType<typeof findParts>>[number];

/** Moves merged requests' parts to the target, numbering occasions on after the target's. */
export async function moveParts(tx: Transaction, targetId: string, fromIds: string[]) {
  await tx.execute(sql`
    update ${requestParts} p
       set request_id = ${targetId},
           occasion = p.occasion + coalesce((
             select max(t.occasion) from ${requestParts} t
              where t.request_id = ${targetId} and t.class_id = p.class_id), 0)
     where p.request_id in (${sql.join(
       fromIds.map((id) => sql`${id}`),
       sql`, `,
     )})`);
}

export async function schoolsOfParts(db: Db, requestId: string) {
  const rows = await db
    .selectDistinct({ schoolId: requestParts.schoolId })
    .from(requestParts)
    .where(eq(requestParts.requestId, requestId));
  return rows.map((row) => row.schoolId);
}

export async function countLiveProposals(db: Db, requestIds: string[]) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(partProposals)
    .innerJoin(requestParts, eq(requestParts.id, partProposals.partId))
    .where(
      and(
        inArray(requestParts.requestId, requestIds),
        inArray(partProposals.status, ['proposed', 'accepted']),
      ),
    );
  return row!.count;
}

export async function partsOfRequest(db: Db, requestId: string, ids: string[]) {
  return db
    .select({ part: requestParts, className: classes.name })
    .from(requestParts)
    .innerJoin(classes, eq(classes.id, requestParts.classId))
    .where(and(eq(requestParts.requestId, requestId), inArray(requestParts.id, ids)));
}
