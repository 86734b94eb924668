import { and, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { complianceDocuments, notificationEvents, offers, regions } from '@stagebureau/db';
import { addDays, checkCompliance, localDateOf, regionSettingsSchema } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../test/harness';
import { companyDocumentFacts, runComplianceSweep } from '../modules/compliance';
import { aDiskBackend } from '../modules/storage/storage.testWorld';
import type { ObjectStore } from '../modules/storage';
import { seedDemo } from './demo';
import { demoRegion } from './demoData';

let ctx: TestContext;
let store: ObjectStore;
let region: typeof regions.$inferSelect;
beforeAll(async () => {
  ctx = await startTestApp({ NOTIFICATION_INTERVAL_MS: '0' });
  store = (await aDiskBackend()).store;
  await seedDemo(ctx.db, () => {}, store);
  region = (await ctx.db.select().from(regions).where(eq(regions.slug, demoRegion.slug)))[0]!;
});

describe('demo seed: compliance papers', () => {
  it('when seeded, then the region requires papers and every published offer and place meets them today', async () => {
    const settings = regionSettingsSchema.parse(region.settings);
    expect(settings.complianceRequirements.internship).toEqual([
      'liability_insurance',
      'vog',
      'risk_assessment',
    ]);
    expect(settings.complianceRequirements.company_visit).toEqual([
      'liability_insurance',
      'safety_instructions',
    ]);
    const published = await ctx.db
      .select()
      .from(offers)
      .where(
        and(eq(offers.regionId, region.id), inArray(offers.status, ['published', 'arranged'])),
      );
    const needing = published.filter((offer) => settings.complianceRequirements[offer.type]);
    expect(new Set(needing.map((offer) => offer.type))).toEqual(
      new Set(['company_visit', 'job_shadow', 'internship', 'teacher_internship']),
    );
    const today = localDateOf(new Date());
    for (const offer of published) {
      const papers = await companyDocumentFacts(ctx.db, region.id, offer.organisationId);
      const outcome = checkCompliance(settings, offer.type, papers, today);
      expect(outcome.ok, `${offer.title}: ${outcome.ok ? '' : outcome.detail}`).toBe(true);
    }
  });

  it('when seeded, then one paper waits for the bureau, one runs out within 30 days, and every file is in the store', async () => {
    const papers = await ctx.db
      .select()
      .from(complianceDocuments)
      .where(eq(complianceDocuments.regionId, region.id));
    expect(papers.filter((paper) => paper.status === 'submitted')).toHaveLength(1);
    const soon = addDays(localDateOf(new Date()), 30);
    const expiring = papers.filter(
      (paper) => paper.status === 'approved' && paper.validUntil <= soon,
    );
    expect(expiring.map((paper) => paper.subjectName)).toEqual(['Karin de Wit']);
    for (const paper of papers) {
      expect(await store.exists(paper.objectKey)).toBe(true);
      expect(paper.contentType).toBe('application/pdf');
    }

    await runComplianceSweep(ctx.db, new Date());
    const reminders = await ctx.db
      .select({ event: notificationEvents.event })
      .from(notificationEvents)
      .where(sql`${notificationEvents.event}->>'kind' = 'compliance.expiring'`);
    expect(reminders.map(({ event }) => (event as { documentId: string }).documentId)).toEqual([
      expiring[0]!.id,
    ]);
  });
});
