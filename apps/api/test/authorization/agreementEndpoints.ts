import { companyAgreementItems, companyAgreements } from '@stagebureau/db';
import { bureau, everyone, type MatrixContext, type MatrixEndpoint } from './matrix';

/**
 * Company agreements (issue 17): the bureau reads and writes any company's of its region; a
 * company reads its own (another's does not exist for it, nor for a school); elsewhere 404.
 */
let year = 2100;
/** A fresh school year per cell, with an agreement of the target's company in it. */
async function anAgreementYear({ db, target }: MatrixContext) {
  year += 1;
  const schoolYear = `${year}-${year + 1}`;
  const [row] = await db
    .insert(companyAgreements)
    .values({ regionId: target.regionId, companyId: target.company.id, schoolYear })
    .returning();
  await db
    .insert(companyAgreementItems)
    .values({ agreementId: row!.id, measure: 'workshops', quantity: 2 });
  return schoolYear;
}

const writes = (ok: number) => ({
  ...everyone(403, 403, 404),
  ...bureau([ok, ok, 404]),
});

export const agreementEndpoints: MatrixEndpoint[] = [
  {
    route: 'GET /api/v1/companies/:id/agreements',
    request: ({ target }) => ({ url: `/api/v1/companies/${target.company.id}/agreements` }),
    expect: {
      ...everyone(404, 404, 404),
      company_admin: [200, 404, 404],
      company_member: [200, 404, 404],
      ...bureau([200, 200, 404]),
    },
  },
  {
    route: 'PUT /api/v1/companies/:id/agreements/:schoolYear',
    request: (ctx) => ({
      url: `/api/v1/companies/${ctx.target.company.id}/agreements/2027-2028`,
      payload: { items: [{ measure: 'guest_lessons', quantity: 1 }] },
    }),
    expect: writes(200),
  },
  {
    route: 'DELETE /api/v1/companies/:id/agreements/:schoolYear',
    request: async (ctx) => ({
      url: `/api/v1/companies/${ctx.target.company.id}/agreements/${await anAgreementYear(ctx)}`,
    }),
    expect: writes(204),
  },
];
