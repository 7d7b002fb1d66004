import { figureLinkOf } from './figure-links.ts';

describe('figureLinkOf', () => {
  it('reads a paragraph holding only a figure link', () => {
    expect(
      figureLinkOf([
        'p',
        null,
        ['a', { href: '#/figure/init-by-runtime' }, 'Figure: INIT by runtime'],
      ]),
    ).toEqual({ id: 'init-by-runtime', caption: 'INIT by runtime' });
  });

  it('leaves other paragraphs alone', () => {
    expect(figureLinkOf(['p', null, 'See ', ['a', { href: '#/figure/x' }, 'x'], '.'])).toBeNull();
    expect(figureLinkOf(['p', null, ['a', { href: '#/learn/pricing' }, 'pricing']])).toBeNull();
    expect(figureLinkOf(['li', null, ['a', { href: '#/figure/x' }, 'x']])).toBeNull();
    expect(figureLinkOf('text')).toBeNull();
  });
});
