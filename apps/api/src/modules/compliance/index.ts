/**
 * The compliance module's public face (issue 18): it owns `compliance_documents`. Other modules
 * check a company against the region's requirements through these, never through `./repo`.
 */
export { companyDocumentFacts, documentsForDecision, requireCompliance } from './documents';
export { runComplianceSweep, type ComplianceSweepResult } from './sweep';
