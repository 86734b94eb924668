import { fail, ok, type Outcome } from './outcome';
import type { RegionSettings } from './regionSettings';

export interface SchoolCaps {
  perSession: number | null;
  perOffer: number | null;
  perSeason: number | null;
}

/** The region's caps with the offer's overrides (an offer cannot override the season cap). */
export function capsFor(
  region: Pick<
    RegionSettings,
    'capPerSchoolPerSession' | 'capPerSchoolPerOffer' | 'capPerSchoolPerSeason'
  >,
  offer: { capPerSchoolPerSession: number | null; capPerSchoolPerOffer: number | null },
): SchoolCaps {
  return {
    perSession: offer.capPerSchoolPerSession ?? region.capPerSchoolPerSession,
    perOffer: offer.capPerSchoolPerOffer ?? region.capPerSchoolPerOffer,
    perSeason: region.capPerSchoolPerSeason,
  };
}

/**
 * Seats a school already claims: every live booking (requested, confirmed, waitlisted — held
 * or not). Counting the waitlist too means a promotion can never push a school over a cap,
 * so promotion needs no cap check and no school lock.
 */
export interface SchoolUsage {
  session: number;
  offer: number;
  season: number;
}

export function checkCaps(caps: SchoolCaps, usage: SchoolUsage, seats: number): Outcome<true> {
  const scopes = [
    ['session', caps.perSession, usage.session],
    ['offer', caps.perOffer, usage.offer],
    ['season', caps.perSeason, usage.season],
  ] as const;
  for (const [scope, limit, used] of scopes) {
    if (limit !== null && used + seats > limit) {
      return fail('school_cap_reached', `cap per ${scope} is ${limit} seats, ${used} in use`, {
        cap: scope,
        limit,
        used,
      });
    }
  }
  return ok(true);
}

/**
 * The school year (season) an instant falls in: 1 August to 1 August, Europe/Amsterdam.
 * 1 August is always in summer time (UTC+2), so local midnight is 22:00 UTC the day before.
 */
export function seasonOf(instant: Date): { from: Date; until: Date } {
  const year = instant.getUTCFullYear();
  const boundary = (y: number) => new Date(Date.UTC(y, 6, 31, 22));
  const startYear = instant.getTime() >= boundary(year).getTime() ? year : year - 1;
  return { from: boundary(startYear), until: boundary(startYear + 1) };
}
