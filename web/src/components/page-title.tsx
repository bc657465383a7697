import type { ReactNode } from 'react';
import { useTitle } from '../app/router';

/** The screen's one h1, also the document title. */
export function PageTitle(props: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  useTitle(props.title);
  return (
    <div className="page-title">
      <div>
        <h1>{props.title}</h1>
        {props.subtitle && <p className="subtitle">{props.subtitle}</p>}
      </div>
      {props.actions && <div className="actions">{props.actions}</div>}
    </div>
  );
}
