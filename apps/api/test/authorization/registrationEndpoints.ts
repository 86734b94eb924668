import { aForeignRegistration } from '../security/foreignRegistrations';
import { bureau, everyone, type MatrixEndpoint } from './matrix';

/** Company self-registrations (issue 21): only the bureau reviews them, in its own region. */
export const registrationEndpoints: MatrixEndpoint[] = [
  {
    route: 'GET /api/v1/registrations',
    request: () => ({ url: '/api/v1/registrations' }),
    expect: { ...everyone(403, 403, 403), ...bureau([200, 200, 200]) },
  },
  {
    route: 'POST /api/v1/registrations/:id/approve',
    // A fresh registration each time: an approved one cannot be approved again.
    request: async ({ db, target }) => ({
      url: `/api/v1/registrations/${await aForeignRegistration(db, target.regionId)}/approve`,
    }),
    expect: { ...everyone(403, 403, 403), ...bureau([200, 200, 404]) },
  },
  {
    route: 'POST /api/v1/registrations/:id/reject',
    request: async ({ db, target }) => ({
      url: `/api/v1/registrations/${await aForeignRegistration(db, target.regionId)}/reject`,
      payload: { reason: 'Geen technisch bedrijf (matrix)' },
    }),
    expect: { ...everyone(403, 403, 403), ...bureau([200, 200, 404]) },
  },
];
