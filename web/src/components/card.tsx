import { type ReactNode, useId } from 'react';

type TCardProps = {
  title: ReactNode;
  /** Beside the title (an "add" button). */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A titled section of a screen: a card whose heading names it for screen readers. */
export function Card({ title, actions, className, children }: TCardProps) {
  const id = useId();
  const heading = <h2 id={id}>{title}</h2>;
  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={id}>
      {actions ? (
        <div className="section-head">
          {heading}
          {actions}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
