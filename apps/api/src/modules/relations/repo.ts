import { alias } from 'drizzle-orm/pg-core';
import { and, desc, eq, inArray, isNotNull, isNull, lte, or, type SQL } from 'drizzle-orm';
import {
  ambassadors,
  contactMoments,
  contacts,
  followUps,
  organisations,
  relationshipManagers,
  users,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import { bureauRoles, type Actor } from '@stagebureau/domain';

export type Db = Database | Transaction;
export type ContactRow = typeof contacts.$inferSelect;
export type FollowUpRowDb = typeof followUps.$inferSelect;

/** Matches no row: an actor without an organisation sees no school's rows. */
const noSchool = '00000000-0000-0000-0000-000000000000';

const schools = alias(organisations, 'moment_school');
const companies = alias(organisations, 'follow_up_company');

/** Which rows about a company a reader sees: the bureau all, a coordinator their school's. */
const visibleWhere = (
  actor: Pick<Actor, 'role' | 'organisationId'>,
  column: typeof contactMoments.schoolId | typeof followUps.schoolId,
): SQL | undefined =>
  (bureauRoles as readonly string[]).includes(actor.role)
    ? undefined
    : eq(column, actor.organisationId ?? noSchool);

export const listContacts = (db: Db, regionId: string, organisationId: string) =>
  db
    .select()
    .from(contacts)
    .where(and(eq(contacts.regionId, regionId), eq(contacts.organisationId, organisationId)))
    .orderBy(desc(contacts.isPrimary), contacts.name);

export async function findContact(db: Db, regionId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(contacts)
    .where(and(eq(contacts.regionId, regionId), eq(contacts.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** Takes the primary mark from the organisation's other contacts (before giving it to one). */
export const clearPrimary = (tx: Transaction, organisationId: string) =>
  tx
    .update(contacts)
    .set({ isPrimary: false, updatedAt: new Date() })
    .where(and(eq(contacts.organisationId, organisationId), eq(contacts.isPrimary, true)))
    .returning({ id: contacts.id });

const momentColumns = {
  moment: contactMoments,
  contactName: contacts.name,
  schoolName: schools.name,
  authorName: users.name,
};

const momentsQuery = (db: Db) =>
  db
    .select(momentColumns)
    .from(contactMoments)
    .leftJoin(contacts, eq(contacts.id, contactMoments.contactId))
    .leftJoin(schools, eq(schools.id, contactMoments.schoolId))
    .leftJoin(users, eq(users.id, contactMoments.authorId));
export type MomentRow = Awaited<ReturnType<ReturnType<typeof momentsQuery>['execute']>>[number];

export const listMoments = (
  db: Db,
  actor: Actor,
  companyId: string,
  limit: number,
): Promise<MomentRow[]> =>
  momentsQuery(db)
    .where(
      and(
        eq(contactMoments.regionId, actor.regionId),
        eq(contactMoments.companyId, companyId),
        visibleWhere(actor, contactMoments.schoolId),
      ),
    )
    .orderBy(desc(contactMoments.occurredAt))
    .limit(limit);

export const momentsNaming = (db: Db, regionId: string, contactId: string) =>
  momentsQuery(db)
    .where(and(eq(contactMoments.regionId, regionId), eq(contactMoments.contactId, contactId)))
    .orderBy(desc(contactMoments.occurredAt));

export async function findMoment(db: Db, regionId: string, id: string) {
  const [row] = await momentsQuery(db).where(
    and(eq(contactMoments.regionId, regionId), eq(contactMoments.id, id)),
  );
  return row ?? null;
}

const followUpColumns = {
  followUp: followUps,
  companyName: companies.name,
  ownerName: users.name,
};

const followUpsQuery = (db: Db) =>
  db
    .select(followUpColumns)
    .from(followUps)
    .innerJoin(companies, eq(companies.id, followUps.companyId))
    .innerJoin(users, eq(users.id, followUps.ownerId));
export type LoadedFollowUp = Awaited<
  ReturnType<ReturnType<typeof followUpsQuery>['execute']>
>[number];

export const openFollowUpsOf = (db: Db, actor: Actor, companyId: string) =>
  followUpsQuery(db).where(
    and(
      eq(followUps.regionId, actor.regionId),
      eq(followUps.companyId, companyId),
      isNull(followUps.doneAt),
      visibleWhere(actor, followUps.schoolId),
    ),
  );

export const followUpsOwnedBy = (db: Db, actor: Actor, done: boolean) =>
  followUpsQuery(db)
    .where(
      and(
        eq(followUps.regionId, actor.regionId),
        eq(followUps.ownerId, actor.userId),
        done ? isNotNull(followUps.doneAt) : isNull(followUps.doneAt),
      ),
    )
    .orderBy(desc(followUps.doneAt), followUps.dueOn)
    .limit(done ? 100 : 500);

export async function findFollowUp(db: Db, regionId: string, id: string) {
  const [row] = await followUpsQuery(db).where(
    and(eq(followUps.regionId, regionId), eq(followUps.id, id)),
  );
  return row ?? null;
}

export async function lockFollowUp(tx: Transaction, regionId: string, id: string) {
  const [row] = await tx
    .select()
    .from(followUps)
    .where(and(eq(followUps.regionId, regionId), eq(followUps.id, id)))
    .for('update');
  return row ?? null;
}

/** Open follow-ups due by `today` not reminded yet, locked; rows another sweep holds are skipped. */
export const claimDueFollowUps = (tx: Transaction, today: string) =>
  tx
    .select()
    .from(followUps)
    .where(and(isNull(followUps.doneAt), isNull(followUps.remindedAt), lte(followUps.dueOn, today)))
    .orderBy(followUps.dueOn)
    .limit(500)
    .for('update', { skipLocked: true });

export const markReminded = (tx: Transaction, ids: string[], now: Date) =>
  ids.length
    ? tx.update(followUps).set({ remindedAt: now }).where(inArray(followUps.id, ids))
    : Promise.resolve();

export const managersOf = (db: Db, regionId: string, companyId: string) =>
  db
    .select({
      schoolId: relationshipManagers.schoolId,
      schoolName: schools.name,
      userId: relationshipManagers.userId,
      userName: users.name,
    })
    .from(relationshipManagers)
    .innerJoin(users, eq(users.id, relationshipManagers.userId))
    .leftJoin(schools, eq(schools.id, relationshipManagers.schoolId))
    .where(
      and(
        eq(relationshipManagers.regionId, regionId),
        eq(relationshipManagers.companyId, companyId),
      ),
    )
    .orderBy(schools.name);

export const managerSlot = (companyId: string, schoolId: string | null) =>
  and(
    eq(relationshipManagers.companyId, companyId),
    schoolId === null
      ? isNull(relationshipManagers.schoolId)
      : eq(relationshipManagers.schoolId, schoolId),
  );

export async function ambassadorOf(db: Db, regionId: string, companyId: string) {
  const [row] = await db
    .select()
    .from(ambassadors)
    .where(and(eq(ambassadors.regionId, regionId), eq(ambassadors.companyId, companyId)));
  return row ?? null;
}

export async function findSchool(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(
        eq(organisations.regionId, regionId),
        eq(organisations.id, id),
        eq(organisations.kind, 'school'),
      ),
    );
  return row ?? null;
}

/** A user of the region as the assignment rules see them. */
export async function findUser(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      organisationId: users.organisationId,
      status: users.status,
    })
    .from(users)
    .where(and(eq(users.regionId, regionId), eq(users.id, id)));
  return row ?? null;
}

/**
 * Who a reader may pick as manager or owner: the bureau's active staff, and the active
 * coordinators of every school (for the bureau) or of the reader's own school.
 */
export const peopleFor = (db: Db, actor: Actor) =>
  db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      schoolId: users.organisationId,
      schoolName: schools.name,
    })
    .from(users)
    .leftJoin(schools, eq(schools.id, users.organisationId))
    .where(
      and(
        eq(users.regionId, actor.regionId),
        eq(users.status, 'active'),
        or(
          inArray(users.role, [...bureauRoles]),
          and(
            eq(users.role, 'school_coordinator'),
            (bureauRoles as readonly string[]).includes(actor.role)
              ? undefined
              : eq(users.organisationId, actor.organisationId ?? noSchool),
          ),
        ),
      ),
    )
    .orderBy(users.name)
    .limit(500);
