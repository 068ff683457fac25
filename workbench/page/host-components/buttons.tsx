import type { ReactNode } from 'react';
import { extensionEvent, useOverlayTrigger, useReactions } from './overlay';
import { cx, fire, hrefOf, sizeClass } from './util';

export interface ButtonProps {
  children?: ReactNode;
  onClick?: (...args: any[]) => unknown;
  href?: string | { url: string; external?: boolean };
  disabled?: boolean;
  variant?: 'primary' | 'secondary' | 'destructive' | 'transparent';
  type?: 'button' | 'reset' | 'submit';
  size?: string;
  overlay?: ReactNode;
  testId?: string;
  loading?: boolean;
}

export function Button({ children, onClick, href, disabled, variant = 'secondary', type = 'button', size, overlay, testId, loading }: ButtonProps) {
  const reactions = useReactions();
  const trigger = useOverlayTrigger(overlay);
  const className = cx('hs-button', `hs-button--${variant}`, `hs-button--${sizeClass(size)}`, loading && 'hs-button--loading');
  const click = () => {
    if (disabled || loading) return;
    fire(onClick, extensionEvent('click'), reactions);
    trigger.open();
  };
  const { url, external } = hrefOf(href);
  const content = (
    <>
      {loading ? <span className="hs-spinner hs-spinner--xs" aria-hidden="true" /> : null}
      <span className="hs-button__label">{children}</span>
    </>
  );
  return (
    <>
      {url && !disabled ? (
        <a className={className} href={url} target={external ? '_blank' : undefined} rel={external ? 'noreferrer' : undefined} onClick={click} data-testid={testId}>
          {content}
        </a>
      ) : (
        <button type={type} className={className} disabled={disabled} aria-busy={loading || undefined} onClick={click} data-testid={testId}>
          {content}
        </button>
      )}
      {trigger.element}
    </>
  );
}

export function LoadingButton(props: ButtonProps) {
  return <Button {...props} />;
}
