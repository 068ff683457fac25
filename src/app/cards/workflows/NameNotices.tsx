import { Text } from '@hubspot/ui-extensions';
import type { NameNotice } from '../../../../server/names/scopes';

/** One line for the admin: which optional scopes would turn the ids left in this workflow into names. */
export function NameNotices({ notices, testId = 'name-notices' }: { notices: NameNotice[] | undefined; testId?: string }) {
  if (!notices || !notices.length) return null;
  const parts = notices.map((n) => `${n.adds} need the ${n.scope} scope`);
  const text = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return (
    <Text variant="microcopy" testId={testId}>
      {`Some items show their ids: ${text}. An admin can grant ${notices.length === 1 ? 'this optional scope' : 'these optional scopes'} to the app.`}
    </Text>
  );
}
