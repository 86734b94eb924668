import { materials, materialVersions, type Database } from '@stagebureau/db';
import { anOffer } from '../activityBuilders';
import { bureau, everyone, type MatrixEndpoint, type Target } from './matrix';

/**
 * Materials (issue 18): a material for booked schools on a published offer of the target's
 * company. Its company and the region's bureau read and change it; a school without a booking
 * and everyone elsewhere does not learn it exists. Anyone who sees the published offer may
 * not add to it (403); elsewhere it does not exist (404).
 */
async function aBookedSchoolsMaterial(db: Database, target: Target) {
  const offer = await anOffer(db, target.regionId, target.company.id);
  const [material] = await db
    .insert(materials)
    .values({
      regionId: target.regionId,
      targetKind: 'offer',
      offerId: offer.id,
      ownerOrganisationId: target.company.id,
      title: 'Veiligheidsblad werkplaats',
      kind: 'safety_sheet',
      visibility: 'booked_schools',
    })
    .returning();
  await db.insert(materialVersions).values({
    regionId: target.regionId,
    materialId: material!.id,
    number: 1,
    content: 'link',
    url: 'https://voorbeeld.nl/veiligheid',
  });
  return material!;
}

const ownCompanyAndBureau = {
  ...everyone(404, 404, 404),
  company_admin: [200, 404, 404],
  company_member: [200, 404, 404],
  ...bureau([200, 200, 404]),
} as const;

export const materialEndpoints: MatrixEndpoint[] = [
  {
    route: 'GET /api/v1/materials/:id',
    request: async ({ db, target }) => ({
      url: `/api/v1/materials/${(await aBookedSchoolsMaterial(db, target)).id}`,
    }),
    expect: ownCompanyAndBureau,
  },
  {
    route: 'PATCH /api/v1/materials/:id',
    request: async ({ db, target }) => ({
      url: `/api/v1/materials/${(await aBookedSchoolsMaterial(db, target)).id}`,
      payload: { title: 'Veiligheidsblad 2027' },
    }),
    expect: ownCompanyAndBureau,
  },
  {
    route: 'POST /api/v1/offers/:id/materials',
    request: async ({ db, target }) => ({
      url: `/api/v1/offers/${(await anOffer(db, target.regionId, target.company.id)).id}/materials`,
      payload: {
        title: 'Werkblad',
        kind: 'worksheet',
        visibility: 'public',
        url: 'https://voorbeeld.nl/werkblad',
      },
    }),
    expect: {
      ...everyone(403, 403, 404),
      company_admin: [201, 403, 404],
      company_member: [201, 403, 404],
      ...bureau([201, 201, 404]),
    },
  },
];
