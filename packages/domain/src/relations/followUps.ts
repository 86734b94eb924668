import { fail, ok, type Outcome } from '../outcome';

/**
 * Follow-ups (actiepunten, issue 17): pure rules about when one is due, which need their
 * reminder, the order of "my follow-ups" and what a change does. Dates are `YYYY-MM-DD`
 * (the region's calendar day); `today` and `now` are passed in, never read from a clock.
 */

export const followUpStatuses = ['open', 'due', 'overdue', 'done'] as const;
/** `due`: due today; `overdue`: due before today; `open`: due later; `done`: marked done. */
export type FollowUpStatus = (typeof followUpStatuses)[number];

export interface FollowUpState {
  dueOn: string;
  doneAt: Date | null;
}

export function followUpStatusOf(followUp: FollowUpState, today: string): FollowUpStatus {
  if (followUp.doneAt) return 'done';
  if (followUp.dueOn < today) return 'overdue';
  if (followUp.dueOn === today) return 'due';
  return 'open';
}

/** An open follow-up due today or earlier that was not reminded of yet: remind its owner once. */
export const needsReminder = (
  followUp: FollowUpState & { remindedAt: Date | null },
  today: string,
): boolean => !followUp.doneAt && !followUp.remindedAt && followUp.dueOn <= today;

/** "My follow-ups": overdue first, then by due day, then by description. */
export function sortForOwner<T extends FollowUpState & { description: string }>(
  followUps: readonly T[],
  today: string,
): T[] {
  const rank = (f: T) => (followUpStatusOf(f, today) === 'overdue' ? 0 : 1);
  return [...followUps].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.dueOn.localeCompare(b.dueOn) ||
      a.description.localeCompare(b.description),
  );
}

export interface FollowUpChange {
  done?: boolean;
  dueOn?: string;
  description?: string;
  ownerId?: string;
}

export interface FollowUpRow extends FollowUpState {
  description: string;
  ownerId: string;
  remindedAt: Date | null;
}

/**
 * The columns a change writes. Marking done stamps `now` (again done: unchanged); reopening
 * clears it. Moving the due day later clears `remindedAt`, so the owner is reminded again
 * when the new day comes; moving it earlier keeps a reminder already sent.
 */
export function applyFollowUpChange(
  current: FollowUpRow,
  change: FollowUpChange,
  now: Date,
): Outcome<Partial<FollowUpRow>> {
  const keys = Object.keys(change).filter(
    (key) => change[key as keyof FollowUpChange] !== undefined,
  );
  if (!keys.length) return fail('validation_failed', 'Nothing to change');
  const next: Partial<FollowUpRow> = {};
  if (change.done !== undefined) {
    if (change.done && !current.doneAt) next.doneAt = now;
    if (!change.done && current.doneAt) next.doneAt = null;
  }
  if (change.description !== undefined && change.description !== current.description)
    next.description = change.description;
  if (change.ownerId !== undefined && change.ownerId !== current.ownerId)
    next.ownerId = change.ownerId;
  if (change.dueOn !== undefined && change.dueOn !== current.dueOn) {
    next.dueOn = change.dueOn;
    if (change.dueOn > current.dueOn && current.remindedAt) next.remindedAt = null;
  }
  return ok(next);
}
