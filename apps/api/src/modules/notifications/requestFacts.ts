import { and, asc, eq, inArray, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  classes,
  organisations,
  partProposals,
  requestParts,
  requests,
  signUps,
  type Transaction,
} from '@stagebureau/db';
import {
  partTakingStatuses,
  type PartProposalStatus,
  type RequestFacts,
  type RequestPartFacts,
} from '@stagebureau/domain';

/**
 * What the demand side's messages say (issue 15), loaded when an event is rendered. Reads
 * the requests module's tables like `facts.ts` reads the bookings': rendering only reads.
 */
const company = alias(organisations, 'company');
const school = alias(organisations, 'school');

const requestColumns = {
  requestId: requests.id,
  requestTitle: requests.title,
  requestType: requests.type,
  requestSchoolId: requests.schoolId,
};

const toRequest = (row: {
  requestId: string;
  requestTitle: string;
  requestType: RequestFacts['requestType'];
}): RequestFacts => ({
  requestId: row.requestId,
  requestTitle: row.requestTitle,
  requestType: row.requestType,
});

const partColumns = {
  partId: requestParts.id,
  schoolId: requestParts.schoolId,
  schoolName: school.name,
  className: classes.name,
  occasion: requestParts.occasion,
};

export interface LoadedPart {
  schoolId: string;
  part: RequestPartFacts;
}

/** A sign-up with its request, company and proposals (those in `statuses`), by school. */
export async function loadSignUp(
  tx: Transaction,
  regionId: string,
  signUpId: string,
  statuses: readonly PartProposalStatus[],
) {
  const [row] = await tx
    .select({
      ...requestColumns,
      companyName: company.name,
      contactName: signUps.contactName,
      contactEmail: signUps.contactEmail,
      contactPhone: signUps.contactPhone,
      note: signUps.note,
    })
    .from(signUps)
    .innerJoin(requests, eq(requests.id, signUps.requestId))
    .innerJoin(company, eq(company.id, signUps.companyId))
    .where(and(eq(signUps.regionId, regionId), eq(signUps.id, signUpId)));
  if (!row) return null;
  const proposed = await tx
    .select({ ...partColumns, startsAt: partProposals.startsAt, endsAt: partProposals.endsAt })
    .from(partProposals)
    .innerJoin(requestParts, eq(requestParts.id, partProposals.partId))
    .innerJoin(school, eq(school.id, requestParts.schoolId))
    .innerJoin(classes, eq(classes.id, requestParts.classId))
    .where(
      and(
        eq(partProposals.regionId, regionId),
        eq(partProposals.signUpId, signUpId),
        inArray(partProposals.status, [...statuses]),
      ),
    )
    .orderBy(asc(partProposals.startsAt), asc(classes.name), asc(requestParts.occasion));
  const parts: LoadedPart[] = proposed.map((p) => ({
    schoolId: p.schoolId,
    part: {
      schoolName: p.schoolName,
      className: p.className,
      occasion: p.occasion,
      startsAt: p.startsAt.toISOString(),
      endsAt: p.endsAt.toISOString(),
    },
  }));
  return {
    request: toRequest(row),
    requestSchoolId: row.requestSchoolId,
    companyName: row.companyName,
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    note: row.note,
    parts,
  };
}

/** One proposed moment with its part, the sign-up's company and the request. */
export async function loadPartProposal(tx: Transaction, regionId: string, proposalId: string) {
  const [row] = await tx
    .select({
      ...requestColumns,
      ...partColumns,
      companyId: signUps.companyId,
      startsAt: partProposals.startsAt,
      endsAt: partProposals.endsAt,
      declineReason: partProposals.declineReason,
    })
    .from(partProposals)
    .innerJoin(signUps, eq(signUps.id, partProposals.signUpId))
    .innerJoin(requests, eq(requests.id, signUps.requestId))
    .innerJoin(requestParts, eq(requestParts.id, partProposals.partId))
    .innerJoin(school, eq(school.id, requestParts.schoolId))
    .innerJoin(classes, eq(classes.id, requestParts.classId))
    .where(and(eq(partProposals.regionId, regionId), eq(partProposals.id, proposalId)));
  if (!row) return null;
  return {
    request: toRequest(row),
    companyId: row.companyId,
    schoolName: row.schoolName,
    declineReason: row.declineReason,
    part: {
      schoolName: row.schoolName,
      className: row.className,
      occasion: row.occasion,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
    } satisfies RequestPartFacts,
  };
}

/** A request's terms and its parts still open now (among `partIds` when given). */
export async function loadOpenParts(
  tx: Transaction,
  regionId: string,
  requestId: string,
  partIds?: string[],
) {
  const [row] = await tx
    .select({
      ...requestColumns,
      periodFrom: requests.periodFrom,
      periodUntil: requests.periodUntil,
      signUpDeadline: requests.signUpDeadline,
      hoursPerOccasion: requests.hoursPerOccasion,
    })
    .from(requests)
    .where(and(eq(requests.regionId, regionId), eq(requests.id, requestId)));
  if (!row) return null;
  const open = await tx
    .select(partColumns)
    .from(requestParts)
    .innerJoin(school, eq(school.id, requestParts.schoolId))
    .innerJoin(classes, eq(classes.id, requestParts.classId))
    .where(
      and(
        eq(requestParts.regionId, regionId),
        eq(requestParts.requestId, requestId),
        partIds ? inArray(requestParts.id, partIds.length ? partIds : [requestId]) : undefined,
        notExists(
          tx
            .select({ one: sql`1` })
            .from(partProposals)
            .where(
              and(
                eq(partProposals.partId, requestParts.id),
                inArray(partProposals.status, [...partTakingStatuses]),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(school.name), asc(classes.name), asc(requestParts.occasion));
  return {
    request: toRequest(row),
    periodFrom: row.periodFrom,
    periodUntil: row.periodUntil,
    signUpDeadline: row.signUpDeadline,
    hoursPerOccasion: row.hoursPerOccasion,
    parts: open.map((p): RequestPartFacts => ({
      schoolName: p.schoolName,
      className: p.className,
      occasion: p.occasion,
      startsAt: null,
      endsAt: null,
    })),
  };
}
