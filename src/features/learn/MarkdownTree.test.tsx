// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { compileMarkdown } from '../../../scripts/concepts/markdown-tree.ts';
import { MemoryRouter } from '../../ui/router/index.ts';
import { loadGlossary } from '../../ui/learn-content/glossary.ts';
import { MarkdownTree } from './MarkdownTree.tsx';

const MARKDOWN = `## What happens in a cold start

A [cold start](#/glossary/cold-start) is slow. See [concurrency](#/learn/concurrency-and-throttling)
and the [Lambda guide](https://docs.aws.amazon.com/lambda/).

<script>window.pwned = true</script>

Some <b>bold</b> text and <img src="x" onerror="window.pwned = true"> here.[^1]

| Runtime | Cold start |
| --- | ---: |
| Node.js | 200 ms |

\`\`\`js
export const handler = async () => 'hi';
\`\`\`

[Try it: the cold start lab](#/example/cold-start-lab) or [the REST API example](#/example/rest-api).

[^1]: A footnote with a [source](https://example.com/).
`;
// Compiled as the build does (scripts/vite-plugin-concepts.ts), rendered as the page does.
const TREE = compileMarkdown(MARKDOWN);

async function renderBody() {
  const glossary = await loadGlossary();
  render(
    <MemoryRouter initialEntries={['/learn/cold-starts']}>
      <MarkdownTree tree={TREE} />
    </MemoryRouter>,
  );
  return glossary.find((entry) => entry.slug === 'cold-start')!;
}

describe('MarkdownTree', () => {
  it('shows a glossary term’s definition on keyboard focus, tied with aria-describedby', async () => {
    const entry = await renderBody();
    const term = screen.getByRole('link', { name: 'cold start' });
    expect(term).toHaveAttribute('href', '#/glossary/cold-start');
    expect(screen.queryByRole('tooltip')).toBeNull();

    act(() => term.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent(entry.definition);
    expect(term).toHaveAccessibleDescription(entry.definition);

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows the definition on hover too', async () => {
    await renderBody();
    await userEvent.hover(screen.getByRole('link', { name: 'cold start' }));
    expect(screen.getByRole('tooltip')).toBeVisible();
    await userEvent.unhover(screen.getByRole('link', { name: 'cold start' }));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('renders no HTML from the markdown', async () => {
    const { container } = render(
      <MemoryRouter>
        <MarkdownTree tree={TREE} />
      </MemoryRouter>,
    );
    expect(container.querySelector('script, b, img, [onerror]')).toBeNull();
    expect(container.innerHTML).not.toContain('pwned');
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
    expect(screen.getByText(/Some\s+bold\s+text/)).toBeInTheDocument();
  });

  it('gives headings an id and a link, and keeps links safe and in the router', async () => {
    await renderBody();
    const heading = screen.getByRole('heading', { level: 2, name: /What happens in a cold start/ });
    expect(heading).toHaveAttribute('id', 'what-happens-in-a-cold-start');
    const anchor = within(heading).getByRole('link', { name: /Link to the section/ });
    expect(anchor.getAttribute('href')).toBe('#/learn/cold-starts#what-happens-in-a-cold-start');

    expect(screen.getByRole('link', { name: 'concurrency' })).toHaveAttribute(
      'href',
      '#/learn/concurrency-and-throttling',
    );
    const external = screen.getByRole('link', { name: /Lambda guide/ });
    expect(external).toHaveAttribute('rel', 'noopener noreferrer');
    expect(external).toHaveAttribute('target', '_blank');
  });

  it('renders "Try it" as a button-like link, tables, code and footnotes', async () => {
    await renderBody();
    const tryIt = screen.getByRole('link', { name: /Try it: the cold start lab/ });
    expect(tryIt).toHaveAttribute('href', '#/example/cold-start-lab');
    expect(tryIt.className).toContain('bg-blue-700');
    const inline = screen.getByRole('link', { name: 'the REST API example' });
    expect(inline.className).not.toContain('bg-blue-700');

    expect(screen.getByRole('columnheader', { name: 'Runtime' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '200 ms' })).toBeInTheDocument();
    expect(screen.getByText(/export const handler/).closest('pre')).not.toBeNull();

    const ref = screen.getByRole('link', { name: '1' });
    expect(ref.getAttribute('href')).toBe('#/learn/cold-starts#user-content-fn-1');
    expect(screen.getByRole('heading', { name: 'Notes' })).toBeInTheDocument();
  });

  it('keeps footnote references and back-references tied together, with their ARIA attributes', async () => {
    await renderBody();
    const ref = screen.getByRole('link', { name: '1' });
    expect(ref).toHaveAttribute('id', 'user-content-fnref-1');
    expect(ref).toHaveAttribute('data-footnote-ref', '');
    expect(ref).toHaveAccessibleDescription('Notes');
    expect(document.getElementById('user-content-fn-1')).toHaveTextContent(/A footnote/);
    const back = screen.getByRole('link', { name: 'Back to reference 1' });
    expect(back.getAttribute('href')).toBe('#/learn/cold-starts#user-content-fnref-1');
  });

  it('renders script-like text as text, and a link with an unsafe URL as no link', () => {
    const tree = compileMarkdown(
      '`<script>alert(1)</script>` and \\<b>not bold\\</b> and [click](javascript:alert(1)).',
    );
    const { container } = render(
      <MemoryRouter>
        <MarkdownTree tree={tree} />
      </MemoryRouter>,
    );
    expect(container.querySelector('script, b')).toBeNull();
    expect(container.querySelector('code')).toHaveTextContent('<script>alert(1)</script>');
    expect(container).toHaveTextContent('<b>not bold</b>');
    expect(screen.getByText('click')).not.toHaveAttribute('href');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('renders without React warnings (keys, whitespace in tables)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderBody();
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});
