// @vitest-environment jsdom
import { Suspense } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from '../../ui/router/index.ts';
import { ConceptRoute } from './ConceptRoute.tsx';
import { loadConceptPage } from './concept-pages.ts';
import { loadGlossary } from '../../ui/learn-content/glossary.ts';

// `use()` suspends: awaiting act lets React finish rendering once the data is in.
async function renderAt(path: string) {
  await act(async () => {
    render(
      <MemoryRouter initialEntries={[path]}>
        <Suspense fallback={<p>Loading</p>}>
          <Routes>
            <Route path="/learn/:slug" element={<ConceptRoute />} />
          </Routes>
        </Suspense>
      </MemoryRouter>,
    );
  });
}

describe('ConceptRoute', () => {
  // The first transform of the markdown and JSON modules can be slow on a cold cache.
  beforeAll(async () => {
    await Promise.all([loadConceptPage('cold-starts'), loadGlossary()]);
  }, 20_000);

  it('renders a page with its title, dated sources, try-it buttons and related pages', async () => {
    await renderAt('/learn/cold-starts');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cold starts' }),
    ).toBeInTheDocument();
    const sources = screen.getByRole('region', { name: 'Sources' });
    const first = within(sources).getAllByRole('link')[0]!;
    expect(first).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
    expect(first).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(sources).getAllByRole('listitem')[0]!.querySelector('time')).not.toBeNull();
    const tryIt = screen.getByRole('region', { name: 'Try it in the Explorer' });
    expect(within(tryIt).getByRole('link', { name: /Cold-start lab/ })).toHaveAttribute(
      'href',
      '#/example/cold-start-lab',
    );
    const related = screen.getByRole('region', { name: 'Related pages' });
    expect(within(related).getByRole('link', { name: /AWS Lambda/ })).toHaveAttribute(
      'href',
      '#/learn/aws-lambda',
    );
    expect(document.title).toBe('Cold starts — Serverless Explorer');
  });

  it('says kindly that an unknown page does not exist, and lists the pages', async () => {
    await renderAt('/learn/no-such-page');
    expect(
      await screen.findByRole('heading', { name: 'There is no page called “no-such-page”' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Start here' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /What serverless is/ })).toHaveAttribute(
      'href',
      '#/learn/what-is-serverless',
    );
  });
});
