import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ambassadorSchema,
  contactMomentListSchema,
  contactMomentSchema,
  createContactMomentSchema,
  createFollowUpSchema,
  followUpListSchema,
  followUpSchema,
  idParamsSchema,
  managerSchema,
  myFollowUpsQuerySchema,
  relationshipSchema,
  removeManagerQuerySchema,
  setAmbassadorSchema,
  setManagerSchema,
  updateFollowUpSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems } from '../shared';
import contactRoutes from './contactRoutes';
import { createFollowUp, myFollowUps, updateFollowUp } from './followUps';
import { listCompanyMoments, logContactMoment } from './moments';
import { readRelationship, removeManager, setAmbassador, setManager } from './relationship';

const schoolScope =
  'A school coordinator acts for their own school and sees only their school’s moments and follow-ups, never the bureau’s notes; the bureau sees all.';

/** Relationship management around a company (issue 17): managers, moments, follow-ups. */
const relationRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(contactRoutes);
  const tags = ['relations'];
  const security = [{ bearer: [] }];
  const auth = { onRequest: app.authenticate };

  app.get(
    '/companies/:id/relationship',
    {
      ...auth,
      schema: {
        summary: "A company's relationship",
        tags,
        security,
        description: `A company's contacts, its managers (bureau-wide and per school), whether it is an ambassador, the open follow-ups (overdue first), the latest contact moments and the people the reader may assign. ${schoolScope} Another region's company, or a school, is 404.`,
        params: idParamsSchema,
        response: { 200: relationshipSchema, ...authProblems },
      },
    },
    async (request) => readRelationship(app.db, actorOf(request), request.params.id, new Date()),
  );

  app.put(
    '/companies/:id/managers',
    {
      ...auth,
      schema: {
        summary: "Set a company's relationship manager",
        tags,
        security,
        description:
          'Sets who manages the company for the bureau (`schoolId: null`, bureau staff) or for a school (a coordinator of that school), replacing the previous one. A coordinator sets only their own school’s manager (403 otherwise).',
        params: idParamsSchema,
        body: setManagerSchema,
        response: { 200: managerSchema, ...authProblems },
      },
    },
    async (request) => setManager(app.db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/companies/:id/managers',
    {
      ...auth,
      schema: {
        summary: "Remove a company's relationship manager",
        tags,
        security,
        description:
          'Removes the manager of one slot: `?schoolId=` for a school’s, none for the bureau-wide one. Same rules as setting it; 404 when the slot is empty.',
        params: idParamsSchema,
        querystring: removeManagerQuerySchema,
        response: { 204: z.null(), ...authProblems },
      },
    },
    async (request, reply) => {
      await removeManager(
        app.db,
        actorOf(request),
        request.params.id,
        request.query.schoolId ?? null,
      );
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/companies/:id/ambassador',
    {
      ...auth,
      schema: {
        summary: 'Mark a company as ambassador',
        tags,
        security,
        description:
          'The bureau counts the company among its ambassadors (`ambassador: true`, with an optional note) or no longer. Bureau only.',
        params: idParamsSchema,
        body: setAmbassadorSchema,
        response: { 200: z.object({ ambassador: ambassadorSchema.nullable() }), ...authProblems },
      },
    },
    async (request) => ({
      ambassador: await setAmbassador(app.db, actorOf(request), request.params.id, request.body),
    }),
  );

  app.get(
    '/companies/:id/contact-moments',
    {
      ...auth,
      schema: {
        summary: "List a company's contact moments",
        tags,
        security,
        description: `Calls, visits, meetings and e-mails with the company, newest first (at most 500). ${schoolScope}`,
        params: idParamsSchema,
        response: { 200: contactMomentListSchema, ...authProblems },
      },
    },
    async (request) => listCompanyMoments(app.db, actorOf(request), request.params.id),
  );

  app.post(
    '/companies/:id/contact-moments',
    {
      ...auth,
      schema: {
        summary: 'Log a contact moment',
        tags,
        security,
        description: `Logs a call, visit, meeting or e-mail with the company, with notes and optionally the contact spoken to (one of the company's contacts). A coordinator logs it for their own school. ${schoolScope}`,
        params: idParamsSchema,
        body: createContactMomentSchema,
        response: { 201: contactMomentSchema, ...authProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await logContactMoment(app.db, actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/companies/:id/follow-ups',
    {
      ...auth,
      schema: {
        summary: 'Add a follow-up',
        tags,
        security,
        description:
          'Adds a follow-up (actiepunt) about the company, due on a day, owned by bureau staff or a coordinator of the acting school, optionally from one of its contact moments. The owner is reminded once when it is due.',
        params: idParamsSchema,
        body: createFollowUpSchema,
        response: { 201: followUpSchema, ...authProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createFollowUp(
            app.db,
            actorOf(request),
            request.params.id,
            request.body,
            new Date(),
          ),
        ),
  );

  app.patch(
    '/follow-ups/:id',
    {
      ...auth,
      schema: {
        summary: 'Change a follow-up',
        tags,
        security,
        description:
          'Marks a follow-up done (`done: true`) or open again, moves its day (a later day reminds again), rewords it or hands it to another owner. The bureau changes any; a coordinator their school’s.',
        params: idParamsSchema,
        body: updateFollowUpSchema,
        response: { 200: followUpSchema, ...authProblems },
      },
    },
    async (request) =>
      updateFollowUp(app.db, actorOf(request), request.params.id, request.body, new Date()),
  );

  app.get(
    '/follow-ups/mine',
    {
      ...auth,
      schema: {
        summary: 'My follow-ups',
        tags,
        security,
        description:
          'The follow-ups the caller owns, with the company’s name: `status=open` (default) overdue first, then by due day; `status=done` the latest done.',
        querystring: myFollowUpsQuerySchema,
        response: { 200: followUpListSchema, ...authProblems },
      },
    },
    async (request) => myFollowUps(app.db, actorOf(request), request.query.status, new Date()),
  );
};

export default relationRoutes;
