import { defaultAllocationPolicy, type AllocationInput, type AllocationSession } from './types';

/** Small readable inputs for the allocation's unit tests. */
export const testSeed = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

export function aSessionInput(
  id: string,
  seatsFree: number,
  values: Partial<AllocationSession> = {},
): AllocationSession {
  const day = 1 + (id.charCodeAt(id.length - 1) % 27);
  return {
    id,
    offerId: 'offer-1',
    seatsFree,
    startsAt: `2026-03-${String(day).padStart(2, '0')}T09:00:00.000Z`,
    endsAt: `2026-03-${String(day).padStart(2, '0')}T11:00:00.000Z`,
    capPerSchool: null,
    ...values,
  };
}

export function anInput(values: Partial<AllocationInput>): AllocationInput {
  return {
    seed: testSeed,
    policy: defaultAllocationPolicy,
    sessions: [],
    offers: [{ id: 'offer-1', capPerSchool: null }],
    requests: [],
    held: [],
    classBusy: [],
    eligiblePupils: {},
    ledger: {},
    ...values,
  };
}

/** `count` requests of one school, all for the same preferences. */
export const requestsOf = (schoolId: string, count: number, seats: number, preferences: string[]) =>
  Array.from({ length: count }, (_, i) => ({
    id: `${schoolId}-r${i + 1}`,
    schoolId,
    classId: `${schoolId}-c${i + 1}`,
    seats,
    preferences,
  }));
