/** Host components. Media: Image and Icon. */
import type { ReactNode } from 'react';
import { extensionEvent, useOverlayTrigger, useReactions } from './overlay';
import { fire, hrefOf } from './util';

export function Image({
  src,
  alt,
  width,
  height,
  href,
  onClick,
  overlay,
  testId,
}: {
  src?: string;
  alt?: string;
  width?: number;
  height?: number;
  href?: unknown;
  onClick?: unknown;
  overlay?: ReactNode;
  testId?: string;
}) {
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
