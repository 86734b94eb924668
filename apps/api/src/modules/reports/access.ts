import type { Database } from '@stagebureau/db';
import { DomainError, isBureau, type Actor } from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { companyInRegion } from './activityRepo';

/** The bureau reads every report; everyone else is refused (403). */
export const authoriseReport = (actor: Actor) =>
  authorise(actor, 'report.read', { regionId: actor.regionId });

/**
 * The company whose co-financing the caller may read: the bureau any company of its region
 * (or all when none is named); a company only its own (another's does not exist for it);
 * schools none.
 */
export async function coFinancingCompanyFor(
  db: Database,
  actor: Actor,
  companyId: string | undefined,
): Promise<{ id: string; name: string } | null> {
  const target =
    companyId ?? (isBureau(actor.role) ? undefined : (actor.organisationId ?? undefined));
  // The role first (a school is refused, 403), then the row (another company's: 404).
  authorise(actor, 'report.coFinancing', { regionId: actor.regionId });
  authorise(actor, 'report.coFinancing', { regionId: actor.regionId, organisationId: target });
  if (target === undefined) {
    if (!isBureau(actor.role)) throw new DomainError('forbidden');
    return null;
  }
  const company = await companyInRegion(db, actor.regionId, target);
  if (!company) throw new DomainError('not_found');
  return company;
}
