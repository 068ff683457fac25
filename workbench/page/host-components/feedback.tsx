/** Host components. Status and feedback: Alert, LoadingSpinner, EmptyState, ErrorState, ProgressBar, StepIndicator. */
import { cx, fire, sizeClass, type WithChildren } from './util';

export function Alert({ title, children, variant = 'info', testId }: WithChildren & { title?: string; variant?: string }) {
  const v = variant === 'error' ? 'danger' : variant;
  return (
    <div className={cx('hs-alert', `hs-alert--${v}`)} role={v === 'danger' || v === 'warning' ? 'alert' : 'status'} data-testid={testId}>
      {title ? <div className="hs-alert__title">{title}</div> : null}
      {children ? <div className="hs-alert__body">{children}</div> : null}
    </div>
  );
}

export function LoadingSpinner({
  label = 'Loading',
  showLabel,
  size,
  layout,
  testId,
}: {
  label?: string;
  showLabel?: boolean;
  size?: string;
  layout?: 'inline' | 'centered';
  testId?: string;
}) {
  return (
    <div className={cx('hs-loading', layout === 'centered' && 'hs-loading--centered')} role="status" aria-label={label} data-testid={testId}>
      <span className={cx('hs-spinner', `hs-spinner--${sizeClass(size)}`)} aria-hidden="true" />
      {showLabel ? <span className="hs-loading__label">{label}</span> : null}
    </div>
  );
}

export function EmptyState({
  title = 'All is not lost.',
  children,
  layout = 'horizontal',
  flush,
  testId,
}: WithChildren & { title?: string; layout?: string; flush?: boolean; imageName?: string }) {
  return (
    <div className={cx('hs-empty-state', `hs-empty-state--${layout}`, flush && 'hs-empty-state--flush')} data-testid={testId}>
      <div className="hs-empty-state__image" aria-hidden="true">
        ∅
      </div>
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
      <div className="hs-error-state__image" aria-hidden="true">
        {type === 'lock' ? '🔒' : '!'}
      </div>
      <div className="hs-error-state__content">
        <div className="hs-error-state__title">{title}</div>
        {children}
      </div>
    </div>
  );
}

export function ProgressBar({
  value = 0,
  maxValue = 100,
  title,
  showPercentage,
  valueDescription,
  variant = 'success',
  testId,
}: {
  value?: number;
  maxValue?: number;
  title?: string;
  showPercentage?: boolean;
  valueDescription?: string;
  variant?: string;
  testId?: string;
}) {
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

export function StepIndicator({
  stepNames = [],
  currentStep = 0,
  direction = 'horizontal',
  onClick,
  testId,
}: {
  stepNames?: string[];
  currentStep?: number;
  direction?: string;
  onClick?: unknown;
  testId?: string;
}) {
  return (
    <ol className={cx('hs-steps', `hs-steps--${direction}`)} data-testid={testId}>
      {stepNames.map((name, i) => (
        <li
          key={i}
          className={cx('hs-steps__step', i < currentStep && 'hs-steps__step--done', i === currentStep && 'hs-steps__step--current')}
          onClick={onClick ? () => fire(onClick, i) : undefined}
        >
          <span className="hs-steps__circle">{i < currentStep ? '✓' : i + 1}</span>
          <span className="hs-steps__name">{name}</span>
        </li>
      ))}
    </ol>
  );
}
