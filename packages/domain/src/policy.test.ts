import { describe, expect, it } from 'vitest';
import { actions, can, ruleOf, type Action, type Resource } from './policy';
import { isBureau, roles, type Actor, type Role } from './roles';

const regionId = 'region-a';
const ownOrg = 'org-own';
const actorFor = (role: Role): Actor => ({
  userId: `user-${role}`,
  role,
  regionId,
  organisationId: isBureau(role) ? null : ownOrg,
});

/** Where the row lives, relative to the actor. */
const places = {
  ownOrganisation: { regionId, organisationId: ownOrg },
  otherOrganisation: { regionId, organisationId: 'org-other' },
  regionWide: { regionId, organisationId: null },
  otherRegion: { regionId: 'region-b', organisationId: ownOrg },
} satisfies Record<string, Resource>;

const roleAllowed = (action: Action, role: Role) => {
  const allowed = ruleOf(action).roles;
  return allowed === 'everyone' || allowed.includes(role);
};

describe('policy: invariants over every action and role', () => {
  for (const action of actions) {
    for (const role of roles) {
      const actor = actorFor(role);
      it(`when ${role} does ${action} in another region, then the row does not exist`, () => {
        expect(can(actor, action, places.otherRegion)).toBe('not_found');
        expect(can(actor, action, { regionId: 'region-b' })).toBe('not_found');
      });

      it(`when ${role} does ${action} on its own organisation or region-wide rows, then only its role decides`, () => {
        const expected = roleAllowed(action, role) ? 'allow' : 'forbidden';
        expect(can(actor, action, places.ownOrganisation)).toBe(expected);
        expect(can(actor, action, places.regionWide)).toBe(expected);
        expect(can(actor, action, { regionId })).toBe(expected);
      });

      it(`when ${role} does ${action} on another organisation's row, then its scope decides`, () => {
        const decision = can(actor, action, places.otherOrganisation);
        if (ruleOf(action).scope === 'own_organisation' && !isBureau(role)) {
          expect(decision).toBe('not_found');
        } else {
          expect(decision).toBe(roleAllowed(action, role) ? 'allow' : 'forbidden');
        }
      });
    }
  }
});

describe('policy: the foundation rules, spelled out', () => {
  const bureau: Role[] = ['bureau_admin', 'bureau_staff'];
  const spec: [Action, Role[] | 'everyone', 'region' | 'own_organisation'][] = [
    ['organisation.list', 'everyone', 'region'],
    ['organisation.read', 'everyone', 'region'],
    ['organisation.create', bureau, 'region'],
    ['organisation.update', [...bureau, 'company_admin', 'school_coordinator'], 'own_organisation'],
    ['organisation.changeStatus', bureau, 'region'],
    ['organisation.manageLocations', [...bureau, 'school_coordinator'], 'own_organisation'],
    ['invitation.create', [...bureau, 'company_admin', 'school_coordinator'], 'own_organisation'],
    ['invitation.list', [...bureau, 'company_admin', 'school_coordinator'], 'own_organisation'],
    ['registration.review', bureau, 'region'],
    ['region.read', 'everyone', 'region'],
    ['region.update', ['bureau_admin'], 'region'],
    ['taxonomy.manage', bureau, 'region'],
    ['class.read', [...bureau, 'school_coordinator', 'teacher'], 'own_organisation'],
    ['class.write', [...bureau, 'school_coordinator'], 'own_organisation'],
    ['audit.read', bureau, 'region'],
  ];

  for (const [action, allowed, scope] of spec) {
    it(`when anyone asks for ${action}, then exactly ${allowed === 'everyone' ? 'everyone' : allowed.join(', ')} may, within the ${scope}`, () => {
      for (const role of roles) {
        const may = allowed === 'everyone' || allowed.includes(role);
        expect(can(actorFor(role), action, places.ownOrganisation), role).toBe(
          may ? 'allow' : 'forbidden',
        );
      }
      expect(ruleOf(action).scope).toBe(scope);
    });
  }

  it('when a teacher edits a class of its own school, then it is forbidden, and of another school it does not exist', () => {
    const teacher = actorFor('teacher');
    expect(can(teacher, 'class.write', places.ownOrganisation)).toBe('forbidden');
    expect(can(teacher, 'class.write', places.otherOrganisation)).toBe('not_found');
    expect(can(teacher, 'class.read', places.ownOrganisation)).toBe('allow');
  });

  it('when a company admin reads classes of a school, then the classes do not exist for it', () => {
    expect(can(actorFor('company_admin'), 'class.read', places.otherOrganisation)).toBe(
      'not_found',
    );
  });

  it('when bureau staff change region settings, then only the bureau admin may', () => {
    expect(can(actorFor('bureau_staff'), 'region.update', places.regionWide)).toBe('forbidden');
    expect(can(actorFor('bureau_admin'), 'region.update', places.regionWide)).toBe('allow');
  });

  it('when a bureau user acts on any organisation of its region, then the organisation never hides', () => {
    for (const action of actions) {
      for (const role of bureau) {
        expect(can(actorFor(role), action, places.otherOrganisation)).not.toBe('not_found');
      }
    }
  });
});
