/**
 * Toolbar switch for the optional scopes names need (app-hsmeta.json optionalScopes: crm.lists.read,
 * forms, content, crm.schemas.custom.read): off = an install without them; the emulated portal answers 403 MISSING_SCOPES, and a
 * decoded workflow shows those ids and one line naming the scopes. Reloads the cards after a change.
 * Shares the portal's withheld set with the templates switch (ScopesToggle): it adds or removes only its own.
 */
import { useEffect, useState } from 'react';

export const NAME_SCOPES = ['crm.lists.read', 'forms', 'content', 'crm.schemas.custom.read'];

async function withheldNow(): Promise<string[]> {
  return ((await (await fetch('/api/portal/scopes')).json()) as { withheld: string[] }).withheld;
}

export function NameScopesToggle({ onChanged }: { onChanged: () => void }) {
  const [withheld, setWithheld] = useState<string[] | null>(null);
  useEffect(() => {
    withheldNow()
      .then(setWithheld)
      .catch(() => setWithheld([]));
  }, []);
  const granted = withheld !== null && !NAME_SCOPES.some((s) => withheld.includes(s));
  const toggle = async () => {
    const current = await withheldNow(); // the templates switch may have changed it since
    const others = current.filter((s) => !NAME_SCOPES.includes(s));
    const next = granted ? [...others, ...NAME_SCOPES] : others;
    const res = await fetch('/api/portal/scopes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ withheld: next }) });
    setWithheld(((await res.json()) as { withheld: string[] }).withheld);
    onChanged();
  };
  return (
    <label className="wb-toolbar__field" title={`Optional scopes ${NAME_SCOPES.join(', ')}: list, form and marketing email names in workflows`}>
      <input type="checkbox" data-testid="scope-names" checked={granted} disabled={withheld === null} onChange={() => void toggle()} />
      Lists/forms/emails scopes
    </label>
  );
}
