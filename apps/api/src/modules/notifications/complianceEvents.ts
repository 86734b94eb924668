import { and, eq } from 'drizzle-orm';
import { complianceDocuments, organisations, regions, type Transaction } from '@stagebureau/db';
import {
  documentKindsOf,
  regionSettingsSchema,
  type ComplianceDocumentMessageFacts,
  type NotificationFacts,
} from '@stagebureau/domain';
import type { NotificationEvent } from './events';
import { companyAdminRecipients } from './recipients';
import type { Delivery } from './resolve';

type ComplianceEvent = Extract<
  NotificationEvent,
  { kind: 'compliance.reviewed' | 'compliance.expiring' | 'compliance.expired' }
>;

/**
 * Who hears about a company's compliance document (issue 18): its admins, who keep the papers
 * up to date. The decision and reason are read from the row when the message is rendered.
 */
export async function resolveComplianceEvent(
  tx: Transaction,
  event: ComplianceEvent,
): Promise<Delivery[]> {
  const [row] = await tx
    .select({
      document: complianceDocuments,
      companyName: organisations.name,
      settings: regions.settings,
    })
    .from(complianceDocuments)
    .innerJoin(organisations, eq(organisations.id, complianceDocuments.organisationId))
    .innerJoin(regions, eq(regions.id, complianceDocuments.regionId))
    .where(
      and(
        eq(complianceDocuments.regionId, event.regionId),
        eq(complianceDocuments.id, event.documentId),
      ),
    );
  if (!row) return [];
  const { document: d } = row;
  const settings = regionSettingsSchema.parse({ ...row.settings });
  const kind = documentKindsOf(settings).find((known) => known.key === d.kind);
  const document: ComplianceDocumentMessageFacts = {
    documentId: d.id,
    companyName: row.companyName,
    kindLabel: kind?.label ?? { nl: d.kind, en: d.kind },
    subjectName: d.subjectName,
    validFrom: d.validFrom,
    validUntil: d.validUntil,
  };
  let facts: NotificationFacts;
  switch (event.kind) {
    case 'compliance.reviewed':
      // Reviewed once: a row that is no longer approved or rejected was superseded or expired
      // since, and the review message still says what the bureau decided.
      facts = {
        kind: event.kind,
        document,
        decision: d.status === 'rejected' ? 'rejected' : 'approved',
        reason: d.reviewReason,
      };
      break;
    case 'compliance.expiring':
      facts = { kind: event.kind, document, days: event.days };
      break;
    case 'compliance.expired':
      facts = { kind: event.kind, document };
      break;
  }
  return [
    { facts, recipients: await companyAdminRecipients(tx, event.regionId, d.organisationId) },
  ];
}
