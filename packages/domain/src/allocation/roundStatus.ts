import { fail, ok, type Outcome } from '../outcome';
import type { AllocationRoundStatus } from '../contracts/allocation';

/** What is stored; `draft`/`open`/`closed` follow from the request window and `now`. */
export type StoredRoundStatus = 'open' | 'run' | 'published';

export function allocationRoundStatus(
  stored: StoredRoundStatus,
  window: { opensAt: Date; closesAt: Date },
  now: Date,
): AllocationRoundStatus {
  if (stored !== 'open') return stored;
  if (now < window.opensAt) return 'draft';
  return now < window.closesAt ? 'open' : 'closed';
}

/** Schools change requests only while the window is open. */
export const canChangeRequests = (status: AllocationRoundStatus): Outcome<true> =>
  status === 'open' ? ok(true) : fail('allocation_window_closed');

/** The bureau runs after the window closed; running again repeats the same draw. */
export const canRun = (status: AllocationRoundStatus): Outcome<true> =>
  status === 'closed' || status === 'run'
    ? ok(true)
    : fail('allocation_round_not_ready', `cannot run a round that is ${status}`);

/** Adjusting and publishing need a proposed result that is not yet published. */
export const canReviewResult = (status: AllocationRoundStatus): Outcome<true> =>
  status === 'run'
    ? ok(true)
    : fail('allocation_round_not_ready', `the round is ${status}, not awaiting review`);
