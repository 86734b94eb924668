import { and, count, desc, eq, isNull, lt, or, type SQL } from 'drizzle-orm';
import { notificationMessages, type Database } from '@stagebureau/db';
import type { Actor, InboxItem, InboxQuery } from '@stagebureau/domain';
import { renderEventsUpToNow } from './pending';

const m = notificationMessages;
/** The actor's own inbox rows: region, user and channel in every query. */
const own = (actor: Actor): SQL =>
  and(eq(m.regionId, actor.regionId), eq(m.recipientUserId, actor.userId), eq(m.channel, 'inbox'))!;

const toItem = (row: typeof m.$inferSelect): InboxItem => ({
  id: row.id,
  kind: row.kind,
  subject: row.subject,
  text: row.text,
  link: row.link,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt?.toISOString() ?? null,
});

/** The cursor is `<createdAt ISO>|<id>`: stable order even when rows share a timestamp. */
function afterCursor(cursor: string | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const [at, id] = cursor.split('|');
  const when = new Date(at ?? '');
  if (!id || Number.isNaN(when.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return or(lt(m.createdAt, when), and(eq(m.createdAt, when), lt(m.id, id)));
}

/**
 * An inbox shows what happened up to now: events still waiting for the outbox worker are
 * rendered first (usually none; a cheap indexed look when so), and ones being rendered
 * elsewhere are waited for (renderEventsUpToNow).
 */
export async function unreadCount(db: Database, actor: Actor): Promise<number> {
  await renderEventsUpToNow(db);
  const [row] = await db
    .select({ unread: count() })
    .from(m)
    .where(and(own(actor), isNull(m.readAt)));
  return row?.unread ?? 0;
}

export async function listInbox(db: Database, actor: Actor, query: InboxQuery) {
  await renderEventsUpToNow(db);
  const rows = await db
    .select()
    .from(m)
    .where(
      and(own(actor), query.unreadOnly ? isNull(m.readAt) : undefined, afterCursor(query.cursor)),
    )
    .orderBy(desc(m.createdAt), desc(m.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor:
      rows.length > query.limit && last ? `${last.createdAt.toISOString()}|${last.id}` : null,
    unread: await unreadCount(db, actor),
  };
}

/** Marks one message read; another user's message is not found. Reading twice keeps the first time. */
export async function markRead(db: Database, actor: Actor, id: string, now: Date) {
  const [row] = await db
    .select()
    .from(m)
    .where(and(own(actor), eq(m.id, id)));
  if (!row) return null;
  if (row.readAt) return toItem(row);
  const [updated] = await db
    .update(m)
    .set({ readAt: now })
    .where(and(own(actor), eq(m.id, id)))
    .returning();
  return toItem(updated!);
}

export async function markAllRead(db: Database, actor: Actor, now: Date): Promise<number> {
  await renderEventsUpToNow(db);
  const updated = await db
    .update(m)
    .set({ readAt: now })
    .where(and(own(actor), isNull(m.readAt)))
    .returning({ id: m.id });
  return updated.length;
}
