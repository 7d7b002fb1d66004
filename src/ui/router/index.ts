/**
 * A small hash router with the part of react-router's API this app uses (Link, NavLink,
 * Navigate, Routes, Route, Outlet, useParams, useNavigate, useLocation, MemoryRouter).
 * Written here because the app needs a tenth of react-router, and its 30 KB (gzip) were a
 * seventh of the first-load budget.
 */
export { HashRouter, MemoryRouter, Outlet, Route, Routes, type RouteProps } from './routes.tsx';
export {
  Link,
  NavLink,
  Navigate,
  useNavigate,
  type To,
  type NavigateOptions,
} from './navigation.tsx';
export { useLocation, useParams } from './context.ts';
export { parsePath, type Location } from './history.ts';
