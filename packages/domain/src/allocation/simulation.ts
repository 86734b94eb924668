import { fairnessFigures, type FairnessFigures } from './fairness';
import { allocateFirstComeFirstServed } from './firstComeFirstServed';
import { integerBelow, randomFrom, uint32StreamFrom, type Random } from './prng';
import { allocate } from './snakeDraft';
import { defaultAllocationPolicy, type AllocationInput, type AllocationRequest } from './types';

/**
 * A generated region to compare allocation policies on: schools of different sizes whose demand
 * follows their pupils (or is equal), offers of uneven popularity, scarce sessions.
 */
export interface RegionShape {
  schools: number;
  sessions: number;
  requests: number;
  /** `by_pupils`: a school's requests follow its size; `equal`: every school asks the same. */
  demand: 'by_pupils' | 'equal';
}

export const realisticRegion: RegionShape = {
  schools: 20,
  sessions: 60,
  requests: 400,
  demand: 'by_pupils',
};

/** Derives a fresh 64-hex-digit seed from a label (for reproducible simulations only). */
export function derivedSeed(label: string): string {
  const hex = Array.from(label, (char) => char.charCodeAt(0).toString(16).padStart(2, '0')).join(
    '',
  );
  const next = uint32StreamFrom(hex.padEnd(16, '0').slice(0, 128));
  return Array.from({ length: 8 }, () => next().toString(16).padStart(8, '0')).join('');
}

const between = (random: Random, low: number, high: number) =>
  low + integerBelow(random, high - low + 1);

function weightedPick(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = random() * total;
  for (const [index, weight] of weights.entries()) {
    target -= weight;
    if (target < 0) return index;
  }
  return weights.length - 1;
}

/** Splits `total` over shares by largest remainder, so the parts add up exactly. */
function apportion(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((share) => (total * share) / sum);
  const parts = exact.map(Math.floor);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder);
  const missing = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; i < missing; i++) parts[byRemainder[i]!.index]! += 1;
  return parts;
}

export function generateRegion(
  shape: RegionShape,
  seed: string,
): Omit<AllocationInput, 'seed' | 'policy'> {
  const random = randomFrom(seed);
  const schoolIds = Array.from({ length: shape.schools }, (_, i) => `school-${i + 1}`);
  const pupils = schoolIds.map(() => between(random, 60, 600));
  const requestCounts = apportion(
    shape.requests,
    shape.demand === 'equal' ? schoolIds.map(() => 1) : pupils,
  );
  const offerCount = Math.max(1, Math.round(shape.sessions / 4));
  const popularity = Array.from({ length: offerCount }, (_, i) => 1 / (i + 1));
  const sessions = Array.from({ length: shape.sessions }, (_, i) => {
    const startsAt = new Date(Date.UTC(2026, 1, 2 + i, 9)).toISOString();
    return {
      id: `session-${i + 1}`,
      offerId: `offer-${(i % offerCount) + 1}`,
      seatsFree: between(random, 40, 120),
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 3 * 3_600_000).toISOString(),
      capPerSchool: null,
    };
  });
  const sessionWeights = sessions.map((_, i) => popularity[i % offerCount]! * (0.5 + random()));
  const requests: AllocationRequest[] = [];
  schoolIds.forEach((schoolId, schoolIndex) => {
    for (let n = 0; n < requestCounts[schoolIndex]!; n++) {
      const weights = [...sessionWeights];
      const preferences: string[] = [];
      for (let rank = 0; rank < 3; rank++) {
        const index = weightedPick(random, weights);
        preferences.push(sessions[index]!.id);
        weights[index] = 0;
      }
      const id = `${schoolId}-request-${n + 1}`;
      requests.push({
        id,
        schoolId,
        classId: `${id}-class`,
        seats: between(random, 15, 30),
        preferences,
      });
    }
  });
  // Requests arrive interleaved over the window; the draw must not favour a listing order.
  requests.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    sessions,
    offers: Array.from({ length: offerCount }, (_, i) => ({
      id: `offer-${i + 1}`,
      capPerSchool: null,
    })),
    requests,
    held: [],
    classBusy: [],
    eligiblePupils: Object.fromEntries(schoolIds.map((id, i) => [id, pupils[i]!])),
    ledger: {},
  };
}

export const simulatedPolicies = [
  'first_come_first_served',
  'snake_draft',
  'snake_draft_weighted',
] as const;
export type SimulatedPolicy = (typeof simulatedPolicies)[number];

export function runPolicy(
  region: Omit<AllocationInput, 'seed' | 'policy'>,
  policy: SimulatedPolicy,
  seed: string,
): FairnessFigures {
  const input: AllocationInput = {
    ...region,
    seed,
    policy: {
      ...defaultAllocationPolicy,
      weighting: policy === 'snake_draft_weighted' ? 'eligible_pupils' : 'equal',
    },
  };
  const result =
    policy === 'first_come_first_served' ? allocateFirstComeFirstServed(input) : allocate(input);
  return fairnessFigures(region.requests, result.placements, region.eligiblePupils);
}

export interface PolicySummary {
  policy: SimulatedPolicy;
  placedShareSpread: number;
  placedShareGini: number;
  placedSeatsSpread: number;
  /** Half the sum of |seat share − pupil share|: 0 when seats follow pupils exactly. */
  pupilDissimilarity: number;
  firstPreferenceShare: number;
  unplacedRequests: number;
  placedSeats: number;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Every policy on the same generated region, averaged over `draws` seeded draws. */
export function comparePolicies(
  shape: RegionShape,
  regionSeed: string,
  draws: number,
): PolicySummary[] {
  const region = generateRegion(shape, derivedSeed(regionSeed));
  const seeds = Array.from({ length: draws }, (_, i) => derivedSeed(`${regionSeed}-draw-${i}`));
  return simulatedPolicies.map((policy) => {
    const runs = seeds.map((seed) => runPolicy(region, policy, seed));
    const firstPreference = (figures: FairnessFigures) =>
      figures.schools.reduce(
        (sum, school) => sum + school.firstPreferenceShare * school.requests,
        0,
      ) / region.requests.length;
    return {
      policy,
      placedShareSpread: mean(runs.map((run) => run.placedShareSpread)),
      placedShareGini: mean(runs.map((run) => run.placedShareGini)),
      placedSeatsSpread: mean(runs.map((run) => run.placedSeatsSpread)),
      pupilDissimilarity: mean(
        runs.map(
          (run) =>
            run.schools.reduce(
              (sum, school) => sum + Math.abs(school.seatShare - (school.pupilShare ?? 0)),
              0,
            ) / 2,
        ),
      ),
      firstPreferenceShare: mean(runs.map(firstPreference)),
      unplacedRequests: mean(runs.map((run) => run.unplacedRequestIds.length)),
      placedSeats: mean(runs.map((run) => run.placedSeats)),
    };
  });
}
