import { DraftState } from './draftState';
import { randomFrom, shuffled } from './prng';
import { turnOf } from './snakeDraft';
import type { AllocationInput, AllocationResult } from './types';

/**
 * The baseline the snake draft is measured against: requests arrive in a random order (seeded)
 * and each takes its best preference with room. Not offered as a policy; used by the simulation.
 */
export function allocateFirstComeFirstServed(input: AllocationInput): AllocationResult {
  const arrival = shuffled(input.requests, randomFrom(input.seed));
  const state = new DraftState(input);
  const placements = arrival.map((request, index) => turnOf(state, request, 1, index + 1));
  return { schoolOrder: [], placements };
}
