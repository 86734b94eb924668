import { bureau, everyone, type MatrixEndpoint } from './matrix';

/**
 * Relationship management (issue 17): the bureau and school coordinators keep relations with
 * any company of their region; marking an ambassador is the bureau's. Teachers and companies
 * do not (403); another region's company does not exist (404).
 */
const relationRead = {
  ...everyone(403, 403, 404),
  ...bureau([200, 200, 404]),
  school_coordinator: [200, 200, 404],
} as const;

export const relationEndpoints: MatrixEndpoint[] = [
  {
    route: 'GET /api/v1/companies/:id/relationship',
    request: ({ target }) => ({ url: `/api/v1/companies/${target.company.id}/relationship` }),
    expect: relationRead,
  },
  {
    route: 'GET /api/v1/organisations/:id/contacts',
    request: ({ target }) => ({ url: `/api/v1/organisations/${target.company.id}/contacts` }),
    expect: relationRead,
  },
  {
    route: 'GET /api/v1/companies/:id/contact-moments',
    request: ({ target }) => ({ url: `/api/v1/companies/${target.company.id}/contact-moments` }),
    expect: relationRead,
  },
  {
    route: 'PUT /api/v1/companies/:id/ambassador',
    request: ({ target }) => ({
      url: `/api/v1/companies/${target.company.id}/ambassador`,
      payload: { ambassador: false },
    }),
    expect: { ...everyone(403, 403, 404), ...bureau([200, 200, 404]) },
  },
];
