import type { Database } from '@stagebureau/db';
import {
  DomainError,
  checkQuota,
  decideProposal,
  isBureau,
  offerVisibleTo,
  optionsOutsideAvailability,
  organisationKindOf,
  type Actor,
  type CreateProposal,
  type Proposal,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { recordAudit, type AuditActor } from '../audit/record';
import { notify } from '../notifications/notify';
import { confirmProposalBooking } from '../bookings/sessionEffects';
import { addSchoolSession, findOffer, lockOffer } from '../offers/service';
import {
  countAccepted,
  findClass,
  insertProposal,
  listProposals,
  lockProposal,
  updateProposal,
} from './repo';

const auditActor = (actor: Actor): AuditActor => ({
  userId: actor.userId,
  role: actor.role,
  regionId: actor.regionId,
});

type ListedRow = Awaited<ReturnType<typeof listProposals>>[number];
const toProposal = (row: ListedRow): Proposal => ({
  id: row.proposal.id,
  offerId: row.proposal.offerId,
  offerTitle: row.offerTitle,
  schoolId: row.proposal.schoolId,
  schoolName: row.schoolName,
  classId: row.proposal.classId,
  className: row.className,
  seats: row.proposal.seats,
  teachers: row.proposal.teachers,
  note: row.proposal.note,
  options: row.proposal.options,
  status: row.proposal.status,
  acceptedSessionId: row.proposal.acceptedSessionId,
  bookingId: row.proposal.bookingId,
  declineReason: row.proposal.declineReason,
  createdAt: row.proposal.createdAt.toISOString(),
});

/** Who sees which proposals: a school its own, a company those on its offers, the bureau all. */
function scopeOf(actor: Actor) {
  if (isBureau(actor.role)) return {};
  const kind = organisationKindOf(actor.role);
  const organisationId = actor.organisationId ?? '00000000-0000-0000-0000-000000000000';
  return kind === 'company' ? { companyId: organisationId } : { schoolId: organisationId };
}

export async function listVisibleProposals(
  db: Database,
  actor: Actor,
  filter: { status?: Proposal['status']; offerId?: string },
) {
  authorise(actor, 'proposal.read', { regionId: actor.regionId });
  return (await listProposals(db, actor.regionId, scopeOf(actor), filter)).map(toProposal);
}

async function present(db: Database, actor: Actor, id: string) {
  const [row] = await listProposals(db, actor.regionId, { id });
  return toProposal(row!);
}

/** A school proposes up to three moments inside the company's availability for one class. */
export async function proposeDates(
  db: Database,
  actor: Actor,
  offerId: string,
  input: CreateProposal,
  now: Date,
) {
  const schoolClass = await findClass(db, actor.regionId, input.classId);
  if (!schoolClass || schoolClass.archivedAt) throw new DomainError('not_found', 'no such class');
  authorise(actor, 'proposal.create', {
    regionId: schoolClass.regionId,
    organisationId: schoolClass.organisationId,
  });
  const found = await findOffer(db, actor.regionId, offerId);
  if (!found || !offerVisibleTo(actor, found.offer) || found.offer.status !== 'published')
    throw new DomainError('not_found');
  const { offer } = found;
  if (offer.bookingMode !== 'on_request' || !offer.availability)
    throw new DomainError('wrong_booking_mode', 'this offer has fixed sessions; book one of them');
  const options = input.options.map((o) => ({
    startsAt: new Date(o.startsAt),
    endsAt: new Date(o.endsAt),
  }));
  const outside = optionsOutsideAvailability(options, offer.availability, now);
  if (outside.length > 0)
    throw new DomainError('outside_availability', outside[0]!.reason, {
      errors: outside.map((o) => ({ path: `body.options.${o.index}`, message: o.reason })),
    });
  const id = await db.transaction(async (tx) => {
    const row = await insertProposal(tx, {
      regionId: actor.regionId,
      offerId,
      schoolId: schoolClass.organisationId,
      classId: schoolClass.id,
      seats: schoolClass.size,
      teachers: input.teachers,
      note: input.note,
      options: options.map((o) => ({
        startsAt: o.startsAt.toISOString(),
        endsAt: o.endsAt.toISOString(),
      })),
      createdBy: actor.userId,
    });
    await recordAudit(tx, auditActor(actor), {
      entity: 'proposal',
      entityId: row.id,
      action: 'created',
      after: row,
    });
    await notify(tx, { kind: 'proposal.received', regionId: actor.regionId, proposalId: row.id });
    return row.id;
  });
  return present(db, actor, id);
}

/**
 * The company accepts one option: a session for that school (capacity = the class's seats)
 * and its confirmed booking, counted against the offer's quota. The offer row lock
 * serialises concurrent accepts so the quota holds.
 */
export async function acceptProposal(
  db: Database,
  actor: Actor,
  id: string,
  optionIndex: number,
  now: Date,
) {
  await db.transaction(async (tx) => {
    const proposal = await lockProposal(tx, actor.regionId, id);
    if (!proposal) throw new DomainError('not_found');
    const offer = await lockOffer(tx, actor.regionId, proposal.offerId);
    authorise(actor, 'proposal.decide', {
      regionId: offer!.regionId,
      organisationId: offer!.organisationId,
    });
    const decision = decideProposal(
      { status: proposal.status, optionCount: proposal.options.length },
      { accept: true, optionIndex },
    );
    if (!decision.ok) throw new DomainError(decision.code, decision.detail, decision.meta);
    if (!offer!.availability) throw new DomainError('wrong_booking_mode');
    const quota = checkQuota(
      await countAccepted(tx, actor.regionId, offer!.id),
      offer!.availability,
    );
    if (!quota.ok) throw new DomainError(quota.code, quota.detail, quota.meta);
    const option = proposal.options[optionIndex]!;
    const startsAt = new Date(option.startsAt);
    const endsAt = new Date(option.endsAt);
    if (startsAt <= now)
      throw new DomainError('outside_availability', 'this option lies in the past');
    const session = await addSchoolSession(tx, {
      regionId: actor.regionId,
      offerId: offer!.id,
      startsAt,
      endsAt,
      capacity: proposal.seats,
      schoolId: proposal.schoolId,
    });
    const bookingId = await confirmProposalBooking(
      tx,
      auditActor(actor),
      {
        sessionId: session.id,
        classId: proposal.classId,
        teachers: proposal.teachers,
        note: proposal.note,
      },
      now,
    );
    await updateProposal(tx, actor.regionId, id, {
      status: 'accepted',
      acceptedSessionId: session.id,
      bookingId,
    });
    await recordAudit(tx, auditActor(actor), {
      entity: 'proposal',
      entityId: id,
      action: 'accepted',
      before: { status: proposal.status },
      after: { status: 'accepted', optionIndex, sessionId: session.id, bookingId },
    });
    await notify(tx, { kind: 'proposal.accepted', regionId: actor.regionId, proposalId: id });
  });
  return present(db, actor, id);
}

export async function declineProposal(db: Database, actor: Actor, id: string, reason: string) {
  await db.transaction(async (tx) => {
    const proposal = await lockProposal(tx, actor.regionId, id);
    if (!proposal) throw new DomainError('not_found');
    const found = await findOffer(tx, actor.regionId, proposal.offerId);
    authorise(actor, 'proposal.decide', {
      regionId: found!.offer.regionId,
      organisationId: found!.offer.organisationId,
    });
    const decision = decideProposal(
      { status: proposal.status, optionCount: proposal.options.length },
      { accept: false },
    );
    if (!decision.ok) throw new DomainError(decision.code, decision.detail, decision.meta);
    await updateProposal(tx, actor.regionId, id, { status: 'declined', declineReason: reason });
    await recordAudit(tx, auditActor(actor), {
      entity: 'proposal',
      entityId: id,
      action: 'declined',
      before: { status: proposal.status },
      after: { status: 'declined' },
      reason,
    });
    await notify(tx, { kind: 'proposal.declined', regionId: actor.regionId, proposalId: id });
  });
  return present(db, actor, id);
}
