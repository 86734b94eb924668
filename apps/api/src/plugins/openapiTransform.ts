import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import type { FastifyRequest } from 'fastify';
import type { OpenAPIV3 } from 'openapi-types';
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '@stagebureau/domain';

/**
 * Schemas the document names once under `components.schemas` and refers to, instead of
 * repeating them inline in every operation: the problem answer (RFC 9457) of every route.
 */
const components = z.registry<{ id: string }>().add(problemSchema, { id: 'Problem' });
const jsonSchemaTransform = createJsonSchemaTransform({ schemaRegistry: components });
const componentsTransform = createJsonSchemaTransformObject({ schemaRegistry: components });

/** Routes mounted under the API prefix; the prefix adds nothing to an operation's name. */
const apiPrefix = /^\/api\/v1(?=\/)/;

/**
 * A stable camelCase name from method and path: `GET /api/v1/offers/:id/sessions` is
 * `getOffersByIdSessions`. Integrators' generated clients name their functions after it, so
 * it changes only when the path does. A route may still set `schema.operationId` itself.
 */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(apiPrefix, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const parts = segment.split(/[^A-Za-z0-9]+/).filter(Boolean);
      return /^[:{]/.test(segment) ? ['by', ...parts] : parts;
    });
  return [
    method.toLowerCase(),
    ...words.map((word) => word[0]!.toUpperCase() + word.slice(1)),
  ].join('');
}

/** The first path segment after the prefix (and after `public`): the module an operation is in. */
const tagOf = (url: string) =>
  url
    .replace(apiPrefix, '')
    .split('/')
    .filter(Boolean)
    .find((segment) => segment !== 'public');

type Hook = (request: FastifyRequest) => Promise<void>;

/**
 * The zod transform, then what every operation needs and no route should repeat: its
 * `operationId`, a tag, and its `security`, read from the route itself (`onRequest:
 * app.authenticate` means a bearer token, `app.authenticatePlatform` a platform admin's; anything else is public, `security: []`), so the
 * document cannot claim a route is open that is not, or the reverse.
 */
export function operationTransform(
  authenticate: () => Hook,
  authenticatePlatform?: () => Hook,
): SwaggerTransform {
  return (document) => {
    const { schema, url } = jsonSchemaTransform(document);
    const { route } = document;
    // A route without a schema is left as @fastify/swagger shows it (the tests forbid one).
    if (!schema || schema.hide) return { schema, url };
    const method = [route.method].flat()[0]!;
    const hooks = [route.onRequest ?? []].flat() as unknown[];
    const tag = tagOf(url);
    return {
      url,
      schema: {
        operationId: operationIdOf(method, url),
        ...(tag ? { tags: [tag] } : {}),
        ...schema,
        security: hooks.includes(authenticate())
          ? [{ bearer: [] }]
          : authenticatePlatform && hooks.includes(authenticatePlatform())
            ? [{ platformBearer: [] }]
            : [],
      },
    };
  };
}

type Node = Record<string, unknown>;
const combinators = ['$ref', 'allOf', 'anyOf', 'oneOf'];

/**
 * zod's OpenAPI 3.0 output with two defects mended (decision 014): `nullable` without a
 * `type` (from `z.unknown().nullable()`: any value, null included, is simply `{}`), and a
 * nullable `enum` that lacks `null` (3.0.3 lets an enum refuse null even when nullable).
 */
function mendNullable(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(mendNullable);
  if (node === null || typeof node !== 'object') return;
  const schema = node as Node;
  if (schema.nullable === true) {
    if (!('type' in schema) && !combinators.some((key) => key in schema)) delete schema.nullable;
    else if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
  }
  Object.values(schema).forEach(mendNullable);
}

/** The registry makes an input and an output component of each schema; keep those in use. */
function dropUnreferenced(schemas: Record<string, unknown>, document: object): void {
  const text = JSON.stringify(document);
  for (const name of Object.keys(schemas)) {
    if (!text.includes(`"#/components/schemas/${name}"`)) delete schemas[name];
  }
}

export const documentTransform: SwaggerTransformObject = (document) => {
  if (!('openapiObject' in document)) return document.swaggerObject;
  const openapi = componentsTransform(document) as OpenAPIV3.Document;
  mendNullable(openapi.paths);
  mendNullable(openapi.components);
  dropUnreferenced(openapi.components?.schemas ?? {}, openapi);
  return openapi;
};
