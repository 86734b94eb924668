import { bureau, everyone, freshActiveCompany, type MatrixEndpoint } from './matrix';

/** AVG/GDPR requests: the bureau exports, only its admin erases; other regions never exist. */
export const privacyEndpoints: MatrixEndpoint[] = [
  {
    route: 'GET /api/v1/organisations/:id/personal-data',
    request: ({ target }) => ({ url: `/api/v1/organisations/${target.school.id}/personal-data` }),
    expect: { ...everyone(403, 403, 404), ...bureau([200, 200, 404]) },
  },
  {
    route: 'POST /api/v1/organisations/:id/erase-personal-data',
    // A fresh company each time, so the matrix never erases the actors' own organisations.
    request: async (ctx) => ({
      url: `/api/v1/organisations/${(await freshActiveCompany(ctx)).id}/erase-personal-data`,
      payload: { reason: 'AVG-verzoek (matrix)' },
    }),
    expect: {
      ...everyone(403, 403, 404),
      bureau_staff: [403, 403, 404],
      bureau_admin: [200, 200, 404],
    },
  },
];
