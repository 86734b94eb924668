import type { AllocationRequest } from './types';

export interface FinalPlacement {
  requestId: string;
  sessionId: string | null;
  preferenceRank: number | null;
}

export interface SchoolFairness {
  schoolId: string;
  requests: number;
  requestedSeats: number;
  placedRequests: number;
  placedSeats: number;
  /** Placed seats / requested seats, 0–1. */
  placedShare: number;
  /** Requests placed in their first preference / requests, 0–1. */
  firstPreferenceShare: number;
  /** The school's eligible pupils as a share of all participating schools' (when known). */
  pupilShare: number | null;
  /** The school's share of all placed seats. */
  seatShare: number;
}

export interface FairnessFigures {
  schools: SchoolFairness[];
  requestedSeats: number;
  placedSeats: number;
  unplacedRequestIds: string[];
  unplacedSeats: number;
  /** Largest minus smallest placed seats over schools. */
  placedSeatsSpread: number;
  /** Largest minus smallest placed share over schools. */
  placedShareSpread: number;
  /** Gini coefficient of the schools' placed shares: 0 is perfectly even. */
  placedShareGini: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Gini coefficient of non-negative values (mean absolute difference over twice the mean). */
export function gini(values: readonly number[]): number {
  const n = values.length;
  const total = values.reduce((sum, value) => sum + value, 0);
  if (n === 0 || total === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const weighted = sorted.reduce((sum, value, index) => sum + (2 * (index + 1) - n - 1) * value, 0);
  return weighted / (n * total);
}

const spread = (values: readonly number[]) =>
  values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);

/** The figures the bureau reviews before publishing, and that a report shows afterwards. */
export function fairnessFigures(
  requests: readonly AllocationRequest[],
  placements: readonly FinalPlacement[],
  eligiblePupils: Readonly<Record<string, number>> = {},
): FairnessFigures {
  const placementOf = new Map(placements.map((placement) => [placement.requestId, placement]));
  const bySchool = new Map<string, SchoolFairness>();
  const unplacedRequestIds: string[] = [];
  let unplacedSeats = 0;
  for (const request of requests) {
    const school = bySchool.get(request.schoolId) ?? {
      schoolId: request.schoolId,
      requests: 0,
      requestedSeats: 0,
      placedRequests: 0,
      placedSeats: 0,
      placedShare: 0,
      firstPreferenceShare: 0,
      pupilShare: null,
      seatShare: 0,
    };
    const placement = placementOf.get(request.id);
    school.requests += 1;
    school.requestedSeats += request.seats;
    if (placement?.sessionId) {
      school.placedRequests += 1;
      school.placedSeats += request.seats;
      if (placement.preferenceRank === 1) school.firstPreferenceShare += 1;
    } else {
      unplacedRequestIds.push(request.id);
      unplacedSeats += request.seats;
    }
    bySchool.set(request.schoolId, school);
  }
  const schools = [...bySchool.values()];
  const placedSeats = schools.reduce((sum, school) => sum + school.placedSeats, 0);
  const knownPupils = schools.every((school) => eligiblePupils[school.schoolId] !== undefined);
  const totalPupils = schools.reduce(
    (sum, school) => sum + (eligiblePupils[school.schoolId] ?? 0),
    0,
  );
  for (const school of schools) {
    school.placedShare = ratio(school.placedSeats, school.requestedSeats);
    school.firstPreferenceShare = ratio(school.firstPreferenceShare, school.requests);
    school.seatShare = ratio(school.placedSeats, placedSeats);
    school.pupilShare = knownPupils ? ratio(eligiblePupils[school.schoolId]!, totalPupils) : null;
  }
  const shares = schools.map((school) => school.placedShare);
  return {
    schools,
    requestedSeats: schools.reduce((sum, school) => sum + school.requestedSeats, 0),
    placedSeats,
    unplacedRequestIds,
    unplacedSeats,
    placedSeatsSpread: spread(schools.map((school) => school.placedSeats)),
    placedShareSpread: spread(shares),
    placedShareGini: gini(shares),
  };
}
