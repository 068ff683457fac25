import type { CSSProperties, ReactNode } from 'react';
import { distance, flexValue } from './util';

interface FlexProps {
  children?: ReactNode;
  direction?: 'row' | 'column';
  justify?: string;
  align?: string;
  alignSelf?: string;
  wrap?: boolean | 'wrap' | 'nowrap';
  gap?: string;
  distance?: string;
  width?: string;
  testId?: string;
}

export function Flex({ children, direction = 'row', justify, align, alignSelf, wrap, gap, testId }: FlexProps) {
  const style: CSSProperties = {
    display: 'flex',
    flexDirection: direction,
    justifyContent: flexValue(justify),
    alignItems: flexValue(align),
    alignSelf: flexValue(alignSelf),
    flexWrap: wrap === true || wrap === 'wrap' ? 'wrap' : 'nowrap',
    gap: distance(gap, 0),
  };
  return (
    <div className="hs-flex" style={style} data-testid={testId}>
      {children}
    </div>
  );
}

/** Deprecated Stack: a column (or row) with `distance` between items. */
export function Stack({ children, direction = 'column', justify, align, distance: d, width, testId }: FlexProps) {
  const style: CSSProperties = {
    display: 'flex',
    flexDirection: direction,
    justifyContent: flexValue(justify),
    alignItems: flexValue(align),
    gap: distance(d, 8),
    width: width === '100%' ? '100%' : undefined,
  };
  return (
    <div className="hs-stack" style={style} data-testid={testId}>
      {children}
    </div>
  );
}

export function Inline({ children, justify, align, gap, testId }: FlexProps) {
  return (
    <div
      className="hs-inline"
      style={{ display: 'flex', flexWrap: 'wrap', justifyContent: flexValue(justify), alignItems: flexValue(align) ?? 'center', gap: distance(gap, 8) }}
      data-testid={testId}
    >
      {children}
    </div>
  );
}

export function ButtonRow({ children, testId }: { children?: ReactNode; testId?: string }) {
  return (
    <div className="hs-button-row" data-testid={testId}>
      {children}
    </div>
  );
}

export function Box({ children, flex, alignSelf, testId }: { children?: ReactNode; flex?: string | number; alignSelf?: string; testId?: string }) {
  const style: CSSProperties = {
    flex: typeof flex === 'number' ? flex : flex === 'auto' ? '1 1 auto' : flex === 'none' ? 'none' : flex === 'initial' ? '0 1 auto' : undefined,
    alignSelf: flexValue(alignSelf),
    minWidth: 0,
  };
  return (
    <div className="hs-box" style={style} data-testid={testId}>
      {children}
    </div>
  );
}

export function AutoGrid({ children, columnWidth = 200, gap, testId }: { children?: ReactNode; columnWidth?: number; gap?: string; testId?: string }) {
  return (
    <div className="hs-autogrid" style={{ display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(${columnWidth}px, 1fr))`, gap: distance(gap, 8) }} data-testid={testId}>
      {children}
    </div>
  );
}

export function Spacer({ size }: { size?: string }) {
  return <div className="hs-spacer" style={{ height: distance(size, 16) }} />;
}
