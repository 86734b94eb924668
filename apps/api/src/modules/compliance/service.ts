import type { Database } from '@stagebureau/db';
import {
  DomainError,
  complianceOverview,
  localDateOf,
  requiresDocuments,
  type Actor,
  type ComplianceOverview,
  type DocumentStatus,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { getOffer } from '../offers/service';
import { findOrganisation } from '../organisations/service';
import { loadRegionWithSettings } from '../region/service';
import type { DownloadLinkInput } from '../storage';
import { readScopeOf } from './access';
import { companyDocumentFacts } from './documents';
import { toComplianceDocument } from './present';
import { documentsOfCompany, documentsOfRegion, findDocument } from './repo';

async function settingsOf(db: Database, regionId: string) {
  const region = await loadRegionWithSettings(db, regionId);
  if (!region) throw new DomainError('not_found');
  return region.settings;
}

/** A company's papers: all of them for the company and the bureau, approved ones for a school. */
export async function listCompanyDocuments(db: Database, actor: Actor, companyId: string) {
  const settings = await settingsOf(db, actor.regionId);
  const scope = readScopeOf(actor, companyId, settings);
  const company = await findOrganisation(db, actor.regionId, companyId, { kind: 'company' });
  if (!company) throw new DomainError('not_found', 'company not found');
  const rows = await documentsOfCompany(
    db,
    actor.regionId,
    companyId,
    scope === 'all' ? undefined : ['approved'],
  );
  return { items: rows.map((row) => toComplianceDocument(row, settings)) };
}

/** The bureau's review queue: the region's papers (e.g. `submitted`), oldest first. */
export async function listRegionDocuments(
  db: Database,
  actor: Actor,
  filter: { status?: DocumentStatus; organisationId?: string },
) {
  authorise(actor, 'compliance.review', { regionId: actor.regionId });
  const settings = await settingsOf(db, actor.regionId);
  const rows = await documentsOfRegion(db, actor.regionId, filter);
  return { items: rows.map((row) => toComplianceDocument(row, settings)) };
}

/**
 * The object behind a download link, for a reader who may see the paper (a school only an
 * approved one, where the region shares them). Every link handed out is audited: a VOG names
 * a person.
 */
export async function documentToDownload(
  db: Database,
  actor: Actor,
  id: string,
): Promise<DownloadLinkInput> {
  const found = await findDocument(db, actor.regionId, id);
  if (!found) throw new DomainError('not_found');
  const { document } = found;
  const scope = readScopeOf(actor, document.organisationId, await settingsOf(db, actor.regionId));
  if (scope === 'approved' && document.status !== 'approved') throw new DomainError('not_found');
  await recordAudit(db, auditActorOf(actor), {
    entity: 'compliance_document',
    entityId: id,
    action: 'download_link_issued',
  });
  return {
    key: document.objectKey,
    fileName: document.fileName,
    contentType: document.contentType,
  };
}

/**
 * What anyone who can see an offer learns of its company's papers: per required kind valid,
 * expiring or missing — never the documents themselves.
 */
export async function offerCompliance(
  db: Database,
  actor: Actor,
  offerId: string,
  now: Date,
): Promise<ComplianceOverview> {
  const { offer } = await getOffer(db, actor, offerId);
  const settings = await settingsOf(db, actor.regionId);
  const documents = requiresDocuments(settings, offer.type)
    ? await companyDocumentFacts(db, actor.regionId, offer.organisationId)
    : [];
  return {
    offerType: offer.type,
    ...complianceOverview(settings, offer.type, documents, localDateOf(now)),
  };
}
