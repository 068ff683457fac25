/** The workbench toolbar above the emulated HubSpot page: pickers, faults, reload and reset. */
import type { ReactNode } from 'react';

export function Toolbar({ children, onReloadCards, onResetPortal }: { children: ReactNode; onReloadCards: () => void; onResetPortal: () => void }) {
  return (
    <div className="wb-toolbar" role="toolbar" aria-label="Workbench">
      <span className="wb-toolbar__brand">HubSpot app workbench</span>
      {children}
      <button type="button" className="wb-toolbar__button" data-testid="reload-cards" onClick={onReloadCards}>
        Reload cards
      </button>
      <button type="button" className="wb-toolbar__button wb-toolbar__button--danger" data-testid="reset-portal" onClick={onResetPortal}>
        Reset portal
      </button>
    </div>
  );
}
