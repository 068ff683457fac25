/** Host components. Data display: Tile, Divider, DescriptionList, List, Statistics. */
import { Children } from 'react';
import { cx, distance, type WithChildren } from './util';

export function Tile({ children, compact, flush, testId }: WithChildren & { compact?: boolean; flush?: boolean }) {
  return (
    <div className={cx('hs-tile', compact && 'hs-tile--compact', flush && 'hs-tile--flush')} data-testid={testId}>
      {children}
    </div>
  );
}

export function Divider({ distance: d, size }: { distance?: string; size?: string }) {
  const margin = distance(d ?? size, 16);
  return <hr className="hs-divider" style={{ margin: `${margin}px 0` }} />;
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
