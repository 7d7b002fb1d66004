// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  HashRouter,
  Link,
  MemoryRouter,
  Navigate,
  NavLink,
  Outlet,
  Route,
  Routes,
  useLocation,
  useParams,
} from './index.ts';
import { matchPath, joinPaths } from './match.ts';
import { parsePath } from './history.ts';

function Where() {
  const l = useLocation();
  return <p data-testid="where">{`${l.pathname}${l.hash}`}</p>;
}
function Slug() {
  return <p>slug={useParams().slug}</p>;
}
function Quiz() {
  return (
    <Routes>
      <Route index element={<p>quiz home</p>} />
      <Route path="topic/:topic" element={<Topic />} />
      <Route path="exam" element={<Link to="../topic/cold">go topic</Link>} />
      <Route path="*" element={<Navigate to="/quiz" replace />} />
    </Routes>
  );
}
function Topic() {
  return <p>topic={useParams().topic}</p>;
}
function Shell() {
  return (
    <div>
      <NavLink to="/learn" className={({ isActive }) => (isActive ? 'on' : 'off')}>
        Learn
      </NavLink>
      <Outlet />
      <Where />
    </div>
  );
}
function app(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/" element={<Shell />}>
          <Route index element={<p>explorer</p>} />
          <Route path="learn" element={<p>learn index</p>} />
          <Route path="learn/:slug" element={<Slug />} />
          <Route path="quiz/*" element={<Quiz />} />
          <Route path="*" element={<p>not found</p>} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}

describe('the hash router', () => {
  it('matches patterns, params and splats', () => {
    expect(matchPath('learn/:slug', 'learn/cold-starts', true)).toEqual({
      params: { slug: 'cold-starts' },
      consumed: 'learn/cold-starts',
    });
    expect(matchPath('learn', 'learn/x', true)).toBeNull();
    expect(matchPath('quiz/*', 'quiz/topic/a', true)).toEqual({
      params: { '*': 'topic/a' },
      consumed: 'quiz',
    });
    expect(joinPaths('/quiz', 'topic/a')).toBe('/quiz/topic/a');
    expect(joinPaths('/quiz/exam', '../review')).toBe('/quiz/review');
    expect(parsePath('/learn/pricing#free-tier')).toMatchObject({
      pathname: '/learn/pricing',
      hash: '#free-tier',
    });
    // Link options ride after the path, outside the route's params.
    expect(parsePath('/s/s1.abc?locked=1')).toMatchObject({
      pathname: '/s/s1.abc',
      search: '?locked=1',
    });
    expect(parsePath('/learn')).toMatchObject({ pathname: '/learn', search: '' });
  });

  it('renders nested routes with params, an outlet and a not-found', () => {
    app('/learn/cold-starts');
    expect(screen.getByText('slug=cold-starts')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Learn' })).toHaveClass('on');
    expect(screen.getByRole('link', { name: 'Learn' })).toHaveAttribute('aria-current', 'page');
  });

  it('falls through to the catch-all', () => {
    app('/nowhere');
    expect(screen.getByText('not found')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Learn' })).toHaveClass('off');
  });

  it('resolves descendant routes and relative links under a splat', async () => {
    app('/quiz/exam');
    await userEvent.click(screen.getByRole('link', { name: 'go topic' }));
    expect(screen.getByText('topic=cold')).toBeInTheDocument();
    expect(screen.getByTestId('where')).toHaveTextContent('/quiz/topic/cold');
  });

  it('redirects with Navigate', () => {
    app('/quiz/unknown');
    expect(screen.getByText('quiz home')).toBeInTheDocument();
    expect(screen.getByTestId('where')).toHaveTextContent(/^\/quiz$/);
  });

  it('writes the route into the URL hash in the browser', async () => {
    window.location.hash = '#/';
    render(
      <HashRouter>
        <Link to="/learn/pricing">pricing</Link>
        <Link to={{ hash: 'free-tier' }}>section</Link>
        <Where />
      </HashRouter>,
    );
    expect(screen.getByRole('link', { name: 'pricing' })).toHaveAttribute(
      'href',
      '#/learn/pricing',
    );
    await userEvent.click(screen.getByRole('link', { name: 'pricing' }));
    await screen.findByText('/learn/pricing');
    expect(window.location.hash).toBe('#/learn/pricing');
    await userEvent.click(screen.getByRole('link', { name: 'section' }));
    await screen.findByText('/learn/pricing#free-tier');
  });
});
