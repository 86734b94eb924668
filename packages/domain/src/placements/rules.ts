import type { CreatePlace } from '../contracts/placement';
import { fail, ok, type Outcome } from '../outcome';
import { schoolYearRange } from '../reports/calendar';
import { schoolYearOfDate } from '../requests/rules';
import { addDays, fromLocal, isoWeekdayOf, toLocal } from '../wallClock';
import type { PlacementPhase, PlacementStatus } from './vocabulary';

type PlaceTerms = Pick<CreatePlace, 'startsOn' | 'endsOn' | 'weekdays' | 'dayStarts' | 'dayEnds'>;

const field = (path: string, message: string) => ({ errors: [{ path: `body.${path}`, message }] });

/**
 * A place's period must lie ahead, run forwards, stay within a school year (retention and
 * reports count per school year), hold at least one working day, and have a working day.
 */
export function checkPlaceTerms(terms: PlaceTerms, today: string): Outcome<true> {
  if (terms.startsOn < today)
    return fail(
      'validation_failed',
      'the period starts in the past',
      field('startsOn', 'in the past'),
    );
  if (terms.endsOn < terms.startsOn)
    return fail(
      'validation_failed',
      'the period ends before it starts',
      field('endsOn', 'before startsOn'),
    );
  if (schoolYearOfDate(terms.startsOn) !== schoolYearOfDate(terms.endsOn))
    return fail(
      'validation_failed',
      'a place lies within one school year',
      field('endsOn', 'in another school year'),
    );
  if (terms.dayStarts >= terms.dayEnds)
    return fail(
      'validation_failed',
      'the working day ends before it starts',
      field('dayEnds', 'before dayStarts'),
    );
  if (workingDays(terms).length === 0)
    return fail(
      'validation_failed',
      'no working day falls in the period',
      field('weekdays', 'none in the period'),
    );
  return ok(true);
}

/** The period as instants: the first day's start to the last day's end, Europe/Amsterdam. */
export function placePeriod(terms: PlaceTerms): { startsAt: Date; endsAt: Date } {
  return {
    startsAt: fromLocal({ date: terms.startsOn, time: terms.dayStarts }),
    endsAt: fromLocal({ date: terms.endsOn, time: terms.dayEnds }),
  };
}

/** Every working day of a place's period (its weekdays), in order. */
export function workingDays(terms: Pick<PlaceTerms, 'startsOn' | 'endsOn' | 'weekdays'>): string[] {
  const days: string[] = [];
  for (let day = terms.startsOn; day <= terms.endsOn && days.length < 400; day = addDays(day, 1))
    if (terms.weekdays.includes(isoWeekdayOf(day))) days.push(day);
  return days;
}

/** Supervision hours of one working day: its start to its end. */
export function hoursPerDay(terms: Pick<PlaceTerms, 'dayStarts' | 'dayEnds'>): number {
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return (minutes(terms.dayEnds) - minutes(terms.dayStarts)) / 60;
}

/**
 * The last day a placement's names may be kept: the end of its school year (31 July) plus the
 * region's retention months (default 3: 31 October).
 */
export function retainUntil(endsOn: string, retentionMonths: number): string {
  const { until } = schoolYearRange(schoolYearOfDate(endsOn));
  const lastDay = addDays(toLocal(until).date, -1);
  const [year, month] = lastDay.split('-').map(Number) as [number, number];
  const target = new Date(Date.UTC(year, month - 1 + retentionMonths + 1, 0));
  return target.toISOString().slice(0, 10);
}

/** What a reader calls a placement now: a signed placement runs from its first day. */
export function placementPhase(
  status: PlacementStatus,
  period: { startsOn: string; endsOn: string },
  today: string,
): PlacementPhase {
  if (status === 'signed' && today >= period.startsOn) return 'running';
  return status;
}

/** Who decides what, when: the placement's small state machine. */
const moves: Record<string, PlacementStatus[]> = {
  accept: ['proposed'],
  decline: ['proposed'],
  sign: ['accepted'],
  cancel: ['proposed', 'accepted', 'signed'],
  complete: ['signed'],
};
export type PlacementMove = 'accept' | 'decline' | 'sign' | 'cancel' | 'complete';
const result: Record<PlacementMove, PlacementStatus> = {
  accept: 'accepted',
  decline: 'declined',
  sign: 'signed',
  cancel: 'cancelled',
  complete: 'completed',
};

export function decidePlacementMove(
  status: PlacementStatus,
  move: PlacementMove,
): Outcome<PlacementStatus> {
  if (!moves[move]!.includes(status))
    return fail('invalid_transition', `a ${status} placement cannot ${move}`, {
      from: status,
      move,
    });
  return ok(result[move]);
}

/**
 * A short, stable stand-in for a pupil's name (what the bureau sees): "L-" and six letters
 * and digits without look-alikes, from random bytes the caller draws.
 */
export function pseudonymOf(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return `L-${[...bytes.slice(0, 6)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}
