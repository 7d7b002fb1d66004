import type { ReactNode } from 'react';
import { Link } from '../../ui/router/index.ts';
import { TRY_IT } from './styles.ts';

/** Opens a gallery scenario in the Explorer (`#/example/<id>`), styled as a call to action. */
export function TryItButton({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link to={`/example/${id}`} className={TRY_IT}>
      <span aria-hidden="true">▶</span>
      <span>{children}</span>
    </Link>
  );
}
