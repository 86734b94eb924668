import { DomainError, can, type Actor, type RegionSettings } from '@stagebureau/domain';

/** How much of a company's papers a reader sees: all of them, or the approved ones. */
export type ReadScope = 'all' | 'approved';

/**
 * Who reads a company's compliance documents (issue 18): the company itself and the bureau see
 * every paper and its history; a school only the approved papers, and only where the region
 * shares them (`complianceDocumentsVisibleToSchools`). Anyone else gets the policy's refusal:
 * another organisation's papers do not exist for them (404), like any company-private row.
 */
export function readScopeOf(
  actor: Actor,
  companyId: string,
  settings: Pick<RegionSettings, 'complianceDocumentsVisibleToSchools'>,
): ReadScope {
  const region = { regionId: actor.regionId };
  const decision = can(actor, 'compliance.read', { ...region, organisationId: companyId });
  if (decision === 'allow') return 'all';
  if (
    settings.complianceDocumentsVisibleToSchools &&
    can(actor, 'compliance.readShared', region) === 'allow'
  )
    return 'approved';
  throw new DomainError(decision);
}
