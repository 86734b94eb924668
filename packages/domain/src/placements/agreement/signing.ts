import { addDays } from '../../wallClock';
import { fail, ok, type Outcome } from '../../outcome';
import type { PlacementStatus } from '../vocabulary';
import {
  agreementParties,
  requiredParties,
  type AgreementData,
  type AgreementParty,
} from './agreement';

/**
 * Signing the agreement through one-time links (issue 16): when a link works, where each
 * party's link goes, and when an unsigned placement reaches the bureau's queue.
 */
export const signingParties = [
  ...agreementParties,
  'teacher',
] as const satisfies readonly AgreementParty[];

/** An unsigned placement this many days (or fewer) before its first day is a conflict. */
export const unsignedWarningDays = 7;

/** A link expires the region's `signingLinkDays` after it was sent. */
export const signingLinkExpiresAt = (now: Date, days: number): Date =>
  new Date(now.getTime() + days * 86_400_000);

export interface SigningLinkState {
  signedAt: Date | null;
  expiresAt: Date;
}

/**
 * A link works once, before it expires, while its placement awaits signatures (`accepted`).
 * Every refusal is the same `signing_link_invalid`: the holder of a link learns nothing else.
 */
export function signingLinkUsable(
  link: SigningLinkState | null,
  placementStatus: PlacementStatus | null,
  now: Date,
): Outcome<true> {
  if (!link) return fail('signing_link_invalid', 'unknown link');
  if (link.signedAt) return fail('signing_link_invalid', 'this link was used');
  if (link.expiresAt.getTime() <= now.getTime())
    return fail('signing_link_invalid', 'this link expired');
  if (placementStatus !== 'accepted')
    return fail('signing_link_invalid', 'this placement no longer awaits signatures');
  return ok(true);
}

/** The addresses a placement's links go to; null where none is known. */
export interface SigningAddresses {
  /** The coordinator who proposed, else the school's contact address. */
  school: string | null;
  /** The supervisor (praktijkbegeleider). */
  company: string | null;
  guardian: string | null;
  /** The teacher's own account (docentenstage). */
  teacher: string | null;
}

/**
 * Where a party's link goes. A pupil has no address of its own in the data set: the school
 * receives the pupil's link and hands it over, so the school gets two links.
 */
export function signingRecipient(party: AgreementParty, to: SigningAddresses): string | null {
  return party === 'pupil' ? to.school : to[party];
}

/** One link per required party of the agreement, each with its address. */
export function signingLinksFor(
  data: Pick<AgreementData, 'kind' | 'participant'>,
  to: SigningAddresses,
): { party: AgreementParty; email: string | null }[] {
  return requiredParties(data).map((party) => ({ party, email: signingRecipient(party, to) }));
}

/**
 * Whether an unsigned placement belongs in the bureau's queue today: still `accepted`, its
 * first day within `days` from today (or already passed), its last day not yet passed.
 */
export function unsignedAndDue(
  placement: { status: PlacementStatus; startsOn: string; endsOn: string },
  today: string,
  days: number = unsignedWarningDays,
): boolean {
  return (
    placement.status === 'accepted' &&
    placement.startsOn <= addDays(today, days) &&
    placement.endsOn >= today
  );
}

/** The required parties whose row carries no signature yet, in the agreement's order. */
export function missingParties(
  required: readonly AgreementParty[],
  rows: readonly { party: string; signedAt: Date | null }[],
): AgreementParty[] {
  const signed = new Set(rows.filter((row) => row.signedAt).map((row) => row.party));
  return required.filter((party) => !signed.has(party));
}
