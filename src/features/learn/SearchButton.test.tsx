// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from '../../ui/router/index.ts';
import { stubDialog } from '../../ui/test-support/dialog-stub.ts';
import { loadSearchIndex } from './search-data.ts';
import { SearchButton } from './SearchButton.tsx';
import { useSearchUi } from './search-store.ts';

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

beforeAll(async () => {
  stubDialog();
  Element.prototype.scrollIntoView = () => undefined; // jsdom does no layout
  await loadSearchIndex(); // warm: the first transform of every page can be slow
}, 30_000);

beforeEach(() => useSearchUi.setState({ open: false }));

describe('SearchButton', () => {
  it('opens one search from "/" however many buttons there are; arrows and Enter open a result', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <SearchButton />
        <SearchButton />
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>,
    );
    expect(screen.getAllByRole('button', { name: /Search/ })).toHaveLength(2);
    await act(async () => {
      await user.keyboard('/');
    });
    const input = await screen.findByRole('combobox', { name: 'Search pages and glossary' });
    expect(screen.getAllByRole('combobox')).toHaveLength(1);

    await user.type(input, 'cold start');
    const options = await screen.findAllByRole('option');
    expect(options[0]).toHaveTextContent('Cold starts');
    expect(options[0]!.querySelector('mark')).toHaveTextContent(/^cold$/i);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(screen.getByTestId('where')).toHaveTextContent('/learn/cold-starts');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('does not open on "/" typed into a field', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <SearchButton />
        <input aria-label="Name" />
      </MemoryRouter>,
    );
    await user.type(screen.getByLabelText('Name'), 'a/b');
    expect(screen.getByLabelText('Name')).toHaveValue('a/b');
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
