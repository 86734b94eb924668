export const roles = [
  'bureau_admin',
  'bureau_staff',
  'company_admin',
  'company_member',
  'school_coordinator',
  'teacher',
] as const;
export type Role = (typeof roles)[number];

export const bureauRoles = ['bureau_admin', 'bureau_staff'] as const satisfies readonly Role[];
export const companyRoles = ['company_admin', 'company_member'] as const satisfies readonly Role[];
export const schoolRoles = ['school_coordinator', 'teacher'] as const satisfies readonly Role[];

export type OrganisationKind = 'company' | 'school';

/**
 * Which side of the product an actor acts for: who cancelled, who is told, whose view. The
 * `system` is the sweep and any other actor without a user role.
 */
export type Party = OrganisationKind | 'bureau' | 'system';

const has = (list: readonly Role[], role: string) => (list as readonly string[]).includes(role);

export const isBureau = (role: Role): boolean => has(bureauRoles, role);

/** The one mapping from a role (or an audit actor's role, e.g. `system`) to its party. */
export function partyOf(role: string): Party {
  if (has(companyRoles, role)) return 'company';
  if (has(schoolRoles, role)) return 'school';
  if (has(bureauRoles, role)) return 'bureau';
  return 'system';
}

/** The organisation kind a role belongs to; bureau roles belong to none. */
export function organisationKindOf(role: Role): OrganisationKind | null {
  const party = partyOf(role);
  return party === 'company' || party === 'school' ? party : null;
}

/** Who is asking: taken from the verified access token, never from the request body. */
export interface Actor {
  userId: string;
  role: Role;
  regionId: string;
  organisationId: string | null;
}
