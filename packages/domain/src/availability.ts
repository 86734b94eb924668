import { fail, ok, type Outcome } from './outcome';
import { isoWeekdayOf, toLocal } from './wallClock';

/** When an on-request offer's company can receive a class, and how many times per period. */
export interface Availability {
  quota: number;
  /** Inclusive local dates, `YYYY-MM-DD`. */
  from: string;
  until: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** Local `HH:mm` windows; an option must fit inside one. */
  timeWindows: { start: string; end: string }[];
}

export interface ProposedOption {
  startsAt: Date;
  endsAt: Date;
}

/** Which proposed options fall outside the availability (index and why); empty when all fit. */
export function optionsOutsideAvailability(
  options: readonly ProposedOption[],
  availability: Availability,
  now: Date,
): { index: number; reason: string }[] {
  return options.flatMap((option, index) => {
    const reason = whyOutside(option, availability, now);
    return reason ? [{ index, reason }] : [];
  });
}

function whyOutside(option: ProposedOption, availability: Availability, now: Date): string | null {
  if (option.endsAt <= option.startsAt) return 'ends before it starts';
  if (option.startsAt <= now) return 'lies in the past';
  const start = toLocal(option.startsAt);
  const end = toLocal(option.endsAt);
  if (start.date !== end.date) return 'must start and end on the same day';
  if (start.date < availability.from || start.date > availability.until)
    return `outside ${availability.from} – ${availability.until}`;
  if (!availability.weekdays.includes(isoWeekdayOf(start.date)))
    return 'not on an available weekday';
  const fits = availability.timeWindows.some(
    (window) => start.time >= window.start && end.time <= window.end,
  );
  return fits ? null : 'outside the available times';
}

/** Whether one more accepted proposal fits the offer's quota for its period. */
export function checkQuota(acceptedCount: number, availability: Availability): Outcome<number> {
  if (acceptedCount >= availability.quota)
    return fail(
      'quota_reached',
      `${availability.quota} of ${availability.quota} already accepted`,
      {
        quota: availability.quota,
      },
    );
  return ok(availability.quota - acceptedCount - 1);
}

export type ProposalStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn';

/** A proposal is decided once; accepting picks one of its options. */
export function decideProposal(
  proposal: { status: ProposalStatus; optionCount: number },
  decision: { accept: true; optionIndex: number } | { accept: false },
): Outcome<'accepted' | 'declined'> {
  if (proposal.status !== 'pending')
    return fail('invalid_transition', `the proposal is already ${proposal.status}`);
  if (!decision.accept) return ok('declined');
  if (decision.optionIndex >= proposal.optionCount)
    return fail('validation_failed', 'there is no option with that index', {
      errors: [{ path: 'body.optionIndex', message: `0 to ${proposal.optionCount - 1}` }],
    });
  return ok('accepted');
}
