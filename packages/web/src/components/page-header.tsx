/** The page's one h1, its tab title, and an optional line under it. */
import type { ReactNode } from 'react';
import { usePageTitle } from '../app/use-page-title.ts';

export function PageHeader({
  title,
  lead,
  actions,
}: {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <header className="page-header">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>{title}</h1>
        {actions ? <div className="row no-print">{actions}</div> : null}
      </div>
      {lead ? <p className="muted">{lead}</p> : null}
    </header>
  );
}
