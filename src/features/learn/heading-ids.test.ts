import { rehypeHeadingIds, slugify } from './heading-ids.ts';

describe('slugify', () => {
  it('keeps letters and digits, joined by dashes', () => {
    expect(slugify('What happens in a cold start?')).toBe('what-happens-in-a-cold-start');
    expect(slugify('  Limits: 15 min & 10 GB  ')).toBe('limits-15-min-10-gb');
    expect(slugify('Café')).toBe('cafe');
    expect(slugify('???')).toBe('section');
  });
});

describe('rehypeHeadingIds', () => {
  const heading = (tagName: string, text: string, id?: string) => ({
    type: 'element',
    tagName,
    properties: id ? { id } : {},
    children: [{ type: 'text', value: text }],
  });

  it('gives headings unique ids and keeps existing ones', () => {
    const tree = {
      type: 'root',
      children: [
        heading('h2', 'Pricing'),
        heading('h3', 'Pricing'),
        heading('h2', 'Footnotes', 'footnote-label'),
        heading('p', 'Not a heading'),
      ],
    };
    rehypeHeadingIds()(tree);
    expect(tree.children.map((c) => c.properties.id)).toEqual([
      'pricing',
      'pricing-2',
      'footnote-label',
      undefined,
    ]);
  });
});
