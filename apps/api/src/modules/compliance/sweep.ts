import type { Database, Transaction } from '@stagebureau/db';
import {
  addDays,
  documentKindsOf,
  expiryReminderDays,
  expiryStep,
  localDateOf,
  offerTypesUncovered,
} from '@stagebureau/domain';
import { recordAudit, systemActor } from '../audit/record';
import { confirmedActivitiesOf } from '../bookings';
import { raiseConflict } from '../conflicts/raise';
import { notify } from '../notifications/notify';
import { findOrganisation } from '../organisations/service';
import { loadRegionWithSettings } from '../region/service';

import { companyDocumentFacts } from './documents';
import { factsOf } from './present';
import { expireOnce, expiryCandidates, remindOnce, type DocumentRow } from './repo';

export interface ComplianceSweepResult {
  reminded: number;
  expired: number;
  conflicts: number;
}

/**
 * The compliance clock (issue 18), run hourly by the API (sweepPlugin) and by tests with their
 * own `now`: approved papers whose valid-until day has ended (Dutch date) become `expired` —
 * at the first run after the day's end — and the company's admins are reminded 30 and 7 days
 * before. Each step is a conditional update in its own transaction, so two sweeps at once
 * send each reminder and expire each paper once; the conflict goes with the expiry.
 */
export async function runComplianceSweep(
  db: Database,
  now: Date,
  batch = 500,
): Promise<ComplianceSweepResult> {
  const result: ComplianceSweepResult = { reminded: 0, expired: 0, conflicts: 0 };
  const today = localDateOf(now);
  const candidates = await expiryCandidates(
    db,
    {
      today,
      horizon: addDays(today, Math.max(...expiryReminderDays)),
      lastReminder: Math.min(...expiryReminderDays),
    },
    batch,
  );
  for (const document of candidates) {
    const step = expiryStep(factsOf(document), today);
    if (!step) continue;
    await db.transaction(async (tx) => {
      if (step.step === 'remind') {
        if (!(await remindOnce(tx, document.id, step.days, now))) return;
        await recordAudit(tx, systemActor(document.regionId), {
          entity: 'compliance_document',
          entityId: document.id,
          action: 'expiry_reminded',
          after: { days: step.days },
        });
        await notify(tx, {
          kind: 'compliance.expiring',
          regionId: document.regionId,
          documentId: document.id,
          days: step.days,
        });
        result.reminded += 1;
        return;
      }
      if (!(await expireOnce(tx, document.id, now))) return;
      await recordAudit(tx, systemActor(document.regionId), {
        entity: 'compliance_document',
        entityId: document.id,
        action: 'expired',
        before: { status: 'approved' },
        after: { status: 'expired', validUntil: document.validUntil },
      });
      await notify(tx, {
        kind: 'compliance.expired',
        regionId: document.regionId,
        documentId: document.id,
      });
      result.expired += 1;
      if (await raiseExpiryConflict(tx, document, now)) result.conflicts += 1;
    });
  }
  return result;
}

/**
 * One conflict per expired paper that leaves confirmed, not yet ended activities of the company
 * without a required document (unless another approved paper of the kind still covers them),
 * listing them for the bureau.
 */
async function raiseExpiryConflict(
  tx: Transaction,
  document: DocumentRow,
  now: Date,
): Promise<boolean> {
  const { regionId, organisationId: companyId } = document;
  const region = await loadRegionWithSettings(tx, regionId);
  if (!region) return false;
  const remaining = await companyDocumentFacts(tx, regionId, companyId);
  const types = offerTypesUncovered(region.settings, document.kind, remaining, localDateOf(now));
  const activities = await confirmedActivitiesOf(tx, regionId, companyId, types, now);
  if (!activities.length) return false;
  const company = await findOrganisation(tx, regionId, companyId);
  const offerIds = new Set(activities.map((activity) => activity.offerId));
  const kind = documentKindsOf(region.settings).find((known) => known.key === document.kind);
  await raiseConflict(tx, {
    regionId,
    type: 'compliance_expired',
    offerId: offerIds.size === 1 ? activities[0]!.offerId : null,
    bookingIds: activities.map((activity) => activity.bookingId),
    details: {
      documentId: document.id,
      companyId,
      companyName: company?.name ?? null,
      kind: document.kind,
      kindLabel: kind?.label ?? { nl: document.kind, en: document.kind },
      subjectName: document.subjectName,
      validUntil: document.validUntil,
      activities,
    },
  });
  return true;
}
