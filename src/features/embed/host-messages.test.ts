import { readHostMessage } from './host-messages.ts';
import { encodeScenarioToFragment } from '../../domain/share/link-codec.ts';
import { emptyScenario } from '../../domain/diagram/index.ts';

const msg = (fields: Record<string, unknown>) => ({ app: 'serverless-explorer', ...fields });

describe('readHostMessage', () => {
  it.each([['play'], [{}], [null], [msg({ type: 'format-disk' })], [{ type: 'play' }]])(
    'ignores what is not one of our commands: %j',
    (data) => expect(readHostMessage(data)).toEqual({ kind: 'ignore' }),
  );

  it('reads simple commands and echoes a usable id', () => {
    expect(readHostMessage(msg({ type: 'play', id: 7 }))).toEqual({
      kind: 'command',
      id: 7,
      command: { type: 'play' },
    });
    expect(readHostMessage(msg({ type: 'pause', id: { evil: 1 } }))).toMatchObject({ id: null });
  });

  it.each([
    [{ type: 'setSpeed', speed: 'fast' }, '“speed”'],
    [{ type: 'setSpeed', speed: 1000 }, '“speed”'],
    [{ type: 'seek', timeSec: -1 }, '“timeSec”'],
    [{ type: 'seek', timeSec: Infinity }, '“timeSec”'],
    [{ type: 'loadScenario', scenario: 's1.garbage' }, 'damaged'],
    [{ type: 'loadScenario', scenario: { version: 1, nodes: 'x' } }, 'not valid'],
    [{ type: 'loadScenario', scenario: 42 }, '“scenario”'],
  ])('answers a bad %j with an error saying what was wrong', (fields, words) => {
    const read = readHostMessage(msg(fields));
    expect(read.kind).toBe('invalid');
    if (read.kind === 'invalid') expect(read.error).toContain(words);
  });

  it('loads a scenario from a share link, a fragment or a document, validated', () => {
    const scenario = { ...emptyScenario(), name: 'From the host' };
    const fragment = encodeScenarioToFragment(scenario);
    for (const given of [fragment, `https://x.org/app/#/s/${fragment}?locked=1`, scenario]) {
      const read = readHostMessage(msg({ type: 'loadScenario', scenario: given }));
      expect(read).toMatchObject({ kind: 'command', command: { type: 'loadScenario' } });
      if (read.kind === 'command' && read.command.type === 'loadScenario')
        expect(read.command.scenario.name).toBe('From the host');
    }
  });
});
