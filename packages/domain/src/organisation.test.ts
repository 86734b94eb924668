import { describe, expect, it } from 'vitest';
import { changeOrganisationStatus } from './organisation';
import { organisationStatuses, type OrganisationStatus } from './vocabulary';

describe('organisation status changes', () => {
  const allowed: [OrganisationStatus, OrganisationStatus][] = [
    ['pending', 'active'],
    ['active', 'suspended'],
    ['suspended', 'active'],
    ['pending', 'rejected'],
  ];

  for (const from of organisationStatuses) {
    for (const to of organisationStatuses) {
      const isAllowed = allowed.some(([a, b]) => a === from && b === to);
      it(`when ${from} → ${to}, then ${isAllowed ? 'it is allowed' : 'invalid_transition'}`, () => {
        const outcome = changeOrganisationStatus(from, to, 'een reden');
        if (isAllowed) expect(outcome).toEqual({ ok: true, value: to });
        else expect(outcome).toMatchObject({ ok: false, code: 'invalid_transition' });
      });
    }
  }
});

describe('rejecting a registration', () => {
  it.each([undefined, null, '', '   '])(
    'when the reason is %j, then 422 on the reason',
    (reason) => {
      expect(changeOrganisationStatus('pending', 'rejected', reason)).toMatchObject({
        ok: false,
        code: 'validation_failed',
        meta: { errors: [{ path: 'body.reason' }] },
      });
    },
  );
});
