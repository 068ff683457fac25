import { Children, useState, type CSSProperties, type ReactNode } from 'react';
import { extensionEvent, useOverlayTrigger, useReactions } from './overlay';
import { cx, distance, fire, hrefOf, sizeClass } from './util';

interface WithChildren {
  children?: ReactNode;
  testId?: string;
}

interface TextFormat {
  fontWeight?: 'regular' | 'bold' | 'demibold';
  italic?: boolean;
  lineDecoration?: 'none' | 'underline' | 'strikethrough';
  textTransform?: 'none' | 'uppercase' | 'lowercase' | 'capitalize' | 'sentenceCase';
}

export function Text({ children, variant = 'bodytext', inline, format, truncate, testId }: WithChildren & { variant?: 'bodytext' | 'microcopy'; inline?: boolean; format?: TextFormat; truncate?: boolean | { maxWidth?: number; tooltipText?: string } }) {
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

export function Link({ children, href, variant = 'primary', onClick, preventDefault, overlay, testId }: WithChildren & { href?: string | { url: string; external?: boolean }; variant?: string; onClick?: unknown; preventDefault?: boolean; overlay?: ReactNode }) {
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
        {external ? <span className="hs-link__external" aria-hidden="true"> ↗</span> : null}
      </a>
      {trigger.element}
    </span>
  );
}

export function Tag({ children, variant = 'default', onClick, overlay, inline, testId }: WithChildren & { variant?: string; onClick?: unknown; overlay?: ReactNode; inline?: boolean }) {
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

export function StatusTag({ children, variant = 'default', hollow, onClick, showRemoveIcon, onRemoveClick, testId }: WithChildren & { variant?: string; hollow?: boolean; onClick?: unknown; showRemoveIcon?: boolean; onRemoveClick?: unknown }) {
  return (
    <span className={cx('hs-status-tag', `hs-status-tag--${variant}`, hollow && 'hs-status-tag--hollow', !!onClick && 'hs-status-tag--clickable')} data-testid={testId} onClick={onClick ? () => fire(onClick) : undefined}>
      <span className="hs-status-tag__dot" aria-hidden="true" />
      <span>{children}</span>
      {showRemoveIcon ? (
        <button type="button" className="hs-status-tag__remove" aria-label="Remove" onClick={(e) => { e.stopPropagation(); fire(onRemoveClick); }}>
          ×
        </button>
      ) : null}
    </span>
  );
}

export function Alert({ title, children, variant = 'info', testId }: WithChildren & { title?: string; variant?: string }) {
  const v = variant === 'error' ? 'danger' : variant;
  return (
    <div className={cx('hs-alert', `hs-alert--${v}`)} role={v === 'danger' || v === 'warning' ? 'alert' : 'status'} data-testid={testId}>
      {title ? <div className="hs-alert__title">{title}</div> : null}
      {children ? <div className="hs-alert__body">{children}</div> : null}
    </div>
  );
}

export function Divider({ distance: d, size }: { distance?: string; size?: string }) {
  const margin = distance(d ?? size, 16);
  return <hr className="hs-divider" style={{ margin: `${margin}px 0` }} />;
}

export function LoadingSpinner({ label = 'Loading', showLabel, size, layout, testId }: { label?: string; showLabel?: boolean; size?: string; layout?: 'inline' | 'centered'; testId?: string }) {
  return (
    <div className={cx('hs-loading', layout === 'centered' && 'hs-loading--centered')} role="status" aria-label={label} data-testid={testId}>
      <span className={cx('hs-spinner', `hs-spinner--${sizeClass(size)}`)} aria-hidden="true" />
      {showLabel ? <span className="hs-loading__label">{label}</span> : null}
    </div>
  );
}

export function EmptyState({ title = 'All is not lost.', children, layout = 'horizontal', flush, testId }: WithChildren & { title?: string; layout?: string; flush?: boolean; imageName?: string }) {
  return (
    <div className={cx('hs-empty-state', `hs-empty-state--${layout}`, flush && 'hs-empty-state--flush')} data-testid={testId}>
      <div className="hs-empty-state__image" aria-hidden="true">∅</div>
      <div className="hs-empty-state__content">
        <div className="hs-empty-state__title">{title}</div>
        {children}
      </div>
    </div>
  );
}

export function ErrorState({ title = 'Something went wrong.', children, type = 'error', testId }: WithChildren & { title?: string; type?: string }) {
  return (
    <div className={cx('hs-error-state', `hs-error-state--${type}`)} role="alert" data-testid={testId}>
      <div className="hs-error-state__image" aria-hidden="true">{type === 'lock' ? '🔒' : '!'}</div>
      <div className="hs-error-state__content">
        <div className="hs-error-state__title">{title}</div>
        {children}
      </div>
    </div>
  );
}

export function Tile({ children, compact, flush, testId }: WithChildren & { compact?: boolean; flush?: boolean }) {
  return (
    <div className={cx('hs-tile', compact && 'hs-tile--compact', flush && 'hs-tile--flush')} data-testid={testId}>
      {children}
    </div>
  );
}

export function DescriptionList({ children, direction = 'column', testId }: WithChildren & { direction?: 'row' | 'column' }) {
  return (
    <dl className={cx('hs-dl', `hs-dl--${direction}`)} data-testid={testId}>
      {children}
    </dl>
  );
}

export function DescriptionListItem({ label, children, testId }: WithChildren & { label?: string }) {
  return (
    <div className="hs-dl__item" data-testid={testId}>
      <dt className="hs-dl__label">{label}</dt>
      <dd className="hs-dl__value">{children}</dd>
    </div>
  );
}

export function List({ children, variant = 'unordered', testId }: WithChildren & { variant?: string }) {
  const ordered = variant.startsWith('ordered');
  const items = Children.toArray(children).map((child, i) => <li key={i}>{child}</li>);
  const className = cx('hs-list', `hs-list--${variant}`);
  return ordered ? (
    <ol className={className} data-testid={testId}>
      {items}
    </ol>
  ) : (
    <ul className={className} data-testid={testId}>
      {items}
    </ul>
  );
}

export function Statistics({ children, testId }: WithChildren) {
  return (
    <div className="hs-statistics" data-testid={testId}>
      {children}
    </div>
  );
}

export function StatisticsItem({ label, number, children, testId }: WithChildren & { label?: string; number?: string | number }) {
  return (
    <div className="hs-statistics__item" data-testid={testId}>
      <div className="hs-statistics__label">{label}</div>
      <div className="hs-statistics__number">{number}</div>
      {children}
    </div>
  );
}

export function StatisticsTrend({ value, direction, color }: { value?: string; direction?: 'increase' | 'decrease'; color?: 'red' | 'green' }) {
  const c = color ?? (direction === 'decrease' ? 'red' : 'green');
  return (
    <span className={cx('hs-statistics__trend', `hs-statistics__trend--${c}`)}>
      {direction === 'decrease' ? '▼' : '▲'} {value}
    </span>
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

export function Accordion({ title, children, defaultOpen, open, disabled, size, onClick, testId }: WithChildren & { title?: string; defaultOpen?: boolean; open?: boolean; disabled?: boolean; size?: string; onClick?: unknown }) {
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
        <span className="hs-accordion__caret" aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
        {title}
      </button>
      {isOpen ? <div className="hs-accordion__body">{children}</div> : null}
    </div>
  );
}

export function Image({ src, alt, width, height, href, onClick, overlay, testId }: { src?: string; alt?: string; width?: number; height?: number; href?: unknown; onClick?: unknown; overlay?: ReactNode; testId?: string }) {
  const reactions = useReactions();
  const trigger = useOverlayTrigger(overlay);
  const { url } = hrefOf(href);
  const img = (
    <img
      className="hs-image"
      src={src}
      alt={alt ?? ''}
      width={width}
      height={height}
      data-testid={testId}
      onClick={() => {
        fire(onClick, extensionEvent('click'), reactions);
        trigger.open();
      }}
    />
  );
  return (
    <>
      {url ? <a href={url}>{img}</a> : img}
      {trigger.element}
    </>
  );
}

export function Icon({ name, screenReaderText }: { name?: string; screenReaderText?: string; size?: string; color?: string }) {
  return (
    <span className="hs-icon" role={screenReaderText ? 'img' : undefined} aria-label={screenReaderText} title={name}>
      ●
    </span>
  );
}

export function ProgressBar({ value = 0, maxValue = 100, title, showPercentage, valueDescription, variant = 'success', testId }: { value?: number; maxValue?: number; title?: string; showPercentage?: boolean; valueDescription?: string; variant?: string; testId?: string }) {
  const pct = maxValue > 0 ? Math.max(0, Math.min(100, (value / maxValue) * 100)) : 0;
  return (
    <div className={cx('hs-progress', `hs-progress--${variant}`)} data-testid={testId}>
      <div className="hs-progress__head">
        <span>{title}</span>
        <span>{showPercentage ? `${Math.round(pct)}%` : valueDescription}</span>
      </div>
      <div className="hs-progress__track" role="progressbar" aria-valuenow={value} aria-valuemax={maxValue}>
        <div className="hs-progress__fill" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

export function StepIndicator({ stepNames = [], currentStep = 0, direction = 'horizontal', onClick, testId }: { stepNames?: string[]; currentStep?: number; direction?: string; onClick?: unknown; testId?: string }) {
  return (
    <ol className={cx('hs-steps', `hs-steps--${direction}`)} data-testid={testId}>
      {stepNames.map((name, i) => (
        <li key={i} className={cx('hs-steps__step', i < currentStep && 'hs-steps__step--done', i === currentStep && 'hs-steps__step--current')} onClick={onClick ? () => fire(onClick, i) : undefined}>
          <span className="hs-steps__circle">{i < currentStep ? '✓' : i + 1}</span>
          <span className="hs-steps__name">{name}</span>
        </li>
      ))}
    </ol>
  );
}
