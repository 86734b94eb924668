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

export const isBureau = (role: Role): boolean => (bureauRoles as readonly Role[]).includes(role);

/** The organisation kind a role belongs to; bureau roles belong to none. */
export function organisationKindOf(role: Role): OrganisationKind | null {
  if ((companyRoles as readonly Role[]).includes(role)) return 'company';
  if ((schoolRoles as readonly Role[]).includes(role)) return 'school';
  return null;
}

/** Who is asking: taken from the verified access token, never from the request body. */
export interface Actor {
  userId: string;
  role: Role;
  regionId: string;
  organisationId: string | null;
}
