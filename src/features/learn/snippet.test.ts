import { highlightParts, makeSnippet } from './snippet.ts';

describe('makeSnippet', () => {
  const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}A cold start adds latency. ${'Consectetur adipiscing elit. '.repeat(20)}`;

  it('returns short texts whole', () => {
    expect(makeSnippet('Short text', ['text'])).toBe('Short text');
  });

  it('shows the first match, cut at word boundaries with ellipses', () => {
    const snippet = makeSnippet(text, ['cold'], 120);
    expect(snippet).toContain('A cold start adds latency.');
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(124);
    expect(snippet).not.toMatch(/… [a-z]{1,2}[A-Z]/);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(makeSnippet(text, ['zebra'], 60).startsWith('Lorem ipsum')).toBe(true);
  });
});

describe('highlightParts', () => {
  it('marks whole matching words, case-insensitively', () => {
    expect(highlightParts('Cold starts: a cold-start hurts', ['cold', 'starts'])).toEqual([
      { text: 'Cold', match: true },
      { text: ' ', match: false },
      { text: 'starts', match: true },
      { text: ': a ', match: false },
      { text: 'cold', match: true },
      { text: '-start hurts', match: false },
    ]);
  });

  it('keeps text that merely contains a term unmarked', () => {
    expect(highlightParts('Scold', ['cold'])).toEqual([{ text: 'Scold', match: false }]);
  });

  it('treats markup-looking text as text', () => {
    expect(highlightParts('<b>cold</b>', ['cold'])).toEqual([
      { text: '<b>', match: false },
      { text: 'cold', match: true },
      { text: '</b>', match: false },
    ]);
  });
});
