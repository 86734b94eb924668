import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  acceptProposalSchema,
  createProposalSchema,
  declineProposalSchema,
  idParamsSchema,
  proposalListQuerySchema,
  proposalListSchema,
  proposalSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems, problems } from '../shared';
import { acceptProposal, declineProposal, listVisibleProposals, proposeDates } from './service';

/** On-request offers: schools propose dates, companies accept one or decline. */
const proposalRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['proposals'];
  const security = [{ bearer: [] }];
  const writeProblems = { ...authProblems, ...problems(409) };

  app.post(
    '/offers/:id/proposals',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Propose moments for an offer',
        tags,
        security,
        description:
          'A school proposes up to three moments for one class, inside the offer’s availability (422 outside_availability otherwise).',
        params: idParamsSchema,
        body: createProposalSchema,
        response: { 201: proposalSchema, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await proposeDates(app.db, actorOf(request), request.params.id, request.body, new Date()),
        ),
  );

  app.get(
    '/proposals',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'List proposals',
        tags,
        security,
        description:
          'Proposals: a school its own, a company those on its offers, the bureau all in the region.',
        querystring: proposalListQuerySchema,
        response: { 200: proposalListSchema, ...authProblems },
      },
    },
    async (request) => ({
      items: await listVisibleProposals(app.db, actorOf(request), request.query),
    }),
  );

  app.post(
    '/proposals/:id/accept',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Accept a proposal option',
        tags,
        security,
        description:
          'Accept one option: creates a session for that school and its confirmed booking; 409 quota_reached beyond the quota.',
        params: idParamsSchema,
        body: acceptProposalSchema,
        response: { 200: proposalSchema, ...writeProblems },
      },
    },
    async (request) =>
      acceptProposal(
        app.db,
        actorOf(request),
        request.params.id,
        request.body.optionIndex,
        new Date(),
      ),
  );

  app.post(
    '/proposals/:id/decline',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Decline a proposal',
        tags,
        security,
        description: 'Decline a proposal with a reason.',
        params: idParamsSchema,
        body: declineProposalSchema,
        response: { 200: proposalSchema, ...writeProblems },
      },
    },
    async (request) =>
      declineProposal(app.db, actorOf(request), request.params.id, request.body.reason),
  );
};

export default proposalRoutes;
