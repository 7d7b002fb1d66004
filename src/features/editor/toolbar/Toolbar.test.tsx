// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_SPECS, commandTitle, type CommandId } from '../../../ui/commands/index.ts';
import { Toolbar } from './Toolbar.tsx';

afterEach(cleanup);

describe('the editor toolbar', () => {
  it('titles its command buttons from the command registry', () => {
    render(<Toolbar />);
    const ids: CommandId[] = ['undo', 'redo', 'share', 'export', 'import'];
    for (const id of ids) {
      // The same commands also sit in the More menu for narrow canvases (a <details>).
      const [button, ...others] = screen
        .getAllByRole('button', { name: COMMAND_SPECS[id].label })
        .filter((b) => !b.closest('details'));
      expect(others).toHaveLength(0);
      expect(button?.getAttribute('title')).toBe(commandTitle(id));
    }
    expect(screen.getByRole('button', { name: 'Keyboard shortcuts' }).getAttribute('title')).toBe(
      commandTitle('help'),
    );
  });
});
