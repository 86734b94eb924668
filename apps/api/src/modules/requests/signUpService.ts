import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  decidePartProposal,
  momentProblems,
  signUpOpen,
  type Actor,
  type CreateSignUp,
  type PartProposalStatus,
  type HolidayRegion,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { blackoutsAround } from '../blackouts/service';
import { placeBookingIn } from '../bookings';
import { notify } from '../notifications/notify';
import { addArrangedOffer, addSchoolSession } from '../offers/service';
import { cancelSessionIn } from '../offers/sessionService';
import { findOrganisation } from '../organisations/service';
import { loadRegionWithSettings } from '../region/service';
import { toSignUpView } from './present';
import { lockRequest, partsOfRequest, type RequestRow } from './repo';
import {
  findProposals,
  findSignUps,
  insertProposals,
  insertSignUp,
  isPartTaken,
  liveProposalsOf,
  lockProposal,
  lockSignUp,
  updateProposal,
  updateSignUp,
  type SignUpFilter,
} from './signUpRepo';
import { viewerOf } from './viewer';

export async function presentSignUps(
  db: Database | Transaction,
  regionId: string,
  filter: SignUpFilter,
) {
  const found = await findSignUps(db, regionId, filter);
  const proposals = await findProposals(
    db,
    found.map((row) => row.signUp.id),
  );
  return found.map((row) => toSignUpView(row, proposals));
}

async function presentOne(db: Database, regionId: string, id: string) {
  const [view] = await presentSignUps(db, regionId, { ids: [id] });
  return view!;
}

/** A company its own sign-ups, a school those on its classes' parts, the bureau all. */
export async function listSignUps(
  db: Database,
  actor: Actor,
  query: { requestId?: string; status?: PartProposalStatus },
) {
  authorise(actor, 'request.read', { regionId: actor.regionId });
  const viewer = viewerOf(actor);
  const scope =
    viewer.kind === 'company'
      ? { companyId: viewer.companyId }
      : viewer.kind === 'school'
        ? { schoolId: viewer.schoolId }
        : {};
  return presentSignUps(db, actor.regionId, { ...query, ...scope });
}

const fieldErrors = (
  code: 'validation_failed' | 'outside_period',
  errors: { path: string; message: string }[],
) => new DomainError(code, errors[0]!.message, { errors });

/** Where the activity happens: the request says, or (for "either") the company chooses. */
function locationOf(request: RequestRow, chosen: CreateSignUp['locationKind']) {
  if (request.location !== 'either') return request.location;
  if (!chosen)
    throw fieldErrors('validation_failed', [
      { path: 'body.locationKind', message: 'required: the request takes either location' },
    ]);
  return chosen;
}

/**
 * A company signs up for some or all open parts, proposing a moment for each inside the
 * request's period. The request is share-locked so the bureau cannot close it meanwhile; a
 * part another company holds fails the whole sign-up with `part_taken` (the unique index, not a
 * read, decides — so of concurrent sign-ups for the last part exactly one wins).
 */
export async function signUp(
  db: Database,
  actor: Actor,
  requestId: string,
  input: CreateSignUp,
  now: Date,
) {
  const companyId = actor.organisationId;
  const id = await db.transaction(async (tx) => {
    const locked = await lockRequest(tx, actor.regionId, requestId, 'share');
    if (!locked || (locked.card.status === 'draft' && viewerOf(actor).kind !== 'bureau'))
      throw new DomainError('not_found');
    authorise(actor, 'request.signUp', {
      regionId: locked.request.regionId,
      organisationId: companyId,
    });
    const company =
      companyId && (await findOrganisation(tx, actor.regionId, companyId, { kind: 'company' }));
    if (!company) throw new DomainError('forbidden', 'only a company signs up');
    const { request, card } = locked;
    const open = signUpOpen(
      {
        cardStatus: card.status,
        requestStatus: request.status,
        signUpDeadline: request.signUpDeadline,
      },
      now,
    );
    if (!open.ok) throw new DomainError(open.code, open.detail, open.meta);
    const locationKind = locationOf(request, input.locationKind);
    if (locationKind === 'at_company' && !(company.street && company.postcode && company.city))
      throw fieldErrors('validation_failed', [
        { path: 'body.locationKind', message: 'your company profile has no address for a visit' },
      ]);
    const partIds = input.parts.map((part) => part.partId);
    const duplicate = partIds.findIndex((partId, index) => partIds.indexOf(partId) !== index);
    if (duplicate >= 0)
      throw fieldErrors('validation_failed', [
        { path: `body.parts.${duplicate}.partId`, message: 'named twice' },
      ]);
    const parts = await partsOfRequest(tx, requestId, partIds);
    const unknown = partIds.findIndex((partId) => !parts.some((row) => row.part.id === partId));
    if (unknown >= 0)
      throw fieldErrors('validation_failed', [
        { path: `body.parts.${unknown}.partId`, message: 'not a part of this request' },
      ]);
    const region = (await loadRegionWithSettings(tx, actor.regionId))!;
    const moments = input.parts.map((part) => ({
      startsAt: new Date(part.startsAt),
      endsAt: new Date(part.endsAt),
      school: {
        id: parts.find((row) => row.part.id === part.partId)!.part.schoolId,
        holidayRegion: region.holidayRegion as HolidayRegion,
      },
    }));
    const blackouts = await blackoutsAround(tx, actor.regionId, {
      from: request.periodFrom,
      to: request.periodUntil,
    });
    const problems = momentProblems(moments, request, blackouts, now);
    if (problems.length > 0) throw fieldErrors('outside_period', problems);
    const row = await insertSignUp(tx, {
      regionId: actor.regionId,
      requestId,
      companyId: company.id,
      contactName: input.contactName,
      contactEmail: input.contactEmail.toLowerCase(),
      contactPhone: input.contactPhone ?? null,
      locationKind,
      note: input.note,
      createdBy: actor.userId,
    });
    try {
      await insertProposals(
        tx,
        input.parts.map((part, index) => ({
          regionId: actor.regionId,
          signUpId: row.id,
          partId: part.partId,
          startsAt: moments[index]!.startsAt,
          endsAt: moments[index]!.endsAt,
        })),
      );
    } catch (error) {
      if (isPartTaken(error))
        throw new DomainError(
          'part_taken',
          'another company has taken a part you chose; reload the request',
        );
      throw error;
    }
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'sign_up',
      entityId: row.id,
      action: 'created',
      after: { ...row, parts: input.parts },
    });
    await notify(tx, { kind: 'sign_up.received', regionId: actor.regionId, signUpId: row.id });
    return row.id;
  });
  return presentOne(db, actor.regionId, id);
}

/** The arranged offer of a sign-up, made at its first accepted part. */
async function arrangedOfferOf(
  tx: Transaction,
  signUp: Awaited<ReturnType<typeof lockSignUp>> & object,
  request: RequestRow,
  durationMinutes: number,
) {
  if (signUp.offerId) return signUp.offerId;
  const company = (await findOrganisation(tx, signUp.regionId, signUp.companyId))!;
  const atCompany = signUp.locationKind === 'at_company';
  const offer = await addArrangedOffer(tx, {
    regionId: signUp.regionId,
    organisationId: signUp.companyId,
    type: request.type,
    title: request.title,
    description: request.description,
    levels: request.levels,
    schoolYears: request.schoolYears,
    vmboProfiles: request.vmboProfiles,
    sectorTags: request.sectorTags,
    locationKind: signUp.locationKind,
    street: atCompany ? company.street : null,
    postcode: atCompany ? company.postcode : null,
    city: atCompany ? company.city : null,
    durationMinutes,
    requirements: request.schoolProvides,
    contactName: signUp.contactName,
    contactEmail: signUp.contactEmail,
    contactPhone: signUp.contactPhone,
    inKindHoursPerSession: request.hoursPerOccasion,
    cancellationDeadlineHours: 48,
  });
  await updateSignUp(tx, signUp.id, { offerId: offer.id });
  return offer.id;
}

/**
 * The school (or the bureau) accepts a proposed moment: a session private to the school and
 * its confirmed booking, through the one booking path (source `sign_up`) — so a class busy at
 * that moment is refused with `class_busy` and nothing is written.
 */
export async function acceptProposal(db: Database, actor: Actor, id: string, now: Date) {
  const signUpId = await db.transaction(async (tx) => {
    const locked = await lockProposal(tx, actor.regionId, id);
    if (!locked) throw new DomainError('not_found');
    const { proposal, part, signUp, request } = locked;
    authorise(actor, 'request.decide', { regionId: part.regionId, organisationId: part.schoolId });
    const decision = decidePartProposal(proposal.status, 'accepted');
    if (!decision.ok) throw new DomainError(decision.code, decision.detail, decision.meta);
    if (proposal.startsAt <= now)
      throw new DomainError('outside_period', 'this moment lies in the past; ask for a new one');
    const minutes = Math.round((proposal.endsAt.getTime() - proposal.startsAt.getTime()) / 60_000);
    const offerId = await arrangedOfferOf(tx, signUp, request, minutes);
    const session = await addSchoolSession(tx, {
      regionId: actor.regionId,
      offerId,
      schoolId: part.schoolId,
      startsAt: proposal.startsAt,
      endsAt: proposal.endsAt,
      capacity: 40,
    });
    const booking = await placeBookingIn(
      tx,
      {
        source: 'sign_up',
        actor: auditActorOf(actor),
        sessionId: session.id,
        classId: part.classId,
        request: {
          status: 'confirmed',
          note: signUp.note,
          context: {
            source: 'sign_up',
            signUpId: signUp.id,
            proposalId: id,
            requestId: request.id,
          },
        },
      },
      now,
    );
    await updateProposal(tx, id, {
      status: 'accepted',
      sessionId: session.id,
      bookingId: booking.id,
      decidedBy: actor.userId,
      decidedAt: now,
    });
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'part_proposal',
      entityId: id,
      action: 'accepted',
      before: { status: proposal.status },
      after: { status: 'accepted', sessionId: session.id, bookingId: booking.id },
    });
    await notify(tx, { kind: 'sign_up.accepted', regionId: actor.regionId, proposalId: id });
    return signUp.id;
  });
  return presentOne(db, actor.regionId, signUpId);
}

/** The school declines a proposed moment with a reason: the part is open again. */
export async function declineProposal(
  db: Database,
  actor: Actor,
  id: string,
  reason: string,
  now: Date,
) {
  const signUpId = await db.transaction(async (tx) => {
    const locked = await lockProposal(tx, actor.regionId, id);
    if (!locked) throw new DomainError('not_found');
    const { proposal, part } = locked;
    authorise(actor, 'request.decide', { regionId: part.regionId, organisationId: part.schoolId });
    const decision = decidePartProposal(proposal.status, 'declined');
    if (!decision.ok) throw new DomainError(decision.code, decision.detail, decision.meta);
    await updateProposal(tx, id, {
      status: 'declined',
      declineReason: reason,
      decidedBy: actor.userId,
      decidedAt: now,
    });
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'part_proposal',
      entityId: id,
      action: 'declined',
      before: { status: proposal.status },
      after: { status: 'declined' },
      reason,
    });
    await notify(tx, { kind: 'sign_up.declined', regionId: actor.regionId, proposalId: id });
    return locked.signUp.id;
  });
  return presentOne(db, actor.regionId, signUpId);
}

/**
 * The company withdraws its sign-up: every part it holds is open again; sessions of accepted
 * parts that have not started are cancelled (their bookings with them, the bureau sees the
 * usual conflict), and the schools are told.
 */
export async function withdrawSignUp(
  db: Database,
  actor: Actor,
  id: string,
  reason: string,
  now: Date,
) {
  await db.transaction(async (tx) => {
    const signUp = await lockSignUp(tx, actor.regionId, id);
    if (!signUp) throw new DomainError('not_found');
    authorise(actor, 'request.signUp', {
      regionId: signUp.regionId,
      organisationId: signUp.companyId,
    });
    if (signUp.status === 'withdrawn')
      throw new DomainError('invalid_transition', 'this sign-up is already withdrawn');
    const live = await liveProposalsOf(tx, id);
    const freed = live.filter(
      (row) => row.proposal.status === 'proposed' || row.proposal.startsAt > now,
    );
    for (const { proposal } of freed) {
      if (proposal.status === 'accepted' && proposal.sessionId)
        await cancelSessionIn(tx, actor, proposal.sessionId, reason, now);
      await updateProposal(tx, proposal.id, { status: 'withdrawn', decidedAt: now });
    }
    await updateSignUp(tx, id, { status: 'withdrawn', withdrawnAt: now });
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'sign_up',
      entityId: id,
      action: 'withdrawn',
      before: { status: signUp.status },
      after: { status: 'withdrawn', partsFreed: freed.length },
      reason,
    });
    await notify(tx, { kind: 'sign_up.withdrawn', regionId: actor.regionId, signUpId: id, reason });
  });
  return presentOne(db, actor.regionId, id);
}
