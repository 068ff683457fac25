/**
 * The workbench page: an emulated HubSpot contact record with the project's cards in its sidebar, and a
 * toolbar to pick the contact and acting user, inject faults, reload the cards and reset the portal.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, type Faults, type RecordState } from './api';
import { CardHost, type CardContext, type CardInfo, type PageActions } from './CardHost';
import { ContactRecord, HubSpotNav } from './ContactRecord';
import { pickProps, propsOf } from './contact-props';
import { faultFormOf, faultsOn, FaultsPanel, NO_FAULTS, type FaultForm } from './FaultsPanel';
import { ContactPicker, UserPicker } from './Pickers';
import { Toasts, type Toast } from './Toasts';
import { NameScopesToggle } from './NameScopesToggle';
import { ScopesToggle } from './ScopesToggle';
import { Toolbar } from './Toolbar';

type PropsCallback = (props: Record<string, string | null>, error?: { message: string }) => void;

function initialParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

export function App() {
  const [cards, setCards] = useState<CardInfo[]>([]);
  const [record, setRecord] = useState<RecordState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [contactId, setContactId] = useState<string | null>(initialParam('contact'));
  const [userId, setUserId] = useState<string | null>(initialParam('user'));
  const [generation, setGeneration] = useState(0);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [faults, setFaults] = useState<Faults | null>(null);
  const [faultForm, setFaultForm] = useState<FaultForm>(NO_FAULTS);
  const subscribers = useRef(new Set<{ names: string[] | '*'; cb: PropsCallback }>());
  const recordRef = useRef<RecordState | null>(null);
  const contactRef = useRef<string | null>(contactId);
  recordRef.current = record;
  contactRef.current = contactId;

  const loadRecord = useCallback(async () => {
    const next = await api.recordState();
    setRecord(next);
    recordRef.current = next;
    return next;
  }, []);

  useEffect(() => {
    Promise.all([api.cards(), loadRecord(), api.faults()])
      .then(([c, r, f]) => {
        setCards(c);
        setFaults(f);
        setFaultForm(faultFormOf(f));
        setContactId((cur) =>
          cur && r.contacts.some((x) => x.id === cur) ? cur : ((r.contacts.find((x) => x.properties.hs_sequences_is_enrolled === 'true') ?? r.contacts[0])?.id ?? null),
        );
        setUserId((cur) => (cur && r.users.some((u) => u.userId === cur) ? cur : (r.users[0]?.userId ?? null)));
      })
      .catch((err: unknown) => setLoadError(err instanceof Error ? err.message : String(err)));
  }, [loadRecord]);

  useEffect(() => {
    if (!contactId || !userId) return;
    const q = new URLSearchParams(window.location.search);
    q.set('contact', contactId);
    q.set('user', userId);
    window.history.replaceState(null, '', `?${q.toString()}`);
  }, [contactId, userId]);

  const addAlert = useCallback((a: { type?: string; title?: string; message: string }) => {
    const toast = { id: Date.now() + Math.random(), type: a.type ?? 'info', title: a.title, message: a.message };
    setToasts((list) => [...list, toast]);
    setTimeout(() => setToasts((list) => list.filter((t) => t.id !== toast.id)), 10_000);
  }, []);

  const currentProps = useCallback(() => {
    const r = recordRef.current;
    return propsOf(r?.contacts.find((c) => c.id === contactRef.current));
  }, []);

  const refreshObjectProperties = useCallback(async () => {
    await loadRecord();
    const all = currentProps();
    for (const s of subscribers.current) {
      try {
        s.cb(pickProps(all, s.names));
      } catch {
        /* a worker that went away */
      }
    }
  }, [loadRecord, currentProps]);

  const page: PageActions = useMemo(
    () => ({
      addAlert,
      refreshObjectProperties: () => void refreshObjectProperties(),
      reloadPage: () => setGeneration((g) => g + 1),
      fetchCrmObjectProperties: async (names) => {
        await loadRecord();
        return pickProps(currentProps(), names);
      },
      onCrmPropertiesUpdate: (names, cb) => {
        const entry = { names, cb };
        subscribers.current.add(entry);
        return () => subscribers.current.delete(entry);
      },
      copyTextToClipboard: async (text) => {
        await navigator.clipboard?.writeText(text).catch(() => undefined);
        addAlert({ type: 'success', message: `Copied to clipboard: ${text}` });
      },
      openIframeModal: (payload, onClose) => {
        addAlert({ type: 'info', title: 'openIframeModal', message: `Not emulated: would open ${payload.uri}` });
        onClose?.();
      },
      navigateToPage: (o) => addAlert({ type: 'info', title: 'navigateToPage', message: `Not emulated: would navigate to ${o.to}` }),
    }),
    [addAlert, refreshObjectProperties, loadRecord, currentProps],
  );

  const contact = record?.contacts.find((c) => c.id === contactId);
  const user = record?.users.find((u) => u.userId === userId);

  const context: CardContext | null = useMemo(() => {
    if (!record || !contactId || !user) return null;
    return {
      location: 'crm.record.sidebar',
      crm: { objectId: Number(contactId), objectTypeId: '0-1' },
      user: {
        id: Number(user.userId),
        email: user.email,
        // HubSpot's context.user.emails: the user's own address and every inbox they connected (aliases too).
        emails: [...new Set([user.email, ...user.inboxes])],
        firstName: user.firstName,
        lastName: user.lastName,
        locale: 'en-US',
        language: 'en',
        roles: [],
        teams: [],
        permissions: [],
      },
      portal: { id: record.portalId, timezone: 'America/New_York' },
    };
    // Only a change of contact, user or portal re-creates the context (and the workers).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [contactId, user?.userId, record?.portalId]);

  const applyFaults = async (next: FaultForm) => {
    const pct = (s: string) => Math.max(0, Math.min(100, Number(s) || 0)) / 100;
    const f = await api.setFaults({ latencyMs: Math.max(0, Number(next.latencyMs) || 0), rate429: pct(next.rate429), rate5xx: pct(next.rate5xx) });
    setFaults(f);
    addAlert({ type: 'info', title: 'Faults', message: `latency ${f.latencyMs} ms, 429 ${Math.round(f.rate429 * 100)} %, 5xx ${Math.round(f.rate5xx * 100)} %` });
  };

  const resetPortal = async () => {
    await api.resetPortal();
    const r = await loadRecord();
    const f = await api.faults();
    setFaults(f);
    setFaultForm(faultFormOf(f));
    if (!r.contacts.some((c) => c.id === contactId)) setContactId(r.contacts[0]?.id ?? null);
    setGeneration((g) => g + 1);
    addAlert({ type: 'success', title: 'Portal reset', message: 'The emulated portal is back to its seed data.' });
  };

  if (loadError) return <div className="wb-fatal">Workbench failed to load: {loadError}</div>;
  if (!record) return <div className="wb-fatal">Loading workbench…</div>;

  const p = propsOf(contact);
  const name = [p.firstname, p.lastname].filter(Boolean).join(' ') || `Contact ${contactId}`;

  return (
    <div className="wb">
      <Toolbar onReloadCards={() => setGeneration((g) => g + 1)} onResetPortal={() => void resetPortal()}>
        <ContactPicker contacts={record.contacts} value={contactId} onChange={setContactId} />
        <UserPicker users={record.users} value={userId} onChange={setUserId} />
        <FaultsPanel form={faultForm} onChange={setFaultForm} on={faultsOn(faults)} onApply={(next) => void applyFaults(next)} />
        <ScopesToggle onChanged={() => setGeneration((g) => g + 1)} />
        <NameScopesToggle onChanged={() => setGeneration((g) => g + 1)} />
      </Toolbar>

      <HubSpotNav portalId={record.portalId} />

      <ContactRecord
        props={p}
        name={name}
        users={record.users}
        sidebar={
          <>
            {context && cards.length === 0 ? <div className="wb-card__failure">The project has no cards (src/app/cards/*-hsmeta.json).</div> : null}
            {context
              ? cards.map((card) => <CardHost key={`${card.uid}:${contactId}:${userId}:${generation}`} card={card} context={{ ...context, location: card.location }} page={page} />)
              : null}
          </>
        }
      />

      <Toasts toasts={toasts} onDismiss={(id) => setToasts((list) => list.filter((x) => x.id !== id))} />
    </div>
  );
}
