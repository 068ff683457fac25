/**
 * The cards' data layer: one view-model hook per call, returning `{ pending, error, data }`.
 * The function runner is injected (hubspot.serverless in HubSpot, a fake in tests, the workbench locally).
 * Types come from the function registry (type-only import: HubSpot bundles this directory alone).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FunctionError, FunctionResult, RunOptions } from '../../../../server/contract';
import type { FunctionInput, FunctionOutput, FunctionUid, RunFunction, WriteFunctionUid } from '../../../../server/registry';

export type { FunctionError, FunctionInput, FunctionOutput, FunctionResult, FunctionUid, RunFunction, RunOptions };

export interface FunctionState<T> {
  pending: boolean;
  error: FunctionError | null;
  data: T | null;
  /** Runs the call again (the "Try again" button). */
  reload: () => void;
}

/** A write must say so (`{ write: true }`), a read must not: the registry decides which is which. */
export type CallOptions<U extends FunctionUid> = U extends WriteFunctionUid ? [options: { write: true } & RunOptions] : [options?: { write?: false } & RunOptions];

/**
 * A rejected runner (network, function crashed or timed out in HubSpot) becomes a result, not a throw.
 * For a write a rejection or an unreadable answer is ambiguous: the function may have enrolled the
 * contact before it was cut off, so the result is OUTCOME_UNKNOWN (re-check, don't resend).
 */
export async function callFunction<U extends FunctionUid>(
  run: RunFunction,
  uid: U,
  parameters: FunctionInput<U>,
  ...[options]: CallOptions<U>
): Promise<FunctionResult<FunctionOutput<U>>> {
  const write = options?.write === true;
  const unknown: FunctionResult<FunctionOutput<U>> = {
    ok: false,
    error: { code: 'OUTCOME_UNKNOWN', message: 'The app could not confirm whether this went through.', retryable: false },
  };
  try {
    // The third argument only when there is something to send, so runners see the same call otherwise.
    const propertiesToSend = options?.propertiesToSend;
    const result = await (propertiesToSend ? run(uid, parameters, { propertiesToSend }) : run(uid, parameters));
    if (result && typeof result === 'object' && 'ok' in result) return result;
    return write ? unknown : { ok: false, error: { code: 'UNEXPECTED_RESPONSE', message: 'The app function returned an answer the card could not read.', retryable: false } };
  } catch {
    return write ? unknown : { ok: false, error: { code: 'HUBSPOT_UNAVAILABLE', message: 'The app could not be reached. Try again in a moment.', retryable: true } };
  }
}

/**
 * Calls `uid` with `parameters` whenever they change (and on reload). `parameters === null` means
 * "not yet" (e.g. no search started): nothing is called. Late answers to stale parameters are dropped.
 * Reads only: writes go through `callFunction(..., { write: true })`.
 */
export function useFunction<U extends Exclude<FunctionUid, WriteFunctionUid>>(
  run: RunFunction,
  uid: U,
  parameters: FunctionInput<U> | null,
  options: RunOptions = {},
): FunctionState<FunctionOutput<U>> {
  type T = FunctionOutput<U>;
  const [state, setState] = useState<Omit<FunctionState<T>, 'reload'>>({ pending: parameters !== null, error: null, data: null });
  const [attempt, setAttempt] = useState(0);
  const key = parameters === null ? null : JSON.stringify(parameters);
  const sendKey = options.propertiesToSend ? JSON.stringify(options.propertiesToSend) : null;
  const latest = useRef(0);

  useEffect(() => {
    if (key === null) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- clears the previous answer when the request changes
      setState({ pending: false, error: null, data: null });
      return;
    }
    const ticket = ++latest.current;
    setState((s) => ({ ...s, pending: true, error: null }));
    const call = callFunction as (run: RunFunction, uid: U, parameters: FunctionInput<U>, options?: RunOptions) => Promise<FunctionResult<T>>;
    const propertiesToSend = sendKey === null ? undefined : (JSON.parse(sendKey) as string[]);
    void call(run, uid, JSON.parse(key) as FunctionInput<U>, propertiesToSend ? { propertiesToSend } : undefined).then((result) => {
      if (ticket !== latest.current) return;
      setState(result.ok ? { pending: false, error: null, data: result.data } : { pending: false, error: result.error, data: null });
    });
  }, [run, uid, key, sendKey, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
