import { buildSearchIndex } from './search-index.ts';

const pages = [
  {
    slug: 'cold-starts',
    title: 'Cold starts',
    summary: 'The extra time a request waits for a new execution environment.',
    headings: 'What happens in a cold start · Remedies',
    text: 'Lambda runs your code in an execution environment. Provisioned concurrency removes them.',
  },
  {
    slug: 'pricing',
    title: 'Pricing',
    summary: 'Pay per request and per GB-second.',
    headings: 'Free tier',
    text: 'A cold start is billed since 2025. The free tier covers one million requests.',
  },
];
const glossary = [
  {
    slug: 'cold-start',
    term: 'Cold start',
    definition: 'An invocation that waits for a new environment.',
  },
  {
    slug: 'gb-second',
    term: 'GB-second',
    definition: 'One second of run time at one GB of memory.',
  },
];

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(pages, glossary);

  it('indexes pages and terms', () => {
    expect(index.size).toBe(4);
  });

  it('finds "cold start" with the page first and highlights the matched words', () => {
    const hits = index.search('cold start');
    expect(hits.map((h) => h.path)).toEqual([
      '/learn/cold-starts',
      '/glossary/cold-start',
      '/learn/pricing',
    ]);
    expect(hits[0]?.terms).toEqual(expect.arrayContaining(['cold']));
    expect(hits[2]?.snippet).toContain('A cold start is billed');
  });

  it('matches the last word as a prefix while typing, and forgives a typo in long words', () => {
    expect(index.search('provisio')[0]?.path).toBe('/learn/cold-starts');
    expect(index.search('concurency')[0]?.path).toBe('/learn/cold-starts');
  });

  it('returns nothing for an empty query or a word that is nowhere', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('kubernetes')).toEqual([]);
  });
});
