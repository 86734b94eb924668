import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createRegionSchema,
  idParamsSchema,
  inviteBureauAdminSchema,
  platformAdminSchema,
  platformInvitationSchema,
  platformLoginRequestSchema,
  platformRegionListSchema,
  platformRegionSchema,
  platformTokenSchema,
  updatePlatformRegionSchema,
} from '@stagebureau/domain';
import { platformAdminOf, platformTokenSeconds } from '../../plugins/auth';
import { LoginThrottle } from '../auth/throttle';
import { authProblems, problems } from '../shared';
import {
  addRegion,
  editRegion,
  getRegion,
  inviteBureauAdmin,
  listRegions,
  loginPlatformAdmin,
  type PlatformAuthDeps,
} from './service';

/**
 * The platform's own API (issue 21): platform admins create and configure regions and invite
 * each region's first bureau admin. Only a platform token opens these routes (decision 019).
 */
const platformRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: PlatformAuthDeps = {
    db: app.db,
    throttle: new LoginThrottle(app.db, app.config.LOGIN_MAX_PER_ACCOUNT, 15 * 60_000),
    signPlatformToken: app.signPlatformToken,
    tokenSeconds: platformTokenSeconds,
  };
  const tags = ['platform'];
  const security = [{ platformBearer: [] }];
  const onRequest = app.authenticatePlatform;

  app.post(
    '/platform/auth/login',
    {
      config: { rateLimit: { max: app.config.LOGIN_MAX_PER_IP, timeWindow: '15 minutes' } },
      schema: {
        summary: 'Log in as a platform admin',
        tags,
        security: [],
        description:
          'Log in as a platform admin; returns a platform access token (no refresh token). It opens only the /platform routes; a user token opens none of them.',
        body: platformLoginRequestSchema,
        response: { 200: platformTokenSchema, ...problems(401, 422, 429) },
      },
    },
    async (request) =>
      loginPlatformAdmin(deps, request.body.email, request.body.password, new Date()),
  );

  app.get(
    '/platform/me',
    {
      onRequest,
      schema: {
        summary: 'Get the signed-in platform admin',
        description: 'Who am I, as a platform admin.',
        tags,
        security,
        response: { 200: platformAdminSchema, ...authProblems },
      },
    },
    async (request) => platformAdminOf(request),
  );

  app.get(
    '/platform/regions',
    {
      onRequest,
      schema: {
        summary: 'List regions',
        tags,
        security,
        description: 'Every region, by name, with how many organisations and users it has.',
        response: { 200: platformRegionListSchema, ...authProblems },
      },
    },
    async () => ({
      items: (await listRegions(app.db)).map(({ settings: _settings, ...summary }) => summary),
    }),
  );

  app.post(
    '/platform/regions',
    {
      onRequest,
      schema: {
        summary: 'Create a region',
        tags,
        security,
        description:
          'Create a region with its slug (fixed afterwards), name and holiday region; the given settings go over the defaults. A taken slug is 409 `duplicate`.',
        body: createRegionSchema,
        response: { 201: platformRegionSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) => {
      const region = await addRegion(app.db, platformAdminOf(request).id, request.body);
      return reply.code(201).send(region);
    },
  );

  app.get(
    '/platform/regions/:id',
    {
      onRequest,
      schema: {
        summary: 'Get a region',
        tags,
        security,
        description: 'A region with its settings (defaults filled in) and counts.',
        params: idParamsSchema,
        response: { 200: platformRegionSchema, ...authProblems },
      },
    },
    async (request) => getRegion(app.db, request.params.id),
  );

  app.patch(
    '/platform/regions/:id',
    {
      onRequest,
      schema: {
        summary: 'Change a region',
        tags,
        security,
        description:
          "Change a region's name, holiday region or settings; only the given settings change.",
        params: idParamsSchema,
        body: updatePlatformRegionSchema,
        response: { 200: platformRegionSchema, ...authProblems },
      },
    },
    async (request) =>
      editRegion(app.db, platformAdminOf(request).id, request.params.id, request.body),
  );

  app.post(
    '/platform/regions/:id/invitations',
    {
      onRequest,
      schema: {
        summary: "Invite a region's bureau admin",
        tags,
        security,
        description:
          'Invite a bureau admin into the region (its first one, typically). The link goes out by e-mail; the token and accept URL are shown only in this answer.',
        params: idParamsSchema,
        body: inviteBureauAdminSchema,
        response: { 201: platformInvitationSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) => {
      const invitation = await inviteBureauAdmin(
        app.db,
        platformAdminOf(request).id,
        request.params.id,
        request.body,
        new Date(),
        app.config.WEB_URL,
      );
      return reply.code(201).send(invitation);
    },
  );
};

export default platformRoutes;
