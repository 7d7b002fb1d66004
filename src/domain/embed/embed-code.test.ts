import { appLinkUrl, embedSnippet, embedUrl, parseSize } from './embed-code.ts';

describe('embed addresses', () => {
  it('puts the options after the scenario fragment, leaving the fragment untouched', () => {
    expect(embedUrl('https://example.org/sx/#/learn', 's1.abc', { autoplay: true })).toBe(
      'https://example.org/sx/#/embed/s/s1.abc?autoplay=1',
    );
    expect(appLinkUrl('https://example.org/sx/', 's1.abc')).toBe(
      'https://example.org/sx/#/s/s1.abc',
    );
    expect(appLinkUrl('https://example.org/sx/', 's1.abc', true)).toBe(
      'https://example.org/sx/#/s/s1.abc?locked=1',
    );
  });
});

describe('embedSnippet', () => {
  it('is an iframe with a title, a size and lazy loading', () => {
    const html = embedSnippet('https://x.org/#/embed/s/s1.a?autoplay=1&t=3', 'REST API', {
      width: '100%',
      height: '480',
    });
    expect(html).toMatch(/^<iframe src="https:\/\/x\.org\/#\/embed\/s\/s1\.a\?autoplay=1&amp;t=3"/);
    expect(html).toContain('title="REST API — Serverless Explorer"');
    expect(html).toContain('width="100%" height="480"');
    expect(html).toContain('loading="lazy"');
  });

  it('escapes the scenario name: user text never becomes markup', () => {
    const html = embedSnippet('https://x.org/', '"><script>alert(1)</script>', {
      width: '640',
      height: '480',
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; —');
  });
});

describe('parseSize', () => {
  it.each([
    ['640', '640'],
    [' 480 ', '480'],
    ['100%', '100%'],
    ['50', null],
    ['0%', null],
    ['640px', null],
    ['"onload=', null],
  ])('%s → %s', (text, size) => expect(parseSize(text)).toBe(size));
});
