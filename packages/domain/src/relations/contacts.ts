import { fail, ok, type Outcome } from '../outcome';
import { isBureau, type Actor, type Role } from '../roles';

/**
 * Relationship management's rules about people (issue 17): who may be a company's manager or
 * a follow-up's owner, and which contact moments a reader sees. Pure: the API loads the rows.
 */

/** Whose side an actor writes for: the bureau (no school) or their own school. */
export const actingSchoolOf = (actor: Pick<Actor, 'role' | 'organisationId'>): string | null =>
  isBureau(actor.role) ? null : actor.organisationId;

/**
 * The bureau reads every contact moment and follow-up about a company; a school coordinator
 * only their own school's: never the bureau's notes nor another school's.
 */
export const visibleToActor = (
  actor: Pick<Actor, 'role' | 'organisationId'>,
  row: { schoolId: string | null },
): boolean =>
  isBureau(actor.role) || (row.schoolId !== null && row.schoolId === actor.organisationId);

/** A user as the rules about assignments see them. */
export interface Assignee {
  role: Role;
  organisationId: string | null;
  status: string;
}

const isCoordinatorOf = (user: Assignee, schoolId: string | null) =>
  schoolId !== null && user.role === 'school_coordinator' && user.organisationId === schoolId;

/**
 * A company's relationship manager: bureau staff for the bureau-wide slot (school null), a
 * coordinator of the school for a school's slot. The bureau sets any slot; a coordinator only
 * their own school's.
 */
export function managerAssignment(
  actor: Pick<Actor, 'role' | 'organisationId'>,
  slot: { schoolId: string | null },
  user: Assignee | null,
): Outcome<true> {
  if (!isBureau(actor.role) && slot.schoolId !== actor.organisationId)
    return fail('forbidden', "A coordinator manages only their own school's slot");
  if (user === null) return ok(true);
  if (user.status !== 'active') return fail('validation_failed', 'The user is not active');
  const fits = slot.schoolId === null ? isBureau(user.role) : isCoordinatorOf(user, slot.schoolId);
  return fits
    ? ok(true)
    : fail(
        'validation_failed',
        slot.schoolId === null
          ? 'The bureau-wide manager must be bureau staff'
          : "A school's manager must be a coordinator of that school",
      );
}

/** A follow-up's owner: bureau staff, or a coordinator of the acting school. */
export function followUpOwnerAllowed(
  actor: Pick<Actor, 'role' | 'organisationId'>,
  owner: Assignee | null,
): Outcome<true> {
  if (!owner || owner.status !== 'active')
    return fail('validation_failed', 'The owner must be an active user of the region');
  if (isBureau(owner.role) || isCoordinatorOf(owner, actingSchoolOf(actor))) return ok(true);
  return fail(
    'validation_failed',
    'The owner must be bureau staff or a coordinator of the acting school',
  );
}

/**
 * A contact as the audit trail keeps it: whether an e-mail address and phone number were
 * given, never the values — an erased contact leaves no way to reach the person behind.
 */
export const auditedContact = (contact: {
  name?: string;
  jobTitle?: string;
  email?: string | null;
  phone?: string | null;
  isPrimary?: boolean;
  organisationId?: string;
}) => {
  const { email, phone, ...rest } = contact;
  return {
    ...rest,
    ...(email !== undefined ? { hasEmail: email !== null && email !== '' } : {}),
    ...(phone !== undefined ? { hasPhone: phone !== null && phone !== '' } : {}),
  };
};
