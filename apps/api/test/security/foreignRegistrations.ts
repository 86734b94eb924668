import { randomBytes } from 'node:crypto';
import { organisationRegistrations, type Database } from '@stagebureau/db';
import { aCompany } from '../builders';

/** A company's self-registration waiting for the bureau (issue 21): a region's bureau row. */
export async function aForeignRegistration(db: Database, regionId: string): Promise<string> {
  const company = await aCompany(db, regionId, { status: 'pending' });
  const [row] = await db
    .insert(organisationRegistrations)
    .values({
      regionId,
      organisationId: company.id,
      contactName: 'Aanvrager',
      contactEmail: `aanvrager-${randomBytes(4).toString('hex')}@bedrijf.test`,
      contactPhone: '0592 123456',
    })
    .returning();
  return row!.id;
}
