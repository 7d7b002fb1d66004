import {
  DEFAULT_LINK_OPTIONS,
  linkOptionsQuery,
  parseLinkOptions,
  splitOptions,
} from './link-options.ts';

describe('parseLinkOptions', () => {
  it('gives the defaults for a link without options (old links open as before)', () => {
    expect(parseLinkOptions('')).toEqual({ options: DEFAULT_LINK_OPTIONS, problems: [] });
  });

  it('reads every option', () => {
    const { options, problems } = parseLinkOptions(
      '?autoplay=1&t=30&speed=2.5&panels=metrics,cost&locked=true',
    );
    expect(problems).toEqual([]);
    expect(options).toEqual({
      autoplay: true,
      startSec: 30,
      speed: 2.5,
      panels: ['cost', 'metrics'],
      locked: true,
    });
  });

  it('ignores unknown keys silently (a newer build or a tracker)', () => {
    expect(parseLinkOptions('utm_source=mail&future=3')).toEqual({
      options: DEFAULT_LINK_OPTIONS,
      problems: [],
    });
  });

  it.each([
    ['speed=fast', 'speed'],
    ['speed=1000', 'speed'],
    ['speed=-1', 'speed'],
    ['t=1e9', 't'],
    ['t=Infinity', 't'],
    ['autoplay=maybe', 'autoplay'],
    ['locked=2', 'locked'],
    ['panels=cost,<script>', 'panels'],
  ])('%s keeps the default and says what was wrong', (query, key) => {
    const { options, problems } = parseLinkOptions(query);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`“${key}”`);
    if (key !== 'panels') expect(options).toEqual(DEFAULT_LINK_OPTIONS);
    else expect(options.panels).toEqual(['cost']);
  });

  it('never reads a locked flag out of a bad value', () => {
    expect(parseLinkOptions('locked=%E0%A4%A').options.locked).toBe(false);
  });

  it('refuses an absurdly long option string whole', () => {
    const parsed = parseLinkOptions(`locked=1&x=${'a'.repeat(1000)}`);
    expect(parsed.options).toEqual(DEFAULT_LINK_OPTIONS);
    expect(parsed.problems).toHaveLength(1);
  });

  it('an empty panels list hides every panel', () => {
    expect(parseLinkOptions('panels=').options.panels).toEqual([]);
  });
});

describe('linkOptionsQuery', () => {
  it('is empty for the defaults, so a plain link stays exactly as it was', () => {
    expect(linkOptionsQuery({})).toBe('');
    expect(linkOptionsQuery(DEFAULT_LINK_OPTIONS)).toBe('');
  });

  it('writes only what differs, in a fixed order', () => {
    expect(
      linkOptionsQuery({ locked: true, speed: 2, autoplay: true, startSec: 12.5, panels: [] }),
    ).toBe('?autoplay=1&t=12.5&speed=2&panels=&locked=1');
  });

  it('round-trips through parseLinkOptions', () => {
    const options = {
      autoplay: true,
      startSec: 90,
      speed: 0.5,
      panels: ['metrics'] as const,
      locked: true,
    };
    expect(parseLinkOptions(linkOptionsQuery(options))).toEqual({ options, problems: [] });
  });
});

describe('splitOptions', () => {
  it('splits at the first "?" (never part of a share fragment)', () => {
    expect(splitOptions('s1.ab+c-$?locked=1')).toEqual({ path: 's1.ab+c-$', query: '?locked=1' });
    expect(splitOptions('s1.abc')).toEqual({ path: 's1.abc', query: '' });
  });
});
