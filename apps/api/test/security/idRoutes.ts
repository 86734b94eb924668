import type { Entity } from './foreignWorld';

/**
 * Every operation with a path parameter, classified: which kind of row each parameter names,
 * and what another organisation of the same region may do with it.
 * - `deny`: only the owner (and the bureau) reach it: others get 403/404;
 * - `shared`: readable region-wide by design (catalogue, sessions, rounds): only another region
 *   is checked here, the matrix checks the roles;
 * - `public`: reachable without an account by design (public catalogue, feeds by secret token);
 * - `vocabulary`: the parameter names no row but a word (an import's kind): nothing to steal.
 * A route that is missing here fails the object-level test, so a new route must be classified.
 */
export interface IdRoute {
  params: Record<string, Entity | 'ownRegionSlug'>;
  otherOrganisation: 'deny' | 'shared' | 'public' | 'vocabulary';
}

const deny = (params: IdRoute['params']): IdRoute => ({ params, otherOrganisation: 'deny' });
const shared = (params: IdRoute['params']): IdRoute => ({ params, otherOrganisation: 'shared' });
const round = { id: 'allocationRound' } as const;

export const idRoutes: Record<string, IdRoute> = {
  'GET /ical/{token}.ics': { params: { token: 'feedToken' }, otherOrganisation: 'public' },
  'GET /ical/public/{regionSlug}.ics': {
    params: { regionSlug: 'regionSlug' },
    otherOrganisation: 'public',
  },
  'POST /api/v1/invitations/{token}/accept': {
    params: { token: 'invitationToken' },
    otherOrganisation: 'public',
  },
  // Company self-registration (issue 21): the region's taxonomy and sign-up form are public.
  'GET /api/v1/public/regions/{slug}/sectors': {
    params: { slug: 'regionSlug' },
    otherOrganisation: 'public',
  },
  'POST /api/v1/public/regions/{slug}/registrations': {
    params: { slug: 'regionSlug' },
    otherOrganisation: 'public',
  },
  'POST /api/v1/registrations/{id}/approve': deny({ id: 'registration' }),
  // Platform administration (issue 21): only a platform token opens these; every user of any
  // region, the bureau included, is refused (decision 019).
  'GET /api/v1/platform/regions/{id}': deny({ id: 'region' }),
  'PATCH /api/v1/platform/regions/{id}': deny({ id: 'region' }),
  'POST /api/v1/platform/regions/{id}/invitations': deny({ id: 'region' }),
  'POST /api/v1/registrations/{id}/reject': deny({ id: 'registration' }),
  // Leerbedrijf van het jaar (issue 17): the bureau's per school year; a certificate is the
  // awarded company's own; the list of awards is public (the catalogue's badge).
  'PUT /api/v1/recognition/{schoolYear}/award': deny({ schoolYear: 'schoolYear' }),
  'DELETE /api/v1/recognition/{schoolYear}/award': deny({ schoolYear: 'schoolYear' }),
  'GET /api/v1/recognition/awards/{id}/certificate.pdf': deny({ id: 'award' }),
  'GET /api/v1/public/regions/{slug}/awards': {
    params: { slug: 'regionSlug' },
    otherOrganisation: 'public',
  },
  // A company's activity names the schools it worked with: the bureau's only.
  'GET /api/v1/companies/{id}/activity': deny({ id: 'company' }),
  'GET /api/v1/public/regions/{slug}/offers': {
    params: { slug: 'regionSlug' },
    otherOrganisation: 'public',
  },
  'GET /api/v1/public/regions/{slug}/sessions': {
    params: { slug: 'regionSlug' },
    otherOrganisation: 'public',
  },
  // The own region's public catalogue must not show another region's offer.
  'GET /api/v1/public/regions/{slug}/offers/{id}': shared({ slug: 'ownRegionSlug', id: 'offer' }),

  'GET /api/v1/allocation-rounds/{id}': shared(round),
  'GET /api/v1/allocation-rounds/{id}/requests': shared(round),
  'POST /api/v1/allocation-rounds/{id}/requests': deny(round),
  'PUT /api/v1/allocation-rounds/{id}/requests/{requestId}': deny({
    ...round,
    requestId: 'allocationRequest',
  }),
  'DELETE /api/v1/allocation-rounds/{id}/requests/{requestId}': deny({
    ...round,
    requestId: 'allocationRequest',
  }),
  'POST /api/v1/allocation-rounds/{id}/run': deny(round),
  'GET /api/v1/allocation-rounds/{id}/result': shared(round),
  'GET /api/v1/allocation-rounds/{id}/replay': shared(round),
  'POST /api/v1/allocation-rounds/{id}/adjust': deny(round),
  'POST /api/v1/allocation-rounds/{id}/publish': deny(round),

  'POST /api/v1/inbox/{id}/read': deny({ id: 'notification' }),

  'GET /api/v1/organisations/{id}': shared({ id: 'company' }),
  'PATCH /api/v1/organisations/{id}': deny({ id: 'company' }),
  'POST /api/v1/organisations/{id}/status': deny({ id: 'company' }),
  'GET /api/v1/organisations/{id}/locations': shared({ id: 'school' }),
  'POST /api/v1/organisations/{id}/locations': deny({ id: 'school' }),
  // A company's own planning: its sessions with booked seats, for its staff and the bureau.
  'GET /api/v1/organisations/{id}/sessions': deny({ id: 'company' }),
  'GET /api/v1/organisations/{id}/personal-data': deny({ id: 'school' }),
  'POST /api/v1/organisations/{id}/erase-personal-data': deny({ id: 'school' }),

  'GET /api/v1/schools/{schoolId}/classes': deny({ schoolId: 'school' }),
  'POST /api/v1/schools/{schoolId}/classes': deny({ schoolId: 'school' }),
  'GET /api/v1/schools/{schoolId}/classes/{classId}': deny({
    schoolId: 'school',
    classId: 'class',
  }),
  'PATCH /api/v1/schools/{schoolId}/classes/{classId}': deny({
    schoolId: 'school',
    classId: 'class',
  }),
  'DELETE /api/v1/schools/{schoolId}/classes/{classId}': deny({
    schoolId: 'school',
    classId: 'class',
  }),
  // A class's teachers (issue 19): the school's own; the body's users are its own staff.
  'PUT /api/v1/schools/{schoolId}/classes/{classId}/teachers': deny({
    schoolId: 'school',
    classId: 'class',
  }),
  'GET /api/v1/schools/{schoolId}/teachers': deny({ schoolId: 'school' }),

  'DELETE /api/v1/taxonomy/{id}': deny({ id: 'taxonomyTerm' }),
  'DELETE /api/v1/feeds/{id}': deny({ id: 'feed' }),
  'POST /api/v1/feeds/{id}/rotate': deny({ id: 'feed' }),
  'GET /api/v1/bookings/{id}.ics': deny({ id: 'booking' }),

  'GET /api/v1/offers/{id}': shared({ id: 'offer' }),
  'PATCH /api/v1/offers/{id}': deny({ id: 'offer' }),
  'POST /api/v1/offers/{id}/publish': deny({ id: 'offer' }),
  'POST /api/v1/offers/{id}/archive': deny({ id: 'offer' }),
  'POST /api/v1/offers/{id}/sessions': deny({ id: 'offer' }),
  'GET /api/v1/offers/{id}/sessions': shared({ id: 'offer' }),
  'POST /api/v1/offers/{id}/sessions/series': deny({ id: 'offer' }),
  'POST /api/v1/offers/{id}/sessions/series/preview': deny({ id: 'offer' }),
  'GET /api/v1/sessions/{id}': shared({ id: 'session' }),
  'PATCH /api/v1/sessions/{id}': deny({ id: 'session' }),
  'POST /api/v1/sessions/{id}/cancel': deny({ id: 'session' }),

  'PATCH /api/v1/blackouts/{id}': deny({ id: 'blackout' }),
  'DELETE /api/v1/blackouts/{id}': deny({ id: 'blackout' }),

  // A school proposes on any company's offer; the body's class is the foreign school's: denied.
  'POST /api/v1/offers/{id}/proposals': deny({ id: 'onRequestOffer' }),
  'POST /api/v1/proposals/{id}/accept': deny({ id: 'proposal' }),
  'POST /api/v1/proposals/{id}/decline': deny({ id: 'proposal' }),

  'GET /api/v1/bookings/{id}': deny({ id: 'booking' }),
  'POST /api/v1/bookings/{id}/cancel': deny({ id: 'booking' }),
  'POST /api/v1/bookings/{id}/approve': deny({ id: 'booking' }),
  'POST /api/v1/bookings/{id}/decline': deny({ id: 'booking' }),
  'POST /api/v1/bookings/{id}/accept-offer': deny({ id: 'booking' }),
  'POST /api/v1/bookings/{id}/decline-offer': deny({ id: 'booking' }),
  'POST /api/v1/bookings/{id}/no-show': deny({ id: 'booking' }),

  'POST /api/v1/bookings/{id}/feedback': deny({ id: 'booking' }),
  'GET /api/v1/companies/{id}/co-financing-statement': deny({ id: 'company' }),

  'GET /api/v1/conflicts/{id}': deny({ id: 'conflict' }),
  'POST /api/v1/conflicts/{id}/actions/move-booking': deny({ id: 'conflict' }),
  'POST /api/v1/conflicts/{id}/actions/grant-cap-exception': deny({ id: 'conflict' }),
  'POST /api/v1/conflicts/{id}/actions/request-extra-session': deny({ id: 'conflict' }),
  'POST /api/v1/conflicts/{id}/resolve': deny({ id: 'conflict' }),
  'POST /api/v1/conflicts/{id}/dismiss': deny({ id: 'conflict' }),

  // The demand side: a published request is readable and open to sign-ups region-wide.
  'GET /api/v1/requests/{id}': shared({ id: 'request' }),
  'POST /api/v1/requests/{id}/sign-ups': shared({ id: 'request' }),
  'POST /api/v1/requests/{id}/publish': deny({ id: 'request' }),
  'POST /api/v1/requests/{id}/close': deny({ id: 'request' }),
  'POST /api/v1/requests/{id}/withdraw': deny({ id: 'request' }),
  'POST /api/v1/requests/{id}/merge': deny({ id: 'request' }),
  'POST /api/v1/menu-cards/{id}/publish': deny({ id: 'menuCard' }),
  'POST /api/v1/menu-cards/{id}/close': deny({ id: 'menuCard' }),
  'GET /api/v1/public/regions/{region}/menu-cards/{schoolYear}': {
    params: { region: 'regionSlug', schoolYear: 'schoolYear' },
    otherOrganisation: 'public',
  },
  'POST /api/v1/sign-ups/{id}/withdraw': deny({ id: 'signUp' }),
  'POST /api/v1/part-proposals/{id}/accept': deny({ id: 'partProposal' }),
  'POST /api/v1/part-proposals/{id}/decline': deny({ id: 'partProposal' }),

  // Placements (issue 16): places are region-wide; pupils and placements belong to their
  // school and host company only.
  'GET /api/v1/places/{id}': shared({ id: 'place' }),
  // No path id, but its body names only a region-wide place: a teacher of any school may
  // take another company's teacher internship; another region's place must stay unknown.
  'POST /api/v1/placements/self': shared({}),
  'GET /api/v1/pupils/{id}': deny({ id: 'pupil' }),
  'GET /api/v1/pupils/{id}/export': deny({ id: 'pupil' }),
  'POST /api/v1/pupils/{id}/erase': deny({ id: 'pupil' }),
  'GET /api/v1/placements/{id}': deny({ id: 'placement' }),
  'POST /api/v1/placements/{id}/accept': deny({ id: 'placement' }),
  'POST /api/v1/placements/{id}/decline': deny({ id: 'placement' }),
  'POST /api/v1/placements/{id}/cancel': deny({ id: 'placement' }),
  // A school's matching round: its body names only region-wide places, its pupils stay its own.
  'POST /api/v1/placement-rounds': shared({}),
  'GET /api/v1/placement-rounds/{id}': deny({ id: 'placementRound' }),
  'PUT /api/v1/placement-rounds/{id}/preferences': deny({ id: 'placementRound' }),
  'POST /api/v1/placement-rounds/{id}/run': deny({ id: 'placementRound' }),
  'POST /api/v1/placement-rounds/{id}/publish': deny({ id: 'placementRound' }),
  // The agreement: the school renews a party's link; the PDF for school and host company;
  // the signing page's API is public, by the link's secret.
  'POST /api/v1/placements/{id}/signing-links/{party}': deny({
    id: 'placement',
    party: 'signingParty',
  }),
  'GET /api/v1/placements/{id}/agreement.pdf': deny({ id: 'placement' }),
  'GET /api/v1/public/signing/{token}': {
    params: { token: 'signingToken' },
    otherOrganisation: 'public',
  },
  'POST /api/v1/public/signing/{token}': {
    params: { token: 'signingToken' },
    otherOrganisation: 'public',
  },
  // Attendance and the evaluation: the host company writes, school and host read; the
  // supervisor's pages are public, by a one-time link's secret (like a signing link's).
  'GET /api/v1/placements/{id}/attendance': deny({ id: 'placement' }),
  'POST /api/v1/placements/{id}/attendance': deny({ id: 'placement' }),
  'POST /api/v1/placements/{id}/absences': deny({ id: 'placement' }),
  'GET /api/v1/placements/{id}/evaluation': deny({ id: 'placement' }),
  'POST /api/v1/placements/{id}/evaluation': deny({ id: 'placement' }),
  'GET /api/v1/public/attendance/{token}': {
    params: { token: 'signingToken' },
    otherOrganisation: 'public',
  },
  'POST /api/v1/public/attendance/{token}': {
    params: { token: 'signingToken' },
    otherOrganisation: 'public',
  },
  'GET /api/v1/public/evaluation/{token}': {
    params: { token: 'signingToken' },
    otherOrganisation: 'public',
  },
  'POST /api/v1/public/evaluation/{token}': {
    params: { token: 'signingToken' },
    otherOrganisation: 'public',
  },

  // A signed download link (issue 18): public by its HMAC, which a feature hands out only after
  // checking the caller's rights; any random token is unknown (404).
  'GET /api/v1/files/{token}': { params: { token: 'signingToken' }, otherOrganisation: 'public' },

  // Compliance documents (issue 18): a company's papers are its own and the bureau's (schools
  // only where the region shares them, off here); an offer's status summary is region-wide.
  'POST /api/v1/organisations/{id}/compliance-documents': deny({ id: 'company' }),
  'GET /api/v1/organisations/{id}/compliance-documents': deny({ id: 'company' }),
  'POST /api/v1/compliance-documents/{id}/review': deny({ id: 'complianceDocument' }),
  'POST /api/v1/compliance-documents/{id}/download-link': deny({ id: 'complianceDocument' }),
  'GET /api/v1/offers/{id}/compliance': shared({ id: 'offer' }),

  // Materials (issue 18): an offer's, place's or request's list is as readable as its target
  // and filtered by each material's visibility (the foreign one is bureau-only, so another
  // organisation sees none of it); adding is the owner's; a material by id is the owner's and
  // the bureau's when its visibility says so. The public lists and links go by region slug.
  'GET /api/v1/offers/{id}/materials': shared({ id: 'offer' }),
  'POST /api/v1/offers/{id}/materials': deny({ id: 'offer' }),
  'GET /api/v1/places/{id}/materials': shared({ id: 'place' }),
  'POST /api/v1/places/{id}/materials': deny({ id: 'place' }),
  'GET /api/v1/requests/{id}/materials': shared({ id: 'request' }),
  'POST /api/v1/requests/{id}/materials': deny({ id: 'request' }),
  'GET /api/v1/materials/{id}': deny({ id: 'material' }),
  'DELETE /api/v1/materials/{id}': deny({ id: 'material' }),
  'PATCH /api/v1/materials/{id}': deny({ id: 'material' }),
  'GET /api/v1/materials/{id}/versions': deny({ id: 'material' }),
  'POST /api/v1/materials/{id}/versions': deny({ id: 'material' }),
  'POST /api/v1/materials/{id}/download-link': deny({ id: 'material' }),
  'GET /api/v1/public/regions/{slug}/offers/{id}/materials': shared({
    slug: 'ownRegionSlug',
    id: 'offer',
  }),
  'GET /api/v1/public/regions/{slug}/library/materials': {
    params: { slug: 'regionSlug' },
    otherOrganisation: 'public',
  },
  'POST /api/v1/public/regions/{slug}/materials/{id}/download-link': shared({
    slug: 'ownRegionSlug',
    id: 'material',
  }),

  'GET /api/v1/year-plans/companies/{id}': deny({ id: 'company' }),
  'GET /api/v1/year-plans/companies/{id}.ics': deny({ id: 'company' }),
  'GET /api/v1/year-plans/schools/{id}': deny({ id: 'school' }),
  'GET /api/v1/year-plans/schools/{id}.ics': deny({ id: 'school' }),
  // Imports of official data (issue 21): the bureau admin's own region; `kind` is a word.
  'POST /api/v1/imports/{kind}/preview': {
    params: { kind: 'importKind' },
    otherOrganisation: 'vocabulary',
  },
  'POST /api/v1/imports/{kind}/apply': {
    params: { kind: 'importKind' },
    otherOrganisation: 'vocabulary',
  },
  // DUO's pupil counts are open data: region-wide, like the school they belong to.
  'GET /api/v1/organisations/{id}/pupil-counts': shared({ id: 'school' }),
  // Relationship management (issue 17): the bureau and every coordinator keep relations with
  // any company of the region; a school's moments and follow-ups stay the school's.
  'GET /api/v1/organisations/{id}/contacts': shared({ id: 'company' }),
  'POST /api/v1/organisations/{id}/contacts': shared({ id: 'company' }),
  'PATCH /api/v1/contacts/{id}': shared({ id: 'contact' }),
  'DELETE /api/v1/contacts/{id}': shared({ id: 'contact' }),
  'GET /api/v1/contacts/{id}/export': deny({ id: 'contact' }),
  'GET /api/v1/companies/{id}/relationship': shared({ id: 'company' }),
  'PUT /api/v1/companies/{id}/managers': deny({ id: 'company' }),
  'DELETE /api/v1/companies/{id}/managers': deny({ id: 'company' }),
  'PUT /api/v1/companies/{id}/ambassador': deny({ id: 'company' }),
  'GET /api/v1/companies/{id}/contact-moments': shared({ id: 'company' }),
  'POST /api/v1/companies/{id}/contact-moments': shared({ id: 'company' }),
  'POST /api/v1/companies/{id}/follow-ups': shared({ id: 'company' }),
  'PATCH /api/v1/follow-ups/{id}': deny({ id: 'followUp' }),
  // Company agreements (issue 17): a company's own, and the bureau's.
  'GET /api/v1/companies/{id}/agreements': deny({ id: 'company' }),
  'PUT /api/v1/companies/{id}/agreements/{schoolYear}': deny({
    id: 'company',
    schoolYear: 'schoolYear',
  }),
  'DELETE /api/v1/companies/{id}/agreements/{schoolYear}': deny({
    id: 'company',
    schoolYear: 'schoolYear',
  }),
  // The region's targets: the year names no row, the caller's own region is the one written.
  'PUT /api/v1/targets/{schoolYear}': {
    params: { schoolYear: 'schoolYear' },
    otherOrganisation: 'vocabulary',
  },
};

/** Which row an id in a query string or body names, by the field's name. */
export const entityOfField: Record<string, Entity> = {
  id: 'offer',
  offerId: 'offer',
  sessionId: 'session',
  sessionIds: 'session',
  preferences: 'session',
  targetSessionId: 'session',
  toSessionId: 'session',
  locationId: 'location',
  // The origin of a distance search: another region's location is no origin (422).
  near: 'location',
  classId: 'class',
  classIds: 'class',
  schoolId: 'school',
  companyId: 'company',
  organisationId: 'school',
  bookingId: 'booking',
  bookingIds: 'booking',
  roundId: 'allocationRound',
  requestId: 'allocationRequest',
  entityId: 'booking',
  conflictId: 'conflict',
  proposalId: 'proposal',
  requestIds: 'request',
  partId: 'requestPart',
  actorUserId: 'booking',
  placeId: 'place',
  placeIds: 'place',
  participantId: 'pupil',
  placementId: 'placement',
  contactId: 'contact',
  momentId: 'contactMoment',
  ownerId: 'user',
  userId: 'user',
  userIds: 'user',
};
