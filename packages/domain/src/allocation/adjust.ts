import { fail, ok, type Outcome } from '../outcome';
import type { AllocationInput } from './types';

/** A request's current placement: the draft's, or the bureau's after an adjustment. */
export interface CurrentPlacement {
  requestId: string;
  sessionId: string | null;
}

/**
 * Whether the bureau may move one request to `sessionId` (null: take it off, to the waitlist).
 * Capacity and the class's other times hold; per-school caps do not (the bureau may override
 * them, and the adjustment is logged with its reason). Returns the preference rank, if any.
 */
export function checkAdjustment(
  input: Pick<AllocationInput, 'sessions' | 'requests' | 'classBusy'>,
  current: readonly CurrentPlacement[],
  requestId: string,
  sessionId: string | null,
): Outcome<{ preferenceRank: number | null }> {
  const request = input.requests.find((candidate) => candidate.id === requestId);
  if (!request) return fail('not_found', 'request is not part of this round');
  if (sessionId === null) return ok({ preferenceRank: null });
  const session = input.sessions.find((candidate) => candidate.id === sessionId);
  if (!session) return fail('validation_failed', 'session is not part of this round');
  const placedElsewhere = new Map(current.map((placement) => [placement.requestId, placement]));
  const seatsOf = new Map(input.requests.map((candidate) => [candidate.id, candidate.seats]));
  const taken = [...placedElsewhere.values()]
    .filter((placement) => placement.sessionId === sessionId && placement.requestId !== requestId)
    .reduce((sum, placement) => sum + (seatsOf.get(placement.requestId) ?? 0), 0);
  if (taken + request.seats > session.seatsFree)
    return fail('session_full', `${session.seatsFree - taken} seats free, ${request.seats} needed`);
  const startsAt = Date.parse(session.startsAt);
  const endsAt = Date.parse(session.endsAt);
  const overlaps = (from: number, until: number) => from < endsAt && startsAt < until;
  const busyElsewhere = input.classBusy.some(
    (busy) =>
      busy.classId === request.classId &&
      overlaps(Date.parse(busy.startsAt), Date.parse(busy.endsAt)),
  );
  const sessionsById = new Map(input.sessions.map((candidate) => [candidate.id, candidate]));
  const classPlacedOverlapping = input.requests.some((other) => {
    if (other.id === requestId || other.classId !== request.classId) return false;
    const otherSession = sessionsById.get(placedElsewhere.get(other.id)?.sessionId ?? '');
    return (
      otherSession !== undefined &&
      overlaps(Date.parse(otherSession.startsAt), Date.parse(otherSession.endsAt))
    );
  });
  if (busyElsewhere || classPlacedOverlapping) return fail('class_busy');
  const rank = request.preferences.indexOf(sessionId);
  return ok({ preferenceRank: rank === -1 ? null : rank + 1 });
}
