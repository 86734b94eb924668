import { describe, expect, it } from 'vitest';
import {
  invitableRoles,
  invitationAllowed,
  invitationAcceptable,
  leastPowerfulRole,
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

describe('who invites whom', () => {
  it('when a company admin invites, then only company roles, into the own company only', () => {
    const admin = { role: 'company_admin', organisationId: 'c1' } as const;
    expect(invitableRoles('company_admin')).toEqual(['company_admin', 'company_member']);
    expect(invitationAllowed(admin, { role: 'company_member', organisationId: 'c1' }).ok).toBe(
      true,
    );
    expect(invitationAllowed(admin, { role: 'bureau_staff', organisationId: null })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(invitationAllowed(admin, { role: 'teacher', organisationId: 's1' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(
      invitationAllowed(admin, { role: 'company_member', organisationId: 'c2' }),
    ).toMatchObject({ ok: false, code: 'not_found' });
  });
  it('when a school coordinator invites, then school roles only; teachers and members invite no one', () => {
    expect(invitableRoles('school_coordinator')).toEqual(['school_coordinator', 'teacher']);
    expect(invitableRoles('teacher')).toEqual([]);
    expect(invitableRoles('company_member')).toEqual([]);
    expect(invitableRoles('bureau_staff')).toEqual(roles);
  });
  it('when a form preselects a role, then it is the least powerful one for the organisation', () => {
    expect(leastPowerfulRole('company')).toBe('company_member');
    expect(leastPowerfulRole('school')).toBe('teacher');
    expect(leastPowerfulRole(null)).toBe('bureau_staff');
  });
});
