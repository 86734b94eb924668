import { DomainError, isBureau, type Actor } from '@stagebureau/domain';
import { authorise } from '../../../plugins/auth';
import type { AuditActor } from '../../audit/record';

/**
 * Attendance and the evaluation are read by the placement's school and its host company
 * only; anyone else — another school or company, the bureau (pseudonyms and counts only) —
 * is answered 404, as if the placement did not exist.
 */
export function authoriseReader(
  actor: Actor,
  placement: { schoolId: string; companyId: string },
): 'school' | 'company' {
  const side =
    actor.organisationId === placement.schoolId
      ? 'school'
      : actor.organisationId === placement.companyId
        ? 'company'
        : null;
  if (side === null || isBureau(actor.role)) throw new DomainError('not_found');
  authorise(actor, 'placement.read', {
    regionId: actor.regionId,
    organisationId: side === 'school' ? placement.schoolId : placement.companyId,
  });
  return side;
}

/** The host company writes attendance, absences and the evaluation for its placements. */
export function authoriseHost(actor: Actor, placement: { companyId: string }) {
  authorise(actor, 'placement.decide', {
    regionId: actor.regionId,
    organisationId: placement.companyId,
  });
}

/** The supervisor answering by link: no account, so the audit names the role only. */
export const supervisorActor = (regionId: string): AuditActor => ({
  userId: null,
  role: 'supervisor',
  regionId,
});
