import { and, eq } from 'drizzle-orm';
import { organisations, recognitions, type Transaction } from '@stagebureau/db';
import { previousSchoolYear, schoolYearOf } from '@stagebureau/domain';

/**
 * Last school year's leerbedrijf van het jaar (issue 17): the demo's catalogue shows its badge,
 * the company's dashboard its certificate, and this year's title is still the bureau's to give.
 */
export async function seedDemoRecognition(tx: Transaction, regionId: string, now: Date) {
  const [company] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(eq(organisations.regionId, regionId), eq(organisations.name, 'Bouwbedrijf Van der Veen')),
    );
  if (!company) return;
  await tx.insert(recognitions).values({
    regionId,
    companyId: company.id,
    schoolYear: previousSchoolYear(schoolYearOf(now)),
    citation:
      'Voor zes gastlessen, twintig stageplaatsen en een vakman die elke leerling bij naam kende.',
  });
}
