import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createMenuCardSchema,
  createRequestSchema,
  createSignUpSchema,
  idParamsSchema,
  menuCardListSchema,
  menuCardQuerySchema,
  menuCardSchema,
  mergeRequestsSchema,
  publicMenuCardParamsSchema,
  reasonSchema,
  requestListQuerySchema,
  requestListSchema,
  requestSchema,
  signUpListQuerySchema,
  signUpListSchema,
  signUpSchema,
} from '@stagebureau/domain';
import { actorOf, authorise } from '../../plugins/auth';
import { regionOfSlug } from '../catalogue/service';
import { authProblems, problems } from '../shared';
import {
  changeMenuCardStatus,
  changeRequestStatus,
  createMenuCard,
  createRequest,
  getRequest,
  listMenuCards,
  listRequests,
  mergeRequests,
} from './service';
import {
  acceptProposal,
  declineProposal,
  listSignUps,
  signUp,
  withdrawSignUp,
} from './signUpService';
import { viewerOf } from './viewer';
import { DomainError } from '@stagebureau/domain';

/** The demand side (issue 15): requests, the menu card, sign-ups and their proposals. */
const requestRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['requests'];
  const security = [{ bearer: [] }];
  const writeProblems = { ...authProblems, ...problems(409) };
  const auth = { onRequest: app.authenticate };

  app.post(
    '/requests',
    {
      ...auth,
      schema: {
        summary: 'Submit a request',
        tags,
        security,
        description:
          'A school coordinator asks for its classes (the bureau for several schools’ classes): one part per class and occasion, on the menu card of the period’s school year.',
        body: createRequestSchema,
        response: { 201: requestSchema, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createRequest(app.db, actorOf(request), request.body, new Date())),
  );

  app.get(
    '/requests',
    {
      ...auth,
      schema: {
        summary: 'List requests',
        tags,
        security,
        description:
          'Requests: a school its own, a company the published card (and requests it signed up for; `fitting=true` for its sectors only), the bureau all.',
        querystring: requestListQuerySchema,
        response: { 200: requestListSchema, ...authProblems },
      },
    },
    async (request) => ({ items: await listRequests(app.db, actorOf(request), request.query) }),
  );

  app.get(
    '/requests/:id',
    {
      ...auth,
      schema: {
        summary: 'Get a request',
        tags,
        security,
        description: 'One request with its parts and, for those who may see them, their proposals.',
        params: idParamsSchema,
        response: { 200: requestSchema, ...authProblems },
      },
    },
    async (request) => getRequest(app.db, actorOf(request), request.params.id),
  );

  for (const [change, description] of [
    ['publish', 'The bureau publishes a submitted request (visible once its card is published).'],
    ['close', 'The bureau closes a request: no more sign-ups.'],
    ['withdraw', 'The asking school withdraws its request while no company holds a part.'],
  ] as const) {
    app.post(
      `/requests/:id/${change}`,
      {
        ...auth,
        schema: {
          summary: `${{ publish: 'Publish', close: 'Close', withdraw: 'Withdraw' }[change]} a request`,
          tags,
          security,
          description,
          params: idParamsSchema,
          response: { 200: requestSchema, ...writeProblems },
        },
      },
      async (request) => changeRequestStatus(app.db, actorOf(request), request.params.id, change),
    );
  }

  app.post(
    '/requests/:id/merge',
    {
      ...auth,
      schema: {
        summary: 'Merge requests into this one',
        tags,
        security,
        description:
          'The bureau merges near-identical requests into this one: their parts move here (parts per school), the others become merged.',
        params: idParamsSchema,
        body: mergeRequestsSchema,
        response: { 200: requestSchema, ...writeProblems },
      },
    },
    async (request) =>
      mergeRequests(app.db, actorOf(request), request.params.id, request.body.requestIds),
  );

  app.get(
    '/menu-cards',
    {
      ...auth,
      schema: {
        summary: 'List menu cards',
        tags,
        security,
        description: 'Menu cards with their requests (drafts for the bureau only).',
        querystring: menuCardQuerySchema,
        response: { 200: menuCardListSchema, ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorise(actor, 'request.read', { regionId: actor.regionId });
      return {
        items: await listMenuCards(app.db, actor.regionId, viewerOf(actor), request.query),
      };
    },
  );

  app.post(
    '/menu-cards',
    {
      ...auth,
      schema: {
        summary: 'Open or rename a menu card',
        tags,
        security,
        description: 'The bureau opens (or renames) the menu card of a school year.',
        body: createMenuCardSchema,
        response: { 201: menuCardSchema, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createMenuCard(app.db, actorOf(request), request.body)),
  );

  for (const [change, description] of [
    ['publish', 'Publish the card: its submitted requests are published with it.'],
    ['close', 'Close the card: no more sign-ups on any of its requests.'],
  ] as const) {
    app.post(
      `/menu-cards/:id/${change}`,
      {
        ...auth,
        schema: {
          summary: `${{ publish: 'Publish', close: 'Close' }[change]} a menu card`,
          tags,
          security,
          description,
          params: idParamsSchema,
          response: { 200: menuCardSchema, ...writeProblems },
        },
      },
      async (request) =>
        changeMenuCardStatus(app.db, actorOf(request), request.params.id, change, new Date()),
    );
  }

  app.get(
    '/public/regions/:region/menu-cards/:schoolYear',
    {
      schema: {
        summary: 'Public menu card of a school year',
        tags,
        description:
          'The published menu card of a school year for anyone: no school or class names.',
        params: publicMenuCardParamsSchema,
        response: { 200: menuCardSchema, ...problems(404, 422, 429) },
      },
    },
    async (request) => {
      const regionId = await regionOfSlug(app.db, request.params.region);
      const [card] = await listMenuCards(
        app.db,
        regionId,
        { kind: 'public' },
        { schoolYear: request.params.schoolYear },
      );
      if (!card) throw new DomainError('not_found');
      return card;
    },
  );

  app.post(
    '/requests/:id/sign-ups',
    {
      ...auth,
      schema: {
        summary: 'Sign up for parts of a request',
        tags,
        security,
        description:
          'A company signs up for open parts with a proposed moment each, inside the period: 409 part_taken when another company holds one, 409 sign_up_closed after the deadline or on a closed card, 422 outside_period.',
        params: idParamsSchema,
        body: createSignUpSchema,
        response: { 201: signUpSchema, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await signUp(app.db, actorOf(request), request.params.id, request.body, new Date())),
  );

  app.get(
    '/sign-ups',
    {
      ...auth,
      schema: {
        summary: 'List sign-ups',
        tags,
        security,
        description: 'Sign-ups: a company its own, a school those on its classes, the bureau all.',
        querystring: signUpListQuerySchema,
        response: { 200: signUpListSchema, ...authProblems },
      },
    },
    async (request) => ({ items: await listSignUps(app.db, actorOf(request), request.query) }),
  );

  app.post(
    '/sign-ups/:id/withdraw',
    {
      ...auth,
      schema: {
        summary: 'Withdraw a sign-up',
        tags,
        security,
        description:
          'The company withdraws its sign-up: its parts are open again, sessions of accepted parts are cancelled and the schools told.',
        params: idParamsSchema,
        body: reasonSchema,
        response: { 200: signUpSchema, ...writeProblems },
      },
    },
    async (request) =>
      withdrawSignUp(app.db, actorOf(request), request.params.id, request.body.reason, new Date()),
  );

  app.post(
    '/part-proposals/:id/accept',
    {
      ...auth,
      schema: {
        summary: 'Accept a proposed moment',
        tags,
        security,
        description:
          'The school accepts a proposed moment: a session for the class and its confirmed booking, through the one booking path (409 class_busy when the class is elsewhere then).',
        params: idParamsSchema,
        response: { 200: signUpSchema, ...writeProblems },
      },
    },
    async (request) => acceptProposal(app.db, actorOf(request), request.params.id, new Date()),
  );

  app.post(
    '/part-proposals/:id/decline',
    {
      ...auth,
      schema: {
        summary: 'Decline a proposed moment',
        tags,
        security,
        description: 'The school declines a proposed moment with a reason; the part is open again.',
        params: idParamsSchema,
        body: reasonSchema,
        response: { 200: signUpSchema, ...writeProblems },
      },
    },
    async (request) =>
      declineProposal(app.db, actorOf(request), request.params.id, request.body.reason, new Date()),
  );
};

export default requestRoutes;
