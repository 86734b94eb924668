import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createPlacementRoundSchema,
  idParamsSchema,
  placementPreferencesSchema,
  placementRoundListSchema,
  placementRoundSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../../plugins/auth';
import { languageOf } from '../../../plugins/errors';
import { authProblems, problems } from '../../shared';
import { registerRoundHooks } from './hooks';
import { publishRound } from './publish';
import { runRound } from './run';
import { createRound, getRound, listRoundsFor, setPreferences } from './service';

/** A school's matching rounds for internship places (issue 16, decision 008). */
const placementRoundRoutes: FastifyPluginAsyncZod = async (app) => {
  registerRoundHooks();
  const tags = ['placement rounds'];
  const security = [{ bearer: [] }];
  const writeProblems = { ...authProblems, ...problems(409) };
  const auth = { onRequest: app.authenticate };

  app.post(
    '/placement-rounds',
    {
      ...auth,
      schema: {
        summary: 'Open a placement round',
        tags,
        security,
        description:
          "A school's coordinator opens a matching round over places of the region that have not started. The lottery's seed is drawn now; only its SHA-256 is shown until the run.",
        body: createPlacementRoundSchema,
        response: { 201: placementRoundSchema, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createRound(
            app.db,
            actorOf(request),
            request.body,
            languageOf(request),
            new Date(),
          ),
        ),
  );

  app.get(
    '/placement-rounds',
    {
      ...auth,
      schema: {
        summary: 'List placement rounds',
        tags,
        security,
        description: "A school's own rounds; the bureau every round of the region.",
        response: { 200: placementRoundListSchema, ...authProblems },
      },
    },
    async (request) => ({ items: await listRoundsFor(app.db, actorOf(request)) }),
  );

  app.get(
    '/placement-rounds/:id',
    {
      ...auth,
      schema: {
        summary: 'Get a placement round',
        tags,
        security,
        description:
          'One round: its places, each pupil’s preferences (the school sees names, the bureau pseudonyms) and, once run, each result explained in the reader’s language, and the seed.',
        params: idParamsSchema,
        response: { 200: placementRoundSchema, ...authProblems },
      },
    },
    async (request) =>
      getRound(app.db, actorOf(request), request.params.id, languageOf(request), new Date()),
  );

  app.put(
    '/placement-rounds/:id/preferences',
    {
      ...auth,
      schema: {
        summary: "Rank a pupil's places",
        tags,
        security,
        description:
          'The coordinator ranks one of its pupils’ places (at most 5, places of the round that suit the pupil) while the round is open; an empty list takes the pupil out. 409 once run.',
        params: idParamsSchema,
        body: placementPreferencesSchema,
        response: { 200: placementRoundSchema, ...writeProblems },
      },
    },
    async (request) =>
      setPreferences(
        app.db,
        actorOf(request),
        request.params.id,
        request.body,
        languageOf(request),
        new Date(),
      ),
  );

  for (const step of ['run', 'publish'] as const) {
    app.post(
      `/placement-rounds/:id/${step}`,
      {
        ...auth,
        schema: {
          summary: { run: 'Run the lottery of a round', publish: 'Publish a round' }[step],
          tags,
          security,
          description: {
            run: 'Runs the seeded lottery once (random serial dictatorship) on the seats left now and reveals the seed. 409 when already run.',
            publish:
              'Proposes each placed pupil to the company, in lottery order; a refused proposal moves the pupil to the next preference that fits. 409 before the run or when published.',
          }[step],
          params: idParamsSchema,
          response: { 200: placementRoundSchema, ...writeProblems },
        },
      },
      async (request) =>
        (step === 'run' ? runRound : publishRound)(
          app.db,
          actorOf(request),
          request.params.id,
          languageOf(request),
          new Date(),
        ),
    );
  }
};

export default placementRoundRoutes;
