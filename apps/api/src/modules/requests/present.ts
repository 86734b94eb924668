import {
  fillOf,
  hoursAsked,
  partStateOf,
  roundKm,
  type Fill,
  type PartProposalStatus,
  type RequestView,
  type SignUpView,
} from '@stagebureau/domain';
import type { FoundPart, FoundRequest } from './repo';
import type { FoundSignUp, findProposals } from './signUpRepo';

/**
 * Who is looking decides what a request shows: the bureau everything; a school its own
 * parts' names; a company the schools it would visit, and the classes and proposals of the
 * parts it holds; the public card no school or class names and no proposals.
 */
export type Viewer =
  | { kind: 'bureau' }
  | { kind: 'school'; schoolId: string }
  | { kind: 'company'; companyId: string }
  | { kind: 'public' };

const namesVisible = (viewer: Viewer, schoolId: string) =>
  viewer.kind === 'bureau' ||
  viewer.kind === 'company' ||
  (viewer.kind === 'school' && viewer.schoolId === schoolId);

const proposalVisible = (viewer: Viewer, part: FoundPart) =>
  viewer.kind === 'bureau' ||
  (viewer.kind === 'school' && viewer.schoolId === part.part.schoolId) ||
  (viewer.kind === 'company' && viewer.companyId === part.companyId);

function toPart(viewer: Viewer, row: FoundPart): RequestView['parts'][number] {
  const named = namesVisible(viewer, row.part.schoolId);
  const proposal = row.proposal && proposalVisible(viewer, row) ? row.proposal : null;
  // A class name is the school's: a company learns it once its own proposal holds the part.
  const classNamed = viewer.kind === 'company' ? proposal !== null : named;
  return {
    id: row.part.id,
    schoolId: viewer.kind === 'public' ? null : row.part.schoolId,
    schoolName: named ? row.schoolName : null,
    className: classNamed ? row.className : null,
    pupils: row.pupils,
    occasion: row.part.occasion,
    state: partStateOf((row.proposal?.status as PartProposalStatus | undefined) ?? null),
    proposal: proposal && {
      id: proposal.id,
      signUpId: proposal.signUpId,
      companyId: row.companyId!,
      companyName: row.companyName ?? '',
      startsAt: proposal.startsAt.toISOString(),
      endsAt: proposal.endsAt.toISOString(),
      status: proposal.status,
      declineReason: proposal.declineReason,
      sessionId: proposal.sessionId,
      bookingId: proposal.bookingId,
    },
  };
}

export function toRequestView(
  viewer: Viewer,
  found: FoundRequest,
  parts: readonly FoundPart[],
): RequestView {
  const { request } = found;
  const own = parts.filter((part) => part.part.requestId === request.id);
  const views = own.map((part) => toPart(viewer, part));
  const classIds = new Set(own.map((part) => part.part.classId));
  const distances = own.flatMap((part) => (part.distanceKm === null ? [] : [part.distanceKm]));
  const pupils = [...classIds].reduce(
    (sum, id) => sum + own.find((part) => part.part.classId === id)!.pupils,
    0,
  );
  return {
    id: request.id,
    menuCardId: request.menuCardId,
    schoolYear: found.schoolYear,
    status: request.status,
    mergedInto: request.mergedInto,
    type: request.type,
    title: request.title,
    description: request.description,
    levels: request.levels,
    schoolYears: request.schoolYears,
    vmboProfiles: request.vmboProfiles as RequestView['vmboProfiles'],
    sectorTags: request.sectorTags,
    hoursPerOccasion: request.hoursPerOccasion,
    occasionsPerClass: request.occasionsPerClass,
    periodFrom: request.periodFrom,
    periodUntil: request.periodUntil,
    weekdays: request.weekdays,
    partOfDay: request.partOfDay,
    location: request.location,
    schoolProvides: request.schoolProvides,
    signUpDeadline: request.signUpDeadline,
    notes: request.notes,
    schoolName:
      request.schoolId && namesVisible(viewer, request.schoolId) ? found.schoolName : null,
    classes: classIds.size,
    pupils,
    hoursAsked: hoursAsked(request.hoursPerOccasion, own.length),
    parts: views,
    fill: fillOf(views.map((part) => part.state)),
    distanceKm: distances.length > 0 ? roundKm(Math.min(...distances)) : null,
    createdAt: request.createdAt.toISOString(),
  };
}

/** A card's fill counts the parts of its live requests (not merged or withdrawn ones). */
export function cardFill(requestViews: readonly RequestView[]): Fill {
  return fillOf(
    requestViews
      .filter((r) => r.status === 'submitted' || r.status === 'published' || r.status === 'closed')
      .flatMap((r) => r.parts.map((part) => part.state)),
  );
}

type ProposalRows = Awaited<ReturnType<typeof findProposals>>;

export function toSignUpView(found: FoundSignUp, proposals: ProposalRows): SignUpView {
  const { signUp } = found;
  return {
    id: signUp.id,
    requestId: signUp.requestId,
    requestTitle: found.requestTitle,
    companyId: signUp.companyId,
    companyName: found.companyName,
    contactName: signUp.contactName,
    contactEmail: signUp.contactEmail,
    contactPhone: signUp.contactPhone,
    locationKind: signUp.locationKind,
    note: signUp.note,
    status: signUp.status,
    offerId: signUp.offerId,
    proposals: proposals
      .filter((row) => row.proposal.signUpId === signUp.id)
      .map((row) => ({
        id: row.proposal.id,
        signUpId: signUp.id,
        partId: row.proposal.partId,
        schoolId: row.schoolId,
        schoolName: row.schoolName,
        className: row.className,
        companyId: signUp.companyId,
        companyName: found.companyName,
        startsAt: row.proposal.startsAt.toISOString(),
        endsAt: row.proposal.endsAt.toISOString(),
        status: row.proposal.status,
        declineReason: row.proposal.declineReason,
        sessionId: row.proposal.sessionId,
        bookingId: row.proposal.bookingId,
      })),
    createdAt: signUp.createdAt.toISOString(),
  };
}
