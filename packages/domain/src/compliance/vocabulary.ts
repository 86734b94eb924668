/**
 * Compliance documents (issue 18): the papers a company keeps once for every school. Four
 * kinds every region knows; a region may add its own (`complianceDocumentTypes` setting).
 */
export const builtInDocumentKinds = [
  'liability_insurance',
  'vog',
  'risk_assessment',
  'safety_instructions',
] as const;
export type BuiltInDocumentKind = (typeof builtInDocumentKinds)[number];

export const builtInDocumentLabels: Record<BuiltInDocumentKind, { nl: string; en: string }> = {
  liability_insurance: {
    nl: 'Aansprakelijkheidsverzekering',
    en: 'Liability insurance',
  },
  vog: { nl: 'Verklaring Omtrent het Gedrag (VOG)', en: 'Certificate of conduct (VOG)' },
  risk_assessment: { nl: 'Risico-inventarisatie (RI&E)', en: 'Risk assessment (RI&E)' },
  safety_instructions: { nl: 'Veiligheidsinstructie', en: 'Safety instructions' },
};

/**
 * `submitted` waits for the bureau; `approved` counts until its valid-until day ends, then the
 * sweep makes it `expired`; `rejected` carries the bureau's reason. A replaced document keeps
 * its row (history) with `superseded`.
 */
export const documentStatuses = [
  'submitted',
  'approved',
  'rejected',
  'expired',
  'superseded',
] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/** Days before valid-until on which the company is reminded (issue 18: 30 and 7). */
export const expiryReminderDays = [30, 7] as const;
