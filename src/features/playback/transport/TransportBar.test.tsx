// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePlayback } from '../../../store/playback-store.ts';
import { COMMAND_SPECS, commandTitle, type CommandId } from '../../../ui/commands/index.ts';
import { MemoryRouter } from '../../../ui/router/index.ts';
import { TransportBar } from './TransportBar.tsx';

afterEach(cleanup);

describe('the transport bar', () => {
  it('names and titles its buttons from the command registry', () => {
    const inRouter = () => (
      <MemoryRouter>
        <TransportBar />
      </MemoryRouter>
    );
    const { rerender } = render(inRouter());
    const ids: CommandId[] = ['play', 'step', 'restart'];
    for (const id of ids) {
      const button = screen.getByRole('button', { name: COMMAND_SPECS[id].label });
      expect(button.getAttribute('title')).toBe(commandTitle(id));
    }
    act(() => usePlayback.getState().set({ playing: true }));
    rerender(inRouter());
    const pause = screen.getByRole('button', { name: COMMAND_SPECS.pause.label });
    expect(pause.getAttribute('title')).toBe(commandTitle('pause'));
    // The title shows the key that really plays and pauses.
    expect(pause.getAttribute('title')).toContain('Space');
    act(() => usePlayback.getState().set({ playing: false }));
  });
});
