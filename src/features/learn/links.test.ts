import { classifyHref, isTryItText } from './links.ts';

describe('classifyHref', () => {
  it.each([
    ['#/learn/cold-starts', { kind: 'learn', slug: 'cold-starts', hash: '' }],
    ['#/learn/pricing#free-tier', { kind: 'learn', slug: 'pricing', hash: '#free-tier' }],
    ['#/glossary/cold-start', { kind: 'glossary', slug: 'cold-start' }],
    ['#/example/rest-api', { kind: 'example', id: 'rest-api' }],
    ['#/quiz', { kind: 'route', path: '/quiz' }],
    ['#/glossary', { kind: 'route', path: '/glossary' }],
    ['#user-content-fn-1', { kind: 'anchor', id: 'user-content-fn-1' }],
    ['#what%20next', { kind: 'anchor', id: 'what next' }],
    [
      'https://aws.amazon.com/lambda/',
      { kind: 'external', href: 'https://aws.amazon.com/lambda/' },
    ],
    ['mailto:a@b.c', { kind: 'other', href: 'mailto:a@b.c' }],
    [undefined, { kind: 'other', href: '' }],
  ])('%s', (href, expected) => {
    expect(classifyHref(href)).toEqual(expected);
  });
});

describe('isTryItText', () => {
  it('recognises "Try it" links only at the start', () => {
    expect(isTryItText('Try it: the cold start lab')).toBe(true);
    expect(isTryItText('try it')).toBe(true);
    expect(isTryItText('The REST API example')).toBe(false);
    expect(isTryItText('Trying it out')).toBe(false);
  });
});
