import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, describeContact, describeUser, type Faults, type PortalContact, type RecordState } from './api';
import { CardHost, type CardContext, type CardInfo, type PageActions } from './CardHost';
import { NameScopesToggle } from './NameScopesToggle';

interface Toast {
  id: number;
  type: string;
  title?: string;
  message: string;
}

type PropsCallback = (props: Record<string, string | null>, error?: { message: string }) => void;

function pickProps(all: Record<string, string | null>, names: string[] | '*') {
  if (names === '*') return { ...all };
  return Object.fromEntries(names.map((n) => [n, all[n] ?? null]));
}

function propsOf(contact: PortalContact | undefined): Record<string, string | null> {
  return contact ? { hs_object_id: contact.id, ...contact.properties } : {};
}

const LIFECYCLE: Record<string, string> = {
  subscriber: 'Subscriber',
  lead: 'Lead',
  marketingqualifiedlead: 'Marketing Qualified Lead',
  salesqualifiedlead: 'Sales Qualified Lead',
  opportunity: 'Opportunity',
  customer: 'Customer',
};

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
  const [faultForm, setFaultForm] = useState({ latencyMs: '0', rate429: '0', rate5xx: '0' });
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
        setFaultForm({ latencyMs: String(f.latencyMs ?? 0), rate429: String(Math.round((f.rate429 ?? 0) * 100)), rate5xx: String(Math.round((f.rate5xx ?? 0) * 100)) });
        setContactId((cur) => (cur && r.contacts.some((x) => x.id === cur) ? cur : (r.contacts.find((x) => x.properties.hs_sequences_is_enrolled === 'true') ?? r.contacts[0])?.id ?? null));
        setUserId((cur) => (cur && r.users.some((u) => u.userId === cur) ? cur : r.users[0]?.userId ?? null));
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
        emails: [user.email],
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

  const applyFaults = async (next: { latencyMs: string; rate429: string; rate5xx: string }) => {
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
    setFaultForm({ latencyMs: String(f.latencyMs ?? 0), rate429: String(Math.round((f.rate429 ?? 0) * 100)), rate5xx: String(Math.round((f.rate5xx ?? 0) * 100)) });
    if (!r.contacts.some((c) => c.id === contactId)) setContactId(r.contacts[0]?.id ?? null);
    setGeneration((g) => g + 1);
    addAlert({ type: 'success', title: 'Portal reset', message: 'The emulated portal is back to its seed data.' });
  };

  if (loadError) return <div className="wb-fatal">Workbench failed to load: {loadError}</div>;
  if (!record) return <div className="wb-fatal">Loading workbench…</div>;

  const p = propsOf(contact);
  const name = [p.firstname, p.lastname].filter(Boolean).join(' ') || `Contact ${contactId}`;
  const faultsOn = !!faults && (faults.latencyMs > 0 || faults.rate429 > 0 || faults.rate5xx > 0);

  return (
    <div className="wb">
      <div className="wb-toolbar" role="toolbar" aria-label="Workbench">
        <span className="wb-toolbar__brand">HubSpot app workbench</span>
        <label className="wb-toolbar__field">
          Contact
          <select data-testid="pick-contact" value={contactId ?? ''} onChange={(e) => setContactId(e.target.value)}>
            {record.contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {describeContact(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="wb-toolbar__field">
          Acting user
          <select data-testid="pick-user" value={userId ?? ''} onChange={(e) => setUserId(e.target.value)}>
            {record.users.map((u) => (
              <option key={u.userId} value={u.userId}>
                {describeUser(u)}
              </option>
            ))}
          </select>
        </label>
        <form
          className={`wb-faults${faultsOn ? ' wb-faults--on' : ''}`}
          aria-label="Faults"
          onSubmit={(e) => {
            e.preventDefault();
            void applyFaults(faultForm);
          }}
        >
          <span className="wb-faults__title">Faults</span>
          <label>
            latency ms
            <input data-testid="fault-latency" type="number" min={0} step={50} value={faultForm.latencyMs} onChange={(e) => setFaultForm({ ...faultForm, latencyMs: e.target.value })} />
          </label>
          <label>
            % 429
            <input data-testid="fault-429" type="number" min={0} max={100} value={faultForm.rate429} onChange={(e) => setFaultForm({ ...faultForm, rate429: e.target.value })} />
          </label>
          <label>
            % 5xx
            <input data-testid="fault-5xx" type="number" min={0} max={100} value={faultForm.rate5xx} onChange={(e) => setFaultForm({ ...faultForm, rate5xx: e.target.value })} />
          </label>
          <button type="submit" data-testid="fault-apply">
            Apply
          </button>
          <button
            type="button"
            data-testid="fault-clear"
            onClick={() => {
              const cleared = { latencyMs: '0', rate429: '0', rate5xx: '0' };
              setFaultForm(cleared);
              void applyFaults(cleared);
            }}
          >
            Clear
          </button>
        </form>
        <NameScopesToggle
          onChanged={(now) => {
            addAlert({ type: 'info', title: 'Optional scopes', message: now ? 'Withheld: crm.lists.read, forms, content (names show as ids).' : 'Granted again.' });
            setGeneration((g) => g + 1);
          }}
        />
        <button type="button" className="wb-toolbar__button" data-testid="reload-cards" onClick={() => setGeneration((g) => g + 1)}>
          Reload cards
        </button>
        <button type="button" className="wb-toolbar__button wb-toolbar__button--danger" data-testid="reset-portal" onClick={() => void resetPortal()}>
          Reset portal
        </button>
      </div>

      <nav className="hs-nav">
        <span className="hs-nav__logo">⬢</span>
        <span>Contacts</span>
        <span>Companies</span>
        <span>Deals</span>
        <span className="hs-nav__portal">Portal {record.portalId}</span>
      </nav>

      <div className="hs-record">
        <aside className="hs-record__left" data-testid="record-header">
          <a className="hs-record__back" href="#">‹ Contacts</a>
          <div className="hs-record__avatar" aria-hidden="true">
            {(p.firstname?.[0] ?? '?') + (p.lastname?.[0] ?? '')}
          </div>
          <h1 className="hs-record__name" data-testid="record-name">{name}</h1>
          <div className="hs-record__email">{p.email ?? <em>No email</em>}</div>
          <div className="hs-record__actions">
            {['Note', 'Email', 'Call', 'Task', 'Meeting'].map((a) => (
              <span key={a} className="hs-record__action">
                <span className="hs-record__action-icon">●</span>
                {a}
              </span>
            ))}
          </div>
          <h2 className="hs-record__section">About this contact</h2>
          <dl className="hs-record__props" data-testid="record-props">
            {[
              ['Email', p.email],
              ['Phone number', p.phone],
              ['Lifecycle stage', p.lifecyclestage ? LIFECYCLE[p.lifecyclestage] ?? p.lifecyclestage : null],
              ['Contact owner', p.hubspot_owner_id ? record.users.find((u) => u.userId === p.hubspot_owner_id)?.email ?? p.hubspot_owner_id : null],
              ['Currently in sequence', p.hs_sequences_is_enrolled === 'true' ? 'Yes' : 'No'],
              ['Active sequence enrollments', p.hs_sequences_actively_enrolled_count],
              ['Last sequence enrolled', p.hs_latest_sequence_enrolled],
              ['Last sequence enrolled date', p.hs_latest_sequence_enrolled_date ? new Date(p.hs_latest_sequence_enrolled_date).toLocaleString('en-US') : null],
              ['Unsubscribed from all email', p.hs_email_optout === 'true' ? 'Yes' : 'No'],
              ['Email hard bounce reason', p.hs_email_hard_bounce_reason_enum],
            ].map(([label, value]) => (
              <div key={label} className="hs-record__prop" data-prop={label}>
                <dt>{label}</dt>
                <dd>{value || '--'}</dd>
              </div>
            ))}
          </dl>
        </aside>

        <main className="hs-record__middle">
          <div className="hs-record__tabs">
            <span className="hs-record__tab hs-record__tab--selected">Overview</span>
            <span className="hs-record__tab">Activities</span>
          </div>
          <div className="hs-record__panel">
            <h2>Data highlights</h2>
            <div className="hs-record__highlights">
              <div>
                <div className="hs-record__hl-label">CREATE DATE</div>
                <div>{p.createdate ? new Date(p.createdate).toLocaleDateString('en-US') : '--'}</div>
              </div>
              <div>
                <div className="hs-record__hl-label">LIFECYCLE STAGE</div>
                <div>{p.lifecyclestage ? LIFECYCLE[p.lifecyclestage] ?? p.lifecyclestage : '--'}</div>
              </div>
              <div>
                <div className="hs-record__hl-label">LAST ACTIVITY DATE</div>
                <div>{p.lastmodifieddate ? new Date(p.lastmodifieddate).toLocaleDateString('en-US') : '--'}</div>
              </div>
            </div>
          </div>
          <div className="hs-record__panel hs-record__panel--muted">Recent activities are not emulated by the workbench.</div>
        </main>

        <aside className="hs-record__sidebar" data-testid="sidebar">
          {context && cards.length === 0 ? <div className="wb-card__failure">The project has no cards (src/app/cards/*-hsmeta.json).</div> : null}
          {context
            ? cards.map((card) => <CardHost key={`${card.uid}:${contactId}:${userId}:${generation}`} card={card} context={{ ...context, location: card.location }} page={page} />)
            : null}
        </aside>
      </div>

      <div className="wb-toasts" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`wb-toast wb-toast--${t.type}`} role="status" data-testid="toast">
            {t.title ? <strong className="wb-toast__title">{t.title}</strong> : null}
            <span className="wb-toast__message">{t.message}</span>
            <button type="button" className="wb-toast__close" aria-label="Dismiss" onClick={() => setToasts((list) => list.filter((x) => x.id !== t.id))}>
              ×
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
