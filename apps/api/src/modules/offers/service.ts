import type { Database, Transaction, offers } from '@stagebureau/db';
import {
  DomainError,
  changesCalendar,
  isBureau,
  locationProblems,
  offerVisibleTo,
  sessionOpenTo,
  transitionOffer,
  type Actor,
  type CreateOffer,
  type OfferStatus,
  type OrganisationSessionsQuery,
  type UpdateOffer,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { recordAudit } from '../audit/record';
import { requireCompliance } from '../compliance/documents';
import { toOffer, toSession } from './present';
import {
  bumpSequencesOfOffer,
  findCompany,
  findOffer,
  findSession,
  hasSessionForSchool,
  insertOffer,
  insertSessions,
  listSessionsOfOrganisation,
  lockOffer,
  updateOffer,
  type OfferRow,
} from './repo';

/*
 * An offer owns its sessions: this module owns the `offers` and `sessions` tables. Other
 * modules use these exports, never `./repo`.
 */
export { findOffer, lockOffer, type OfferRow, type SessionRow } from './repo';
export { toPublicSession } from './present';

/** The session an accepted proposal creates: on request, open only to the proposing school. */
export async function addSchoolSession(
  tx: Transaction,
  session: {
    regionId: string;
    offerId: string;
    schoolId: string;
    startsAt: Date;
    endsAt: Date;
    capacity: number;
  },
) {
  const [row] = await insertSessions(tx, [session]);
  return row!;
}

/**
 * The offer behind an accepted sign-up (issue 15): status `arranged`, so it is not in the
 * catalogue; its sessions are private to the asking school. The company's hours per occasion
 * are its in-kind hours per session, so the co-financing report counts them.
 */
export async function addArrangedOffer(
  tx: Transaction,
  values: Omit<
    typeof offers.$inferInsert,
    'status' | 'bookingMode' | 'defaultSeats' | 'waitlistEnabled' | 'requiresApproval'
  >,
) {
  return insertOffer(tx, {
    ...values,
    status: 'arranged',
    bookingMode: 'fixed_sessions',
    defaultSeats: 40,
    waitlistEnabled: false,
    requiresApproval: false,
  });
}

/**
 * An internship place's offer and its one session, the period (issue 16): booking mode
 * `placement`, so only a placement books it and the catalogue leaves it to the place search;
 * capacity is the number of places.
 */
export async function addPlaceOffer(
  tx: Transaction,
  values: Omit<
    typeof offers.$inferInsert,
    'status' | 'bookingMode' | 'defaultSeats' | 'waitlistEnabled' | 'requiresApproval'
  >,
  period: { startsAt: Date; endsAt: Date; places: number },
) {
  const offer = await insertOffer(tx, {
    ...values,
    status: 'published',
    bookingMode: 'placement',
    defaultSeats: 1,
    waitlistEnabled: false,
    requiresApproval: false,
  });
  const [session] = await insertSessions(tx, [
    {
      regionId: values.regionId,
      offerId: offer.id,
      startsAt: period.startsAt,
      endsAt: period.endsAt,
      capacity: period.places,
    },
  ]);
  return { offer, session: session! };
}

const auditActor = (actor: Actor) => ({
  userId: actor.userId,
  role: actor.role,
  regionId: actor.regionId,
});

function toColumns<T extends { opensAt?: string | null }>(input: T) {
  const { opensAt, ...rest } = input;
  if (opensAt === undefined) return rest;
  return { ...rest, opensAt: opensAt ? new Date(opensAt) : null };
}

/** A company creates its own offers; bureau staff name the company in `?companyId=`. */
export async function createOffer(
  db: Database,
  actor: Actor,
  input: CreateOffer,
  onBehalfOf: string | undefined,
) {
  const companyId = isBureau(actor.role) ? onBehalfOf : actor.organisationId;
  if (!companyId)
    throw new DomainError('validation_failed', 'bureau staff pass ?companyId= of the company', {
      errors: [{ path: 'querystring.companyId', message: 'required for bureau staff' }],
    });
  authorise(actor, 'offer.write', { regionId: actor.regionId, organisationId: companyId });
  const company = await findCompany(db, actor.regionId, companyId);
  if (!company) throw new DomainError('not_found', 'no such company in this region');
  return db.transaction(async (tx) => {
    const row = await insertOffer(tx, {
      ...toColumns(input),
      regionId: actor.regionId,
      organisationId: company.id,
      status: 'draft',
    });
    await recordAudit(tx, auditActor(actor), {
      entity: 'offer',
      entityId: row.id,
      action: 'created',
      after: row,
    });
    return toOffer(row, company.name);
  });
}

export async function getOffer(db: Database, actor: Actor, id: string) {
  const found = await findOffer(db, actor.regionId, id);
  if (!found) throw new DomainError('not_found');
  if (offerVisibleTo(actor, found.offer)) return found;
  // An arranged offer is also the asking school's: it has a session made for that school.
  const forSchool =
    found.offer.status === 'arranged' &&
    actor.organisationId !== null &&
    (await hasSessionForSchool(db, actor.regionId, id, actor.organisationId));
  if (!forSchool) throw new DomainError('not_found');
  return found;
}

/** Owners and the bureau see every session; others the upcoming ones open to them. */
export function sessionScope(actor: Actor, ownerId: string) {
  if (isBureau(actor.role) || actor.organisationId === ownerId) return { includeCancelled: true };
  return { from: new Date(), visibleToSchool: actor.organisationId };
}

/**
 * Every session of a company's offers, drafts left out: its planning, with who booked how many
 * seats, for those who manage its sessions (its staff and the bureau, the owners `sessionScope`
 * shows everything): cancelled ones too unless `includeCancelled=false`.
 */
export async function listOrganisationSessions(
  db: Database,
  actor: Actor,
  organisationId: string,
  query: OrganisationSessionsQuery,
) {
  authorise(actor, 'session.write', { regionId: actor.regionId, organisationId });
  const company = await findCompany(db, actor.regionId, organisationId);
  if (!company) throw new DomainError('not_found');
  const { rows, total } = await listSessionsOfOrganisation(db, actor.regionId, company.id, {
    includeCancelled: query.includeCancelled !== 'false',
    from: query.from ? new Date(query.from) : undefined,
    limit: query.limit,
    offset: query.offset,
  });
  return {
    items: rows.map((row) => ({ ...toSession(row.session), offerTitle: row.offerTitle })),
    total,
  };
}

/** A session is visible with its offer; a school's private on-request session only to it. */
export async function getSession(db: Database, actor: Actor, sessionId: string) {
  const session = await findSession(db, actor.regionId, sessionId);
  if (!session) throw new DomainError('not_found');
  const found = await getOffer(db, actor, session.offerId);
  const privileged = isBureau(actor.role) || actor.organisationId === found.offer.organisationId;
  if (!privileged && !sessionOpenTo(session, actor.organisationId))
    throw new DomainError('not_found');
  return toSession(session);
}

/** Loads and locks an offer the actor may change; someone else's offer does not exist. */
export async function lockOfferForWrite(tx: Transaction, actor: Actor, id: string) {
  const row = await lockOffer(tx, actor.regionId, id);
  if (!row) throw new DomainError('not_found');
  authorise(actor, 'offer.write', { regionId: row.regionId, organisationId: row.organisationId });
  return row;
}

async function presentLocked(tx: Transaction, row: OfferRow) {
  const found = await findOffer(tx, row.regionId, row.id);
  return toOffer(row, found!.companyName);
}

export async function editOffer(db: Database, actor: Actor, id: string, change: UpdateOffer) {
  return db.transaction(async (tx) => {
    const before = await lockOfferForWrite(tx, actor, id);
    if (
      change.bookingMode &&
      change.bookingMode !== before.bookingMode &&
      before.status !== 'draft'
    )
      throw new DomainError('wrong_booking_mode', 'the booking mode can only change in a draft');
    const merged = { ...before, ...change };
    // A published offer changing its type must meet the new type's document requirements.
    if (before.status === 'published' && change.type && change.type !== before.type)
      await requireCompliance(
        tx,
        { regionId: actor.regionId, companyId: before.organisationId, offerType: change.type },
        new Date(),
      );
    const problems = locationProblems(merged);
    if (problems.length > 0)
      throw new DomainError('validation_failed', 'the address is incomplete', {
        errors: problems.map((p) => ({ path: `body.${p.path}`, message: p.message })),
      });
    const after = await updateOffer(tx, actor.regionId, id, toColumns(change));
    if (changesCalendar(before, change)) await bumpSequencesOfOffer(tx, actor.regionId, id);
    await recordAudit(tx, auditActor(actor), {
      entity: 'offer',
      entityId: id,
      action: 'updated',
      before,
      after,
    });
    return presentLocked(tx, after);
  });
}

export async function changeOfferStatus(db: Database, actor: Actor, id: string, to: OfferStatus) {
  return db.transaction(async (tx) => {
    const before = await lockOfferForWrite(tx, actor, id);
    const outcome = transitionOffer(before, to);
    if (!outcome.ok) throw new DomainError(outcome.code, outcome.detail, outcome.meta);
    // Issue 18: a company publishes only what its approved, valid documents cover.
    if (outcome.value === 'published')
      await requireCompliance(
        tx,
        { regionId: actor.regionId, companyId: before.organisationId, offerType: before.type },
        new Date(),
      );
    const after = await updateOffer(tx, actor.regionId, id, { status: outcome.value });
    await recordAudit(tx, auditActor(actor), {
      entity: 'offer',
      entityId: id,
      action: to === 'published' ? 'published' : 'archived',
      before: { status: before.status },
      after: { status: after.status },
    });
    return presentLocked(tx, after);
  });
}
