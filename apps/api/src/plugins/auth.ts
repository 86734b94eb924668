import jwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  DomainError,
  can,
  type Action,
  type Actor,
  type Resource,
  type Role,
} from '@stagebureau/domain';
import { loadActiveActor } from '../modules/auth/repo';

export const accessTokenSeconds = 15 * 60;

interface AccessClaims {
  sub: string;
  role: Role;
  region: string;
  org: string | null;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims;
    user: AccessClaims;
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    authenticate: (request: FastifyRequest) => Promise<void>;
    signAccessToken: (actor: Actor) => string;
  }
}

/** The actor of an authenticated request; routes call it after `onRequest: app.authenticate`. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthenticated');
  return request.actor;
}

/** Throws the policy's refusal as an error value; `not_found` hides existence. */
export function authorise(actor: Actor, action: Action, resource: Resource): void {
  const decision = can(actor, action, resource);
  if (decision !== 'allow') throw new DomainError(decision);
}

async function authPlugin(app: FastifyInstance) {
  await app.register(jwt, {
    secret: app.config.JWT_SECRET,
    sign: { algorithm: 'HS256', expiresIn: accessTokenSeconds },
    verify: { algorithms: ['HS256'] },
  });
  app.decorateRequest('actor', null);
  app.decorate('signAccessToken', (actor: Actor) =>
    app.jwt.sign({
      sub: actor.userId,
      role: actor.role,
      region: actor.regionId,
      org: actor.organisationId,
    }),
  );
  app.decorate('authenticate', async (request: FastifyRequest) => {
    let claims: AccessClaims;
    try {
      claims = await request.jwtVerify<AccessClaims>();
    } catch {
      throw new DomainError('unauthenticated');
    }
    // A suspended user or organisation loses access at once, not when the token expires.
    const actor = await loadActiveActor(app.db, claims.sub, claims.region);
    if (!actor) throw new DomainError('unauthenticated');
    request.actor = actor;
  });
}

export default fp(authPlugin, { name: 'auth', dependencies: ['config', 'db'] });
