import type { ComplianceDocumentMessageFacts, NotificationFacts } from './facts';

/** Small readable facts for the compliance messages' tests (issue 18). */
export const complianceDocument: ComplianceDocumentMessageFacts = {
  documentId: '55555555-5555-4555-8555-555555555555',
  companyName: 'Bouwbedrijf <b>Van der Veen</b>',
  kindLabel: { nl: 'Verklaring Omtrent het Gedrag (VOG)', en: 'Certificate of conduct (VOG)' },
  subjectName: 'Henk Bos',
  validFrom: '2029-01-01',
  validUntil: '2030-03-31',
};

export const complianceMessageFacts: NotificationFacts[] = [
  {
    kind: 'compliance.reviewed',
    document: complianceDocument,
    decision: 'rejected',
    reason: 'De pagina met de handtekening ontbreekt',
  },
  { kind: 'compliance.expiring', document: complianceDocument, days: 30 },
  { kind: 'compliance.expired', document: complianceDocument },
];
