import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  adjustAllocationSchema,
  allocationReplaySchema,
  allocationRequestListSchema,
  allocationRequestParamsSchema,
  allocationRequestSchema,
  allocationResultSchema,
  allocationRoundListSchema,
  allocationRoundSchema,
  createAllocationRequestSchema,
  createAllocationRoundSchema,
  idParamsSchema,
  publishAllocationResultSchema,
  updateAllocationRequestSchema,
} from '@stagebureau/domain';
import { z } from 'zod';
import { actorOf, authorise } from '../../plugins/auth';
import { authProblems, problems } from '../shared';
import { publishRound } from './publish';
import { listRounds } from './repo';
import { adjustPlacement, replayFor, resultFor } from './review';
import {
  changeRequest,
  createRound,
  readRound,
  requestsVisibleTo,
  submitRequest,
  withdrawRequest,
} from './rounds';
import { runRound } from './run';
import { roundView } from './view';

const allocationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['allocation'];
  const security = [{ bearer: [] }];
  const conflict = problems(409);
  const base = { onRequest: app.authenticate };

  app.post(
    '/allocation-rounds',
    {
      ...base,
      schema: {
        summary: 'Open an allocation round',
        tags,
        security,
        body: createAllocationRoundSchema,
        description:
          'Bureau: open an allocation round over sessions; the seed is drawn now and only its SHA-256 is shown until the run.',
        response: { 201: allocationRoundSchema, ...authProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createRound(app.db, actorOf(request), request.body, new Date())),
  );

  app.get(
    '/allocation-rounds',
    {
      ...base,
      schema: {
        summary: 'List allocation rounds',
        tags,
        security,
        description: 'Rounds of the region (seed hidden until the run).',
        response: { 200: allocationRoundListSchema, ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorise(actor, 'allocationRound.read', { regionId: actor.regionId });
      const now = new Date();
      return {
        items: (await listRounds(app.db, actor.regionId)).map((round) => roundView(round, now)),
      };
    },
  );

  app.get(
    '/allocation-rounds/:id',
    {
      ...base,
      schema: {
        summary: 'Get an allocation round',
        tags,
        security,
        params: idParamsSchema,
        description: 'One round with its seed commitment.',
        response: { 200: allocationRoundSchema, ...authProblems },
      },
    },
    async (request) =>
      roundView(await readRound(app.db, actorOf(request), request.params.id), new Date()),
  );

  app.get(
    '/allocation-rounds/:id/requests',
    {
      ...base,
      schema: {
        summary: 'List requests in a round',
        tags,
        security,
        params: idParamsSchema,
        description: 'Requests: the bureau sees all, a school only its own.',
        response: { 200: allocationRequestListSchema, ...authProblems },
      },
    },
    async (request) => ({
      items: await requestsVisibleTo(app.db, actorOf(request), request.params.id),
    }),
  );

  app.post(
    '/allocation-rounds/:id/requests',
    {
      ...base,
      schema: {
        summary: 'Request seats in a round',
        tags,
        security,
        params: idParamsSchema,
        body: createAllocationRequestSchema,
        description:
          'School: request seats for a class with ranked session preferences, while the window is open.',
        response: { 201: allocationRequestSchema, ...authProblems, ...conflict },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await submitRequest(
            app.db,
            actorOf(request),
            request.params.id,
            request.body,
            new Date(),
          ),
        ),
  );

  app.put(
    '/allocation-rounds/:id/requests/:requestId',
    {
      ...base,
      schema: {
        summary: 'Change a round request',
        tags,
        security,
        params: allocationRequestParamsSchema,
        body: updateAllocationRequestSchema,
        description: 'School: change own request while the window is open.',
        response: { 200: allocationRequestSchema, ...authProblems, ...conflict },
      },
    },
    async (request) =>
      changeRequest(app.db, actorOf(request), request.params, request.body, new Date()),
  );

  app.delete(
    '/allocation-rounds/:id/requests/:requestId',
    {
      ...base,
      schema: {
        summary: 'Withdraw a round request',
        tags,
        security,
        params: allocationRequestParamsSchema,
        description: 'School: withdraw own request while the window is open.',
        response: { 204: z.null(), ...authProblems, ...conflict },
      },
    },
    async (request, reply) => {
      await withdrawRequest(app.db, actorOf(request), request.params, new Date());
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/allocation-rounds/:id/run',
    {
      ...base,
      schema: {
        summary: 'Run the seeded draw',
        tags,
        security,
        params: idParamsSchema,
        description:
          'Bureau: run the seeded draw after the window closed (reveals the seed). Running again repeats the same draw.',
        response: { 200: allocationResultSchema, ...authProblems, ...conflict },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await runRound(app.db, actor, request.params.id, new Date());
      return resultFor(app.db, actor, request.params.id, new Date());
    },
  );

  app.get(
    '/allocation-rounds/:id/result',
    {
      ...base,
      schema: {
        summary: 'Get the result of a round',
        tags,
        security,
        params: idParamsSchema,
        description:
          'The proposed or published result: bureau with fairness figures, a school its own placements.',
        response: { 200: allocationResultSchema, ...authProblems, ...conflict },
      },
    },
    async (request) => resultFor(app.db, actorOf(request), request.params.id, new Date()),
  );

  app.get(
    '/allocation-rounds/:id/replay',
    {
      ...base,
      schema: {
        summary: 'Get what is needed to replay a draw',
        tags,
        security,
        params: idParamsSchema,
        description:
          "Everything needed to re-run the draw: seed, its hash, the frozen input, the draw's placements. Other schools' ids are pseudonymised for schools.",
        response: { 200: allocationReplaySchema, ...authProblems, ...conflict },
      },
    },
    async (request) => replayFor(app.db, actorOf(request), request.params.id),
  );

  app.post(
    '/allocation-rounds/:id/adjust',
    {
      ...base,
      schema: {
        summary: 'Adjust a placement before publication',
        tags,
        security,
        params: idParamsSchema,
        body: adjustAllocationSchema,
        description:
          "Bureau: move one request's placement (or take it off) with a reason, before publication.",
        response: { 200: allocationResultSchema, ...authProblems, ...conflict },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await adjustPlacement(app.db, actor, request.params.id, request.body, new Date());
      return resultFor(app.db, actor, request.params.id, new Date());
    },
  );

  app.post(
    '/allocation-rounds/:id/publish',
    {
      ...base,
      schema: {
        summary: "Publish a round's result",
        tags,
        security,
        params: idParamsSchema,
        description:
          'Bureau: publish atomically: placed requests become confirmed bookings, the rest wait in pick order.',
        response: { 200: publishAllocationResultSchema, ...authProblems, ...conflict },
      },
    },
    async (request) => {
      const now = new Date();
      const published = await publishRound(app.db, actorOf(request), request.params.id, now);
      return { ...published, round: roundView(published.round, now) };
    },
  );
};

export default allocationRoutes;
