/** Test helpers for the cards: a fake function runner injected as the card's `runFunction` prop. */
import type { FunctionResult } from '../../../../server/contract';
import type { FunctionInput, FunctionOutput, FunctionUid, RunFunction } from '../../../../server/registry';

/** A canned answer for one function: typed by its uid, like the real runner. */
export type FakeHandler<U extends FunctionUid> = (params: FunctionInput<U>) => FunctionResult<FunctionOutput<U>> | Promise<FunctionResult<FunctionOutput<U>>>;

export type FakeHandlers = { [U in FunctionUid]?: FakeHandler<U> | FakeHandler<U>[] };

/** Canned results per function uid (an array answers call by call, repeating the last), every call recorded. */
export function fakeRunner(handlers: FakeHandlers) {
  const calls: { uid: FunctionUid; params: Record<string, string | undefined> }[] = [];
  // Kept apart from `calls` so that tests comparing calls by { uid, params } are unaffected.
  const sent: { uid: FunctionUid; propertiesToSend: string[] | undefined }[] = [];
  const counters = new Map<FunctionUid, number>();
  const run: RunFunction = async (uid, params, options) => {
    calls.push({ uid, params: params as Record<string, string | undefined> });
    sent.push({ uid, propertiesToSend: options?.propertiesToSend });
    const h = handlers[uid] as FakeHandler<typeof uid> | FakeHandler<typeof uid>[] | undefined;
    if (!h) throw new Error(`no fake for ${uid}`);
    const n = counters.get(uid) ?? 0;
    counters.set(uid, n + 1);
    const fn = Array.isArray(h) ? h[Math.min(n, h.length - 1)] : h;
    return fn(params);
  };
  return {
    run,
    calls,
    callsOf: (uid: FunctionUid) => calls.filter((c) => c.uid === uid),
    /** The `propertiesToSend` of each call of `uid`, in order (undefined: none asked for). */
    propertiesSentWith: (uid: FunctionUid) => sent.filter((c) => c.uid === uid).map((c) => c.propertiesToSend),
  };
}

export const ok =
  <T>(data: T) =>
  () => ({ ok: true as const, data });
