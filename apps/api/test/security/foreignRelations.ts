import { randomBytes } from 'node:crypto';
import { contactMoments, contacts, followUps, type Database } from '@stagebureau/db';

/**
 * The relationship side of a foreign world (issue 17): a contact at the company, a contact
 * moment and a follow-up of the school, owned by its coordinator. The contact's e-mail and the
 * school's notes are secrets: another school (and another region) never reads them.
 */
export async function aForeignRelation(
  db: Database,
  regionId: string,
  companyId: string,
  schoolId: string,
  coordinatorId: string,
) {
  const secret = () => `geheim-${randomBytes(5).toString('hex')}`;
  const [email, notes, description] = [`${secret()}@bedrijf.nl`, secret(), secret()];
  const [contact] = await db
    .insert(contacts)
    .values({ regionId, organisationId: companyId, name: 'Contactpersoon', email })
    .returning();
  const [moment] = await db
    .insert(contactMoments)
    .values({
      regionId,
      companyId,
      contactId: contact!.id,
      kind: 'call',
      occurredAt: new Date('2030-03-01T10:00:00Z'),
      notes,
      schoolId,
      authorId: coordinatorId,
    })
    .returning();
  const [followUp] = await db
    .insert(followUps)
    .values({
      regionId,
      companyId,
      momentId: moment!.id,
      description,
      dueOn: '2030-03-08',
      ownerId: coordinatorId,
      schoolId,
    })
    .returning();
  return {
    secrets: [notes, description],
    regionVisible: [email],
    ids: {
      contact: contact!.id,
      contactMoment: moment!.id,
      followUp: followUp!.id,
      user: coordinatorId,
    },
  };
}
