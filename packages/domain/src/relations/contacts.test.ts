import { describe, expect, it } from 'vitest';
import type { Actor } from '../roles';
import {
  auditedContact,
  followUpOwnerAllowed,
  managerAssignment,
  visibleToActor,
  type Assignee,
} from './contacts';

const bureau: Pick<Actor, 'role' | 'organisationId'> = {
  role: 'bureau_staff',
  organisationId: null,
};
const coordinator = { role: 'school_coordinator', organisationId: 'school-a' } as const;
const staff: Assignee = { role: 'bureau_staff', organisationId: null, status: 'active' };
const coordinatorA: Assignee = {
  role: 'school_coordinator',
  organisationId: 'school-a',
  status: 'active',
};
const coordinatorB: Assignee = { ...coordinatorA, organisationId: 'school-b' };
const teacherA: Assignee = { role: 'teacher', organisationId: 'school-a', status: 'active' };

describe('visibleToActor', () => {
  it('when the bureau reads, then every moment; a coordinator only their own school’s', () => {
    expect(visibleToActor(bureau, { schoolId: null })).toBe(true);
    expect(visibleToActor(bureau, { schoolId: 'school-b' })).toBe(true);
    expect(visibleToActor(coordinator, { schoolId: 'school-a' })).toBe(true);
    expect(visibleToActor(coordinator, { schoolId: null })).toBe(false);
    expect(visibleToActor(coordinator, { schoolId: 'school-b' })).toBe(false);
  });
});

describe('managerAssignment', () => {
  it('when the bureau sets the bureau-wide slot, then only bureau staff fit', () => {
    expect(managerAssignment(bureau, { schoolId: null }, staff).ok).toBe(true);
    expect(managerAssignment(bureau, { schoolId: null }, coordinatorA).ok).toBe(false);
  });
  it('when a school slot is set, then only a coordinator of that school fits', () => {
    expect(managerAssignment(bureau, { schoolId: 'school-a' }, coordinatorA).ok).toBe(true);
    expect(managerAssignment(bureau, { schoolId: 'school-a' }, coordinatorB).ok).toBe(false);
    expect(managerAssignment(bureau, { schoolId: 'school-a' }, teacherA).ok).toBe(false);
  });
  it('when a coordinator sets another school’s or the bureau’s slot, then forbidden', () => {
    expect(managerAssignment(coordinator, { schoolId: 'school-a' }, coordinatorA).ok).toBe(true);
    expect(managerAssignment(coordinator, { schoolId: 'school-b' }, coordinatorB)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(managerAssignment(coordinator, { schoolId: null }, staff)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });
  it('when the user is not active, then refused', () => {
    expect(
      managerAssignment(bureau, { schoolId: null }, { ...staff, status: 'suspended' }).ok,
    ).toBe(false);
  });
});

describe('followUpOwnerAllowed', () => {
  it('when the owner is bureau staff or a coordinator of the acting school, then allowed', () => {
    expect(followUpOwnerAllowed(bureau, staff).ok).toBe(true);
    expect(followUpOwnerAllowed(coordinator, staff).ok).toBe(true);
    expect(followUpOwnerAllowed(coordinator, coordinatorA).ok).toBe(true);
  });
  it('when the owner is another school’s coordinator, a teacher or unknown, then refused', () => {
    expect(followUpOwnerAllowed(coordinator, coordinatorB).ok).toBe(false);
    expect(followUpOwnerAllowed(coordinator, teacherA).ok).toBe(false);
    expect(followUpOwnerAllowed(bureau, coordinatorA).ok).toBe(false);
    expect(followUpOwnerAllowed(bureau, null).ok).toBe(false);
  });
});

describe('auditedContact', () => {
  it('when a contact is audited, then whether e-mail and phone were given, never their values', () => {
    const audited = auditedContact({ name: 'Els', email: 'els@bouw.nl', phone: '' });
    expect(audited).toEqual({ name: 'Els', hasEmail: true, hasPhone: false });
    expect(JSON.stringify(audited)).not.toContain('els@bouw.nl');
  });
});
