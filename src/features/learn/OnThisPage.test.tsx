// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { compileMarkdown, outlineOf } from '../../../scripts/concepts/markdown-tree.ts';
import { MemoryRouter } from '../../ui/router/index.ts';
import { OnThisPage } from './OnThisPage.tsx';

function renderOutline(markdown: string) {
  return render(
    <MemoryRouter initialEntries={['/learn/pricing']}>
      <OnThisPage headings={outlineOf(compileMarkdown(markdown))} />
    </MemoryRouter>,
  );
}

describe('OnThisPage', () => {
  it('links to each ## section of the page, not to its footnotes', () => {
    renderOutline('## What you pay for\n\nA.[^1]\n\n### Detail\n\n## Free tier `2025`\n\n[^1]: B.');
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['What you pay for', '#/learn/pricing#what-you-pay-for'],
      ['Free tier 2025', '#/learn/pricing#free-tier-2025'],
    ]);
  });

  it('is left out for a page with a single section', () => {
    const { container } = renderOutline('## Only one\n\nText.');
    expect(container).toBeEmptyDOMElement();
  });
});
