import { DraftState } from './draftState';
import { explainPlacement } from './explain';
import { randomFrom, shuffled } from './prng';
import type { AllocationInput, AllocationRequest, AllocationResult, Placement } from './types';

/** Schools in order of their first request: the only order the draw depends on. */
function requestsBySchool(
  requests: readonly AllocationRequest[],
): Map<string, AllocationRequest[]> {
  const bySchool = new Map<string, AllocationRequest[]>();
  for (const request of requests) {
    const list = bySchool.get(request.schoolId) ?? [];
    list.push(request);
    bySchool.set(request.schoolId, list);
  }
  return bySchool;
}

/**
 * Turns per school in one draft round. Equal weighting: one each. By eligible pupils: each
 * school earns `weight × schools` credit per round and spends `total weight` per turn
 * (integer arithmetic, so equal weights give exactly one turn each).
 */
function turnsThisRound(
  active: readonly string[],
  weightOf: (schoolId: string) => number,
  credit: Map<string, number>,
): Map<string, number> {
  const total = active.reduce((sum, schoolId) => sum + weightOf(schoolId), 0);
  const turns = new Map<string, number>();
  for (const schoolId of active) {
    const earned = (credit.get(schoolId) ?? 0) + weightOf(schoolId) * active.length;
    const count = Math.floor(earned / total);
    credit.set(schoolId, earned - count * total);
    turns.set(schoolId, count);
  }
  return turns;
}

/**
 * The snake draft (architecture §6): a seeded random school order (schools with a ledger shortfall
 * first, when the policy says so), one request per school per round (more with weights), the
 * order reversed every round; each turn places the school's next request in its best
 * preference with room. A pure function of its input: the same input gives the same result.
 */
export function allocate(input: AllocationInput): AllocationResult {
  const random = randomFrom(input.seed);
  const bySchool = requestsBySchool(input.requests);
  let schoolOrder = shuffled([...bySchool.keys()], random);
  if (input.policy.fairShareLedger) {
    const shortfall = (schoolId: string) => input.ledger[schoolId] ?? 0;
    schoolOrder = [...schoolOrder].sort((a, b) => shortfall(b) - shortfall(a));
  }
  const queues = new Map(
    [...bySchool].map(([schoolId, requests]) => [schoolId, shuffled(requests, random)]),
  );
  const weightOf = (schoolId: string) =>
    input.policy.weighting === 'eligible_pupils'
      ? Math.max(1, Math.round(input.eligiblePupils[schoolId] ?? 1))
      : 1;

  const state = new DraftState(input);
  const credit = new Map<string, number>();
  const placements: Placement[] = [];
  for (let round = 1; placements.length < input.requests.length; round++) {
    const active = schoolOrder.filter((schoolId) => queues.get(schoolId)!.length > 0);
    const turns = turnsThisRound(active, weightOf, credit);
    const maxTurns = Math.max(...turns.values());
    let sequence: string[] = [];
    for (let pass = 1; pass <= maxTurns; pass++)
      sequence.push(...active.filter((schoolId) => turns.get(schoolId)! >= pass));
    if (round % 2 === 0) sequence = sequence.reverse();
    for (const schoolId of sequence) {
      const request = queues.get(schoolId)!.shift();
      if (!request) continue;
      placements.push(turnOf(state, request, round, placements.length + 1));
    }
  }
  return { schoolOrder, placements };
}

/** One turn: the request placed (or not) and explained. Shared with first-come-first-served. */
export function turnOf(
  state: DraftState,
  request: AllocationRequest,
  round: number,
  pick: number,
): Placement {
  const checks = state.takeTurn(request, round);
  const placed = checks.find((check) => check.verdict === 'placed');
  const placement: Omit<Placement, 'explanation'> = {
    requestId: request.id,
    schoolId: request.schoolId,
    classId: request.classId,
    seats: request.seats,
    sessionId: placed?.sessionId ?? null,
    preferenceRank: placed?.rank ?? null,
    draftRound: round,
    pick,
    checks,
  };
  return { ...placement, explanation: explainPlacement(placement) };
}
