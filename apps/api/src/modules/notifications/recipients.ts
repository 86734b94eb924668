import { and, eq, inArray, or } from 'drizzle-orm';
import { users, type Transaction } from '@stagebureau/db';
import type { Audience, Language, Role } from '@stagebureau/domain';

export interface RecipientUser {
  userId: string | null;
  email: string;
  language: Language;
  audience: Audience;
}

const active = (regionId: string) => and(eq(users.regionId, regionId), eq(users.status, 'active'));

async function usersWhere(
  tx: Transaction,
  audience: Audience,
  where: ReturnType<typeof and>,
): Promise<RecipientUser[]> {
  const rows = await tx
    .select({ userId: users.id, email: users.email, language: users.language })
    .from(users)
    .where(where);
  return rows.map((row) => ({ ...row, audience }));
}

const inRoles = (roles: Role[]) => inArray(users.role, roles);

/** A school's coordinators, plus the users who created the bookings (e.g. a teacher). */
export const schoolRecipients = (
  tx: Transaction,
  regionId: string,
  schoolId: string,
  creatorIds: (string | null)[] = [],
) => {
  const creators = creatorIds.filter((id): id is string => Boolean(id));
  const coordinators = and(eq(users.organisationId, schoolId), inRoles(['school_coordinator']));
  const byCreator = creators.length
    ? and(eq(users.organisationId, schoolId), inArray(users.id, creators))
    : undefined;
  return usersWhere(tx, 'school', and(active(regionId), or(coordinators, byCreator)));
};

/** Admins and members of the company that owns the offer. */
export const companyRecipients = (tx: Transaction, regionId: string, companyId: string) =>
  usersWhere(
    tx,
    'company',
    and(
      active(regionId),
      eq(users.organisationId, companyId),
      inRoles(['company_admin', 'company_member']),
    ),
  );

/** A company's admins only: its compliance papers are theirs to keep up to date (issue 18). */
export const companyAdminRecipients = (tx: Transaction, regionId: string, companyId: string) =>
  usersWhere(
    tx,
    'company',
    and(active(regionId), eq(users.organisationId, companyId), inRoles(['company_admin'])),
  );

/** The region's bureau staff and admins. */
export const bureauRecipients = (tx: Transaction, regionId: string) =>
  usersWhere(tx, 'bureau', and(active(regionId), inRoles(['bureau_admin', 'bureau_staff'])));
