/** Host components. Disclosure: Accordion (open/closed body) and Tooltip (shown over its trigger). */
import { useState } from 'react';
import { cx, fire, sizeClass, type WithChildren } from './util';

export function Accordion({
  title,
  children,
  defaultOpen,
  open,
  disabled,
  size,
  onClick,
  testId,
}: WithChildren & { title?: string; defaultOpen?: boolean; open?: boolean; disabled?: boolean; size?: string; onClick?: unknown }) {
  const [localOpen, setLocalOpen] = useState(!!defaultOpen);
  const isOpen = open ?? localOpen;
  return (
    <div className={cx('hs-accordion', `hs-accordion--${sizeClass(size)}`, isOpen && 'hs-accordion--open')} data-testid={testId}>
      <button
        type="button"
        className="hs-accordion__header"
        aria-expanded={isOpen}
        disabled={disabled}
        onClick={() => {
          setLocalOpen(!isOpen);
          fire(onClick);
        }}
      >
        <span className="hs-accordion__caret" aria-hidden="true">
          {isOpen ? '▾' : '▸'}
        </span>
        {title}
      </button>
      {isOpen ? <div className="hs-accordion__body">{children}</div> : null}
    </div>
  );
}

/** Tooltip: shown on hover of the trigger it is the overlay of (or of itself when standalone). */
export function Tooltip({ children, placement = 'top' }: WithChildren & { placement?: string }) {
  return (
    <span className={cx('hs-tooltip', `hs-tooltip--${placement}`)} role="tooltip">
      {children}
    </span>
  );
}
