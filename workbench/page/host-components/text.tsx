/** Host components. Typography and tags: Text, Heading, Link, Tag, StatusTag. */
import type { CSSProperties, ReactNode } from 'react';
import { extensionEvent, useOverlayTrigger, useReactions } from './overlay';
import { cx, fire, hrefOf, type WithChildren } from './util';

interface TextFormat {
  fontWeight?: 'regular' | 'bold' | 'demibold';
  italic?: boolean;
  lineDecoration?: 'none' | 'underline' | 'strikethrough';
  textTransform?: 'none' | 'uppercase' | 'lowercase' | 'capitalize' | 'sentenceCase';
}

export function Text({
  children,
  variant = 'bodytext',
  inline,
  format,
  truncate,
  testId,
}: WithChildren & { variant?: 'bodytext' | 'microcopy'; inline?: boolean; format?: TextFormat; truncate?: boolean | { maxWidth?: number; tooltipText?: string } }) {
  const style: CSSProperties = {
    fontWeight: format?.fontWeight === 'bold' ? 700 : format?.fontWeight === 'demibold' ? 600 : undefined,
    fontStyle: format?.italic ? 'italic' : undefined,
    textDecoration: format?.lineDecoration === 'underline' ? 'underline' : format?.lineDecoration === 'strikethrough' ? 'line-through' : undefined,
    textTransform: format?.textTransform && format.textTransform !== 'sentenceCase' && format.textTransform !== 'none' ? format.textTransform : undefined,
    maxWidth: typeof truncate === 'object' && truncate.maxWidth ? truncate.maxWidth : undefined,
  };
  const Tag = inline ? 'span' : 'p';
  const title = typeof truncate === 'object' ? truncate.tooltipText : undefined;
  return (
    <Tag className={cx('hs-text', `hs-text--${variant}`, truncate && 'hs-text--truncate')} style={style} title={title} data-testid={testId}>
      {children}
    </Tag>
  );
}

export function Heading({ children, inline, testId }: WithChildren & { inline?: boolean }) {
  return inline ? (
    <span className="hs-heading hs-heading--inline" data-testid={testId}>
      {children}
    </span>
  ) : (
    <h2 className="hs-heading" data-testid={testId}>
      {children}
    </h2>
  );
}

export function Link({
  children,
  href,
  variant = 'primary',
  onClick,
  preventDefault,
  overlay,
  testId,
}: WithChildren & { href?: string | { url: string; external?: boolean }; variant?: string; onClick?: unknown; preventDefault?: boolean; overlay?: ReactNode }) {
  const reactions = useReactions();
  const trigger = useOverlayTrigger(overlay);
  const { url, external } = hrefOf(href);
  return (
    <span className="hs-link-wrap">
      <a
        className={cx('hs-link', `hs-link--${variant}`)}
        href={url ?? '#'}
        target={external ? '_blank' : undefined}
        rel={external ? 'noreferrer' : undefined}
        data-testid={testId}
        onClick={(e) => {
          if (preventDefault || !url || overlay || onClick) e.preventDefault();
          fire(onClick, extensionEvent('click'), reactions);
          trigger.open();
        }}
      >
        {children}
        {external ? (
          <span className="hs-link__external" aria-hidden="true">
            {' '}
            ↗
          </span>
        ) : null}
      </a>
      {trigger.element}
    </span>
  );
}

export function Tag({
  children,
  variant = 'default',
  onClick,
  overlay,
  inline,
  testId,
}: WithChildren & { variant?: string; onClick?: unknown; overlay?: ReactNode; inline?: boolean }) {
  const reactions = useReactions();
  const trigger = useOverlayTrigger(overlay);
  const clickable = !!onClick || !!overlay;
  return (
    <span className={cx('hs-tag-wrap', inline && 'hs-tag-wrap--inline')}>
      <span
        className={cx('hs-tag', `hs-tag--${variant}`, clickable && 'hs-tag--clickable')}
        role={clickable ? 'button' : undefined}
        tabIndex={clickable ? 0 : undefined}
        data-testid={testId}
        onClick={
          clickable
            ? () => {
                fire(onClick, extensionEvent('click'), reactions);
                trigger.open();
              }
            : undefined
        }
      >
        {children}
      </span>
      {trigger.element}
    </span>
  );
}

export function StatusTag({
  children,
  variant = 'default',
  hollow,
  onClick,
  showRemoveIcon,
  onRemoveClick,
  testId,
}: WithChildren & { variant?: string; hollow?: boolean; onClick?: unknown; showRemoveIcon?: boolean; onRemoveClick?: unknown }) {
  return (
    <span
      className={cx('hs-status-tag', `hs-status-tag--${variant}`, hollow && 'hs-status-tag--hollow', !!onClick && 'hs-status-tag--clickable')}
      data-testid={testId}
      onClick={onClick ? () => fire(onClick) : undefined}
    >
      <span className="hs-status-tag__dot" aria-hidden="true" />
      <span>{children}</span>
      {showRemoveIcon ? (
        <button
          type="button"
          className="hs-status-tag__remove"
          aria-label="Remove"
          onClick={(e) => {
            e.stopPropagation();
            fire(onRemoveClick);
          }}
        >
          ×
        </button>
      ) : null}
    </span>
  );
}
