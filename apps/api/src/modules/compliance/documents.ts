import { and, eq } from 'drizzle-orm';
import { complianceDocuments, type Database, type Transaction } from '@stagebureau/db';
import {
  DomainError,
  checkCompliance,
  localDateOf,
  requiresDocuments,
  type ComplianceDocumentFacts,
  type OfferType,
  type RegionSettings,
} from '@stagebureau/domain';
import { loadRegionWithSettings } from '../region/service';

type Db = Database | Transaction;

/**
 * A company's approved compliance documents as the rules read them: what a publication or a
 * confirmation is checked against (issue 18). One indexed query (region, company).
 */
export async function companyDocumentFacts(
  db: Db,
  regionId: string,
  companyId: string,
): Promise<ComplianceDocumentFacts[]> {
  return db
    .select({
      id: complianceDocuments.id,
      kind: complianceDocuments.kind,
      status: complianceDocuments.status,
      validFrom: complianceDocuments.validFrom,
      validUntil: complianceDocuments.validUntil,
      remindedDays: complianceDocuments.remindedDays,
      subjectName: complianceDocuments.subjectName,
    })
    .from(complianceDocuments)
    .where(
      and(
        eq(complianceDocuments.regionId, regionId),
        eq(complianceDocuments.organisationId, companyId),
        eq(complianceDocuments.status, 'approved'),
      ),
    );
}

/**
 * The documents a booking decision needs: none are loaded when the region requires nothing
 * for the offer's type (the default), so the booking hot path pays nothing for it.
 */
export async function documentsForDecision(
  db: Db,
  settings: RegionSettings,
  offer: { regionId: string; organisationId: string; type: OfferType },
): Promise<ComplianceDocumentFacts[] | undefined> {
  if (!requiresDocuments(settings, offer.type)) return undefined;
  return companyDocumentFacts(db, offer.regionId, offer.organisationId);
}

/**
 * Refuses (`compliance_documents_missing`, naming the documents) when the company lacks a
 * document the region requires for this type today: before publishing an offer or a place
 * and before a booking of it becomes confirmed (invariant 9).
 */
export async function requireCompliance(
  db: Db,
  target: {
    regionId: string;
    companyId: string;
    offerType: OfferType;
    settings?: RegionSettings;
  },
  now: Date,
): Promise<void> {
  const settings = target.settings ?? (await loadRegionWithSettings(db, target.regionId))?.settings;
  if (!settings || !requiresDocuments(settings, target.offerType)) return;
  const documents = await companyDocumentFacts(db, target.regionId, target.companyId);
  const outcome = checkCompliance(settings, target.offerType, documents, localDateOf(now));
  if (!outcome.ok) throw new DomainError(outcome.code, outcome.detail, outcome.meta);
}
