import { randomBytes } from 'node:crypto';
import { complianceDocuments, type Database } from '@stagebureau/db';

/**
 * The compliance side of a foreign world (issue 18): the company's VOG for a named supervisor,
 * still waiting for the bureau. The supervisor's name is a secret: only the company and the
 * bureau may read it (schools only where the region shares approved papers).
 */
export async function aForeignComplianceDocument(
  db: Database,
  regionId: string,
  companyId: string,
) {
  const supervisor = `geheim-${randomBytes(5).toString('hex')}`;
  const [document] = await db
    .insert(complianceDocuments)
    .values({
      regionId,
      organisationId: companyId,
      kind: 'vog',
      validFrom: '2029-01-01',
      validUntil: '2031-12-31',
      subjectName: supervisor,
      objectKey: `compliance/${randomBytes(16).toString('hex')}`,
      fileName: `${supervisor}.pdf`,
      contentType: 'application/pdf',
      size: 1024,
      sha256: '0'.repeat(64),
    })
    .returning();
  return { secrets: [supervisor], ids: { complianceDocument: document!.id } };
}
