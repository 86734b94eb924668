import { randomBytes } from 'node:crypto';
import {
  menuCards,
  notificationPreferences,
  partProposals,
  requestParts,
  requests,
  signUps,
  type Database,
} from '@stagebureau/db';
import { partsFor, type MenuCardStatus, type PartProposalStatus } from '@stagebureau/domain';
import { aClass, aCompany, aRegion, aSchool, aUser } from './builders';

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

/** Wednesday 9 February 2028, 13:00–15:00 in Amsterdam. */
export const wednesday = new Date('2028-02-09T12:00:00Z');

/**
 * Two schools, fitting and unfitting companies (one suspended, one that turned reminder e-mails
 * off), a bureau request for three classes of both schools on a published card, and a
 * proposal of the fitting company for one part.
 */
export async function aDemandScenario(db: Database) {
  const region = await aRegion(db);
  const schoolA = await aSchool(db, region.id, { name: 'Noorderpoort' });
  const schoolB = await aSchool(db, region.id, { name: 'Dollard College' });
  const coordinatorA = await aUser(db, region.id, 'school_coordinator', schoolA.id);
  const coordinatorB = await aUser(db, region.id, 'school_coordinator', schoolB.id);
  const teacherA = await aUser(db, region.id, 'teacher', schoolA.id);
  const bureau = await aUser(db, region.id, 'bureau_staff');
  const a1 = await aClass(db, region.id, schoolA.id, { name: '3A' });
  const a2 = await aClass(db, region.id, schoolA.id, { name: '3B' });
  const b1 = await aClass(db, region.id, schoolB.id, { name: '2C' });
  const fitting = await aCompany(db, region.id, { name: 'Techniek BV', sectorTags: ['techniek'] });
  const fittingAdmin = await aUser(db, region.id, 'company_admin', fitting.id);
  const fittingMember = await aUser(db, region.id, 'company_member', fitting.id);
  const otherSector = await aCompany(db, region.id, { sectorTags: ['zorg'] });
  const otherSectorAdmin = await aUser(db, region.id, 'company_admin', otherSector.id);
  const suspended = await aCompany(db, region.id, { status: 'suspended' });
  const suspendedAdmin = await aUser(db, region.id, 'company_admin', suspended.id);
  const quiet = await aCompany(db, region.id, { name: 'Stil BV', sectorTags: ['techniek'] });
  const quietAdmin = await aUser(db, region.id, 'company_admin', quiet.id);
  await db.insert(notificationPreferences).values({
    regionId: region.id,
    userId: quietAdmin.id,
    kind: 'request.reminder',
    email: false,
  });
  const card = await aMenuCard(db, region.id);
  // The bureau asks for classes of two schools: the request has no school of its own.
  const { request, parts } = await aRequest(db, card, [a1, a2, b1], {
    schoolId: null,
    title: 'Gastles robotica',
  });
  const partOf = (classId: string) => parts.find((part) => part.classId === classId)!;
  const { signUp, proposals } = await aSignUp(db, request, fitting.id, [
    { partId: partOf(a1.id).id, startsAt: wednesday },
  ]);
  return {
    region,
    schoolA,
    schoolB,
    coordinatorA,
    coordinatorB,
    teacherA,
    bureau,
    classes: { a1, a2, b1 },
    fitting,
    fittingAdmin,
    fittingMember,
    otherSectorAdmin,
    suspendedAdmin,
    quiet,
    quietAdmin,
    card,
    request,
    partOf,
    signUp,
    proposal: proposals[0]!,
  };
}
