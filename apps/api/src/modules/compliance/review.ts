import type { Database } from '@stagebureau/db';
import {
  DomainError,
  localDateOf,
  reviewDocument,
  supersededBy,
  type Actor,
  type ComplianceDocument,
  type ReviewComplianceDocument,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { notify } from '../notifications/notify';
import { loadRegionWithSettings } from '../region/service';
import { factsOf, toComplianceDocument } from './present';
import { approvedOfKind, findDocument, markSuperseded, recordReview } from './repo';

/**
 * The bureau approves or rejects (with a reason) a submitted paper. An approval supersedes the
 * company's older approved papers of the same kind (and supervisor); the company's admins are
 * told either way. One transaction, under the paper's row lock.
 */
export async function reviewComplianceDocument(
  db: Database,
  actor: Actor,
  id: string,
  review: ReviewComplianceDocument,
  now: Date,
): Promise<ComplianceDocument> {
  authorise(actor, 'compliance.review', { regionId: actor.regionId });
  const region = await loadRegionWithSettings(db, actor.regionId);
  if (!region) throw new DomainError('not_found');
  const reviewed = await db.transaction(async (tx) => {
    const found = await findDocument(tx, actor.regionId, id, true);
    if (!found) throw new DomainError('not_found');
    const decided = reviewDocument(factsOf(found.document), review, localDateOf(now));
    if (!decided.ok) throw new DomainError(decided.code, decided.detail, decided.meta);
    const { status, reason } = decided.value;
    const document = await recordReview(tx, id, { status, reason, by: actor.userId, at: now });
    const superseded =
      status === 'approved'
        ? supersededBy(factsOf(document), (await approvedOfKind(tx, document)).map(factsOf))
        : [];
    await markSuperseded(tx, superseded, now);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'compliance_document',
      entityId: id,
      action: status,
      before: { status: found.document.status },
      after: { status, superseded },
      reason,
    });
    await notify(tx, { kind: 'compliance.reviewed', regionId: actor.regionId, documentId: id });
    return { document, companyName: found.companyName };
  });
  return toComplianceDocument(reviewed, region.settings);
}
