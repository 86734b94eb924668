import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  companyRegistrationSchema,
  idParamsSchema,
  publicSectorListSchema,
  registrationListQuerySchema,
  registrationListSchema,
  registrationReceivedSchema,
  registrationSchema,
  regionSlugParamsSchema,
  rejectRegistrationSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { regionOfSlug } from '../catalogue/service';
import { sectorsOf } from '../region/service';
import { authProblems, problems } from '../shared';
import {
  approveRegistration,
  listRegistrations,
  registerCompany,
  rejectRegistration,
} from './service';

/** Companies register themselves on a public form; the bureau approves or rejects (issue 21). */
const registrationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['registrations'];
  const security = [{ bearer: [] }];

  app.get(
    '/public/regions/:slug/sectors',
    {
      schema: {
        summary: "A region's sectors",
        tags,
        description: "The region's sector taxonomy (code and label), for the public sign-up form.",
        params: regionSlugParamsSchema,
        response: { 200: publicSectorListSchema, ...problems(404, 422, 429) },
      },
    },
    async (request) => ({
      items: await sectorsOf(app.db, await regionOfSlug(app.db, request.params.slug)),
    }),
  );

  app.post(
    '/public/regions/:slug/registrations',
    {
      config: { rateLimit: { max: app.config.REGISTRATION_MAX_PER_IP, timeWindow: '1 hour' } },
      schema: {
        summary: 'Register a company',
        tags,
        description:
          'A company registers itself (no login): it starts pending, its contact person gets an e-mail, and becomes its first admin when the bureau approves. A KvK number the region knows answers 409 `kvk_registered`; an e-mail address with an account 409 `email_taken`. Rate-limited per address.',
        params: regionSlugParamsSchema,
        body: companyRegistrationSchema,
        response: { 201: registrationReceivedSchema, ...problems(404, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const regionId = await regionOfSlug(app.db, request.params.slug);
      return reply.code(201).send(await registerCompany(app.db, regionId, request.body));
    },
  );

  app.get(
    '/registrations',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'List company registrations',
        tags,
        security,
        description:
          "The region's self-registrations, oldest first, each with its possible duplicates (the same normalised name, or a very similar one). Bureau only.",
        querystring: registrationListQuerySchema,
        response: { 200: registrationListSchema, ...authProblems },
      },
    },
    async (request) => ({
      items: await listRegistrations(app.db, actorOf(request), request.query.status),
    }),
  );

  app.post(
    '/registrations/:id/approve',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Approve a company registration',
        tags,
        security,
        description:
          'The company becomes active and its contact person is invited as company admin: the e-mail link sets the password.',
        params: idParamsSchema,
        response: { 200: registrationSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request) =>
      approveRegistration(
        app.db,
        actorOf(request),
        request.params.id,
        new Date(),
        app.config.WEB_URL,
      ),
  );

  app.post(
    '/registrations/:id/reject',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Reject a company registration',
        tags,
        security,
        description:
          'The company is rejected (it never logs in) and its contact person gets an e-mail with the reason.',
        params: idParamsSchema,
        body: rejectRegistrationSchema,
        response: { 200: registrationSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request) =>
      rejectRegistration(
        app.db,
        actorOf(request),
        request.params.id,
        request.body.reason,
        new Date(),
      ),
  );
};

export default registrationRoutes;
