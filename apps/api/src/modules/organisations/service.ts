import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  changeOrganisationStatus,
  organisationVisibleTo,
  type Action,
  type Actor,
  type CreateOrganisation,
  type OrganisationStatus,
  type CreateLocation,
  type UpdateOrganisation,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { isUniqueViolation } from '../shared';
import { auditActorOf, changedFields, recordAudit, type AuditActor } from '../audit/record';
import {
  findByRegistration,
  findOrganisation,
  insertLocation,
  insertOrganisation,
  listOrganisations,
  toLocation,
  toOrganisation,
  updateOrganisation,
  type OrganisationRow,
} from './repo';

/** One organisation of the region by id (any status), locked with `forUpdate`; null if none. */
export { findOrganisation, toOrganisation } from './repo';
/** A school location's coordinates (or its school's) and postcode; null if not the region's. */
export { findLocationPoint as schoolLocationPoint } from './repo';
/** DUO pupils per school (newest count per location up to a school year), for weights. */
export { duoPupilsBySchool } from './duoRecords';

/**
 * Loads an organisation the actor may see and act on, locking it when it will be written.
 * Another region's, and (outside the bureau) an inactive other one's, answer 404.
 */
export async function organisationFor(
  db: Database | Transaction,
  actor: Actor,
  id: string,
  action: Action,
  options: { kind?: 'school' | 'company'; forUpdate?: boolean } = {},
): Promise<OrganisationRow> {
  const row = await findOrganisation(db, actor.regionId, id, options);
  if (!row || !organisationVisibleTo(actor, row)) throw new DomainError('not_found');
  authorise(actor, action, { regionId: row.regionId, organisationId: row.id });
  return row;
}

export async function createOrganisation(db: Database, actor: Actor, input: CreateOrganisation) {
  const registration =
    input.kind === 'company' ? { kvkNumber: input.kvkNumber } : { brinCode: input.brinCode };
  return db.transaction(async (tx) => {
    if (await findByRegistration(tx, actor.regionId, registration)) {
      throw new DomainError(
        'duplicate',
        input.kind === 'company'
          ? 'An organisation with this KvK number exists in the region'
          : 'A school with this BRIN code exists in the region',
      );
    }
    const row = await insertOrganisation(tx, {
      ...input,
      regionId: actor.regionId,
      status: 'pending',
    });
    const organisation = toOrganisation(row);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'organisation',
      entityId: row.id,
      action: 'create',
      after: organisation,
    });
    return organisation;
  });
}

export async function editOrganisation(
  db: Database,
  actor: Actor,
  id: string,
  changes: UpdateOrganisation,
) {
  return db.transaction(async (tx) => {
    const before = await organisationFor(tx, actor, id, 'organisation.update', {
      forUpdate: true,
    });
    const after = await updateOrganisation(tx, actor.regionId, id, changes);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'organisation',
      entityId: id,
      action: 'update',
      before: changedFields(toOrganisation(before), Object.keys(changes)),
      after: changedFields(toOrganisation(after), Object.keys(changes)),
    });
    return toOrganisation(after);
  });
}

export async function setOrganisationStatus(
  db: Database,
  actor: Actor,
  id: string,
  status: OrganisationStatus,
  reason: string | undefined,
) {
  return db.transaction((tx) => changeStatusWithin(tx, actor, id, status, reason));
}

/**
 * The bureau's status change inside the caller's transaction (a registration's approval or
 * rejection changes the organisation and its registration together). A rejection needs a reason.
 */
export async function changeStatusWithin(
  tx: Transaction,
  actor: Actor,
  id: string,
  status: OrganisationStatus,
  reason: string | null | undefined,
) {
  const before = await organisationFor(tx, actor, id, 'organisation.changeStatus', {
    forUpdate: true,
  });
  const outcome = changeOrganisationStatus(before.status, status, reason);
  if (!outcome.ok) throw new DomainError(outcome.code, outcome.detail, outcome.meta);
  const after = await updateOrganisation(tx, actor.regionId, id, { status: outcome.value });
  await recordAudit(tx, auditActorOf(actor), {
    entity: 'organisation',
    entityId: id,
    action: 'status_change',
    before: { status: before.status },
    after: { status: after.status },
    reason: reason ?? null,
  });
  return toOrganisation(after);
}

/**
 * A company that registered itself (issue 21): pending until the bureau decides. A KvK
 * number the region already knows is refused (`kvk_registered`), also when two sign-ups race.
 */
export async function insertPendingCompany(
  tx: Transaction,
  regionId: string,
  input: Omit<Extract<CreateOrganisation, { kind: 'company' }>, 'kind'>,
  actor: AuditActor,
) {
  if (await findByRegistration(tx, regionId, { kvkNumber: input.kvkNumber }))
    throw new DomainError('kvk_registered');
  // A savepoint, so a lost race on the unique index answers 409 instead of aborting the caller.
  const row = await tx
    .transaction((savepoint) =>
      insertOrganisation(savepoint, { ...input, kind: 'company', regionId, status: 'pending' }),
    )
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? new DomainError('kvk_registered') : error;
    });
  const organisation = toOrganisation(row);
  await recordAudit(tx, actor, {
    entity: 'organisation',
    entityId: row.id,
    action: 'create',
    after: organisation,
  });
  return organisation;
}

/** The region's companies by name, for spotting a registration that duplicates one. */
export async function companiesOfRegion(db: Database | Transaction, regionId: string) {
  const rows = await listOrganisations(db, regionId, { kind: 'company' });
  return rows.map(toOrganisation);
}

/** The region's schools by name, for the bureau's export of every school's year plan. */
export async function schoolsOfRegion(db: Database | Transaction, regionId: string) {
  return listOrganisations(db, regionId, { kind: 'school' });
}

export async function addLocation(
  db: Database,
  actor: Actor,
  schoolId: string,
  input: CreateLocation,
) {
  return db.transaction(async (tx) => {
    await organisationFor(tx, actor, schoolId, 'organisation.manageLocations', { kind: 'school' });
    const row = await insertLocation(tx, {
      ...input,
      regionId: actor.regionId,
      organisationId: schoolId,
    });
    const location = toLocation(row);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'school_location',
      entityId: row.id,
      action: 'create',
      after: location,
    });
    return location;
  });
}
