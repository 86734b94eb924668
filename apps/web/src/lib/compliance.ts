import {
  coversOn,
  offerTypes,
  type ComplianceDocument,
  type DocumentKind,
  type OfferType,
  type RegionSettings,
} from '@stagebureau/domain';

export type Standing =
  { state: 'valid'; validUntil: string } | { state: 'waiting' } | { state: 'missing' };

/** A document as the domain's rules read it (the API's shape plus no reminder state). */
const factsOf = (document: ComplianceDocument) => ({ ...document, remindedDays: null });

/**
 * Where a company stands on one kind today: covered by an approved paper (the one that runs
 * longest), waiting for the bureau, or missing. The rule of "covered" is the domain's.
 */
export function standingOn(kind: string, documents: ComplianceDocument[], today: string): Standing {
  const covering = documents
    .filter((document) => coversOn(factsOf(document), kind, today))
    .sort((a, b) => b.validUntil.localeCompare(a.validUntil))[0];
  if (covering) return { state: 'valid', validUntil: covering.validUntil };
  if (documents.some((document) => document.kind === kind && document.status === 'submitted'))
    return { state: 'waiting' };
  return { state: 'missing' };
}

/** The activity types that need this kind, in the vocabulary's order. */
export const typesRequiring = (
  requirements: RegionSettings['complianceRequirements'],
  kind: string,
): OfferType[] => offerTypes.filter((type) => requirements[type]?.includes(kind));

/** Each kind the region knows, what needs it and where the company stands on it. */
export function companyStandings(
  kinds: DocumentKind[],
  requirements: RegionSettings['complianceRequirements'],
  documents: ComplianceDocument[],
  today: string,
) {
  return kinds.map((kind) => ({
    kind,
    requiredFor: typesRequiring(requirements, kind.key),
    standing: standingOn(kind.key, documents, today),
  }));
}
