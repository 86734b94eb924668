import { and, eq, sql } from 'drizzle-orm';
import { notificationPreferences, type Database } from '@stagebureau/db';
import {
  notificationKinds,
  type Actor,
  type NotificationPreferences,
  type UpdateNotificationPreferences,
} from '@stagebureau/domain';

const p = notificationPreferences;

/** Every kind with its e-mail choice; a kind never chosen is sent by e-mail. */
export async function loadPreferences(
  db: Database,
  actor: Actor,
): Promise<NotificationPreferences> {
  const rows = await db
    .select({ kind: p.kind, email: p.email })
    .from(p)
    .where(and(eq(p.regionId, actor.regionId), eq(p.userId, actor.userId)));
  const chosen = new Map(rows.map((row) => [row.kind, row.email]));
  return {
    email: Object.fromEntries(
      notificationKinds.map((kind) => [kind, chosen.get(kind) ?? true]),
    ) as NotificationPreferences['email'],
  };
}

export async function savePreferences(
  db: Database,
  actor: Actor,
  input: UpdateNotificationPreferences,
): Promise<NotificationPreferences> {
  const values = Object.entries(input.email)
    .filter(
      (entry): entry is [(typeof notificationKinds)[number], boolean] => entry[1] !== undefined,
    )
    .map(([kind, email]) => ({ regionId: actor.regionId, userId: actor.userId, kind, email }));
  if (values.length)
    await db
      .insert(p)
      .values(values)
      .onConflictDoUpdate({
        target: [p.userId, p.kind],
        set: { email: sql`excluded.email`, updatedAt: new Date() },
      });
  return loadPreferences(db, actor);
}
