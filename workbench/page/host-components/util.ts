/** Helpers shared by the host components. */
import type { ReactNode } from 'react';

/** Props every container-like host component takes. */
export interface WithChildren {
  children?: ReactNode;
  testId?: string;
}

/** Calls an event prop (a proxy into the card's worker, or a plain function in tests); a failure is logged, never thrown into React. */
export function fire(fn: unknown, ...args: unknown[]): void {
  if (typeof fn !== 'function') return;
  try {
    const out = (fn as (...a: unknown[]) => unknown)(...args);
    if (out && typeof (out as Promise<unknown>).catch === 'function') {
      (out as Promise<unknown>).catch((err: unknown) => console.warn('[workbench] card event handler failed', err));
    }
  } catch (err) {
    console.warn('[workbench] card event handler failed', err);
  }
}

const DISTANCES: Record<string, number> = {
  flush: 0,
  'extra-small': 4,
  xs: 4,
  small: 8,
  sm: 8,
  medium: 16,
  md: 16,
  large: 24,
  lg: 24,
  'extra-large': 32,
  xl: 32,
};

export function distance(value: unknown, fallback = 0): number {
  return typeof value === 'string' && value in DISTANCES ? DISTANCES[value] : fallback;
}

const FLEX: Record<string, string> = {
  start: 'flex-start',
  end: 'flex-end',
  center: 'center',
  between: 'space-between',
  around: 'space-around',
  baseline: 'baseline',
  stretch: 'stretch',
  auto: 'auto',
};
export const flexValue = (v: unknown): string | undefined => (typeof v === 'string' ? FLEX[v] : undefined);

export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

export function hrefOf(href: unknown): { url?: string; external: boolean } {
  if (typeof href === 'string') return { url: href, external: /^https?:/.test(href) };
  if (href && typeof href === 'object' && 'url' in href) {
    const h = href as { url: string; external?: boolean };
    return { url: h.url, external: h.external ?? /^https?:/.test(h.url) };
  }
  return { external: false };
}

export function sizeClass(size: unknown): string {
  switch (size) {
    case 'xs':
    case 'extra-small':
      return 'xs';
    case 'sm':
    case 'small':
      return 'sm';
    case 'lg':
    case 'large':
      return 'lg';
    default:
      return 'md';
  }
}
