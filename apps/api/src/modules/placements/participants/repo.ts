import { and, asc, eq, inArray } from 'drizzle-orm';
import { classes, participants, users, type Database, type Transaction } from '@stagebureau/db';
import type { ParticipantRecord } from '@stagebureau/domain';

type Db = Database | Transaction;
export type ParticipantRow = typeof participants.$inferSelect;

export async function insertParticipant(tx: Db, values: typeof participants.$inferInsert) {
  const [row] = await tx.insert(participants).values(values).returning();
  return row!;
}

/** A participant with its class name, as the privacy view reads it. */
export type ParticipantWithSchool = ParticipantRecord & { schoolId: string; userId: string | null };

const columns = {
  participant: participants,
  className: classes.name,
};

const toRecord = (row: { participant: ParticipantRow; className: string | null }) => ({
  ...row.participant,
  className: row.className,
});

export async function findParticipants(
  db: Db,
  regionId: string,
  filter: { ids?: readonly string[]; schoolId?: string; classId?: string; userId?: string },
): Promise<ParticipantWithSchool[]> {
  if (filter.ids && filter.ids.length === 0) return [];
  const rows = await db
    .select(columns)
    .from(participants)
    .leftJoin(classes, eq(classes.id, participants.classId))
    .where(
      and(
        eq(participants.regionId, regionId),
        filter.ids ? inArray(participants.id, [...filter.ids]) : undefined,
        filter.schoolId ? eq(participants.schoolId, filter.schoolId) : undefined,
        filter.classId ? eq(participants.classId, filter.classId) : undefined,
        filter.userId ? eq(participants.userId, filter.userId) : undefined,
      ),
    )
    .orderBy(asc(participants.surname), asc(participants.firstName), asc(participants.id))
    .limit(2000);
  return rows.map(toRecord);
}

export async function findParticipant(db: Db, regionId: string, id: string) {
  const [row] = await findParticipants(db, regionId, { ids: [id] });
  return row ?? null;
}

export async function updateParticipant(
  tx: Db,
  id: string,
  values: Partial<typeof participants.$inferInsert>,
) {
  await tx
    .update(participants)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(participants.id, id));
}

/** A teacher's name for a docentenstage participant, from the teacher's own account. */
export async function userNameOf(db: Db, regionId: string, userId: string) {
  const [row] = await db
    .select({ name: users.name })
    .from(users)
    .where(and(eq(users.regionId, regionId), eq(users.id, userId)));
  return row?.name ?? null;
}
