import { recognitions, type Database } from '@stagebureau/db';

/** The region's leerbedrijf van het jaar (issue 17): its certificate is the company's own. */
export async function aForeignAward(
  db: Database,
  regionId: string,
  companyId: string,
): Promise<string> {
  const [row] = await db
    .insert(recognitions)
    .values({ regionId, companyId, schoolYear: '2024-2025', citation: 'Geheim motief' })
    .returning();
  return row!.id;
}
