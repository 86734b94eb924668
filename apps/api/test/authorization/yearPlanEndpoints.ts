import type { Role } from '@stagebureau/domain';
import { bureau, everyone, type MatrixEndpoint, type Statuses } from './matrix';

/** A company or school reads its own year plan, the bureau any in its region; others get 404. */
const ownOnly = (roles: Role[]): Record<Role, Statuses> => ({
  ...everyone(404, 404, 404),
  ...Object.fromEntries(roles.map((role) => [role, [200, 404, 404] as const])),
  ...bureau([200, 200, 404]),
});

export const yearPlanEndpoints: MatrixEndpoint[] = [
  {
    route: 'GET /api/v1/year-plans/companies/:id',
    request: ({ target }) => ({ url: `/api/v1/year-plans/companies/${target.company.id}` }),
    expect: ownOnly(['company_admin', 'company_member']),
  },
  {
    route: 'GET /api/v1/year-plans/companies/:id.ics',
    request: ({ target }) => ({ url: `/api/v1/year-plans/companies/${target.company.id}.ics` }),
    expect: ownOnly(['company_admin', 'company_member']),
  },
  {
    route: 'GET /api/v1/year-plans/schools/:id',
    request: ({ target }) => ({ url: `/api/v1/year-plans/schools/${target.school.id}` }),
    expect: ownOnly(['school_coordinator', 'teacher']),
  },
  {
    route: 'GET /api/v1/year-plans/schools/:id.ics',
    request: ({ target }) => ({ url: `/api/v1/year-plans/schools/${target.school.id}.ics` }),
    expect: ownOnly(['school_coordinator', 'teacher']),
  },
];
