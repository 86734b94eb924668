import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createOfferQuerySchema,
  createPlaceSchema,
  createPupilSchema,
  idParamsSchema,
  participantListSchema,
  participantSchema,
  placeListQuerySchema,
  placeListSchema,
  placeSchema,
  placementDeclineSchema,
  placementListQuerySchema,
  placementListSchema,
  placementSchema,
  proposePlacementSchema,
  pupilExportSchema,
  pupilListQuerySchema,
  selfPlacementSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems, problems } from '../shared';
import {
  eraseParticipant,
  getParticipant,
  listParticipants,
  registerPupil,
} from './participants/service';
import { createPlace, getPlace, searchPlaces } from './places/service';
import {
  getPlacement,
  listPlacements,
  movePlacement,
  placeSelf,
  presentPlacements,
  proposePlacement,
} from './service';

/** Internship places, the pupils a school registers for them, and placements (issue 16). */
const placementRoutes: FastifyPluginAsyncZod = async (app) => {
  const security = [{ bearer: [] }];
  const writeProblems = { ...authProblems, ...problems(409) };
  const auth = { onRequest: app.authenticate };

  app.post(
    '/places',
    {
      ...auth,
      schema: {
        summary: 'Publish an internship place',
        tags: ['places'],
        security,
        description:
          'A company publishes an internship place for one period (days, hours, supervisor, what to bring, audience); bureau staff pass `?companyId=`. 422 for a period in the past.',
        querystring: createOfferQuerySchema,
        body: createPlaceSchema,
        response: { 201: placeSchema, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createPlace(
            app.db,
            actorOf(request),
            request.body,
            request.query.companyId,
            new Date(),
          ),
        ),
  );

  app.get(
    '/places',
    {
      ...auth,
      schema: {
        summary: 'List internship places',
        tags: ['places'],
        security,
        description: 'Internship places of the region whose period has not ended, soonest first.',
        querystring: placeListQuerySchema,
        response: { 200: placeListSchema, ...authProblems },
      },
    },
    async (request) => ({
      items: await searchPlaces(app.db, actorOf(request), request.query, new Date()),
    }),
  );

  app.get(
    '/places/:id',
    {
      ...auth,
      schema: {
        summary: 'Get an internship place',
        tags: ['places'],
        security,
        description: 'One internship place with its free places.',
        params: idParamsSchema,
        response: { 200: placeSchema, ...authProblems },
      },
    },
    async (request) => getPlace(app.db, actorOf(request), request.params.id),
  );

  app.post(
    '/pupils',
    {
      ...auth,
      schema: {
        summary: 'Register a pupil',
        tags: ['pupils'],
        security,
        description:
          'A school coordinator registers a pupil for placements with exactly: first name, surname, class (level, profile and year default to it), whether a minor, and a guardian e-mail for a minor. Any other field is refused (422 naming it).',
        body: createPupilSchema,
        response: { 201: participantSchema, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await registerPupil(app.db, actorOf(request), request.body)),
  );

  app.get(
    '/pupils',
    {
      ...auth,
      schema: {
        summary: 'List pupils',
        tags: ['pupils'],
        security,
        description:
          "A school's registered pupils (and its teachers with a docentenstage); the bureau gets pseudonyms only.",
        querystring: pupilListQuerySchema,
        response: { 200: participantListSchema, ...authProblems },
      },
    },
    async (request) => ({
      items: await listParticipants(app.db, actorOf(request), request.query),
    }),
  );

  app.get(
    '/pupils/:id',
    {
      ...auth,
      schema: {
        summary: 'Get a pupil',
        tags: ['pupils'],
        security,
        description:
          'One pupil: its school sees everything; the host company name and class from acceptance (the read is audited); the bureau the pseudonym; any other company 404.',
        params: idParamsSchema,
        response: { 200: participantSchema, ...authProblems },
      },
    },
    async (request) => getParticipant(app.db, actorOf(request), request.params.id),
  );

  app.get(
    '/pupils/:id/export',
    {
      ...auth,
      schema: {
        summary: "Export a pupil's data",
        tags: ['pupils'],
        security,
        description: 'Everything held on one pupil, for an access request (the school only).',
        params: idParamsSchema,
        response: { 200: pupilExportSchema, ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const participant = await getParticipant(app.db, actor, request.params.id);
      if (participant.guardianEmail === null && participant.firstName === null)
        return { participant, placements: [] };
      const placements = await presentPlacements(
        app.db,
        actor,
        { participantId: participant.id, schoolId: actor.organisationId ?? undefined },
        new Date(),
      );
      return { participant, placements };
    },
  );

  app.post(
    '/pupils/:id/erase',
    {
      ...auth,
      schema: {
        summary: "Erase a pupil's names",
        tags: ['pupils'],
        security,
        description:
          "Erases a pupil's names and guardian e-mail now (on request); its placements and every count stay, under its pseudonym.",
        params: idParamsSchema,
        response: { 200: participantSchema, ...writeProblems },
      },
    },
    async (request) => eraseParticipant(app.db, actorOf(request), request.params.id, new Date()),
  );

  app.post(
    '/placements',
    {
      ...auth,
      schema: {
        summary: 'Propose a pupil for a place',
        tags: ['placements'],
        security,
        description:
          'A school proposes a pupil for a place: the booking holds one place until the company decides. 409 place_full, participant_busy (another placement overlaps), audience_mismatch.',
        body: proposePlacementSchema,
        response: { 201: placementSchema, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await proposePlacement(app.db, actorOf(request), request.body, new Date())),
  );

  app.post(
    '/placements/self',
    {
      ...auth,
      schema: {
        summary: 'Book a teacher internship',
        tags: ['placements'],
        security,
        description: 'A teacher books a teacher-internship place for themself (docentenstage).',
        body: selfPlacementSchema,
        response: { 201: placementSchema, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await placeSelf(app.db, actorOf(request), request.body, new Date())),
  );

  app.get(
    '/placements',
    {
      ...auth,
      schema: {
        summary: 'List placements',
        tags: ['placements'],
        security,
        description:
          "Placements: a school's own, a company's in its places, the bureau's all (pupils by pseudonym).",
        querystring: placementListQuerySchema,
        response: { 200: placementListSchema, ...authProblems },
      },
    },
    async (request) => ({
      items: await listPlacements(app.db, actorOf(request), request.query, new Date()),
    }),
  );

  app.get(
    '/placements/:id',
    {
      ...auth,
      schema: {
        summary: 'Get a placement',
        tags: ['placements'],
        security,
        description: 'One placement, with its signatures and confirmed hours.',
        params: idParamsSchema,
        response: { 200: placementSchema, ...authProblems },
      },
    },
    async (request) => getPlacement(app.db, actorOf(request), request.params.id, new Date()),
  );

  for (const move of ['accept', 'decline', 'cancel'] as const) {
    app.post(
      `/placements/:id/${move}`,
      {
        ...auth,
        schema: {
          summary: `${{ accept: 'Accept', decline: 'Decline', cancel: 'Cancel' }[move]} a placement`,
          tags: ['placements'],
          security,
          description: {
            accept:
              'The host company accepts a proposed placement; the agreement goes out for signing.',
            decline: 'The host company declines with a reason; the place is free again.',
            cancel:
              'The school or the company cancels a placement before it starts, with a reason.',
          }[move],
          params: idParamsSchema,
          ...(move === 'accept' ? {} : { body: placementDeclineSchema }),
          response: { 200: placementSchema, ...writeProblems },
        },
      },
      async (request) =>
        movePlacement(
          app.db,
          actorOf(request),
          request.params.id,
          move,
          (request.body as { reason?: string } | undefined)?.reason ?? null,
          new Date(),
        ),
    );
  }
};

export default placementRoutes;
