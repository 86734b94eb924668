import {
  documentKindsOf,
  type ComplianceDocument,
  type ComplianceDocumentFacts,
  type RegionSettings,
} from '@stagebureau/domain';
import type { DocumentRow, DocumentWithCompany } from './repo';

/** A stored paper as the API shows it, with its kind's label in both languages. */
export function toComplianceDocument(
  { document: d, companyName }: DocumentWithCompany,
  settings: Pick<RegionSettings, 'complianceDocumentTypes'>,
): ComplianceDocument {
  const kind = documentKindsOf(settings).find((known) => known.key === d.kind);
  return {
    id: d.id,
    organisationId: d.organisationId,
    companyName,
    kind: d.kind,
    // A kind the region has since removed keeps its key as its label.
    kindLabel: kind?.label ?? { nl: d.kind, en: d.kind },
    status: d.status,
    validFrom: d.validFrom,
    validUntil: d.validUntil,
    subjectName: d.subjectName,
    fileName: d.fileName,
    contentType: d.contentType,
    size: d.size,
    uploadedAt: d.createdAt.toISOString(),
    reviewedAt: d.reviewedAt?.toISOString() ?? null,
    reviewReason: d.reviewReason,
  };
}

/** A row as the domain's rules read it. */
export const factsOf = (d: DocumentRow): ComplianceDocumentFacts => ({
  id: d.id,
  kind: d.kind,
  status: d.status,
  validFrom: d.validFrom,
  validUntil: d.validUntil,
  remindedDays: d.remindedDays,
  subjectName: d.subjectName,
});
