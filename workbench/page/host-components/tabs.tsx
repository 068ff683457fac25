/**
 * Tabs: the host only sees rendered children, not the Tab props, so each Tab registers its
 * id/title with the enclosing Tabs, which draws the tab bar and tells each Tab whether it is shown.
 */
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { cx, fire } from './util';

type TabId = string | number;
interface TabInfo {
  id: TabId;
  title?: string;
  disabled?: boolean;
  tooltip?: string;
}
interface TabsCtx {
  selected: TabId | undefined;
  register(info: TabInfo): () => void;
}
const TabsContext = createContext<TabsCtx | null>(null);

export function Tabs({
  children,
  defaultSelected,
  selected,
  onSelectedChange,
  variant = 'default',
  fill,
  testId,
}: {
  children?: ReactNode;
  defaultSelected?: TabId;
  selected?: TabId;
  onSelectedChange?: unknown;
  variant?: string;
  fill?: boolean;
  testId?: string;
}) {
  const [tabs, setTabs] = useState<TabInfo[]>([]);
  const [local, setLocal] = useState<TabId | undefined>(defaultSelected);
  const current = selected ?? local ?? tabs.find((t) => !t.disabled)?.id;
  const register = useCallback((info: TabInfo) => {
    setTabs((list) => {
      const i = list.findIndex((t) => t.id === info.id);
      if (i === -1) return [...list, info];
      const copy = [...list];
      copy[i] = info;
      return copy;
    });
    return () => setTabs((list) => list.filter((t) => t.id !== info.id));
  }, []);
  const ctx = useMemo(() => ({ selected: current, register }), [current, register]);
  return (
    <div className={cx('hs-tabs', `hs-tabs--${variant}`)} data-testid={testId}>
      <div className={cx('hs-tabs__bar', fill && 'hs-tabs__bar--fill')} role="tablist">
        {tabs.map((t) => (
          <button
            key={String(t.id)}
            type="button"
            role="tab"
            title={t.tooltip}
            aria-selected={t.id === current}
            disabled={t.disabled}
            className={cx('hs-tabs__tab', t.id === current && 'hs-tabs__tab--selected')}
            onClick={() => {
              setLocal(t.id);
              fire(onSelectedChange, t.id);
            }}
          >
            {t.title}
          </button>
        ))}
      </div>
      <TabsContext.Provider value={ctx}>{children}</TabsContext.Provider>
    </div>
  );
}

let anonymous = 0;

export function Tab({ children, tabId, title, disabled, tooltip }: { children?: ReactNode; tabId?: TabId; title?: string; disabled?: boolean; tooltip?: string }) {
  const ctx = useContext(TabsContext);
  const [fallbackId] = useState(() => `tab-${++anonymous}`);
  const id = tabId ?? fallbackId;
  const register = ctx?.register;
  useLayoutEffect(() => register?.({ id, title, disabled, tooltip }), [register, id, title, disabled, tooltip]);
  if (ctx && ctx.selected !== id) return null;
  return (
    <div className="hs-tabs__panel" role="tabpanel">
      {children}
    </div>
  );
}
