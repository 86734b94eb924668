import type { Database } from '@stagebureau/db';
import type {
  Actor,
  ErasePersonalData,
  ErasureResult,
  PersonalDataExport,
} from '@stagebureau/domain';
import { auditActorOf, recordAudit } from '../audit/record';
import { organisationFor } from '../organisations/service';
import { eraseOrganisationPersonalData, findPersonalData } from './repo';

/** An AVG/GDPR access request: everything personal the region holds for one organisation. */
export async function exportPersonalData(
  db: Database,
  actor: Actor,
  organisationId: string,
  now: Date = new Date(),
): Promise<PersonalDataExport> {
  const organisation = await organisationFor(db, actor, organisationId, 'privacy.export');
  const { people, invited, offerContacts, bookingTeachers } = await findPersonalData(
    db,
    actor.regionId,
    organisation.id,
  );
  return {
    organisation: {
      id: organisation.id,
      name: organisation.name,
      contactEmail: organisation.contactEmail,
      contactPhone: organisation.contactPhone,
      website: organisation.website,
    },
    users: people.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      status: user.status,
      language: user.language,
      createdAt: user.createdAt.toISOString(),
    })),
    invitations: invited.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      createdAt: invitation.createdAt.toISOString(),
      acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
    })),
    offerContacts,
    bookingTeachers,
    exportedAt: now.toISOString(),
  };
}

/**
 * An AVG/GDPR erasure request: people become anonymous and lose access; what the organisation
 * did (bookings, sessions, seats) stays so reports and other parties' records do not change.
 * The audit trail is append-only: its rows keep their ids, and one more row records this.
 */
export async function erasePersonalData(
  db: Database,
  actor: Actor,
  organisationId: string,
  input: ErasePersonalData,
  now: Date = new Date(),
): Promise<ErasureResult> {
  return db.transaction(async (tx) => {
    const organisation = await organisationFor(tx, actor, organisationId, 'privacy.erase', {
      forUpdate: true,
    });
    const counts = await eraseOrganisationPersonalData(tx, actor.regionId, organisation.id, now);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'organisation',
      entityId: organisation.id,
      action: 'erase_personal_data',
      after: counts,
      reason: input.reason,
    });
    return { organisationId: organisation.id, ...counts, erasedAt: now.toISOString() };
  });
}
