/**
 * Toolbar switch for the app's optional scope `sales-templates-public-read`: off = an install where the
 * admin did not grant it (the emulated portal answers 403 MISSING_SCOPES to the templates API, and the
 * Sequences card shows "Email template <id>"). Reloads the cards after a change.
 */
import { useEffect, useState } from 'react';

export const TEMPLATES_SCOPE = 'sales-templates-public-read';

export function ScopesToggle({ onChanged }: { onChanged: () => void }) {
  const [withheld, setWithheld] = useState<string[] | null>(null);
  useEffect(() => {
    void fetch('/api/portal/scopes')
      .then((r) => r.json() as Promise<{ withheld: string[] }>)
      .then((b) => setWithheld(b.withheld))
      .catch(() => setWithheld([]));
  }, []);
  const granted = withheld !== null && !withheld.includes(TEMPLATES_SCOPE);
  const toggle = async () => {
    // Read the set again: the names switch (NameScopesToggle) may have changed it since.
    const current = ((await (await fetch('/api/portal/scopes')).json()) as { withheld: string[] }).withheld;
    const others = current.filter((s) => s !== TEMPLATES_SCOPE);
    const next = granted ? [...others, TEMPLATES_SCOPE] : others;
    const res = await fetch('/api/portal/scopes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ withheld: next }) });
    setWithheld(((await res.json()) as { withheld: string[] }).withheld);
    onChanged();
  };
  return (
    <label className="wb-toolbar__field" title={`Optional scope ${TEMPLATES_SCOPE}: template names in sequence steps`}>
      <input type="checkbox" data-testid="scope-templates" checked={granted} disabled={withheld === null} onChange={() => void toggle()} />
      Templates scope
    </label>
  );
}
