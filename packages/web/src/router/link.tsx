import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { isPlainClick, navigate } from './location.ts';

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An ordinary anchor (copyable, opens in a new tab) that navigates in place on a plain click. */
export function Link({ href, onClick, target, ...rest }: LinkProps) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (target === undefined && isPlainClick(e)) {
      e.preventDefault();
      navigate(href);
    }
  };
  return <a href={href} target={target} onClick={handle} {...rest} />;
}
