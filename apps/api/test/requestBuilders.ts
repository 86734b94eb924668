import { randomBytes } from 'node:crypto';
import {
  menuCards,
  partProposals,
  requestParts,
  requests,
  signUps,
  type Database,
} from '@stagebureau/db';
import { partsFor, type MenuCardStatus, type PartProposalStatus } from '@stagebureau/domain';

/**
 * Direct-insert builders for the demand side (issue 15): menu cards, requests with their
 * parts, sign-ups with proposals — for tests that need them without the requests API.
 */
const suffix = () => randomBytes(3).toString('hex');

export async function aMenuCard(
  db: Database,
  regionId: string,
  values: { schoolYear?: string; status?: MenuCardStatus } = {},
) {
  const [card] = await db
    .insert(menuCards)
    .values({
      regionId,
      schoolYear: values.schoolYear ?? '2027-2028',
      title: `Menukaart ${suffix()}`,
      status: values.status ?? 'published',
      publishedAt: (values.status ?? 'published') === 'published' ? new Date() : null,
    })
    .returning();
  return card!;
}

/** A request for the given classes, one part per class and occasion (the domain's rule). */
export async function aRequest(
  db: Database,
  card: { id: string; regionId: string },
  classes: readonly { id: string; organisationId: string }[],
  values: Partial<typeof requests.$inferInsert> = {},
) {
  const occasionsPerClass = values.occasionsPerClass ?? 1;
  const [request] = await db
    .insert(requests)
    .values({
      regionId: card.regionId,
      menuCardId: card.id,
      schoolId: classes[0]?.organisationId ?? null,
      status: 'published',
      type: 'guest_lesson',
      title: `Gastles ${suffix()}`,
      sectorTags: ['techniek'],
      hoursPerOccasion: 2,
      occasionsPerClass,
      periodFrom: '2028-02-07',
      periodUntil: '2028-03-10',
      weekdays: [3],
      partOfDay: 'afternoon',
      location: 'at_school',
      signUpDeadline: '2028-02-04',
      ...values,
    })
    .returning();
  const parts = await db
    .insert(requestParts)
    .values(
      partsFor(classes, occasionsPerClass).map((part) => ({
        ...part,
        regionId: card.regionId,
        requestId: request!.id,
      })),
    )
    .returning();
  return { request: request!, parts };
}

export interface ProposalValues {
  partId: string;
  startsAt: Date;
  endsAt?: Date;
  status?: PartProposalStatus;
  sessionId?: string;
  bookingId?: string;
  declineReason?: string;
}

/** A company's sign-up with one proposal per given part. */
export async function aSignUp(
  db: Database,
  request: { id: string; regionId: string },
  companyId: string,
  proposals: readonly ProposalValues[],
  values: Partial<typeof signUps.$inferInsert> = {},
) {
  const [signUp] = await db
    .insert(signUps)
    .values({
      regionId: request.regionId,
      requestId: request.id,
      companyId,
      contactName: 'Jan de Vries',
      contactEmail: 'jan@bedrijf.test',
      locationKind: 'at_school',
      ...values,
    })
    .returning();
  const rows = proposals.length
    ? await db
        .insert(partProposals)
        .values(
          proposals.map((proposal) => ({
            regionId: request.regionId,
            signUpId: signUp!.id,
            partId: proposal.partId,
            startsAt: proposal.startsAt,
            endsAt: proposal.endsAt ?? new Date(proposal.startsAt.getTime() + 2 * 3_600_000),
            status: proposal.status ?? 'proposed',
            sessionId: proposal.sessionId ?? null,
            bookingId: proposal.bookingId ?? null,
            declineReason: proposal.declineReason ?? null,
          })),
        )
        .returning()
    : [];
  return { signUp: signUp!, proposals: rows };
}
