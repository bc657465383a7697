import { type ReactNode, type RefObject, useEffect, useRef } from 'react';

/**
 * What an action did, said where it was taken. Where the action left the focus nowhere (its
 * button gone from the page, or disabled while it ran), the notice takes it, so a keyboard or a
 * screen reader goes on from here and not from the top of the page; a focus the person moved
 * elsewhere meanwhile stays where it is.
 */
export function DoneNotice({ children }: { children: ReactNode }) {
  const ref: RefObject<HTMLDivElement | null> = useRef(null);
  useEffect(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) ref.current?.focus();
  }, []);
  return (
    <div className="alert success" role="status" tabIndex={-1} ref={ref}>
      {children}
    </div>
  );
}
