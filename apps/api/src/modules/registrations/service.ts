import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  possibleDuplicates,
  sectorsKnown,
  type Actor,
  type CompanyRegistration,
  type Registration,
  type RegistrationStatus,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { recordAudit, auditActorOf, type AuditActor } from '../audit/record';
import { emailInUse, issueInvitation } from '../invitations/service';
import { notify } from '../notifications/notify';
import {
  changeStatusWithin,
  companiesOfRegion,
  findOrganisation,
  insertPendingCompany,
  toOrganisation,
} from '../organisations/service';
import { sectorsOf } from '../region/service';
import {
  findRegistration,
  insertRegistration,
  listRegistrationRows,
  updateRegistration,
  type RegistrationRow,
} from './repo';

export { loadRegistrationFacts, pendingRegistrationOf } from './repo';

/** A visitor on the public form has no account: the audit trail names the form. */
const visitor = (regionId: string): AuditActor => ({ userId: null, role: 'public', regionId });

/**
 * A company registers itself: a pending organisation and its contact person, who becomes its
 * first admin when the bureau approves. The contact is told it arrived, the bureau that it
 * waits. Bad input, a known KvK number or an address with an account write nothing.
 */
export async function registerCompany(db: Database, regionId: string, input: CompanyRegistration) {
  return db.transaction(async (tx) => {
    const sectors = sectorsKnown(
      input.sectorTags,
      (await sectorsOf(tx, regionId)).map((sector) => sector.code),
    );
    if (!sectors.ok) throw new DomainError(sectors.code, sectors.detail, sectors.meta);
    if (await emailInUse(tx, input.contactEmail)) throw new DomainError('email_taken');
    const organisation = await insertPendingCompany(
      tx,
      regionId,
      {
        name: input.companyName,
        kvkNumber: input.kvkNumber,
        street: input.street,
        postcode: input.postcode,
        city: input.city,
        sectorTags: input.sectorTags,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone,
      },
      visitor(regionId),
    );
    const row = await insertRegistration(tx, {
      regionId,
      organisationId: organisation.id,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      contactPhone: input.contactPhone,
      language: input.language,
    });
    await recordAudit(tx, visitor(regionId), {
      entity: 'organisation_registration',
      entityId: row.id,
      action: 'create',
      after: { organisationId: organisation.id, contactEmail: row.contactEmail },
    });
    for (const kind of ['registration.received', 'registration.submitted'] as const)
      await notify(tx, { kind, regionId, registrationId: row.id });
    return { id: row.id, status: 'pending' as const };
  });
}

/** The region's registrations as the bureau reviews them, each with its possible duplicates. */
export async function listRegistrations(
  db: Database,
  actor: Actor,
  status: RegistrationStatus | undefined,
): Promise<Registration[]> {
  authorise(actor, 'registration.review', { regionId: actor.regionId });
  const [rows, companies] = await Promise.all([
    listRegistrationRows(db, actor.regionId, status),
    companiesOfRegion(db, actor.regionId),
  ]);
  const byId = new Map(companies.map((company) => [company.id, company]));
  return rows.flatMap((row) => {
    const organisation = byId.get(row.organisationId);
    return organisation ? [toView(row, organisation, companies, byId)] : [];
  });
}

type Company = Registration['organisation'];

function toView(
  row: RegistrationRow,
  organisation: Registration['organisation'],
  companies: Company[],
  byId: Map<string, Company>,
): Registration {
  const duplicates = possibleDuplicates(organisation, companies).map((match) => {
    const other = byId.get(match.organisationId)!;
    return {
      ...match,
      name: other.name,
      kvkNumber: other.kvkNumber,
      city: other.city,
      status: other.status,
    };
  });
  return {
    id: row.id,
    status: row.status,
    organisation,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    rejectionReason: row.rejectionReason,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    possibleDuplicates: duplicates,
  };
}

async function pendingRegistration(tx: Transaction, actor: Actor, id: string) {
  authorise(actor, 'registration.review', { regionId: actor.regionId });
  const row = await findRegistration(tx, actor.regionId, id, true);
  if (!row) throw new DomainError('not_found');
  if (row.status !== 'pending')
    throw new DomainError('invalid_transition', `the registration is ${row.status}`);
  return row;
}

/**
 * The bureau approves: the company becomes active and its contact person is invited as its
 * first admin (the e-mail's link sets the password through the invitation flow).
 */
export async function approveRegistration(
  db: Database,
  actor: Actor,
  id: string,
  now: Date,
  webUrl: string,
) {
  return db.transaction(async (tx) => {
    const row = await pendingRegistration(tx, actor, id);
    await changeStatusWithin(tx, actor, row.organisationId, 'active', null);
    const invitation = await issueInvitation(
      tx,
      actor,
      { email: row.contactEmail, role: 'company_admin', organisationId: row.organisationId },
      now,
      webUrl,
    );
    const after = await updateRegistration(tx, row.id, {
      status: 'approved',
      decidedAt: now,
      decidedBy: actor.userId,
      invitationId: invitation.id,
    });
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'organisation_registration',
      entityId: row.id,
      action: 'approve',
      before: { status: row.status },
      after: { status: after.status, invitationId: invitation.id },
    });
    return decided(tx, actor, after);
  });
}

/** The bureau rejects, with a reason the applicant reads; the company never becomes active. */
export async function rejectRegistration(
  db: Database,
  actor: Actor,
  id: string,
  reason: string,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const row = await pendingRegistration(tx, actor, id);
    await changeStatusWithin(tx, actor, row.organisationId, 'rejected', reason);
    const after = await updateRegistration(tx, row.id, {
      status: 'rejected',
      rejectionReason: reason,
      decidedAt: now,
      decidedBy: actor.userId,
    });
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'organisation_registration',
      entityId: row.id,
      action: 'reject',
      before: { status: row.status },
      after: { status: after.status },
      reason,
    });
    await notify(tx, {
      kind: 'registration.rejected',
      regionId: actor.regionId,
      registrationId: row.id,
    });
    return decided(tx, actor, after);
  });
}

async function decided(tx: Transaction, actor: Actor, row: RegistrationRow) {
  const organisation = await findOrganisation(tx, actor.regionId, row.organisationId);
  return toView(row, toOrganisation(organisation!), [], new Map());
}
