import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createOfferQuerySchema,
  createOfferSchema,
  idParamsSchema,
  offerDetailSchema,
  offerSchema,
  updateOfferSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems, problems } from '../shared';
import { toOffer, toSession } from './present';
import { listSessionsOfOffer } from './repo';
import { changeOfferStatus, createOffer, editOffer, getOffer, sessionScope } from './service';

/** Offers a company publishes once (architecture §3). The catalogue listing lives in ../catalogue. */
const offerRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['offers'];
  const security = [{ bearer: [] }];
  const writeProblems = { ...authProblems, ...problems(409) };

  app.post(
    '/offers',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Create an offer',
        tags,
        security,
        description:
          'Create an offer as a draft for your company (bureau staff: `?companyId=` of the company).',
        querystring: createOfferQuerySchema,
        body: createOfferSchema,
        response: { 201: offerSchema, ...writeProblems },
      },
    },
    async (request, reply) => {
      const offer = await createOffer(
        app.db,
        actorOf(request),
        request.body,
        request.query.companyId,
      );
      return reply.code(201).send(offer);
    },
  );

  app.get(
    '/offers/:id',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Get an offer with its sessions',
        tags,
        security,
        description:
          'One offer with its sessions. Drafts and archived offers only for the owner and bureau.',
        params: idParamsSchema,
        response: { 200: offerDetailSchema, ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { offer, companyName } = await getOffer(app.db, actor, request.params.id);
      const sessions = await listSessionsOfOffer(
        app.db,
        actor.regionId,
        offer.id,
        sessionScope(actor, offer.organisationId),
      );
      return { ...toOffer(offer, companyName), sessions: sessions.map(toSession) };
    },
  );

  app.patch(
    '/offers/:id',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Edit an offer',
        tags,
        security,
        description:
          'Edit an offer. Changing what a calendar shows (title, address, requirements, contact) bumps the iCal SEQUENCE of its sessions.',
        params: idParamsSchema,
        body: updateOfferSchema,
        response: { 200: offerSchema, ...writeProblems },
      },
    },
    async (request) => editOffer(app.db, actorOf(request), request.params.id, request.body),
  );

  for (const [path, status, description] of [
    ['publish', 'published', 'Publish a draft offer: schools can see and book it.'],
    ['archive', 'archived', 'Archive an offer: it leaves the catalogue; its sessions stay.'],
  ] as const) {
    app.post(
      `/offers/:id/${path}`,
      {
        onRequest: app.authenticate,
        schema: {
          summary: { publish: 'Publish an offer', archive: 'Archive an offer' }[path],
          tags,
          security,
          description,
          params: idParamsSchema,
          response: { 200: offerSchema, ...writeProblems },
        },
      },
      async (request) => changeOfferStatus(app.db, actorOf(request), request.params.id, status),
    );
  }
};

export default offerRoutes;
