/**
 * The cards' data layer for reads: one hook, `useFunction`, for every read function, returning `{ pending, error, data }`.
 * The function runner is injected (hubspot.serverless in HubSpot, a fake in tests, the workbench locally).
 * Types come from the function registry (type-only import: HubSpot bundles this directory alone).
 * Writes go through the write lifecycle (./write-lifecycle.ts, ./useWrites.ts), which also uses `ask`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FunctionError, FunctionResult, RunOptions } from '../../../../server/contract';
import type { FunctionInput, FunctionOutput, FunctionUid, RunFunction, WriteFunctionUid } from '../../../../server/registry';

export type { FunctionError, FunctionInput, FunctionOutput, FunctionResult, FunctionUid, RunFunction, RunOptions, WriteFunctionUid };

export type ReadFunctionUid = Exclude<FunctionUid, WriteFunctionUid>;

export interface FunctionState<T> {
  pending: boolean;
  error: FunctionError | null;
  data: T | null;
  /** The last answer that succeeded for these parameters (kept while a reload runs or after it failed). */
  lastData: T | null;
  /** How many requests were asked so far, and which one `lastData` answered (0: none yet). */
  asked: number;
  answered: number;
  /** Runs the call again (the "Try again" button); `pending` from this render on. */
  reload: () => void;
}

/** What came back from the runner: the function's own result, or why there is none. */
export type Answer<T> = FunctionResult<T> | { lost: 'unreachable' | 'unreadable' };

/**
 * Calls the runner; a rejection (network, function crashed or timed out in HubSpot) or an answer that
 * is not a result becomes `lost`, never a throw. What `lost` means depends on the call: for a read it
 * is an error to retry (`callFunction`), for a write it is OUTCOME_UNKNOWN (write-lifecycle.ts).
 */
export async function ask<U extends FunctionUid>(run: RunFunction, uid: U, parameters: FunctionInput<U>, options?: RunOptions): Promise<Answer<FunctionOutput<U>>> {
  try {
    // The third argument only when there is something to send, so runners see the same call otherwise.
    const propertiesToSend = options?.propertiesToSend;
    const result = await (propertiesToSend ? run(uid, parameters, { propertiesToSend }) : run(uid, parameters));
    return result && typeof result === 'object' && 'ok' in result ? result : { lost: 'unreadable' };
  } catch {
    return { lost: 'unreachable' };
  }
}

/** A read: a lost answer is an error (retryable when the app could not be reached). */
export async function callFunction<U extends ReadFunctionUid>(
  run: RunFunction,
  uid: U,
  parameters: FunctionInput<U>,
  options?: RunOptions,
): Promise<FunctionResult<FunctionOutput<U>>> {
  const answer = await ask(run, uid, parameters, options);
  if (!('lost' in answer)) return answer;
  return answer.lost === 'unreadable'
    ? { ok: false, error: { code: 'UNEXPECTED_RESPONSE', message: 'The app function returned an answer the card could not read.', retryable: false } }
    : { ok: false, error: { code: 'HUBSPOT_UNAVAILABLE', message: 'The app could not be reached. Try again in a moment.', retryable: true } };
}

/**
 * Calls `uid` with `parameters` whenever they change (and on reload). `parameters === null` means
 * "not yet" (e.g. no search started): nothing is called. Late answers to stale parameters are dropped.
 */
export function useFunction<U extends ReadFunctionUid>(run: RunFunction, uid: U, parameters: FunctionInput<U> | null, options: RunOptions = {}): FunctionState<FunctionOutput<U>> {
  type T = FunctionOutput<U>;
  type S = Omit<FunctionState<T>, 'reload'>;
  const [state, setState] = useState<S>({ pending: parameters !== null, error: null, data: null, lastData: null, asked: 0, answered: 0 });
  const [attempt, setAttempt] = useState(0);
  const key = parameters === null ? null : JSON.stringify(parameters);
  const sendKey = options.propertiesToSend ? JSON.stringify(options.propertiesToSend) : null;
  const latest = useRef(0);
  const lastKey = useRef(key);

  useEffect(() => {
    const sameKey = lastKey.current === key;
    lastKey.current = key;
    if (key === null) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- clears the previous answer when the request changes
      setState((s) => ({ ...s, pending: false, error: null, data: null, lastData: null }));
      return;
    }
    const ticket = ++latest.current;
    setState((s) => ({ ...s, pending: true, error: null, asked: ticket, ...(sameKey ? {} : { lastData: null }) }));
    const propertiesToSend = sendKey === null ? undefined : (JSON.parse(sendKey) as string[]);
    void callFunction(run, uid, JSON.parse(key) as FunctionInput<U>, propertiesToSend ? { propertiesToSend } : undefined).then((result) => {
      if (ticket !== latest.current) return;
      setState((s) =>
        result.ok ? { ...s, pending: false, error: null, data: result.data, lastData: result.data, answered: ticket } : { ...s, pending: false, error: result.error, data: null },
      );
    });
  }, [run, uid, key, sendKey, attempt]);

  // Pending at once: no render between the click and the request where the old answer looks current.
  const reload = useCallback(() => {
    if (lastKey.current === null) return;
    setState((s) => ({ ...s, pending: true, error: null }));
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, reload };
}
