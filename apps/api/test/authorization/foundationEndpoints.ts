import {
  bureau,
  everyone,
  freshActiveCompany,
  freshClass,
  freshInvitationToken,
  freshTerm,
  type MatrixEndpoint,
  type Statuses,
} from './matrix';

const kvk = () => String(10_000_000 + Math.floor(Math.random() * 89_999_999));
const aClassBody = { name: '2B', educationLevel: 'vmbo-gl', schoolYear: 2, size: 25 };

/** Rows only the organisation's own staff (and the bureau) may reach: other organisations 404. */
const schoolPrivate = (coordinator: Statuses, teacher: Statuses, bureauOk: Statuses) => ({
  ...everyone(404, 404, 404),
  ...bureau(bureauOk),
  school_coordinator: coordinator,
  teacher,
});

export const foundationEndpoints: MatrixEndpoint[] = [
  {
    route: 'GET /api/v1/me',
    request: () => ({ url: '/api/v1/me' }),
    expect: everyone(200, 200, 200),
  },
  {
    route: 'POST /api/v1/invitations',
    request: ({ target, unique }) => ({
      url: '/api/v1/invitations',
      payload: {
        email: `nieuw-${unique()}@test.nl`,
        role: 'company_member',
        organisationId: target.company.id,
      },
    }),
    // A company admin invites into their own company only; another organisation is not there
    // for anyone outside the bureau (404), and a school's roles cannot give company roles.
    expect: {
      ...everyone(404, 404, 404),
      company_member: [403, 404, 404],
      company_admin: [201, 404, 404],
      ...bureau([201, 201, 404]),
    },
  },
  {
    route: 'GET /api/v1/invitations',
    request: () => ({ url: '/api/v1/invitations' }),
    // Organisation admins list their own organisation's invitations (the request names none).
    expect: {
      ...everyone(403, 403, 403),
      company_admin: [200, 200, 200],
      school_coordinator: [200, 200, 200],
      ...bureau([200, 200, 200]),
    },
  },
  {
    route: 'POST /api/v1/invitations/:token/accept',
    public: true,
    request: async (ctx) => ({
      url: `/api/v1/invitations/${await freshInvitationToken(ctx)}/accept`,
      payload: { name: 'Nieuwe Collega', password: 'een-lang-wachtwoord' },
    }),
    expect: everyone(201, 201, 201),
  },
  {
    route: 'POST /api/v1/organisations',
    request: () => ({
      url: '/api/v1/organisations',
      payload: { kind: 'company', name: 'Nieuw', kvkNumber: kvk() },
    }),
    expect: { ...everyone(403, 403, 403), ...bureau([201, 201, 201]) },
  },
  {
    route: 'GET /api/v1/organisations',
    request: () => ({ url: '/api/v1/organisations' }),
    expect: everyone(200, 200, 200),
  },
  {
    route: 'GET /api/v1/organisations/:id (active)',
    request: ({ target }) => ({ url: `/api/v1/organisations/${target.company.id}` }),
    expect: everyone(200, 200, 404),
  },
  {
    route: 'GET /api/v1/organisations/:id (pending)',
    request: ({ target }) => ({ url: `/api/v1/organisations/${target.pendingCompany.id}` }),
    expect: { ...everyone(404, 404, 404), ...bureau([200, 200, 404]) },
  },
  {
    route: 'PATCH /api/v1/organisations/:id (company)',
    request: ({ target }) => ({
      url: `/api/v1/organisations/${target.company.id}`,
      payload: { contactPhone: '0592 123456' },
    }),
    expect: {
      ...everyone(404, 404, 404),
      ...bureau([200, 200, 404]),
      company_admin: [200, 404, 404],
      company_member: [403, 404, 404],
    },
  },
  {
    route: 'PATCH /api/v1/organisations/:id (school)',
    request: ({ target }) => ({
      url: `/api/v1/organisations/${target.school.id}`,
      payload: { city: 'Assen' },
    }),
    expect: schoolPrivate([200, 404, 404], [403, 404, 404], [200, 200, 404]),
  },
  {
    route: 'POST /api/v1/organisations/:id/status',
    // A fresh company each time, so the matrix never suspends the actors' own organisations.
    request: async (ctx) => ({
      url: `/api/v1/organisations/${(await freshActiveCompany(ctx)).id}/status`,
      payload: { status: 'suspended', reason: 'matrix' },
    }),
    expect: { ...everyone(403, 403, 404), ...bureau([200, 200, 404]) },
  },
  {
    route: 'GET /api/v1/organisations/:id/locations',
    request: ({ target }) => ({ url: `/api/v1/organisations/${target.school.id}/locations` }),
    expect: everyone(200, 200, 404),
  },
  {
    route: 'POST /api/v1/organisations/:id/locations',
    request: ({ target }) => ({
      url: `/api/v1/organisations/${target.school.id}/locations`,
      payload: { name: 'Dependance', postcode: '9401 AB', city: 'Assen' },
    }),
    expect: schoolPrivate([201, 404, 404], [403, 404, 404], [201, 201, 404]),
  },
  {
    route: 'GET /api/v1/organisations/:id/sessions',
    request: ({ target }) => ({ url: `/api/v1/organisations/${target.company.id}/sessions` }),
    expect: {
      ...everyone(404, 404, 404),
      company_admin: [200, 404, 404],
      company_member: [200, 404, 404],
      ...bureau([200, 200, 404]),
    },
  },
  {
    route: 'GET /api/v1/schools/:schoolId/classes',
    request: ({ target }) => ({ url: `/api/v1/schools/${target.school.id}/classes` }),
    expect: schoolPrivate([200, 404, 404], [200, 404, 404], [200, 200, 404]),
  },
  {
    route: 'POST /api/v1/schools/:schoolId/classes',
    request: ({ target }) => ({
      url: `/api/v1/schools/${target.school.id}/classes`,
      payload: aClassBody,
    }),
    expect: schoolPrivate([201, 404, 404], [403, 404, 404], [201, 201, 404]),
  },
  {
    route: 'GET /api/v1/schools/:schoolId/classes/:classId',
    request: ({ target }) => ({
      url: `/api/v1/schools/${target.school.id}/classes/${target.schoolClass.id}`,
    }),
    expect: schoolPrivate([200, 404, 404], [200, 404, 404], [200, 200, 404]),
  },
  {
    route: 'PATCH /api/v1/schools/:schoolId/classes/:classId',
    request: ({ target }) => ({
      url: `/api/v1/schools/${target.school.id}/classes/${target.schoolClass.id}`,
      payload: { size: 21 },
    }),
    expect: schoolPrivate([200, 404, 404], [403, 404, 404], [200, 200, 404]),
  },
  {
    route: 'PUT /api/v1/schools/:schoolId/classes/:classId/teachers',
    request: ({ target }) => ({
      url: `/api/v1/schools/${target.school.id}/classes/${target.schoolClass.id}/teachers`,
      payload: { userIds: [] },
    }),
    expect: schoolPrivate([200, 404, 404], [403, 404, 404], [200, 200, 404]),
  },
  {
    route: 'GET /api/v1/schools/:schoolId/teachers',
    request: ({ target }) => ({ url: `/api/v1/schools/${target.school.id}/teachers` }),
    expect: schoolPrivate([200, 404, 404], [403, 404, 404], [200, 200, 404]),
  },
  {
    route: 'DELETE /api/v1/schools/:schoolId/classes/:classId',
    request: async (ctx) => ({
      url: `/api/v1/schools/${ctx.target.school.id}/classes/${(await freshClass(ctx)).id}`,
    }),
    expect: schoolPrivate([200, 404, 404], [403, 404, 404], [200, 200, 404]),
  },
  {
    route: 'GET /api/v1/region',
    request: () => ({ url: '/api/v1/region' }),
    expect: everyone(200, 200, 200),
  },
  {
    route: 'PATCH /api/v1/region/settings',
    request: () => ({ url: '/api/v1/region/settings', payload: { holdHours: 48 } }),
    expect: { ...everyone(403, 403, 403), bureau_admin: [200, 200, 200] },
  },
  {
    route: 'GET /api/v1/taxonomy',
    request: () => ({ url: '/api/v1/taxonomy' }),
    expect: everyone(200, 200, 200),
  },
  {
    route: 'POST /api/v1/taxonomy',
    request: ({ unique }) => ({
      url: '/api/v1/taxonomy',
      payload: { kind: 'sector', code: `s-${unique()}`, label: 'Sector' },
    }),
    expect: { ...everyone(403, 403, 403), ...bureau([201, 201, 201]) },
  },
  {
    route: 'DELETE /api/v1/taxonomy/:id',
    request: async (ctx) => ({ url: `/api/v1/taxonomy/${(await freshTerm(ctx)).id}` }),
    expect: { ...everyone(403, 403, 404), ...bureau([204, 204, 404]) },
  },
  {
    route: 'GET /api/v1/audit',
    request: () => ({ url: '/api/v1/audit' }),
    expect: { ...everyone(403, 403, 403), ...bureau([200, 200, 200]) },
  },
];
