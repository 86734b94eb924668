import { and, asc, between, eq, gt, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  conflicts,
  menuCards,
  offers,
  organisations,
  partProposals,
  requestParts,
  requestReminders,
  requests,
  sessions,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import {
  partTakingStatuses,
  schoolYearRange,
  type OrganisationStatus,
  type PartProposalStatus,
  type RequestStatus,
} from '@stagebureau/domain';

/** The follow-up's queries: part of the requests module, which owns these tables. */
type Db = Database | Transaction;
const school = alias(organisations, 'school');
const company = alias(organisations, 'company');

/** Each part's live proposal (at most one, by the one-taker index), or none while open. */
const liveProposal = and(
  eq(partProposals.partId, requestParts.id),
  inArray(partProposals.status, [...partTakingStatuses]),
);

/** A region's requests with a deadline in `[from, until]` on published cards: sweep candidates. */
export async function requestsDueBetween(db: Db, regionId: string, from: string, until: string) {
  return db
    .select({ id: requests.id })
    .from(requests)
    .innerJoin(menuCards, eq(menuCards.id, requests.menuCardId))
    .where(
      and(
        eq(requests.regionId, regionId),
        eq(requests.status, 'published'),
        eq(menuCards.status, 'published'),
        between(requests.signUpDeadline, from, until),
      ),
    )
    .orderBy(asc(requests.signUpDeadline), asc(requests.id));
}

/**
 * Locks a request for one sweeper: a request another sweeper holds is skipped (SKIP LOCKED),
 * so concurrent sweeps split the work; NO KEY UPDATE lets parts and sign-ups keep referencing
 * it meanwhile.
 */
export async function claimRequest(tx: Transaction, regionId: string, id: string) {
  const [row] = await tx
    .select({
      id: requests.id,
      regionId: requests.regionId,
      schoolId: requests.schoolId,
      title: requests.title,
      status: requests.status,
      sectorTags: requests.sectorTags,
      signUpDeadline: requests.signUpDeadline,
      cardStatus: menuCards.status,
    })
    .from(requests)
    .innerJoin(menuCards, eq(menuCards.id, requests.menuCardId))
    .where(and(eq(requests.regionId, regionId), eq(requests.id, id)))
    .for('no key update', { of: requests, skipLocked: true });
  return row ?? null;
}

/** A request's parts with the status of their live proposal. */
export async function partsWithProposal(tx: Transaction, regionId: string, requestId: string) {
  return tx
    .select({ id: requestParts.id, proposal: partProposals.status })
    .from(requestParts)
    .leftJoin(partProposals, liveProposal)
    .where(and(eq(requestParts.regionId, regionId), eq(requestParts.requestId, requestId)))
    .orderBy(asc(requestParts.id));
}

/** The region's companies, as the reminder rule reads them. */
export async function companiesOf(db: Db, regionId: string) {
  return db
    .select({
      id: organisations.id,
      status: organisations.status,
      sectorTags: organisations.sectorTags,
    })
    .from(organisations)
    .where(and(eq(organisations.regionId, regionId), eq(organisations.kind, 'company')))
    .orderBy(asc(organisations.id)) as Promise<
    { id: string; status: OrganisationStatus; sectorTags: string[] }[]
  >;
}

/** Who was reminded of which of these parts: `partId` → company ids. */
export async function remindedOf(tx: Transaction, regionId: string, partIds: string[]) {
  const reminded = new Map<string, Set<string>>();
  if (!partIds.length) return reminded;
  const rows = await tx
    .select({ partId: requestReminders.partId, companyId: requestReminders.companyId })
    .from(requestReminders)
    .where(and(eq(requestReminders.regionId, regionId), inArray(requestReminders.partId, partIds)));
  for (const row of rows)
    reminded.set(row.partId, (reminded.get(row.partId) ?? new Set()).add(row.companyId));
  return reminded;
}

/**
 * Records the reminders; returns only the parts this call recorded. A concurrent sweep's
 * rows win the unique key and are left out here, so no part is announced twice.
 */
export async function recordReminders(
  tx: Transaction,
  regionId: string,
  companyId: string,
  partIds: string[],
  now: Date,
): Promise<string[]> {
  if (!partIds.length) return [];
  const inserted = await tx
    .insert(requestReminders)
    .values(partIds.map((partId) => ({ regionId, partId, companyId, sentAt: now })))
    .onConflictDoNothing()
    .returning({ partId: requestReminders.partId });
  return inserted.map((row) => row.partId).sort();
}

/** Whether the bureau's queue ever had this request as `request_unfilled` (any status). */
export async function unfilledRaised(tx: Transaction, regionId: string, requestId: string) {
  const [row] = await tx
    .select({ id: conflicts.id })
    .from(conflicts)
    .where(
      and(
        eq(conflicts.regionId, regionId),
        eq(conflicts.type, 'request_unfilled'),
        sql`${conflicts.details}->>'requestId' = ${requestId}`,
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Requests that count towards fill and demand: asked and not merged away or withdrawn. */
const countedStatuses: RequestStatus[] = ['submitted', 'published', 'closed'];

/** Every counted part of a school year with its request, card, school and live proposal. */
export async function partsOfYear(
  db: Db,
  regionId: string,
  schoolYear: string,
  schoolId: string | null,
) {
  return db
    .select({
      requestId: requests.id,
      title: requests.title,
      requestSchoolId: requests.schoolId,
      signUpDeadline: requests.signUpDeadline,
      menuCardId: menuCards.id,
      menuCardTitle: menuCards.title,
      schoolId: requestParts.schoolId,
      schoolName: school.name,
      proposal: sql<PartProposalStatus | null>`${partProposals.status}`,
    })
    .from(requestParts)
    .innerJoin(requests, eq(requests.id, requestParts.requestId))
    .innerJoin(menuCards, eq(menuCards.id, requests.menuCardId))
    .innerJoin(school, eq(school.id, requestParts.schoolId))
    .leftJoin(partProposals, liveProposal)
    .where(
      and(
        eq(requestParts.regionId, regionId),
        eq(menuCards.schoolYear, schoolYear),
        inArray(requests.status, countedStatuses),
        schoolId ? eq(requestParts.schoolId, schoolId) : undefined,
      ),
    )
    .orderBy(asc(requests.signUpDeadline), asc(requests.title), asc(requests.id));
}

/** Requests asking of companies in a school year (published or awaiting the bureau), with their part counts. */
export async function askedOfYear(db: Db, regionId: string, schoolYear: string) {
  return db
    .select({
      type: requests.type,
      periodFrom: requests.periodFrom,
      periodUntil: requests.periodUntil,
      weekdays: requests.weekdays,
      sectorTags: requests.sectorTags,
      parts: sql<number>`(select count(*)::int from ${requestParts} p where p.request_id = ${requests.id})`,
    })
    .from(requests)
    .innerJoin(menuCards, eq(menuCards.id, requests.menuCardId))
    .where(
      and(
        eq(requests.regionId, regionId),
        eq(menuCards.schoolYear, schoolYear),
        inArray(requests.status, ['submitted', 'published']),
      ),
    );
}

/**
 * Free seats of the catalogue's scheduled sessions in a school year: published offers only,
 * and no session made for one school (an accepted proposal's or sign-up's) — that is nobody
 * else's supply.
 */
export async function freeSeatsOfYear(db: Db, regionId: string, schoolYear: string) {
  const { from, until } = schoolYearRange(schoolYear);
  return db
    .select({
      type: offers.type,
      startsAt: sessions.startsAt,
      freeSeats: sql<number>`(${sessions.capacity} - ${sessions.bookedSeats})::int`,
      offerTags: offers.sectorTags,
      companyTags: company.sectorTags,
    })
    .from(sessions)
    .innerJoin(offers, eq(offers.id, sessions.offerId))
    .innerJoin(company, eq(company.id, offers.organisationId))
    .where(
      and(
        eq(sessions.regionId, regionId),
        eq(sessions.status, 'scheduled'),
        eq(offers.status, 'published'),
        isNull(sessions.schoolId),
        gte(sessions.startsAt, from),
        lt(sessions.startsAt, until),
        gt(sql`${sessions.capacity} - ${sessions.bookedSeats}`, 0),
      ),
    );
}
