import type { Participant, PlacementView } from '@stagebureau/domain';
import { placementStatuses } from '@stagebureau/domain';
import { describe, expect, test } from 'vitest';
import { nl } from './i18n/nl';
import {
  canCancel,
  doneOf,
  failureOf,
  hasAgreement,
  openPupilPlaces,
  partyLabel,
  phaseBadge,
  signatureStatus,
  sortPlacements,
  type PlacementPhase,
} from './placements';

const aParticipant = (values: Partial<Participant> = {}): Participant => ({
  id: '11111111-1111-4111-8111-111111111111',
  kind: 'pupil',
  pseudonym: 'Leerling-7F3A',
  firstName: 'Femke',
  surname: 'de Vries',
  classId: null,
  className: '3KB',
  educationLevel: 'vmbo-kb',
  vmboProfile: 'PIE',
  schoolYear: 3,
  isMinor: true,
  guardianEmail: 'ouder@example.nl',
  erased: false,
  ...values,
});

const aPlacement = (phase: PlacementPhase, startsOn = '2027-03-01') =>
  ({ phase, startsOn, participant: aParticipant() }) as Pick<
    PlacementView,
    'phase' | 'startsOn' | 'participant'
  >;

const phases: PlacementPhase[] = [...placementStatuses, 'running'];

describe('a placement phase as a badge', () => {
  test('when any phase is shown, then its label is a Dutch message and its tone says where it stands', () => {
    for (const phase of phases) expect(nl[phaseBadge(phase).label], phase).toBeTruthy();
    expect(phaseBadge('accepted')).toEqual({ label: 'placements.phase.accepted', tone: 'waiting' });
    expect(phaseBadge('running').tone).toBe('ok');
    expect(phaseBadge('declined').tone).toBe('stopped');
    expect(phaseBadge('cancelled').tone).toBe('stopped');
    expect(phaseBadge('completed').tone).toBe('done');
  });

  test('when the company accepted, then the Dutch label is "Geaccepteerd"', () => {
    expect(nl[phaseBadge('accepted').label]).toBe('Geaccepteerd');
  });
});

describe('what can still happen to a placement', () => {
  test('when proposed, accepted or signed, then it can be cancelled; once running or ended, not', () => {
    expect(phases.filter((phase) => canCancel({ phase }))).toEqual([
      'proposed',
      'accepted',
      'signed',
    ]);
  });

  test('when the company has accepted, then there is an agreement; before that or after a decline, none', () => {
    expect(phases.filter((phase) => hasAgreement({ phase })).sort()).toEqual(
      ['accepted', 'completed', 'running', 'signed'].sort(),
    );
  });
});

describe('the signatures of an agreement', () => {
  test('when parties signed in any order, then they are listed school, company, pupil, guardian and counted', () => {
    const status = signatureStatus([
      { party: 'guardian', signed: false, signedAt: null, typedName: null },
      { party: 'pupil', signed: true, signedAt: '2027-02-01T10:00:00Z', typedName: 'Femke' },
      { party: 'company', signed: true, signedAt: '2027-02-01T09:00:00Z', typedName: 'Marieke' },
      { party: 'school', signed: false, signedAt: null, typedName: null },
    ]);
    expect(status.ordered.map((s) => s.party)).toEqual(['school', 'company', 'pupil', 'guardian']);
    expect(status).toMatchObject({ signed: 2, total: 4 });
  });

  test('when the API names a party this page does not know, then it gets a generic label and sorts last', () => {
    expect(partyLabel('notary')).toBe('placements.party.other');
    expect(partyLabel('teacher')).toBe('placements.party.teacher');
    const status = signatureStatus([
      { party: 'notary', signed: false, signedAt: null, typedName: null },
      { party: 'teacher', signed: false, signedAt: null, typedName: null },
    ]);
    expect(status.ordered.map((s) => s.party)).toEqual(['teacher', 'notary']);
  });
});

describe('the order of a placement list', () => {
  test('when placements are mixed, then what waits comes first, ended ones last, each soonest first', () => {
    const sorted = sortPlacements([
      aPlacement('cancelled', '2027-01-01'),
      aPlacement('running', '2027-02-01'),
      aPlacement('proposed', '2027-04-01'),
      aPlacement('signed', '2027-01-15'),
      aPlacement('proposed', '2027-03-01'),
      aPlacement('accepted', '2027-05-01'),
    ]);
    expect(sorted.map((p) => `${p.phase} ${p.startsOn}`)).toEqual([
      'proposed 2027-03-01',
      'proposed 2027-04-01',
      'accepted 2027-05-01',
      'signed 2027-01-15',
      'running 2027-02-01',
      'cancelled 2027-01-01',
    ]);
  });
});

describe('the placement board', () => {
  test('when places are full, cancelled or for teachers, then the school is not offered them', () => {
    const open = { type: 'internship' as const, free: 1, cancelled: false };
    const places = [
      open,
      { type: 'job_shadow' as const, free: 0, cancelled: false },
      { type: 'internship' as const, free: 2, cancelled: true },
      { type: 'teacher_internship' as const, free: 3, cancelled: false },
    ];
    expect(openPupilPlaces(places)).toEqual([open]);
  });
});

describe("an action's answer", () => {
  test('when an action succeeded, then its line is the notice and no form shows a failure', () => {
    const answer = { done: 'Geaccepteerd.', form: 'accept', id: 'p1' };
    expect(doneOf(answer)).toBe('Geaccepteerd.');
    expect(failureOf(answer, 'accept', 'p1')).toBeNull();
  });

  test('when a decline failed for one placement, then only that placement’s decline form shows it', () => {
    const answer = {
      form: 'decline',
      id: 'p1',
      errors: { reason: 'Vul dit veld in.' },
      values: {},
    };
    expect(doneOf(answer)).toBeNull();
    expect(failureOf(answer, 'decline', 'p1')?.errors.reason).toBe('Vul dit veld in.');
    expect(failureOf(answer, 'decline', 'p2')).toBeNull();
    expect(failureOf(answer, 'accept', 'p1')).toBeNull();
    expect(failureOf(null, 'decline')).toBeNull();
  });
});
