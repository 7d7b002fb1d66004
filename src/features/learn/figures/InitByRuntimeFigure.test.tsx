// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InitByRuntimeFigure } from './InitByRuntimeFigure.tsx';

describe('InitByRuntimeFigure', () => {
  it('lists every runtime, measured beside the model, and follows the package type', async () => {
    render(<InitByRuntimeFigure caption="INIT by runtime." />);
    const table = screen.getByRole('table');
    const rows = () => within(table).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(7);
    expect(rows()[0]).toHaveTextContent(/Rust.*16 ms \/ 20 ms/);
    expect(screen.getByRole('img', { name: /\.zip, x86_64/ })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'container image' }));
    expect(screen.getByRole('img', { name: /container image, x86_64/ })).toBeInTheDocument();
    expect(
      within(table).getByRole('rowheader', { name: /Node\.js/ }).parentElement,
    ).toHaveTextContent(/296 ms \/ 571 ms/);
    expect(screen.getByRole('figure', { name: /INIT by runtime/ })).toBeInTheDocument();
  });
});
