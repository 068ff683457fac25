/**
 * The emulated HubSpot contact record page around the cards: top navigation, the record's left column
 * (header and "About this contact" properties), the middle column, and the sidebar the cards sit in.
 */
import type { ReactNode } from 'react';
import type { RecordState } from './api';
import type { ContactProps } from './contact-props';

/** Lifecycle stage labels as HubSpot shows them for the internal values. */
const LIFECYCLE: Record<string, string> = {
  subscriber: 'Subscriber',
  lead: 'Lead',
  marketingqualifiedlead: 'Marketing Qualified Lead',
  salesqualifiedlead: 'Sales Qualified Lead',
  opportunity: 'Opportunity',
  customer: 'Customer',
};

export function HubSpotNav({ portalId }: { portalId: RecordState['portalId'] }) {
  return (
    <nav className="hs-nav">
      <span className="hs-nav__logo">⬢</span>
      <span>Contacts</span>
      <span>Companies</span>
      <span>Deals</span>
      <span className="hs-nav__portal">Portal {portalId}</span>
    </nav>
  );
}

/** `props`: the contact's properties (propsOf); `sidebar`: the cards. */
export function ContactRecord({ props: p, name, users, sidebar }: { props: ContactProps; name: string; users: RecordState['users']; sidebar: ReactNode }) {
  return (
    <div className="hs-record">
      <aside className="hs-record__left" data-testid="record-header">
        <a className="hs-record__back" href="#">
          ‹ Contacts
        </a>
        <div className="hs-record__avatar" aria-hidden="true">
          {(p.firstname?.[0] ?? '?') + (p.lastname?.[0] ?? '')}
        </div>
        <h1 className="hs-record__name" data-testid="record-name">
          {name}
        </h1>
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
            ['Lifecycle stage', p.lifecyclestage ? (LIFECYCLE[p.lifecyclestage] ?? p.lifecyclestage) : null],
            ['Contact owner', p.hubspot_owner_id ? (users.find((u) => u.userId === p.hubspot_owner_id)?.email ?? p.hubspot_owner_id) : null],
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
              <div>{p.lifecyclestage ? (LIFECYCLE[p.lifecyclestage] ?? p.lifecyclestage) : '--'}</div>
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
        {sidebar}
      </aside>
    </div>
  );
}
