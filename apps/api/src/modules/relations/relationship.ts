import { eq } from 'drizzle-orm';
import { ambassadors, relationshipManagers, type Database } from '@stagebureau/db';
import {
  DomainError,
  localDateOf,
  managerAssignment,
  sortForOwner,
  type Actor,
  type Manager,
  type Relationship,
  type SetAmbassador,
  type SetManager,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { companyFor } from './access';
import { toContact, toFollowUp, toMoment } from './present';
import {
  ambassadorOf,
  findSchool,
  findUser,
  listContacts,
  listMoments,
  managersOf,
  managerSlot,
  openFollowUpsOf,
  peopleFor,
  type Db,
} from './repo';

/** How many of the latest contact moments the relationship page shows. */
const latestMomentCount = 20;

/**
 * One company's relationship as the reader may see it (issue 17): its contacts and managers,
 * whether it is an ambassador, the open follow-ups and latest contact moments — for a school
 * coordinator only their own school's — and whom the reader may assign.
 */
export async function readRelationship(
  db: Database,
  actor: Actor,
  companyId: string,
  now: Date,
): Promise<Relationship> {
  const company = await companyFor(db, actor, companyId, 'relation.read');
  const today = localDateOf(now);
  const [contacts, managers, ambassador, followUps, moments, people] = await Promise.all([
    listContacts(db, actor.regionId, company.id),
    managersOf(db, actor.regionId, company.id),
    ambassadorOf(db, actor.regionId, company.id),
    openFollowUpsOf(db, actor, company.id),
    listMoments(db, actor, company.id, latestMomentCount),
    peopleFor(db, actor),
  ]);
  return {
    company: { id: company.id, name: company.name },
    contacts: contacts.map(toContact),
    managers,
    ambassador: ambassador
      ? { note: ambassador.note, since: ambassador.createdAt.toISOString() }
      : null,
    openFollowUps: sortForOwner(
      followUps.map((row) => ({ ...row, ...row.followUp })),
      today,
    ).map((row) => toFollowUp(row, today)),
    latestMoments: moments.map(toMoment),
    people,
  };
}

/** A school slot must name a school of the region. */
async function checkSchool(db: Db, regionId: string, schoolId: string | null) {
  if (schoolId === null) return;
  const school = await findSchool(db, regionId, schoolId);
  if (!school) throw new DomainError('validation_failed', 'schoolId: not a school of the region');
}

/**
 * Sets who manages a company for the bureau (school null) or for one school: bureau staff for
 * the bureau's slot, a coordinator of the school for a school's; a coordinator sets only their
 * own school's. Replaces the slot's previous manager.
 */
export async function setManager(
  db: Database,
  actor: Actor,
  companyId: string,
  input: SetManager,
): Promise<Manager> {
  return db.transaction(async (tx) => {
    const company = await companyFor(tx, actor, companyId, 'relation.write', true);
    await checkSchool(tx, actor.regionId, input.schoolId);
    const user = await findUser(tx, actor.regionId, input.userId);
    const allowed = managerAssignment(actor, input, user);
    if (!allowed.ok) throw new DomainError(allowed.code, allowed.detail);
    if (!user) throw new DomainError('validation_failed', 'userId: not a user of the region');
    const slot = managerSlot(company.id, input.schoolId);
    const [before] = await tx.delete(relationshipManagers).where(slot).returning();
    await tx.insert(relationshipManagers).values({
      regionId: actor.regionId,
      companyId: company.id,
      schoolId: input.schoolId,
      userId: user.id,
    });
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'relationship_manager',
      entityId: company.id,
      action: 'set',
      before: before ? { schoolId: before.schoolId, userId: before.userId } : null,
      after: { schoolId: input.schoolId, userId: user.id },
    });
    const managers = await managersOf(tx, actor.regionId, company.id);
    return managers.find((manager) => manager.schoolId === input.schoolId)!;
  });
}

export async function removeManager(
  db: Database,
  actor: Actor,
  companyId: string,
  schoolId: string | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    const company = await companyFor(tx, actor, companyId, 'relation.write', true);
    const allowed = managerAssignment(actor, { schoolId }, null);
    if (!allowed.ok) throw new DomainError(allowed.code, allowed.detail);
    const [before] = await tx
      .delete(relationshipManagers)
      .where(managerSlot(company.id, schoolId))
      .returning();
    if (!before) throw new DomainError('not_found', 'No manager in this slot');
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'relationship_manager',
      entityId: company.id,
      action: 'remove',
      before: { schoolId: before.schoolId, userId: before.userId },
    });
  });
}

/** The bureau counts a company among its ambassadors, or no longer. */
export async function setAmbassador(
  db: Database,
  actor: Actor,
  companyId: string,
  input: SetAmbassador,
): Promise<Relationship['ambassador']> {
  return db.transaction(async (tx) => {
    const company = await companyFor(tx, actor, companyId, 'relation.write', true);
    authorise(actor, 'recognition.award', { regionId: company.regionId });
    const [before] = await tx
      .delete(ambassadors)
      .where(eq(ambassadors.companyId, company.id))
      .returning();
    const [after] = input.ambassador
      ? await tx
          .insert(ambassadors)
          .values({
            companyId: company.id,
            regionId: actor.regionId,
            note: input.note ?? before?.note ?? '',
            markedBy: actor.userId,
            ...(before ? { createdAt: before.createdAt } : {}),
          })
          .returning()
      : [];
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'ambassador',
      entityId: company.id,
      action: input.ambassador ? 'mark' : 'unmark',
      before: before ? { note: before.note } : null,
      after: after ? { note: after.note } : null,
    });
    return after ? { note: after.note, since: after.createdAt.toISOString() } : null;
  });
}
