/**
 * Type-level helpers that hold a zod response schema to HubSpot's generated OpenAPI type.
 * Our schemas are deliberately looser (unknown keys kept, enums read as strings, optional where HubSpot
 * may omit), so equality would be wrong; the checks go in the direction that catches drift:
 *  1. every value HubSpot's spec allows parses (Spec assignable to the schema's input type), and
 *  2. every field the schema names exists in HubSpot's shape, recursively (a misspelt or invented field
 *     such as `label` instead of `actionName` is a compile error).
 * Use: `type _x = Expect<MatchesSpec<typeof schema, HsSpecType>>` (see schemas.spec-check.ts).
 */
import type * as z from 'zod/mini';

/** The named keys of T (the index signature of a loose object dropped). */
type Known<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/** Dotted paths of fields the parsed type `P` names that HubSpot's `S` does not have. */
export type ExtraFields<P, S, Path extends string = ''> = P extends readonly (infer PI)[]
  ? S extends readonly (infer SI)[]
    ? ExtraFields<PI, SI, `${Path}[]`>
    : never
  : P extends object
    ? {
        [K in keyof Known<P> & string]: K extends keyof NonNullable<S> ? ExtraFields<NonNullable<Known<P>[K]>, NonNullable<NonNullable<S>[K]>, `${Path}.${K}`> : `${Path}.${K}`;
      }[keyof Known<P> & string]
    : never;

/**
 * true when `Schema` accepts every `Spec` value and names no field outside it. `Allowed` lists field
 * paths HubSpot documents only in words (each one needs a comment where it is used).
 */
export type MatchesSpec<Schema extends z.ZodMiniType, Spec, Allowed extends string = never> = [Spec] extends [z.input<Schema>]
  ? [Exclude<ExtraFields<z.output<Schema>, Spec>, Allowed>] extends [never]
    ? true
    : { error: 'the schema reads fields HubSpot does not define'; fields: Exclude<ExtraFields<z.output<Schema>, Spec>, Allowed> }
  : { error: 'a value HubSpot may send does not parse'; spec: Spec; schemaInput: z.input<Schema> };

export type Expect<T extends true> = T;
