import { organisationRegistrations, organisations, type Transaction } from '@stagebureau/db';

/**
 * One company that registered itself and waits for the bureau (issue 21). Its name differs
 * from the demo's "Bouwbedrijf Van der Veen" only in legal form and case, so the bureau's
 * review shows that company as a possible duplicate before anyone approves.
 */
export const demoRegistration = {
  name: 'Bouwbedrijf van der Veen B.V.',
  kvk: '04099887',
  street: 'Nijverheidsweg 3',
  postcode: '9402 LK',
  city: 'Assen',
  sectors: ['bouwen'],
  contactName: 'Joost van der Veen',
  contactEmail: 'joost@vdveen-bouw.demo.nl',
  contactPhone: '0592 765432',
};

export async function seedDemoRegistrations(tx: Transaction, regionId: string) {
  const r = demoRegistration;
  const [organisation] = await tx
    .insert(organisations)
    .values({
      regionId,
      kind: 'company',
      status: 'pending',
      name: r.name,
      kvkNumber: r.kvk,
      sectorTags: r.sectors,
      street: r.street,
      postcode: r.postcode,
      city: r.city,
      contactEmail: r.contactEmail,
      contactPhone: r.contactPhone,
    })
    .returning();
  await tx.insert(organisationRegistrations).values({
    regionId,
    organisationId: organisation!.id,
    contactName: r.contactName,
    contactEmail: r.contactEmail,
    contactPhone: r.contactPhone,
  });
}
