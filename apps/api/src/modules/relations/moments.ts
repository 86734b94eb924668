import { contactMoments, type Database } from '@stagebureau/db';
import {
  DomainError,
  actingSchoolOf,
  type Actor,
  type ContactMoment,
  type CreateContactMoment,
} from '@stagebureau/domain';
import { auditActorOf, recordAudit } from '../audit/record';
import { companyFor } from './access';
import { toMoment } from './present';
import { findContact, findMoment, listMoments } from './repo';

/** The bureau reads every moment; a coordinator only their own school's (no bureau notes). */
export async function listCompanyMoments(db: Database, actor: Actor, companyId: string) {
  const company = await companyFor(db, actor, companyId, 'relation.read');
  const rows = await listMoments(db, actor, company.id, 500);
  return { items: rows.map(toMoment) };
}

/**
 * Logs a call, visit, meeting or e-mail with a company, on behalf of the bureau or of the
 * coordinator's own school. A named contact must be one of that company's.
 */
export async function logContactMoment(
  db: Database,
  actor: Actor,
  companyId: string,
  input: CreateContactMoment,
): Promise<ContactMoment> {
  return db.transaction(async (tx) => {
    const company = await companyFor(tx, actor, companyId, 'relation.write');
    if (input.contactId) {
      const contact = await findContact(tx, actor.regionId, input.contactId);
      if (!contact || contact.organisationId !== company.id)
        throw new DomainError('validation_failed', 'contactId: not a contact of this company');
    }
    const [row] = await tx
      .insert(contactMoments)
      .values({
        regionId: actor.regionId,
        companyId: company.id,
        contactId: input.contactId ?? null,
        kind: input.kind,
        occurredAt: new Date(input.occurredAt),
        notes: input.notes ?? '',
        schoolId: actingSchoolOf(actor),
        authorId: actor.userId,
      })
      .returning();
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'contact_moment',
      entityId: row!.id,
      action: 'create',
      after: {
        companyId: company.id,
        kind: row!.kind,
        occurredAt: row!.occurredAt.toISOString(),
        contactId: row!.contactId,
        schoolId: row!.schoolId,
      },
    });
    return toMoment((await findMoment(tx, actor.regionId, row!.id))!);
  });
}
