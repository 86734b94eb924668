import { eq } from 'drizzle-orm';
import { contactMoments, contacts, type Database, type Transaction } from '@stagebureau/db';
import {
  DomainError,
  auditedContact,
  type Actor,
  type Contact,
  type ContactExport,
  type CreateContact,
  type UpdateContact,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { organisationFor } from '../organisations/service';
import { isUniqueViolation } from '../shared';
import { toContact, toMoment } from './present';
import { clearPrimary, findContact, listContacts, momentsNaming } from './repo';

/**
 * Contacts at an organisation (issue 17): adult professionals the bureau and schools keep in
 * touch with, never pupils. One may be primary: giving the mark takes it from the previous
 * one in the same transaction, under the organisation's row lock, so two requests making
 * two contacts primary at once end with exactly one (the unique partial index guards it too).
 */
export async function listOrganisationContacts(db: Database, actor: Actor, organisationId: string) {
  const organisation = await organisationFor(db, actor, organisationId, 'relation.read');
  const rows = await listContacts(db, actor.regionId, organisation.id);
  return { items: rows.map(toContact) };
}

/** A primary race that slipped past the lock is answered as a conflict, never a 500. */
const primaryTaken = (error: unknown) =>
  isUniqueViolation(error)
    ? new DomainError('conflict', 'Another contact just became primary; try again')
    : error;

export async function createContact(
  db: Database,
  actor: Actor,
  organisationId: string,
  input: CreateContact,
): Promise<Contact> {
  try {
    return await db.transaction(async (tx) => {
      const organisation = await organisationFor(tx, actor, organisationId, 'relation.write', {
        forUpdate: true,
      });
      const unmarked = input.isPrimary ? await clearPrimary(tx, organisation.id) : [];
      const [row] = await tx
        .insert(contacts)
        .values({
          regionId: actor.regionId,
          organisationId: organisation.id,
          name: input.name,
          jobTitle: input.jobTitle ?? '',
          email: input.email ?? null,
          phone: input.phone ?? null,
          isPrimary: input.isPrimary ?? false,
        })
        .returning();
      await recordAudit(tx, auditActorOf(actor), {
        entity: 'contact',
        entityId: row!.id,
        action: 'create',
        after: { ...auditedContact(row!), primaryTakenFrom: unmarked.map((c) => c.id) },
      });
      return toContact(row!);
    });
  } catch (error) {
    throw primaryTaken(error);
  }
}

/** Loads a contact for a write: its organisation locked first, then the row. */
async function contactForWrite(tx: Transaction, actor: Actor, id: string) {
  const found = await findContact(tx, actor.regionId, id);
  if (!found) throw new DomainError('not_found');
  await organisationFor(tx, actor, found.organisationId, 'relation.write', { forUpdate: true });
  const row = await findContact(tx, actor.regionId, id, true);
  if (!row) throw new DomainError('not_found');
  return row;
}

export async function updateContact(
  db: Database,
  actor: Actor,
  id: string,
  change: UpdateContact,
): Promise<Contact> {
  try {
    return await db.transaction(async (tx) => {
      const before = await contactForWrite(tx, actor, id);
      const unmarked =
        change.isPrimary && !before.isPrimary ? await clearPrimary(tx, before.organisationId) : [];
      const [row] = await tx
        .update(contacts)
        .set({
          ...(change.name !== undefined ? { name: change.name } : {}),
          ...(change.jobTitle !== undefined ? { jobTitle: change.jobTitle } : {}),
          ...(change.email !== undefined ? { email: change.email } : {}),
          ...(change.phone !== undefined ? { phone: change.phone } : {}),
          ...(change.isPrimary !== undefined ? { isPrimary: change.isPrimary } : {}),
          updatedAt: new Date(),
        })
        .where(eq(contacts.id, id))
        .returning();
      const keys = Object.keys(change) as (keyof UpdateContact)[];
      const pick = (source: typeof before) =>
        auditedContact(Object.fromEntries(keys.map((key) => [key, source[key]])));
      await recordAudit(tx, auditActorOf(actor), {
        entity: 'contact',
        entityId: id,
        action: 'update',
        before: pick(before),
        after: { ...pick(row!), primaryTakenFrom: unmarked.map((c) => c.id) },
      });
      return toContact(row!);
    });
  } catch (error) {
    throw primaryTaken(error);
  }
}

/**
 * Removing a contact is erasing the person: the row goes, the contact moments that named
 * them stay (their `contact_id` is set null by the foreign key). Like the privacy module's
 * erasure, the audit entry keeps no personal data: the ids, and how many moments stayed.
 */
export async function removeContact(db: Database, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await contactForWrite(tx, actor, id);
    const moments = await tx
      .select({ id: contactMoments.id })
      .from(contactMoments)
      .where(eq(contactMoments.contactId, id));
    await tx.delete(contacts).where(eq(contacts.id, id));
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'contact',
      entityId: id,
      action: 'erase',
      before: { organisationId: before.organisationId, isPrimary: before.isPrimary },
      after: { momentsKept: moments.length },
    });
  });
}

/** An access request for one contact: the person and every contact moment that names them. */
export async function exportContact(
  db: Database,
  actor: Actor,
  id: string,
  now: Date,
): Promise<ContactExport> {
  const row = await findContact(db, actor.regionId, id);
  if (!row) throw new DomainError('not_found');
  authorise(actor, 'privacy.export', { regionId: row.regionId });
  const moments = await momentsNaming(db, actor.regionId, id);
  return {
    contact: toContact(row),
    moments: moments.map(toMoment),
    exportedAt: now.toISOString(),
  };
}
