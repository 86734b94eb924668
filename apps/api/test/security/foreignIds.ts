import { exampleOf, type JsonSchema } from './openapiOperations';
import { entityOfField } from './idRoutes';
import type { Entity } from './foreignWorld';

const isUuid = (schema: JsonSchema | undefined): boolean =>
  Boolean(
    schema &&
    (schema.format === 'uuid' ||
      (schema.anyOf ?? schema.oneOf ?? []).some((variant) => variant.format === 'uuid')),
  );

/**
 * A valid-looking example for the schema in which every id field names a foreign row. Also
 * sets optional id fields, so filters (`?sessionId=`) are tried too. Id fields whose name is
 * not in `entityOfField` are reported in `unknown`, so a new id field must be classified.
 */
export function foreignExample(
  schema: JsonSchema | undefined,
  ids: Record<Entity, string>,
  unknown: Set<string>,
  where: string,
  used: string[] = [],
): unknown {
  const example = exampleOf(schema);
  if (!schema || typeof example !== 'object' || example === null || Array.isArray(example)) {
    return example;
  }
  const result = example as Record<string, unknown>;
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const entity = entityOfField[name];
    if (isUuid(property)) {
      if (!entity) unknown.add(`${where}.${name}`);
      else {
        result[name] = ids[entity];
        used.push(name);
      }
    } else if (property.type === 'array' && isUuid(property.items)) {
      if (!entity) unknown.add(`${where}.${name}`);
      else {
        result[name] = [ids[entity]];
        used.push(name);
      }
    } else if (property.type === 'object' && name in result) {
      result[name] = foreignExample(property, ids, unknown, `${where}.${name}`, used);
    }
  }
  return result;
}
