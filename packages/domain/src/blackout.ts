import type { BlackoutKind, HolidayRegion } from './vocabulary';

export interface BlackoutPeriod {
  id: string;
  kind: BlackoutKind;
  name: string;
  /** For school holidays: the NL holiday region it applies to. */
  holidayRegion: HolidayRegion | null;
  /** For exam weeks: the one school it applies to. */
  schoolId: string | null;
  /** Inclusive local dates (Europe/Amsterdam), `YYYY-MM-DD`. */
  startsOn: string;
  endsOn: string;
}

const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The local calendar date of an instant in Europe/Amsterdam, `YYYY-MM-DD`. */
export const localDateOf = (instant: Date): string => amsterdamDate.format(instant);

/**
 * Blackouts a session falls in. With a school, only those that affect that school: holidays
 * of its holiday region and its own exam weeks. Without, every blackout of the region.
 */
export function blackoutsOverlapping(
  session: { startsAt: Date; endsAt: Date },
  blackouts: readonly BlackoutPeriod[],
  school?: { id: string; holidayRegion: HolidayRegion },
): BlackoutPeriod[] {
  const first = localDateOf(session.startsAt);
  // A session ending exactly at midnight does not touch the next day.
  const last = localDateOf(new Date(session.endsAt.getTime() - 1));
  return blackouts.filter((blackout) => {
    if (blackout.startsOn > last || blackout.endsOn < first) return false;
    if (!school) return true;
    if (blackout.kind === 'exam_week') return blackout.schoolId === school.id;
    return blackout.holidayRegion === null || blackout.holidayRegion === school.holidayRegion;
  });
}
