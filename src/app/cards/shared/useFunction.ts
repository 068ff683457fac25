/**
 * The cards' data layer: one view-model hook per call, returning `{ pending, error, data }`.
 * The function runner is injected (hubspot.serverless in HubSpot, a fake in tests, the workbench locally).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FunctionError, FunctionResult, FunctionUid, RunFunction, RunOptions } from '../../../../server/contract';

export type { FunctionError, FunctionResult, FunctionUid, RunFunction, RunOptions };

export interface FunctionState<T> {
  pending: boolean;
  error: FunctionError | null;
  data: T | null;
  /** Runs the call again (the "Try again" button). */
  reload: () => void;
}

/**
 * A rejected runner (network, function crashed or timed out in HubSpot) becomes a result, not a throw.
 * For a write (`{ write: true }`) a rejection or an unreadable answer is ambiguous: the function may have
 * enrolled the contact before it was cut off, so the result says the outcome is unknown (re-check, don't resend).
 */
export async function callFunction<T>(
  run: RunFunction,
  uid: FunctionUid,
  parameters: Record<string, string | undefined>,
  { write = false, propertiesToSend }: { write?: boolean } & RunOptions = {},
): Promise<FunctionResult<T>> {
  const unknown: FunctionResult<T> = {
    ok: false,
    error: { code: 'HUBSPOT_UNAVAILABLE', message: 'The app could not confirm whether this went through.', retryable: false, details: { outcomeUnknown: true } },
  };
  try {
    // The third argument only when there is something to send, so runners see the same call otherwise.
    const result = await (propertiesToSend ? run<T>(uid, parameters, { propertiesToSend }) : run<T>(uid, parameters));
    if (result && typeof result === 'object' && 'ok' in result) return result;
    return write ? unknown : { ok: false, error: { code: 'UNEXPECTED_RESPONSE', message: 'The app function returned an answer the card could not read.' } };
  } catch {
    return write
      ? unknown
      : { ok: false, error: { code: 'HUBSPOT_UNAVAILABLE', message: 'The app could not be reached. Try again in a moment.', retryable: true } };
  }
}

/**
 * Calls `uid` with `parameters` whenever they change (and on reload). `parameters === null` means
 * "not yet" (e.g. no search started): nothing is called. Late answers to stale parameters are dropped.
 */
export function useFunction<T>(
  run: RunFunction,
  uid: FunctionUid,
  parameters: Record<string, string | undefined> | null,
  options: RunOptions = {},
): FunctionState<T> {
  const [state, setState] = useState<Omit<FunctionState<T>, 'reload'>>({ pending: parameters !== null, error: null, data: null });
  const [attempt, setAttempt] = useState(0);
  const key = parameters === null ? null : JSON.stringify(parameters);
  const sendKey = options.propertiesToSend ? JSON.stringify(options.propertiesToSend) : null;
  const latest = useRef(0);

  useEffect(() => {
    if (key === null) {
      setState({ pending: false, error: null, data: null });
      return;
    }
    const ticket = ++latest.current;
    setState((s) => ({ ...s, pending: true, error: null }));
    void callFunction<T>(run, uid, JSON.parse(key), { propertiesToSend: sendKey === null ? undefined : (JSON.parse(sendKey) as string[]) }).then((result) => {
      if (ticket !== latest.current) return;
      setState(result.ok ? { pending: false, error: null, data: result.data } : { pending: false, error: result.error, data: null });
    });
  }, [run, uid, key, sendKey, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
