import { and, eq, inArray } from 'drizzle-orm';
import {
  companyAgreementItems,
  companyAgreements,
  organisations,
  regionTargets,
  regions,
  users,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import {
  agreementMeasures,
  elapsedShareOfSchoolYear,
  measureActuals,
  regionSettingsSchema,
  schoolYearOf,
  type AgreementMeasure,
  type TargetMeasure,
} from '@stagebureau/domain';
import { recordsOfCompany, yearRecords } from '../modules/agreements/records';

/** The demo region's subsidy, so the co-financing percentage has something to divide by. */
export const demoSubsidyAmountEuro = 25_000;

/**
 * Three demo companies' agreements for the current school year. Metaalwerken Assen and
 * Energiepark Drenthe commit to what the demo shows them doing (at a pace that is met or on
 * track today); NoordData ICT promised workshops it has not given, so it is behind from autumn.
 */
const demoAgreements: {
  company: string;
  notes: string;
  /** Used when the company has done nothing yet this year (early August). */
  fallback: [AgreementMeasure, number][];
  live: boolean;
}[] = [
  {
    company: 'Energiepark Drenthe',
    notes: 'Stages op het zonnepark en gastlessen over zonne-energie.',
    fallback: [['internship_places', 1]],
    live: true,
  },
  {
    company: 'Metaalwerken Assen',
    notes: 'Jaargesprek in september: snuffeldagen en stages in de werkplaats.',
    fallback: [['job_shadow_days', 2]],
    live: true,
  },
  {
    company: 'NoordData ICT',
    notes: 'Workshops programmeren voor de bovenbouw.',
    fallback: [
      ['workshops', 8],
      ['request_sign_ups', 2],
    ],
    live: false,
  },
];

/** A commitment the done figure meets or is on track for at this point of the year. */
const paceFor = (done: number, elapsed: number) =>
  Math.max(1, Math.floor(done / Math.max(elapsed, 0.5)));

const demoTargets: Record<TargetMeasure, number> = {
  internship_places: 25,
  internship_places_growth: 5,
  active_companies: 8,
  co_financing_percent: 15,
  sectors_covered: 5,
};

/**
 * Agreements (issue 17) for the current school year, the region's targets for it and the
 * subsidy amount in its settings. Seeded once, with the rest of the demo.
 */
export async function seedDemoAgreements(tx: Transaction, regionId: string, now: Date) {
  const schoolYear = schoolYearOf(now);
  const [region] = await tx.select().from(regions).where(eq(regions.id, regionId));
  const settings = regionSettingsSchema.parse({
    ...region!.settings,
    subsidyAmountEuro: demoSubsidyAmountEuro,
  });
  await tx.update(regions).set({ settings }).where(eq(regions.id, regionId));
  const [bureau] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.regionId, regionId), eq(users.role, 'bureau_admin')));
  const companies = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.regionId, regionId),
        inArray(
          organisations.name,
          demoAgreements.map((agreement) => agreement.company),
        ),
      ),
    );
  // The seed's transaction stands in for the database: the same reads as the live fulfilment.
  const year = await yearRecords(tx as unknown as Database, regionId, schoolYear);
  const elapsed = elapsedShareOfSchoolYear(schoolYear, now);
  for (const agreement of demoAgreements) {
    const company = companies.find((row) => row.name === agreement.company);
    if (!company) continue;
    const actuals = measureActuals(recordsOfCompany(year, company.id));
    const live = agreementMeasures
      .filter((measure) => agreement.live && actuals[measure] > 0)
      .slice(0, 3)
      .map((measure): [AgreementMeasure, number] => [measure, paceFor(actuals[measure], elapsed)]);
    const items = live.length > 0 ? live : agreement.fallback;
    const [row] = await tx
      .insert(companyAgreements)
      .values({
        regionId,
        companyId: company.id,
        schoolYear,
        notes: agreement.notes,
        createdBy: bureau?.id ?? null,
      })
      .returning();
    await tx
      .insert(companyAgreementItems)
      .values(items.map(([measure, quantity]) => ({ agreementId: row!.id, measure, quantity })));
  }
  await tx.insert(regionTargets).values(
    Object.entries(demoTargets).map(([measure, target]) => ({
      regionId,
      schoolYear,
      measure: measure as TargetMeasure,
      target,
      updatedBy: bureau?.id ?? null,
    })),
  );
}
