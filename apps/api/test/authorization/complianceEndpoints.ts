import { bureau, everyone, type MatrixEndpoint } from './matrix';

/**
 * Compliance documents (issue 18): a company reads its own papers, the bureau any company's in
 * its region; schools do not (the region shares none by default) and nobody else does.
 */
export const complianceEndpoints: MatrixEndpoint[] = [
  {
    route: 'GET /api/v1/organisations/:id/compliance-documents',
    request: ({ target }) => ({
      url: `/api/v1/organisations/${target.company.id}/compliance-documents`,
    }),
    expect: {
      ...everyone(404, 404, 404),
      company_admin: [200, 404, 404],
      company_member: [200, 404, 404],
      ...bureau([200, 200, 404]),
    },
  },
];
