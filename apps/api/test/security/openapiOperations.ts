import { randomUUID } from 'node:crypto';
import type { App } from '../../src/app';

/** A JSON schema as @fastify/swagger renders the zod contracts (the parts we read). */
export interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  nullable?: boolean;
  default?: unknown;
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI path, e.g. `/api/v1/offers/{id}`. */
  path: string;
  /** `METHOD /path`: the key the classifications use. */
  key: string;
  pathParams: string[];
  query?: JsonSchema;
  body?: JsonSchema;
  authenticated: boolean;
}

interface Spec {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string; schema: JsonSchema; required?: boolean }[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
        security?: unknown[];
      }
    >
  >;
}

/** Every documented operation, read from the served /openapi.json (so new routes are in it). */
export async function operationsOf(app: App): Promise<Operation[]> {
  const spec = (await app.inject({ url: '/openapi.json' })).json<Spec>();
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const query = (operation.parameters ?? []).filter((p) => p.in === 'query');
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        key: `${method.toUpperCase()} ${path}`,
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!),
        query: query.length
          ? {
              type: 'object',
              properties: Object.fromEntries(query.map((p) => [p.name, p.schema])),
              required: query.filter((p) => p.required).map((p) => p.name),
            }
          : undefined,
        body: operation.requestBody?.content?.['application/json']?.schema,
        authenticated: Boolean(operation.security?.length),
      });
    }
  }
  return operations;
}

export const fillPath = (path: string, values: Record<string, string>) =>
  path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? name));

const future = () => new Date(Date.now() + 30 * 86_400_000);

/** A plausible valid value for a schema: required fields only, the smallest allowed values. */
export function exampleOf(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 8) return undefined;
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length)
    return exampleOf(variants.find((v) => v.type !== 'null') ?? variants[0], depth + 1);
  if (schema.allOf?.length) return exampleOf(schema.allOf[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const name of schema.required ?? []) {
        result[name] = exampleOf(schema.properties?.[name], depth + 1);
      }
      return result;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => exampleOf(schema.items, depth + 1));
    case 'integer':
    case 'number': {
      const min =
        typeof schema.exclusiveMinimum === 'number'
          ? schema.exclusiveMinimum + 1
          : (schema.minimum ?? 1);
      return Math.min(Math.max(min, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    }
    case 'boolean':
      return false;
    case 'string':
      switch (schema.format) {
        case 'uuid':
          return randomUUID();
        case 'date-time':
          return future().toISOString();
        case 'date':
          return future().toISOString().slice(0, 10);
        case 'email':
          return 'iemand@example.nl';
        case 'uri':
          return 'https://example.nl';
      }
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 3)).slice(0, schema.maxLength ?? 3);
  }
  return undefined;
}
