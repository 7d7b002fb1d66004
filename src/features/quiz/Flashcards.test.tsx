// @vitest-environment jsdom
import { Suspense } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from '../../ui/router/index.ts';
import { loadGlossary } from '../../ui/learn-content/glossary.ts';
import { Flashcards } from './Flashcards.tsx';

describe('glossary flashcards', () => {
  it('flip with Space and Enter, and move with the arrow keys', async () => {
    const glossary = await loadGlossary();
    const [first, second] = glossary;
    await act(async () => {
      render(
        <MemoryRouter>
          <Suspense fallback={null}>
            <Flashcards />
          </Suspense>
        </MemoryRouter>,
      );
    });
    const user = userEvent.setup();
    const card = screen.getByRole('button', { name: new RegExp(first!.term) });
    expect(screen.getByText(`Card 1 of ${glossary.length}`)).toBeInTheDocument();

    card.focus();
    await user.keyboard(' ');
    expect(card).toHaveTextContent(first!.definition);
    await user.keyboard('{Enter}');
    expect(card).toHaveTextContent(first!.term);

    await user.keyboard('{ArrowRight}');
    expect(card).toHaveTextContent(second!.term);
    expect(screen.getByText(`Card 2 of ${glossary.length}`)).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByText(`Card ${glossary.length} of ${glossary.length}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    expect(card).toHaveTextContent(first!.term);
  });
});
