import { and, eq, inArray } from 'drizzle-orm';
import {
  notificationEvents,
  notificationMessages,
  notificationPreferences,
  type Transaction,
} from '@stagebureau/db';
import {
  renderNotification,
  type NotificationKind,
  type NotificationUrls,
} from '@stagebureau/domain';
import type { NotificationEvent } from './events';
import { resolveEvent } from './resolve';

/**
 * The links in messages. The notifications plugin sets them from the config at start, so a
 * hook in any service stays one line (`await notify(tx, event)`) without threading config
 * through every service. The defaults are the config's defaults.
 */
export const notificationUrls: NotificationUrls = {
  webUrl: 'http://localhost:3000',
  apiUrl: 'http://localhost:3001',
};

async function emailOptOuts(
  tx: Transaction,
  userIds: string[],
  kind: NotificationKind,
): Promise<Set<string>> {
  if (!userIds.length) return new Set();
  const rows = await tx
    .select({ userId: notificationPreferences.userId })
    .from(notificationPreferences)
    .where(
      and(
        inArray(notificationPreferences.userId, userIds),
        eq(notificationPreferences.kind, kind),
        eq(notificationPreferences.email, false),
      ),
    );
  return new Set(rows.map((row) => row.userId));
}

/**
 * Stores an event in the caller's transaction (the transactional outbox). Its recipients and
 * texts are resolved afterwards by `renderPendingEvents` — in the outbox worker, or before an
 * inbox is read — so a write never renders messages while it holds its locks.
 */
export async function notify(tx: Transaction, event: NotificationEvent): Promise<void> {
  await tx.insert(notificationEvents).values({ regionId: event.regionId, event });
}

/**
 * Turns one event into messages in `tx`: an inbox row per recipient and an e-mail row for the
 * worker unless the user opted out of that kind by e-mail, dated when the event happened.
 * Returns how many rows were new: the unique key (event, recipient, channel) turns a repeated
 * call into a no-op.
 */
export async function renderEvent(
  tx: Transaction,
  event: NotificationEvent,
  at: Date = new Date(),
): Promise<number> {
  const { eventKey, deliveries } = await resolveEvent(tx, event);
  const userIds = deliveries.flatMap((d) =>
    d.recipients.flatMap((r) => (r.userId ? [r.userId] : [])),
  );
  const optedOut = await emailOptOuts(tx, userIds, event.kind);
  const seen = new Set<string>();
  const rows: (typeof notificationMessages.$inferInsert)[] = [];
  const now = new Date();
  for (const { facts, recipients } of deliveries) {
    for (const recipient of recipients) {
      const who = recipient.userId ?? `email:${recipient.email}`;
      if (seen.has(who)) continue;
      seen.add(who);
      const message = renderNotification(facts, recipient, notificationUrls);
      const base = {
        regionId: event.regionId,
        eventKey,
        kind: event.kind,
        recipientUserId: recipient.userId,
        subject: message.subject,
        text: message.text,
        html: message.html,
        link: message.link,
        createdAt: at,
      };
      if (recipient.userId)
        rows.push({
          ...base,
          channel: 'inbox',
          status: 'sent',
          sentAt: now,
          deliveredVia: 'inbox',
        });
      if (!recipient.userId || !optedOut.has(recipient.userId))
        rows.push({ ...base, channel: 'email', recipientEmail: recipient.email });
    }
  }
  if (!rows.length) return 0;
  const inserted = await tx
    .insert(notificationMessages)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: notificationMessages.id });
  return inserted.length;
}
