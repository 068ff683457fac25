import { useEffect, useState } from 'react';

/** The optional scopes names need (app-hsmeta.json optionalScopes): withholding them shows the degraded view. */
export const OPTIONAL_NAME_SCOPES = ['crm.lists.read', 'forms', 'content'];

async function withheld(scopes?: string[]): Promise<string[]> {
  const res = await fetch('/api/portal/withheld-scopes', scopes ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scopes }) } : undefined);
  if (!res.ok) throw new Error(`withheld-scopes: HTTP ${res.status}`);
  return ((await res.json()) as { scopes: string[] }).scopes;
}

/**
 * Toolbar toggle: installs the app "without its optional scopes" on the emulated portal (every token
 * loses crm.lists.read, forms and content), so a decoded workflow shows ids and the one-line notice.
 */
export function NameScopesToggle({ onChanged }: { onChanged: (withheldNow: boolean) => void }) {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    withheld()
      .then((s) => setOn(OPTIONAL_NAME_SCOPES.every((x) => s.includes(x))))
      .catch(() => setOn(false));
  }, []);
  return (
    <label className="wb-toolbar__toggle" title={`Withholds ${OPTIONAL_NAME_SCOPES.join(', ')} from the app's token`}>
      <input
        type="checkbox"
        data-testid="withhold-optional-scopes"
        checked={on === true}
        disabled={on === null}
        onChange={(e) => {
          const next = e.target.checked;
          void withheld(next ? OPTIONAL_NAME_SCOPES : []).then((s) => {
            const now = OPTIONAL_NAME_SCOPES.every((x) => s.includes(x));
            setOn(now);
            onChanged(now);
          });
        }}
      />
      Without optional scopes (lists, forms, emails)
    </label>
  );
}
