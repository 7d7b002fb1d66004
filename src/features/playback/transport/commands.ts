/**
 * Playback's part of the command registry (src/ui/commands): what Play, Pause, Play / pause,
 * Step and Restart do. Loaded by the screens that show the Explorer and by the transport bar.
 */
import { usePlayback } from '../../../store/playback-store.ts';
import { provideCommands, type CommandId, type Perform } from '../../../ui/commands/index.ts';
import { pause, play, restart, step, togglePlay } from './actions.ts';

const notSimulating = () => usePlayback.getState().status !== 'simulating';

export const PLAYBACK_COMMANDS = {
  'play-pause': { run: togglePlay },
  play: {
    run: () => void play(),
    enabled: () => !usePlayback.getState().playing && notSimulating(),
  },
  pause: { run: pause },
  step: { run: () => void step(), enabled: notSimulating },
  restart: { run: () => void restart(), enabled: notSimulating },
} satisfies Partial<Record<CommandId, Perform>>;

provideCommands(PLAYBACK_COMMANDS);
