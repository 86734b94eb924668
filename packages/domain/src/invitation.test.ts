import { describe, expect, it } from 'vitest';
import {
  invitationAcceptable,
  invitationExpiresAt,
  invitationTargetFits,
  invitationValidityDays,
} from './invitation';
import { roles, type OrganisationKind, type Role } from './roles';

describe('invitation target', () => {
  const fits: Record<Role, OrganisationKind | null> = {
    bureau_admin: null,
    bureau_staff: null,
    company_admin: 'company',
    company_member: 'company',
    school_coordinator: 'school',
    teacher: 'school',
  };
  for (const role of roles) {
    for (const kind of [null, 'company', 'school'] as const) {
      const ok = fits[role] === kind;
      it(`when ${role} is invited into ${kind ?? 'no organisation'}, then ${ok ? 'it fits' : '422 on organisationId'}`, () => {
        const outcome = invitationTargetFits(role, kind);
        if (ok) expect(outcome.ok).toBe(true);
        else
          expect(outcome).toMatchObject({
            ok: false,
            code: 'validation_failed',
            meta: { errors: [{ path: 'body.organisationId' }] },
          });
      });
    }
  }
});

describe('invitation lifetime', () => {
  const now = new Date('2026-03-01T10:00:00Z');
  it('when created, then it expires after the validity days', () => {
    expect(invitationExpiresAt(now).getTime() - now.getTime()).toBe(
      invitationValidityDays * 86_400_000,
    );
  });
  it('when still open and before expiry, then acceptable', () => {
    expect(
      invitationAcceptable({ acceptedAt: null, expiresAt: invitationExpiresAt(now) }, now).ok,
    ).toBe(true);
  });
  it('when accepted before, then invitation_invalid', () => {
    const outcome = invitationAcceptable(
      { acceptedAt: now, expiresAt: invitationExpiresAt(now) },
      now,
    );
    expect(outcome).toMatchObject({ ok: false, code: 'invitation_invalid' });
  });
  it('when the expiry moment has come, then invitation_invalid', () => {
    const outcome = invitationAcceptable({ acceptedAt: null, expiresAt: now }, now);
    expect(outcome).toMatchObject({ ok: false, code: 'invitation_invalid' });
  });
});
