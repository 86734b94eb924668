import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DomainError,
  loginRequestSchema,
  logoutRequestSchema,
  meSchema,
  refreshRequestSchema,
  tokenPairSchema,
} from '@stagebureau/domain';
import { z } from 'zod';
import { accessTokenSeconds, actorOf } from '../../plugins/auth';
import { authProblems, problems } from '../shared';
import { loadActiveActor, loadMe } from './repo';
import { login, logout, refresh, type AuthDeps } from './service';
import { LoginThrottle } from './throttle';

const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: AuthDeps = {
    db: app.db,
    throttle: new LoginThrottle(app.db, app.config.LOGIN_MAX_PER_ACCOUNT, 15 * 60_000),
    signAccessToken: app.signAccessToken,
    accessTokenSeconds,
  };
  const tags = ['auth'];

  app.post(
    '/auth/login',
    {
      config: { rateLimit: { max: app.config.LOGIN_MAX_PER_IP, timeWindow: '15 minutes' } },
      schema: {
        summary: 'Log in',
        tags,
        description: 'Log in with e-mail and password; returns an access and a refresh token.',
        body: loginRequestSchema,
        response: { 200: tokenPairSchema, ...problems(401, 403, 422, 429) },
      },
    },
    async (request) => login(deps, request.body.email, request.body.password, new Date()),
  );

  app.post(
    '/auth/refresh',
    {
      schema: {
        summary: 'Rotate a refresh token',
        tags,
        description: 'Rotate a refresh token. Reusing a rotated token revokes its whole family.',
        body: refreshRequestSchema,
        response: { 200: tokenPairSchema, ...problems(401, 422, 429) },
      },
    },
    async (request) =>
      refresh(
        deps,
        request.body.refreshToken,
        (userId, regionId) => loadActiveActor(app.db, userId, regionId),
        new Date(),
      ),
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        summary: 'Log out',
        tags,
        description: 'Revoke the refresh token and its family.',
        body: logoutRequestSchema,
        response: { 204: z.null(), ...problems(401, 422, 429) },
      },
    },
    async (request, reply) => {
      await logout(deps, request.body.refreshToken, new Date());
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Get the signed-in user',
        tags,
        description: 'Who am I.',
        security: [{ bearer: [] }],
        response: { 200: meSchema, ...authProblems },
      },
    },
    async (request) => {
      const me = await loadMe(app.db, actorOf(request));
      if (!me) throw new DomainError('not_found');
      return me;
    },
  );
};

export default authRoutes;
