import type { paths } from './apiTypes.generated';

/**
 * The request body an API operation takes, by method and path, from the types generated out of
 * the API's own OpenAPI document (`apiTypes.generated.ts`, written by `pnpm typecheck`). A path
 * written as a template (`/schools/${id}/classes`) is matched segment by segment against the
 * document's (`/schools/{schoolId}/classes`); a path the compiler only knows as `string` is not
 * checked. A path the API does not have for that method takes no body at all, so it does not
 * compile.
 */
export type RequestBody<M extends BodyMethod, P extends string> = P extends unknown
  ? string extends P
    ? unknown
    : Segments<P>[0] extends ''
      ? 'unsure' extends Verdicts<P>
        ? unknown
        : {
            [K in keyof paths]: Match<Segments<P>, Segments<Unprefixed<K>>> extends 'yes'
              ? BodyOf<paths[K], M>
              : never;
          }[keyof paths]
      : unknown
  : never;

export type BodyMethod = 'post' | 'patch' | 'put';

type Unprefixed<K> = K extends `/api/v1${infer Rest}` ? Rest : never;

type Segments<S extends string> = S extends `${infer Head}/${infer Tail}`
  ? [Head, ...Segments<Tail>]
  : [S];

type Verdicts<P extends string> = {
  [K in keyof paths]: Match<Segments<P>, Segments<Unprefixed<K>>>;
}[keyof paths];

/**
 * A `{param}` segment takes any value and a fixed one only itself; a segment the compiler knows
 * only as `string` might be any fixed one, so such a path is `unsure` and goes unchecked.
 */
type Match<Given extends string[], Declared extends string[]> = Given extends [
  infer G extends string,
  ...infer GivenRest extends string[],
]
  ? Declared extends [infer D extends string, ...infer DeclaredRest extends string[]]
    ? D extends `{${string}}`
      ? Match<GivenRest, DeclaredRest>
      : string extends G
        ? 'unsure'
        : G extends D
          ? Match<GivenRest, DeclaredRest>
          : 'no'
    : 'no'
  : Declared extends []
    ? 'yes'
    : 'no';

type BodyOf<Item, M extends BodyMethod> = Item extends { [key in M]: infer Operation }
  ? Operation extends { requestBody: { content: { 'application/json': infer Body } } }
    ? Body
    : Operation extends { requestBody?: { content: { 'application/json': infer Body } } }
      ? Body | undefined
      : Operation extends { parameters: unknown }
        ? undefined | Record<string, never>
        : never
  : never;
