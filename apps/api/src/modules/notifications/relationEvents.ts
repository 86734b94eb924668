import { and, eq, isNull } from 'drizzle-orm';
import { followUps, organisations, users, type Transaction } from '@stagebureau/db';
import { isBureau, type NotificationFacts } from '@stagebureau/domain';
import type { NotificationEvent } from './events';
import type { Delivery } from './resolve';

type FollowUpEvent = Extract<NotificationEvent, { kind: 'follow_up.due' }>;

/**
 * A due follow-up (issue 17) reminds its owner only, while it is still open and still due on
 * the day the sweep saw: done or moved meanwhile, there is nothing to remind of.
 */
export async function resolveFollowUpEvent(
  tx: Transaction,
  event: FollowUpEvent,
): Promise<Delivery[]> {
  const [row] = await tx
    .select({
      followUp: followUps,
      companyName: organisations.name,
      owner: { id: users.id, email: users.email, language: users.language, role: users.role },
    })
    .from(followUps)
    .innerJoin(organisations, eq(organisations.id, followUps.companyId))
    .innerJoin(users, and(eq(users.id, followUps.ownerId), eq(users.status, 'active')))
    .where(
      and(
        eq(followUps.regionId, event.regionId),
        eq(followUps.id, event.followUpId),
        isNull(followUps.doneAt),
      ),
    );
  if (!row || row.followUp.dueOn !== event.dueOn) return [];
  const facts: NotificationFacts = {
    kind: event.kind,
    followUp: {
      followUpId: row.followUp.id,
      companyName: row.companyName,
      description: row.followUp.description,
      dueOn: row.followUp.dueOn,
    },
  };
  const recipient = {
    userId: row.owner.id,
    email: row.owner.email,
    language: row.owner.language,
    audience: isBureau(row.owner.role) ? 'bureau' : 'school',
  } as const;
  return [{ facts, recipients: [recipient] }];
}
