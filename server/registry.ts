/**
 * The one list of app functions. Each entry: its uid (the key; also the file names
 * `server/functions/<uid>.ts`, `src/app/functions/<uid>.js` and `<uid>-hsmeta.json`), its zod input
 * schema, its handler (whose return type IS the function's output type, so the two cannot drift) and
 * whether it writes to HubSpot (a write whose answer is lost is "outcome unknown", never resent).
 *
 * The build, the project checks, the workbench, the bench and the tests read this list. Cards import
 * from it with `import type` only (HubSpot bundles the card directory alone; type imports are erased).
 * A function source must not import this file (its bundle would then carry every function).
 *
 * Adding a function: write `server/functions/<uid>.ts` (input schema, handler,
 * `export const main = defineFunction(schema, handler)`), add one entry here, run `npm run build`.
 */
import type * as z from 'zod/mini';
import type { FunctionResult, RunOptions } from './contract';
import type { Handler } from './runtime/define-function';
import { actionTypeCatalog, actionTypeCatalogInput } from './functions/action-type-catalog';
import { contactSequenceStatus, contactSequenceStatusInput } from './functions/contact-sequence-status';
import { contactWorkflows, contactWorkflowsInput } from './functions/contact-workflows';
import { enrollInSequence, enrollInSequenceInput } from './functions/enroll-in-sequence';
import { enrollInWorkflow, enrollInWorkflowInput } from './functions/enroll-in-workflow';
import { getSequence, getSequenceInput } from './functions/get-sequence';
import { getWorkflow, getWorkflowInput } from './functions/get-workflow';
import { searchSequences, searchSequencesInput } from './functions/search-sequences';
import { searchWorkflows, searchWorkflowsInput } from './functions/search-workflows';
import { unenrollFromWorkflow, unenrollFromWorkflowInput } from './functions/unenroll-from-workflow';

export interface FunctionEntry<S extends z.ZodMiniType, O, W extends boolean> {
  input: S;
  handler: Handler<z.output<S>, O>;
  /** True for a function that changes HubSpot data (enrollments). */
  writes: W;
}

/** One entry; ties the handler's input to the schema's output at compile time. */
const entry = <S extends z.ZodMiniType, O, W extends boolean>(input: S, handler: Handler<z.output<S>, O>, writes: W): FunctionEntry<S, O, W> => ({ input, handler, writes });

export const FUNCTIONS = {
  'contact-sequence-status': entry(contactSequenceStatusInput, contactSequenceStatus, false),
  'search-sequences': entry(searchSequencesInput, searchSequences, false),
  'get-sequence': entry(getSequenceInput, getSequence, false),
  'enroll-in-sequence': entry(enrollInSequenceInput, enrollInSequence, true),
  'contact-workflows': entry(contactWorkflowsInput, contactWorkflows, false),
  'search-workflows': entry(searchWorkflowsInput, searchWorkflows, false),
  'get-workflow': entry(getWorkflowInput, getWorkflow, false),
  'enroll-in-workflow': entry(enrollInWorkflowInput, enrollInWorkflow, true),
  'unenroll-from-workflow': entry(unenrollFromWorkflowInput, unenrollFromWorkflow, true),
  'action-type-catalog': entry(actionTypeCatalogInput, actionTypeCatalog, false),
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
