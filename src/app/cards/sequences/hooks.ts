/** The Sequences card's reads: one hook per view, each returning { pending, error, data }. Its write: ./writes.ts. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { SEQUENCE_PROPERTIES_TO_SEND } from '../shared/properties-to-send';
import { callFunction, useFunction, type FunctionError, type FunctionState, type RunFunction } from '../shared/useFunction';
import type { ContactSequenceStatus, SequenceDetails, SequenceSearchItem } from '../../../../server/sequences/types';

export const SEARCH_PAGE_SIZE = 10;

/** `timeZone`: the portal's (context.portal.timezone), so step dates are the rep's calendar days. */
export function useContactSequenceStatus(run: RunFunction, contactId: string, userId: string, timeZone?: string): FunctionState<ContactSequenceStatus> {
  return useFunction(run, 'contact-sequence-status', { contactId, userId, ...(timeZone ? { timeZone } : {}) }, { propertiesToSend: SEQUENCE_PROPERTIES_TO_SEND });
}

/** Preview of one sequence for this contact (tokens filled, dates as if enrolled now); null: nothing selected, nothing fetched. */
export function useSequencePreview(run: RunFunction, userId: string, sequenceId: string | null, contactId: string, timeZone?: string): FunctionState<SequenceDetails> {
  // The contact's own token properties ride along (propertiesToSend): the preview needs no contacts read.
  return useFunction(run, 'get-sequence', sequenceId ? { userId, sequenceId, contactId, ...(timeZone ? { timeZone } : {}) } : null, {
    propertiesToSend: SEQUENCE_PROPERTIES_TO_SEND,
  });
}

export interface SearchData {
  results: SequenceSearchItem[];
  total: number;
  nextAfter?: string;
}

export interface SequenceSearchState {
  pending: boolean;
  error: FunctionError | null;
  data: SearchData | null;
  loadingMore: boolean;
  moreError: FunctionError | null;
  loadMore: () => void;
  reload: () => void;
}

/**
 * Server-side name search with cursor paging. `query === null` means "search not open": nothing is
 * called. A new query starts over; late answers for an old query are dropped.
 */
export function useSequenceSearch(run: RunFunction, userId: string, query: string | null): SequenceSearchState {
  const [state, setState] = useState<Omit<SequenceSearchState, 'loadMore' | 'reload'>>({
    pending: query !== null,
    error: null,
    data: null,
    loadingMore: false,
    moreError: null,
  });
  const [attempt, setAttempt] = useState(0);
  const ticket = useRef(0);
  const moreInFlight = useRef(false);
  const dataRef = useRef<SearchData | null>(null);

  useEffect(() => {
    const mine = ++ticket.current;
    moreInFlight.current = false;
    dataRef.current = null;
    if (query === null) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- clears the previous answer when the request changes
      setState({ pending: false, error: null, data: null, loadingMore: false, moreError: null });
      return;
    }
    setState({ pending: true, error: null, data: null, loadingMore: false, moreError: null });
    void callFunction(run, 'search-sequences', { userId, query: query || undefined, limit: String(SEARCH_PAGE_SIZE) }).then((r) => {
      if (mine !== ticket.current) return;
      if (!r.ok) {
        setState({ pending: false, error: r.error, data: null, loadingMore: false, moreError: null });
        return;
      }
      dataRef.current = { results: r.data.results, total: r.data.total, nextAfter: r.data.nextAfter };
      setState({ pending: false, error: null, data: dataRef.current, loadingMore: false, moreError: null });
    });
  }, [run, userId, query, attempt]);

  const loadMore = useCallback(() => {
    const current = dataRef.current;
    if (!current?.nextAfter || moreInFlight.current || query === null) return;
    moreInFlight.current = true;
    const mine = ticket.current;
    setState((s) => ({ ...s, loadingMore: true, moreError: null }));
    void callFunction(run, 'search-sequences', {
      userId,
      query: query || undefined,
      limit: String(SEARCH_PAGE_SIZE),
      after: current.nextAfter,
    }).then((r) => {
      if (mine !== ticket.current) return;
      moreInFlight.current = false;
      if (!r.ok) {
        setState((s) => ({ ...s, loadingMore: false, moreError: r.error }));
        return;
      }
      const seen = new Set(current.results.map((x) => x.id));
      dataRef.current = {
        results: [...current.results, ...r.data.results.filter((x) => !seen.has(x.id))],
        total: r.data.total,
        nextAfter: r.data.nextAfter,
      };
      setState((s) => ({ ...s, data: dataRef.current, loadingMore: false, moreError: null }));
    });
  }, [run, userId, query]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, loadMore, reload };
}
