import { linksIn, parseInline } from './inline-text.ts';

describe('lesson text markup', () => {
  it('finds in-app links and bold words', () => {
    expect(parseInline('Add **HTTP clients**. [Cold starts](#/learn/cold-starts)')).toEqual([
      { type: 'text', text: 'Add ' },
      { type: 'bold', text: 'HTTP clients' },
      { type: 'text', text: '. ' },
      { type: 'link', text: 'Cold starts', href: '#/learn/cold-starts' },
    ]);
    expect(linksIn('See [a](#/learn/a) and [b](#/glossary/b).')).toEqual([
      '#/learn/a',
      '#/glossary/b',
    ]);
  });

  it('keeps links that leave the app as plain text', () => {
    expect(parseInline('[evil](https://example.com) [js](javascript:alert(1))')).toEqual([
      { type: 'text', text: 'evil' },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'js' },
      { type: 'text', text: ')' },
    ]);
    expect(parseInline('no markup')).toEqual([{ type: 'text', text: 'no markup' }]);
  });
});
