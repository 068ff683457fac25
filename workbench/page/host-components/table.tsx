import type { ReactNode } from 'react';
import { cx, fire } from './util';

interface El {
  children?: ReactNode;
  testId?: string;
  align?: 'left' | 'center' | 'right';
  width?: 'min' | 'max' | 'auto' | number;
}
const widthOf = (w: El['width']) => (typeof w === 'number' ? w : w === 'min' ? '1%' : undefined);

export function Table({
  children,
  bordered = true,
  flush,
  density = 'default',
  paginated,
  pageCount = 1,
  page,
  onPageChange,
  showButtonLabels = true,
  testId,
}: El & { bordered?: boolean; flush?: boolean; density?: string; paginated?: boolean; pageCount?: number; page?: number; onPageChange?: unknown; showButtonLabels?: boolean }) {
  const current = page ?? 1;
  return (
    <div className={cx('hs-table-wrap', flush && 'hs-table-wrap--flush')}>
      <table className={cx('hs-table', bordered && 'hs-table--bordered', `hs-table--${density}`)} data-testid={testId}>
        {children}
      </table>
      {paginated ? (
        <nav className="hs-pagination" aria-label="Pagination">
          <button type="button" className="hs-pagination__btn" disabled={current <= 1} onClick={() => fire(onPageChange, current - 1)}>
            ‹ {showButtonLabels ? 'Prev' : ''}
          </button>
          {Array.from({ length: Math.max(1, pageCount) }, (_, i) => i + 1).map((n) => (
            <button
              key={n}
              type="button"
              className={cx('hs-pagination__page', n === current && 'hs-pagination__page--current')}
              aria-current={n === current ? 'page' : undefined}
              onClick={() => fire(onPageChange, n)}
            >
              {n}
            </button>
          ))}
          <button type="button" className="hs-pagination__btn" disabled={current >= pageCount} onClick={() => fire(onPageChange, current + 1)}>
            {showButtonLabels ? 'Next' : ''} ›
          </button>
        </nav>
      ) : null}
    </div>
  );
}

export const TableHead = ({ children }: El) => <thead className="hs-table__head">{children}</thead>;
export const TableBody = ({ children }: El) => <tbody className="hs-table__body">{children}</tbody>;
export const TableFooter = ({ children }: El) => <tfoot className="hs-table__foot">{children}</tfoot>;
export const TableRow = ({ children, testId }: El) => <tr data-testid={testId}>{children}</tr>;

export function TableHeader({
  children,
  align,
  width,
  sortDirection,
  onSortChange,
  disabled,
}: El & { sortDirection?: 'ascending' | 'descending' | 'none' | 'never'; onSortChange?: unknown; disabled?: boolean }) {
  const sortable = sortDirection && sortDirection !== 'never';
  const next = sortDirection === 'ascending' ? 'descending' : 'ascending';
  return (
    <th className="hs-table__th" style={{ textAlign: align, width: widthOf(width) }} aria-sort={sortable && sortDirection !== 'none' ? sortDirection : undefined}>
      {sortable ? (
        <button type="button" className="hs-table__sort" disabled={disabled} onClick={() => fire(onSortChange, next)}>
          {children} <span aria-hidden="true">{sortDirection === 'ascending' ? '▲' : sortDirection === 'descending' ? '▼' : '↕'}</span>
        </button>
      ) : (
        children
      )}
    </th>
  );
}

export function TableCell({ children, align, width, colSpan, testId }: El & { colSpan?: number }) {
  return (
    <td className="hs-table__td" style={{ textAlign: align, width: widthOf(width) }} colSpan={colSpan} data-testid={testId}>
      {children}
    </td>
  );
}
