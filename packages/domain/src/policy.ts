import { isBureau, type Actor, type Role } from './roles';

/**
 * Who may do what, in one table. `scope` says which rows an allowed role reaches:
 * - `region`: anything in the actor's region;
 * - `own_organisation`: only rows of the actor's own organisation (bureau roles: the region).
 */
const rules = {
  'organisation.list': { roles: 'everyone', scope: 'region' },
  'organisation.read': { roles: 'everyone', scope: 'region' },
  'organisation.create': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  'organisation.update': {
    roles: ['bureau_admin', 'bureau_staff', 'company_admin', 'school_coordinator'],
    scope: 'own_organisation',
  },
  'organisation.changeStatus': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  'organisation.manageLocations': {
    roles: ['bureau_admin', 'bureau_staff', 'school_coordinator'],
    scope: 'own_organisation',
  },
  /** Organisation admins invite colleagues (issue 21); which roles is `invitableRoles`. */
  'invitation.create': {
    roles: ['bureau_admin', 'bureau_staff', 'company_admin', 'school_coordinator'],
    scope: 'own_organisation',
  },
  'invitation.list': {
    roles: ['bureau_admin', 'bureau_staff', 'company_admin', 'school_coordinator'],
    scope: 'own_organisation',
  },
  /** Self-registrations of companies (issue 21): the bureau approves or rejects them. */
  'registration.review': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  'region.read': { roles: 'everyone', scope: 'region' },
  'region.update': { roles: ['bureau_admin'], scope: 'region' },
  'taxonomy.manage': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  'class.read': {
    roles: ['bureau_admin', 'bureau_staff', 'school_coordinator', 'teacher'],
    scope: 'own_organisation',
  },
  'class.write': {
    roles: ['bureau_admin', 'bureau_staff', 'school_coordinator'],
    scope: 'own_organisation',
  },
  'audit.read': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  'offer.read': { roles: 'everyone', scope: 'region' },
  'offer.write': {
    roles: ['bureau_admin', 'bureau_staff', 'company_admin', 'company_member'],
    scope: 'own_organisation',
  },
  'session.write': {
    roles: ['bureau_admin', 'bureau_staff', 'company_admin', 'company_member'],
    scope: 'own_organisation',
  },
  'proposal.create': {
    roles: ['bureau_admin', 'bureau_staff', 'school_coordinator', 'teacher'],
    scope: 'own_organisation',
  },
  'proposal.decide': {
    roles: ['bureau_admin', 'bureau_staff', 'company_admin', 'company_member'],
    scope: 'own_organisation',
  },
  'proposal.read': { roles: 'everyone', scope: 'own_organisation' },
  'blackout.read': { roles: 'everyone', scope: 'region' },
  'booking.create': {
    roles: ['bureau_admin', 'bureau_staff', 'school_coordinator', 'teacher'],
    scope: 'own_organisation',
  },
  'booking.read': { roles: 'everyone', scope: 'own_organisation' },
  'allocationRound.read': {
    roles: ['bureau_admin', 'bureau_staff', 'school_coordinator', 'teacher'],
    scope: 'region',
  },
  'allocationRound.manage': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  'allocationRequest.read': {
    roles: ['bureau_admin', 'bureau_staff', 'school_coordinator', 'teacher'],
    scope: 'own_organisation',
  },
  'allocationRequest.write': { roles: ['school_coordinator'], scope: 'own_organisation' },
  'booking.cancel': {
    roles: ['bureau_admin', 'bureau_staff', 'school_coordinator', 'teacher'],
    scope: 'own_organisation',
  },
  'booking.decide': {
    roles: ['bureau_admin', 'bureau_staff', 'company_admin', 'company_member'],
    scope: 'own_organisation',
  },
  'blackout.manage': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  'conflict.read': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  'conflict.manage': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  'feed.manage': { roles: 'everyone', scope: 'own_organisation' },
  /** AVG/GDPR requests: the bureau exports; only its admin erases (irreversible). */
  'privacy.export': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  'privacy.erase': { roles: ['bureau_admin'], scope: 'region' },
  'report.read': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  /** A company reads its own co-financing rows and statement; the bureau any company's. */
  'report.coFinancing': {
    roles: ['bureau_admin', 'bureau_staff', 'company_admin', 'company_member'],
    scope: 'own_organisation',
  },
  /** A year plan (jaarplanning): a company's or school's own; the bureau any in its region. */
  'yearPlan.read': { roles: 'everyone', scope: 'own_organisation' },
  /** Spreadsheet exports (issue 21): an organisation its own rows, the bureau its region. */
  'export.bookings': { roles: 'everyone', scope: 'own_organisation' },
  'export.placements': { roles: 'everyone', scope: 'own_organisation' },
  'export.yearPlans': { roles: 'everyone', scope: 'own_organisation' },
  'feedback.give': {
    roles: ['company_admin', 'company_member', 'school_coordinator', 'teacher'],
    scope: 'own_organisation',
  },
  'feedback.read': { roles: 'everyone', scope: 'own_organisation' },
  /** Demand side (issue 15): schools and the bureau ask, the bureau curates, companies sign up. */
  'request.create': {
    roles: ['bureau_admin', 'bureau_staff', 'school_coordinator'],
    scope: 'own_organisation',
  },
  'request.curate': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  'request.read': { roles: 'everyone', scope: 'region' },
  'request.signUp': {
    roles: ['bureau_admin', 'bureau_staff', 'company_admin', 'company_member'],
    scope: 'own_organisation',
  },
  'request.decide': {
    roles: ['bureau_admin', 'bureau_staff', 'school_coordinator'],
    scope: 'own_organisation',
  },
  /** Fill rates and week suggestions: the asking side (a school its own), never companies. */
  'request.followUp': {
    roles: ['bureau_admin', 'bureau_staff', 'school_coordinator', 'teacher'],
    scope: 'own_organisation',
  },
  /**
   * Placements (issue 16): a company publishes places; a school registers its pupils and
   * places them; a teacher places themself; the bureau sees counts and pseudonyms only.
   */
  'place.write': {
    roles: ['bureau_admin', 'bureau_staff', 'company_admin', 'company_member'],
    scope: 'own_organisation',
  },
  'place.read': { roles: 'everyone', scope: 'region' },
  'pupil.write': { roles: ['school_coordinator'], scope: 'own_organisation' },
  'pupil.read': { roles: ['school_coordinator', 'teacher'], scope: 'own_organisation' },
  'placement.propose': { roles: ['school_coordinator'], scope: 'own_organisation' },
  'placement.selfBook': { roles: ['teacher', 'school_coordinator'], scope: 'own_organisation' },
  'placement.decide': {
    roles: ['company_admin', 'company_member'],
    scope: 'own_organisation',
  },
  'placement.read': { roles: 'everyone', scope: 'own_organisation' },
  'placementRound.manage': { roles: ['school_coordinator'], scope: 'own_organisation' },
  /**
   * Compliance documents (issue 18): a company keeps its own papers (the bureau may upload on
   * its behalf) and only the bureau reviews them. Schools read another company's papers only
   * where the region allows it (`compliance.readShared` plus the region setting); everyone
   * may see the status summary of an offer they can see.
   */
  'compliance.submit': {
    roles: ['bureau_admin', 'bureau_staff', 'company_admin', 'company_member'],
    scope: 'own_organisation',
  },
  'compliance.read': {
    roles: ['bureau_admin', 'bureau_staff', 'company_admin', 'company_member'],
    scope: 'own_organisation',
  },
  'compliance.readShared': { roles: ['school_coordinator', 'teacher'], scope: 'region' },
  'compliance.review': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  /**
   * Shared material (issue 18): the owner of an offer's, place's or request's material (its
   * company, its school's coordinator) or the bureau adds, versions and deletes it; the
   * region's library and a bureau request's material belong to the bureau alone. Who reads
   * a material is `canSeeMaterial` (its visibility), not a role.
   */
  'material.write': {
    roles: [
      'bureau_admin',
      'bureau_staff',
      'company_admin',
      'company_member',
      'school_coordinator',
    ],
    scope: 'own_organisation',
  },
  'material.curate': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  /** Imports of official data (issue 21) rewrite many rows at once: the bureau's admin only. */
  'import.run': { roles: ['bureau_admin'], scope: 'region' },
  /** A school's classes from a file: the bureau's admin for any school, a coordinator for theirs. */
  'import.classes': { roles: ['bureau_admin', 'school_coordinator'], scope: 'own_organisation' },
  /**
   * Relationship management (issue 17): the bureau, and a school's coordinator on behalf of
   * their school, keep contacts, contact moments and follow-ups about the region's companies.
   */
  'relation.read': {
    roles: ['bureau_admin', 'bureau_staff', 'school_coordinator'],
    scope: 'region',
  },
  'relation.write': {
    roles: ['bureau_admin', 'bureau_staff', 'school_coordinator'],
    scope: 'region',
  },
  /** A company reads its own agreements and their fulfilment; the bureau makes them. */
  'agreement.read': {
    roles: ['bureau_admin', 'bureau_staff', 'company_admin', 'company_member'],
    scope: 'own_organisation',
  },
  'agreement.write': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  /** Regional targets and the recognition of a company: the bureau's. */
  'target.manage': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
  'recognition.award': { roles: ['bureau_admin', 'bureau_staff'], scope: 'region' },
} as const satisfies Record<
  string,
  { roles: readonly Role[] | 'everyone'; scope: 'region' | 'own_organisation' }
>;

export type Action = keyof typeof rules;
export const actions = Object.keys(rules) as Action[];
/** The rule behind an action, for tests and documentation; decisions go through `can`. */
export const ruleOf = (action: Action): { roles: readonly Role[] | 'everyone'; scope: string } =>
  rules[action];

/** The row being acted on, reduced to what decides access. */
export interface Resource {
  regionId: string;
  /** The organisation that owns the row; `null` for region-wide rows. */
  organisationId?: string | null;
}

export type Decision = 'allow' | 'forbidden' | 'not_found';

/**
 * The single authorisation policy. Another region's rows do not exist for the actor
 * (`not_found`, so existence never leaks); another organisation's private rows neither.
 */
export function can(actor: Actor, action: Action, resource: Resource): Decision {
  if (resource.regionId !== actor.regionId) return 'not_found';
  const rule = rules[action];
  const roleAllowed =
    rule.roles === 'everyone' || (rule.roles as readonly Role[]).includes(actor.role);
  if (rule.scope === 'own_organisation' && !isBureau(actor.role)) {
    const owner = resource.organisationId ?? null;
    if (owner !== null && owner !== actor.organisationId) return 'not_found';
  }
  return roleAllowed ? 'allow' : 'forbidden';
}
