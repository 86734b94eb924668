import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ssoCallbackRequestSchema,
  ssoProviderListSchema,
  ssoStartRequestSchema,
  ssoStartSchema,
  tokenPairSchema,
} from '@stagebureau/domain';
import { accessTokenSeconds } from '../../plugins/auth';
import { problems } from '../shared';
import { SsoClients } from './clients';
import { finishSso, listProviders, startSso, type SsoDeps } from './service';

/** OpenID Connect login per region (issue 21, decision 016); the web relays the browser. */
const ssoRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: SsoDeps = {
    db: app.db,
    signAccessToken: app.signAccessToken,
    accessTokenSeconds,
    clients: new SsoClients(app.config.SSO_PROVIDERS),
    redirectUri:
      app.config.SSO_REDIRECT_URL ?? new URL('/inloggen/sso/terug', app.config.WEB_URL).href,
  };
  const tags = ['auth'];
  const rateLimit = { max: app.config.LOGIN_MAX_PER_IP, timeWindow: '15 minutes' };

  app.get(
    '/auth/sso/providers',
    {
      schema: {
        summary: 'List single sign-on providers',
        tags,
        description: 'The regions whose people may log in through their OpenID provider.',
        response: { 200: ssoProviderListSchema, ...problems(429) },
      },
    },
    async () => ({ items: await listProviders(deps) }),
  );

  app.post(
    '/auth/sso/start',
    {
      config: { rateLimit },
      schema: {
        summary: 'Start a single sign-on login',
        tags,
        description:
          "Starts an Authorization Code login with PKCE at the region's provider; returns where " +
          'to send the browser and the state the caller must bind to it.',
        body: ssoStartRequestSchema,
        response: { 200: ssoStartSchema, ...problems(404, 422, 429, 502) },
      },
    },
    async (request) => startSso(deps, request.body.region, new Date()),
  );

  app.post(
    '/auth/sso/callback',
    {
      config: { rateLimit },
      schema: {
        summary: 'Finish a single sign-on login',
        tags,
        description:
          "The provider's redirect parameters; exchanges the code, checks the ID token and " +
          'returns the same tokens as a password login.',
        body: ssoCallbackRequestSchema,
        response: { 200: tokenPairSchema, ...problems(400, 401, 403, 404, 422, 429, 502) },
      },
    },
    async (request) => finishSso(deps, request.body, new Date()),
  );
};

export default ssoRoutes;
