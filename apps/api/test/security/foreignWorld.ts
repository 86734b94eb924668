import { aForeignComplianceDocument } from './foreignCompliance';
import { aForeignMaterial } from './foreignMaterials';
import { aForeignPlacement } from './foreignPlacements';
import { aForeignRegistration } from './foreignRegistrations';
import { aForeignRelation } from './foreignRelations';
import { aForeignAward } from './foreignRecognitions';
import { randomBytes } from 'node:crypto';
import {
  allocationRequests,
  blackouts,
  conflicts,
  invitations,
  menuCards,
  partProposals,
  requestParts,
  requests,
  signUps,
  notificationMessages,
  proposals,
  schoolLocations,
  taxonomyTerms,
  type Database,
} from '@stagebureau/db';
import type { App } from '../../src/app';
import { hashSecret, newSecret } from '../../src/modules/auth/secrets';
import { aBooking, anOffer, aSession } from '../activityBuilders';
import { subscribe } from '../feedBuilders';
import { aClass, aCompany, aLoggedInUser, aSchool } from '../builders';
import { anAvailability } from '../offerBodies';

/** The kinds of row a path parameter can name. */
export const entities = [
  'company',
  'school',
  'location',
  'class',
  'offer',
  'onRequestOffer',
  'session',
  'booking',
  'proposal',
  'feed',
  'feedToken',
  'allocationRound',
  'allocationRequest',
  'blackout',
  'taxonomyTerm',
  'notification',
  'conflict',
  'invitationToken',
  'regionSlug',
  /** A region's id: only the platform's routes name one (issue 21). */
  'region',
  'schoolYear',
  'menuCard',
  'request',
  'requestPart',
  'signUp',
  'partProposal',
  'place',
  'pupil',
  'placement',
  'placementRound',
  'signingToken',
  'signingParty',
  'complianceDocument',
  'material',
  'registration',
  'award',
  'contact',
  'contactMoment',
  'followUp',
  'user',
  /** Not a row: a word of the imports' vocabulary. */
  'importKind',
] as const;
export type Entity = (typeof entities)[number];

export interface ForeignWorld {
  ids: Record<Entity, string>;
  /** Values of its private rows (class, teachers, e-mail, inbox): never shown to outsiders. */
  secrets: string[];
  /** Names the region may see (school, company, offer): never shown to another region. */
  regionVisible: string[];
}

const marker = () => `geheim-${randomBytes(5).toString('hex')}`;

/**
 * One school and one company with everything they own (class, offers, session, booking,
 * proposal, feed, allocation request, inbox message), plus region-wide rows (round, blackout,
 * term, conflict), in `regionId`. Built as another organisation's or another region's data.
 */
export async function aForeignWorld(
  app: App,
  db: Database,
  region: { id: string; slug: string },
): Promise<ForeignWorld> {
  const [schoolName, className, offerTitle, companyName, teacherName, subject] = Array.from(
    { length: 6 },
    marker,
  ) as [string, string, string, string, string, string];
  const school = await aSchool(db, region.id, { name: schoolName });
  const [location] = await db
    .insert(schoolLocations)
    .values({
      regionId: region.id,
      organisationId: school.id,
      name: 'Hoofdgebouw',
      postcode: '9401 AB',
      city: 'Assen',
    })
    .returning();
  const schoolClass = await aClass(db, region.id, school.id, { name: className, size: 20 });
  const company = await aCompany(db, region.id, { name: companyName });
  const offer = await anOffer(db, region.id, company.id, { title: offerTitle });
  const onRequestOffer = await anOffer(db, region.id, company.id, {
    type: 'guest_lesson',
    bookingMode: 'on_request',
    locationKind: 'at_school',
    availability: anAvailability({ quota: 3 }) as never,
  });
  const session = await aSession(db, region.id, offer.id);
  const booking = await aBooking(db, session, school, schoolClass, { teachers: [teacherName] });
  const coordinator = await aLoggedInUser(app, db, region.id, 'school_coordinator', school.id);
  const bureau = await aLoggedInUser(app, db, region.id, 'bureau_admin');
  const [proposal] = await db
    .insert(proposals)
    .values({
      regionId: region.id,
      offerId: onRequestOffer.id,
      schoolId: school.id,
      classId: schoolClass.id,
      seats: 20,
      options: [{ startsAt: '2030-03-05T08:00:00.000Z', endsAt: '2030-03-05T10:00:00.000Z' }],
      createdBy: coordinator.user.id,
    })
    .returning();
  const feed = await subscribe(app, coordinator.headers, 'school', school.id);
  const roundResponse = await app.inject({
    method: 'POST',
    url: '/api/v1/allocation-rounds',
    headers: bureau.headers,
    payload: {
      name: 'Ronde',
      sessionIds: [session.id],
      requestWindow: {
        opensAt: new Date(Date.now() - 3_600_000).toISOString(),
        closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    },
  });
  if (roundResponse.statusCode !== 201) throw new Error(`round: ${roundResponse.body}`);
  const roundId = roundResponse.json<{ id: string }>().id;
  const requestClass = await aClass(db, region.id, school.id, { size: 20 });
  const [allocationRequest] = await db
    .insert(allocationRequests)
    .values({
      regionId: region.id,
      roundId,
      schoolId: school.id,
      classId: requestClass.id,
      seats: 20,
      preferences: [session.id],
      createdBy: coordinator.user.id,
    })
    .returning();
  const [blackout] = await db
    .insert(blackouts)
    .values({
      regionId: region.id,
      kind: 'exam_week',
      name: 'Examenweek',
      schoolId: school.id,
      startsOn: '2030-05-12',
      endsOn: '2030-05-16',
    })
    .returning();
  const [term] = await db
    .insert(taxonomyTerms)
    .values({ regionId: region.id, kind: 'sector', code: marker(), label: 'Sector' })
    .returning();
  const [notification] = await db
    .insert(notificationMessages)
    .values({
      regionId: region.id,
      eventKey: marker(),
      kind: 'booking.confirmed',
      recipientUserId: coordinator.user.id,
      channel: 'inbox',
      subject,
      text: 'Boeking bevestigd',
      html: '<p>Boeking bevestigd</p>',
      link: 'https://app.example.nl',
    })
    .returning();
  const [conflict] = await db
    .insert(conflicts)
    .values({
      regionId: region.id,
      type: 'oversubscribed',
      severity: 'low',
      sessionId: session.id,
      offerId: offer.id,
      schoolId: school.id,
      bookingIds: [booking.id],
    })
    .returning();
  const invitationSecret = newSecret();
  await db.insert(invitations).values({
    regionId: region.id,
    organisationId: company.id,
    email: `${marker()}@test.nl`,
    role: 'company_member',
    tokenHash: hashSecret(invitationSecret),
    expiresAt: new Date(Date.now() + 86_400_000),
    createdBy: bureau.user.id,
  });
  const demand = await aPublishedRequest(db, region.id, school.id, schoolClass.id, company.id);
  const placed = await aForeignPlacement(db, region.id, school, schoolClass.id, company.id);
  const papers = await aForeignComplianceDocument(db, region.id, company.id);
  const shelf = await aForeignMaterial(db, region.id, offer);
  const relation = await aForeignRelation(
    db,
    region.id,
    company.id,
    school.id,
    coordinator.user.id,
  );
  return {
    secrets: [
      className,
      teacherName,
      subject,
      coordinator.user.email,
      ...placed.secrets,
      ...papers.secrets,
      ...shelf.secrets,
      ...relation.secrets,
    ],
    regionVisible: [schoolName, companyName, offerTitle, ...relation.regionVisible],
    ids: {
      company: company.id,
      school: school.id,
      location: location!.id,
      class: schoolClass.id,
      offer: offer.id,
      onRequestOffer: onRequestOffer.id,
      session: session.id,
      booking: booking.id,
      proposal: proposal!.id,
      feed: feed.id,
      feedToken: feed.path.replace(/^\/ical\//, '').replace(/\.ics$/, ''),
      allocationRound: roundId,
      allocationRequest: allocationRequest!.id,
      blackout: blackout!.id,
      taxonomyTerm: term!.id,
      notification: notification!.id,
      conflict: conflict!.id,
      invitationToken: `${region.id}.${invitationSecret}`,
      // A signing link's secret (public route: answered 410 unless it is a live link).
      signingToken: randomBytes(32).toString('base64url'),
      signingParty: 'school',
      regionSlug: region.slug,
      region: region.id,
      importKind: 'duo-locations',
      registration: await aForeignRegistration(db, region.id),
      award: await aForeignAward(db, region.id, company.id),
      ...demand,
      ...placed.ids,
      ...papers.ids,
      ...shelf.ids,
      ...relation.ids,
    },
  };
}

/** A published request of the school on a published card, with the company's proposal. */
async function aPublishedRequest(
  db: Database,
  regionId: string,
  schoolId: string,
  classId: string,
  companyId: string,
) {
  const schoolYear = '2029-2030';
  const [card] = await db
    .insert(menuCards)
    .values({ regionId, schoolYear, title: 'Menukaart', status: 'published' })
    .returning();
  const [request] = await db
    .insert(requests)
    .values({
      regionId,
      menuCardId: card!.id,
      schoolId,
      status: 'published',
      type: 'guest_lesson',
      title: 'Gastles',
      hoursPerOccasion: 2,
      occasionsPerClass: 2,
      periodFrom: '2030-03-04',
      periodUntil: '2030-03-29',
      weekdays: [3],
      partOfDay: 'afternoon',
      location: 'at_school',
      signUpDeadline: '2030-02-28',
    })
    .returning();
  const [part, openPart] = await db
    .insert(requestParts)
    .values(
      [1, 2].map((occasion) => ({ regionId, requestId: request!.id, schoolId, classId, occasion })),
    )
    .returning();
  const [signUp] = await db
    .insert(signUps)
    .values({
      regionId,
      requestId: request!.id,
      companyId,
      contactName: 'Contact',
      contactEmail: 'contact@bedrijf.nl',
      locationKind: 'at_school',
    })
    .returning();
  const [proposal] = await db
    .insert(partProposals)
    .values({
      regionId,
      signUpId: signUp!.id,
      partId: part!.id,
      startsAt: new Date('2030-03-06T12:00:00Z'),
      endsAt: new Date('2030-03-06T14:00:00Z'),
    })
    .returning();
  return {
    schoolYear,
    menuCard: card!.id,
    request: request!.id,
    requestPart: openPart!.id,
    signUp: signUp!.id,
    partProposal: proposal!.id,
  };
}
