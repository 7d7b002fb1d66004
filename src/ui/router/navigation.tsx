import {
  useCallback,
  useContext,
  useEffect,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { RouteContext, useHistory, useLocation } from './context.ts';
import { joinPaths } from './match.ts';

export type To = string | { hash: string };
export interface NavigateOptions {
  replace?: boolean;
}

/** Resolves a link target against the current route: absolute, relative, or "#section here". */
function useResolve() {
  const { base } = useContext(RouteContext);
  const location = useLocation();
  return useCallback(
    (to: To) =>
      typeof to === 'string'
        ? joinPaths(base, to)
        : `${location.pathname}#${to.hash.replace(/^#/, '')}`,
    [base, location.pathname],
  );
}

export function useNavigate() {
  const history = useHistory();
  const resolve = useResolve();
  return useCallback(
    (to: To | number, options: NavigateOptions = {}) => {
      if (typeof to === 'number') return history.back();
      const path = resolve(to);
      if (options.replace) history.replace(path);
      else history.push(path);
    },
    [history, resolve],
  );
}

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: To;
  replace?: boolean;
  /** Accepted for compatibility; this router never resets scroll itself. */
  preventScrollReset?: boolean;
};

export function Link({
  to,
  replace,
  preventScrollReset: _ignored,
  onClick,
  target,
  ...rest
}: AnchorProps) {
  const resolve = useResolve();
  const navigate = useNavigate();
  const path = resolve(to);
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // Let the browser handle new tabs and windows; take over plain clicks only.
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      (target && target !== '_self')
    )
      return;
    event.preventDefault();
    navigate(path, { replace });
  };
  return <a {...rest} target={target} href={`#${path}`} onClick={handle} />;
}

export function NavLink({
  className,
  end = false,
  children,
  ...props
}: Omit<AnchorProps, 'className' | 'children'> & {
  className?: string | ((state: { isActive: boolean }) => string);
  end?: boolean;
  children?: ReactNode;
}) {
  const resolve = useResolve();
  const { pathname } = useLocation();
  const path = resolve(props.to);
  const isActive = pathname === path || (!end && path !== '/' && pathname.startsWith(`${path}/`));
  return (
    <Link
      {...props}
      aria-current={isActive ? 'page' : undefined}
      className={typeof className === 'function' ? className({ isActive }) : className}
    >
      {children}
    </Link>
  );
}

export function Navigate({ to, replace = false }: { to: To; replace?: boolean }) {
  const navigate = useNavigate();
  useEffect(() => navigate(to, { replace }), [navigate, to, replace]);
  return null;
}
