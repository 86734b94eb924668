import { describe, expect, it } from 'vitest';
import {
  missingParties,
  signingLinkExpiresAt,
  signingLinkUsable,
  signingLinksFor,
  unsignedAndDue,
} from './signing';

const now = new Date('2030-02-01T10:00:00Z');
const link = { signedAt: null, expiresAt: new Date('2030-02-15T10:00:00Z') };
const to = {
  school: 'coordinator@school.example',
  company: 'supervisor@company.example',
  guardian: 'parent@home.example',
  teacher: 'teacher@school.example',
};
const participant = (isMinor: boolean) => ({
  firstName: 'Sanne',
  surname: 'de Boer',
  className: '3KB',
  level: 'vmbo-kb',
  isMinor,
});

describe('signingLinkUsable', () => {
  it('when the link is unused, unexpired and the placement awaits signatures, then it works', () => {
    expect(signingLinkUsable(link, 'accepted', now)).toEqual({ ok: true, value: true });
  });

  it.each([
    ['unknown', null, 'accepted', now],
    ['used', { ...link, signedAt: now }, 'accepted', now],
    ['expired at the instant', link, 'accepted', link.expiresAt],
    ['cancelled placement', link, 'cancelled', now],
    ['already signed placement', link, 'signed', now],
  ] as const)('when the link is %s, then it is signing_link_invalid', (_, state, status, at) => {
    const outcome = signingLinkUsable(state, status, at);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.code).toBe('signing_link_invalid');
  });

  it('when a link is made, then it expires the given days later', () => {
    expect(signingLinkExpiresAt(now, 14).toISOString()).toBe('2030-02-15T10:00:00.000Z');
  });
});

describe('signingLinksFor', () => {
  it("when the pupil is a minor, then four links go out and the pupil's goes to the school", () => {
    expect(signingLinksFor({ kind: 'pupil', participant: participant(true) }, to)).toEqual([
      { party: 'school', email: to.school },
      { party: 'company', email: to.company },
      { party: 'pupil', email: to.school },
      { party: 'guardian', email: to.guardian },
    ]);
  });

  it('when it is a teacher internship, then the teacher gets its own link', () => {
    const links = signingLinksFor({ kind: 'teacher', participant: participant(false) }, to);
    expect(links.map((l) => [l.party, l.email])).toEqual([
      ['school', to.school],
      ['company', to.company],
      ['teacher', to.teacher],
    ]);
  });
});

describe('unsignedAndDue', () => {
  const placement = { status: 'accepted', startsOn: '2030-03-04', endsOn: '2030-03-28' } as const;
  it.each([
    ['2030-02-24', false], // 8 days before
    ['2030-02-25', true], // 7 days before
    ['2030-03-10', true], // started, unsigned
    ['2030-03-29', false], // ended
  ])('when today is %s, then due is %s', (today, due) => {
    expect(unsignedAndDue(placement, today)).toBe(due);
  });

  it('when the placement is signed or cancelled, then it is never due', () => {
    expect(unsignedAndDue({ ...placement, status: 'signed' }, '2030-03-01')).toBe(false);
    expect(unsignedAndDue({ ...placement, status: 'cancelled' }, '2030-03-01')).toBe(false);
  });
});

describe('missingParties', () => {
  it('when some rows are signed, then the others are missing in order, and rows not required are ignored', () => {
    const rows = [
      { party: 'company', signedAt: now },
      { party: 'teacher', signedAt: now },
      { party: 'pupil', signedAt: null },
    ];
    expect(missingParties(['school', 'company', 'pupil', 'guardian'], rows)).toEqual([
      'school',
      'pupil',
      'guardian',
    ]);
  });
});
