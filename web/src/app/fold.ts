import { type KeyboardEvent, useRef, useState } from 'react';
import { useLocation } from './router';

/**
 * A fold of the header behind a button (a phone's Menu, a desk's Lainnya): open only on the page it
 * was opened on, so that going anywhere closes it; Escape from inside closes it and returns to its
 * button.
 */
export function useFold() {
  const { path } = useLocation();
  const [openAt, setOpenAt] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const open = openAt === path;
  return {
    open,
    /** Its button's own props; the caller adds what the button opens (aria-controls) and says. */
    button: {
      ref: button,
      type: 'button' as const,
      'aria-expanded': open,
      onClick: () => setOpenAt(open ? null : path),
    },
    close: () => setOpenAt(null),
    closeOnEscape: (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !open) return;
      setOpenAt(null);
      button.current?.focus();
    },
  };
}
