import type { Database } from '@stagebureau/db';
import { DomainError, isBureau, type Actor, type AgreementSignature } from '@stagebureau/domain';
import { auditActorOf, recordAudit } from '../../audit/record';
import { storedAgreementOf } from './data';
import { renderAgreementPdf } from './pdf';
import { placementById, signaturesOfPlacement } from './repo';

/**
 * The agreement as a PDF for the school and the host company: the stored text's data, the
 * signatures so far and the SHA-256. Anyone else (another school or company, the bureau,
 * which reads pupils by pseudonym only) gets 404. A company's download reads the pupil's
 * name: it is in the audit trail like every read outside the school.
 */
export async function agreementPdf(
  db: Database,
  actor: Actor,
  placementId: string,
): Promise<{ bytes: Uint8Array; filename: string }> {
  const placement = await placementById(db, actor.regionId, placementId);
  const own = actor.organisationId;
  const party =
    !placement || isBureau(actor.role) || !own
      ? null
      : own === placement.schoolId
        ? 'school'
        : own === placement.companyId
          ? 'company'
          : null;
  const agreement = storedAgreementOf(placement?.agreement);
  if (!placement || !party || !agreement || !placement.agreementHash)
    throw new DomainError('not_found');
  const signatures: AgreementSignature[] = (await signaturesOfPlacement(db, placement.id)).flatMap(
    (row) =>
      row.signedAt
        ? [
            {
              party: row.party as AgreementSignature['party'],
              typedName: row.typedName ?? '–',
              signedAt: row.signedAt.toISOString(),
              consent: true as const,
            },
          ]
        : [],
  );
  const bytes = await renderAgreementPdf(
    agreement.data,
    signatures,
    placement.agreementHash,
    agreement.text,
  );
  if (party === 'company')
    await recordAudit(db, auditActorOf(actor), {
      entity: 'participant',
      entityId: placement.participantId,
      action: 'read',
      after: { reader: 'company', named: true, via: 'agreement.pdf', placementId },
    });
  return { bytes, filename: `stageovereenkomst-${placement.id}.pdf` };
}
