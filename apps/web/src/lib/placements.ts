import type { Participant, Place, PlacementView } from '@stagebureau/domain';
import type { MessageKey } from './i18n';

export type PlacementPhase = PlacementView['phase'];

/**
 * How a placement's phase looks as a badge: its label and a tone (`waiting` for the other side,
 * `ok` for a placement that goes ahead, `done`, `stopped` for one that does not).
 */
export type BadgeTone = 'waiting' | 'ok' | 'done' | 'stopped';

const tones: Record<PlacementPhase, BadgeTone> = {
  proposed: 'waiting',
  accepted: 'waiting',
  signed: 'ok',
  running: 'ok',
  completed: 'done',
  declined: 'stopped',
  cancelled: 'stopped',
};

export function phaseBadge(phase: PlacementPhase): { label: MessageKey; tone: BadgeTone } {
  return { label: `placements.phase.${phase}`, tone: tones[phase] };
}

/** Who signs, in the order the agreement lists them; a party the API does not know sorts last. */
const partyOrder = ['school', 'company', 'pupil', 'teacher', 'guardian'];
export type SignatureParty = 'school' | 'company' | 'pupil' | 'teacher' | 'guardian';

export function partyLabel(party: string): MessageKey {
  return partyOrder.includes(party)
    ? `placements.party.${party as SignatureParty}`
    : 'placements.party.other';
}

/** The signatures in agreement order, and how many of them are in. */
export function signatureStatus(signatures: PlacementView['signatures']) {
  const rank = (party: string) => {
    const index = partyOrder.indexOf(party);
    return index === -1 ? partyOrder.length : index;
  };
  const ordered = [...signatures].sort((a, b) => rank(a.party) - rank(b.party));
  return {
    ordered,
    signed: ordered.filter((signature) => signature.signed).length,
    total: ordered.length,
  };
}

/** Phases in which an agreement exists (it is made when the company accepts). */
const withAgreement: readonly PlacementPhase[] = ['accepted', 'signed', 'running', 'completed'];
export const hasAgreement = (placement: Pick<PlacementView, 'phase'>) =>
  withAgreement.includes(placement.phase);

/** The school or the company may still cancel: before the placement runs. */
const cancellable: readonly PlacementPhase[] = ['proposed', 'accepted', 'signed'];
export const canCancel = (placement: Pick<PlacementView, 'phase'>) =>
  cancellable.includes(placement.phase);

/**
 * The order of a placement list: what waits for someone first (proposed, then accepted), then
 * the placements that go ahead, then the ones that ended; within a group, the soonest first.
 */
const listRank: Record<PlacementPhase, number> = {
  proposed: 0,
  accepted: 1,
  signed: 2,
  running: 2,
  completed: 3,
  declined: 4,
  cancelled: 4,
};
export function sortPlacements<T extends Pick<PlacementView, 'phase' | 'startsOn'>>(
  placements: readonly T[],
): T[] {
  return [...placements].sort(
    (a, b) => listRank[a.phase] - listRank[b.phase] || a.startsOn.localeCompare(b.startsOn),
  );
}

/**
 * Whose name a reader sees: the school and the host company the names, everyone else the
 * pseudonym (the API already decided; this only picks what it sent).
 */
export function participantName(participant: Participant): string {
  if (participant.firstName && participant.surname)
    return `${participant.firstName} ${participant.surname}`;
  return participant.pseudonym;
}

/** Places a school can still propose a pupil for: pupil places with room, not cancelled. */
export function openPupilPlaces<T extends Pick<Place, 'type' | 'free' | 'cancelled'>>(
  places: readonly T[],
): T[] {
  return places.filter(
    (place) => place.type !== 'teacher_internship' && place.free > 0 && !place.cancelled,
  );
}

/**
 * What a placement page's action answers. Success: `done`, shown at the top of the content.
 * Failure: which form (`form`, and `id` of the thing it acts on) with its field errors and the
 * API's refusal, shown once next to that form (the key is not `problem`, so no toast repeats it).
 */
export interface PlacementDone {
  done: string;
  form: string;
  id?: string;
}
export interface PlacementFailure {
  form: string;
  id?: string;
  errors: Record<string, string>;
  values: Record<string, unknown>;
  refusal?: { code: string; title: string; message?: string };
}

/** The success line of the last action, if it succeeded. */
export function doneOf(form: unknown): string | null {
  return form && typeof form === 'object' && 'done' in form && typeof form.done === 'string'
    ? form.done
    : null;
}

/** The last action's failure when it was this form (for this thing), else null. */
export function failureOf(form: unknown, name: string, id?: string): PlacementFailure | null {
  if (!form || typeof form !== 'object' || 'done' in form || !('form' in form)) return null;
  const failure = form as PlacementFailure;
  if (failure.form !== name || (id !== undefined && failure.id !== id)) return null;
  return { ...failure, errors: failure.errors ?? {}, values: failure.values ?? {} };
}
