/**
 * The one list of app functions: uid → the function's `main`, as its source declares it once
 * (`export const main = defineFunction(schema, handler, { writes })`, server/runtime/define-function.ts).
 * The uid is also the file names `server/functions/<uid>.ts`, `src/app/functions/<uid>.js` and
 * `<uid>-hsmeta.json`. The build, the project checks, the workbench, the bench and the tests read
 * this list; a function's input and output types come from its schema and handler through it.
 *
 * Cards import from it with `import type` only (HubSpot bundles the card directory alone; type imports
 * are erased). A function source must not import this file (its bundle would then carry every function).
 *
 * Adding a function: write `server/functions/<uid>.ts`, add one line here, run `npm run build`.
 */
import type * as z from 'zod/mini';
import type { FunctionResult, RunOptions } from './contract';
import { main as actionTypeCatalog } from './functions/action-type-catalog';
import { main as contactSequenceStatus } from './functions/contact-sequence-status';
import { main as contactWorkflows } from './functions/contact-workflows';
import { main as enrollInSequence } from './functions/enroll-in-sequence';
import { main as enrollInWorkflow } from './functions/enroll-in-workflow';
import { main as getSequence } from './functions/get-sequence';
import { main as getWorkflow } from './functions/get-workflow';
import { main as searchSequences } from './functions/search-sequences';
import { main as searchWorkflows } from './functions/search-workflows';
import { main as unenrollFromWorkflow } from './functions/unenroll-from-workflow';

export const FUNCTIONS = {
  'contact-sequence-status': contactSequenceStatus,
  'search-sequences': searchSequences,
  'get-sequence': getSequence,
  'enroll-in-sequence': enrollInSequence,
  'contact-workflows': contactWorkflows,
  'search-workflows': searchWorkflows,
  'get-workflow': getWorkflow,
  'enroll-in-workflow': enrollInWorkflow,
  'unenroll-from-workflow': unenrollFromWorkflow,
  'action-type-catalog': actionTypeCatalog,
};

export type FunctionUid = keyof typeof FUNCTIONS;

/** Every uid, in registry order. */
export const FUNCTION_UIDS = Object.keys(FUNCTIONS) as FunctionUid[];

/** What a card sends: the schema's *input* side (parameters arrive as strings; the schema parses them). */
export type FunctionInput<U extends FunctionUid> = z.input<(typeof FUNCTIONS)[U]['input']>;

/** What the function answers on success: exactly what its handler returns. */
export type FunctionOutput<U extends FunctionUid> = Awaited<ReturnType<(typeof FUNCTIONS)[U]['handler']>>;

/** Uids of the functions that write. */
export type WriteFunctionUid = { [U in FunctionUid]: (typeof FUNCTIONS)[U]['writes'] extends true ? U : never }[FunctionUid];

/**
 * How a card calls a function: `hubspot.serverless` in HubSpot, a fake in tests, the workbench's
 * runner locally. The uid fixes both the parameters and the result type.
 */
export type RunFunction = <U extends FunctionUid>(uid: U, parameters: FunctionInput<U>, options?: RunOptions) => Promise<FunctionResult<FunctionOutput<U>>>;
