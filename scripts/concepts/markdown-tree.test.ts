import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MarkdownNode } from '../../src/ui/learn-content/concept-types.ts';
import { safeUrl } from './hast-to-tree.ts';
import { compileMarkdown, outlineOf } from './markdown-tree.ts';

/** Every element of a tree, depth first. */
function elements(tree: readonly MarkdownNode[]): Exclude<MarkdownNode, string>[] {
  return tree.flatMap((node) => {
    if (typeof node === 'string') return [];
    const [, , ...children] = node;
    return [node, ...elements(children)];
  });
}

const UNSAFE_URL = /^\s*(javascript|data|vbscript)\s*:/i;

describe('compileMarkdown', () => {
  it('makes a compact tree: text as strings, elements as [tag, props, ...children]', () => {
    expect(compileMarkdown('## Hi\n\nSee [pricing](#/learn/pricing), *now*.')).toEqual([
      ['h2', { id: 'hi' }, 'Hi'],
      [
        'p',
        null,
        'See ',
        ['a', { href: '#/learn/pricing' }, 'pricing'],
        ', ',
        ['em', null, 'now'],
        '.',
      ],
    ]);
  });

  it('removes unsafe URLs from links and images, however they are written', () => {
    const tree = compileMarkdown(
      [
        '[a](javascript:alert(1)) [b](JavaScript:alert(1)) [c](&#106;avascript:alert(1))',
        '[d](data:text/html,<script>alert(1)</script>) [e](vbscript:msgbox) <javascript:alert(1)>',
        '[f][ref] ![g](data:image/svg+xml,<svg/onload=alert(1)>) ![h](javascript:alert(1))',
        '',
        '[ref]: javascript:alert(1)',
      ].join('\n'),
    );
    const links = elements(tree).filter(([tag]) => tag === 'a' || tag === 'img');
    expect(links).toHaveLength(9);
    for (const [, props] of links) {
      expect(props?.href).toBeUndefined();
      expect(props?.src).toBeUndefined();
    }
    // Only as text: the autolink still shows what it said.
    expect(JSON.stringify(elements(tree).map(([, props]) => props))).not.toMatch(/script:|data:/i);
  });

  it('keeps safe URLs as written', () => {
    const tree = compileMarkdown(
      '[a](https://aws.amazon.com/) [b](mailto:x@example.com) [c](#/learn/pricing) [d](#intro) ![e](img/x.png)',
    );
    expect(elements(tree).map(([, props]) => props?.href ?? props?.src)).toEqual([
      undefined, // the paragraph
      'https://aws.amazon.com/',
      'mailto:x@example.com',
      '#/learn/pricing',
      '#intro',
      'img/x.png',
    ]);
  });

  it('drops raw HTML and keeps the text around it', () => {
    const tree = compileMarkdown(
      '<script>window.pwned = true</script>\n\nSome <b>bold</b> text and <img src="x" onerror="alert(1)"> here.\n\n<!-- hidden -->\n\n<iframe src="https://example.com"></iframe>',
    );
    expect(tree).toEqual([['p', null, 'Some bold text and  here.']]);
  });

  it('gives headings unique ids and lists the ## ones as the outline', () => {
    const tree = compileMarkdown(
      '## Pricing\n\n### Pricing\n\n## Pricing\n\n# Stray title\n\n## Why?\n\nA note.[^n]\n\n[^n]: Footnote.',
    );
    const ids = elements(tree).flatMap(([tag, props]) => (/^h\d$/.test(tag) ? [props?.id] : []));
    expect(ids).toEqual(['pricing', 'pricing-2', 'pricing-3', undefined, 'why', 'footnote-label']);
    expect(outlineOf(tree)).toEqual([
      { id: 'pricing', text: 'Pricing' },
      { id: 'pricing-3', text: 'Pricing' },
      { id: 'why', text: 'Why?' },
    ]);
  });

  it('keeps footnotes linked both ways, with their ARIA attributes', () => {
    const tree = compileMarkdown('Cold starts are rare.[^1]\n\n[^1]: Under 1 %.');
    const [paragraph, footnotes] = tree;
    expect(paragraph).toEqual([
      'p',
      null,
      'Cold starts are rare.',
      [
        'sup',
        null,
        [
          'a',
          {
            href: '#user-content-fn-1',
            id: 'user-content-fnref-1',
            'data-footnote-ref': '',
            'aria-describedby': 'footnote-label',
          },
          '1',
        ],
      ],
    ]);
    expect(footnotes).toEqual([
      'section',
      { 'data-footnotes': '', className: 'footnotes' },
      ['h2', { className: 'sr-only', id: 'footnote-label' }, 'Footnotes'],
      [
        'ol',
        null,
        [
          'li',
          { id: 'user-content-fn-1' },
          [
            'p',
            null,
            'Under 1 %. ',
            [
              'a',
              {
                href: '#user-content-fnref-1',
                'data-footnote-backref': '',
                'aria-label': 'Back to reference 1',
                className: 'data-footnote-backref',
              },
              '↩',
            ],
          ],
        ],
      ],
    ]);
  });

  it('keeps tables (aligned, without whitespace between cells), code, quotes and images', () => {
    const tree = compileMarkdown(
      '| Runtime | Cold start |\n| --- | ---: |\n| Node.js | 200 ms |\n\n```js\nconst a = 1;\n```\n\n> Quoted\n\n![A chart](chart.png "Title")',
    );
    expect(tree).toEqual([
      [
        'table',
        null,
        [
          'thead',
          null,
          [
            'tr',
            null,
            ['th', null, 'Runtime'],
            ['th', { style: { textAlign: 'right' } }, 'Cold start'],
          ],
        ],
        [
          'tbody',
          null,
          [
            'tr',
            null,
            ['td', null, 'Node.js'],
            ['td', { style: { textAlign: 'right' } }, '200 ms'],
          ],
        ],
      ],
      ['pre', null, ['code', { className: 'language-js' }, 'const a = 1;\n']],
      ['blockquote', null, ['p', null, 'Quoted']],
      ['p', null, ['img', { src: 'chart.png', alt: 'A chart', title: 'Title' }]],
    ]);
  });

  it('keeps the spaces of a tight list item and drops the formatting of a loose one', () => {
    expect(compileMarkdown('- **a**\n  **b**')).toEqual([
      ['ul', null, ['li', null, ['strong', null, 'a'], '\n', ['strong', null, 'b']]],
    ]);
    expect(compileMarkdown('- a\n\n  b')).toEqual([
      ['ul', null, ['li', null, ['p', null, 'a'], ['p', null, 'b']]],
    ]);
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    const tree = compileMarkdown(
      '## A *b*\n\n1. one\n2. two\n\n- [x] done\n\n| a |\n| :-: |\n| 1 |\n\nx[^1]\n\n[^1]: y',
    );
    expect(JSON.parse(JSON.stringify(tree))).toStrictEqual(tree);
  });

  it('never emits a script, a style, a frame, an event handler or an unsafe URL', () => {
    const fragment = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '<style>body{}</style>',
        '<iframe src="x"></iframe>',
        '<img src=x onerror=alert(1)>',
        '<a href="x" onclick="alert(1)">',
        'dangerouslySetInnerHTML',
        '[a](javascript:alert(1))',
        '![i](data:text/html,x)',
        '<vbscript:x>',
        '&#106;avascript:',
        '[^1]',
        '[^1]: note',
        '[r]: javascript:x',
        '[x][r]',
        '## ',
        '# ',
        '> ',
        '- [ ] ',
        '1. ',
        '| a | b |\n| - | -: |\n',
        '```\n',
        '**',
        '~~',
        '`',
        '\n',
        '\n\n',
        '[',
        '](',
        ')',
      ),
    );
    const markdown = fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(markdown, (source) => {
        const tree = compileMarkdown(source);
        expect(JSON.parse(JSON.stringify(tree))).toStrictEqual(tree);
        for (const [tag, props] of elements(tree)) {
          expect(['script', 'style', 'iframe']).not.toContain(tag);
          for (const [name, value] of Object.entries(props ?? {})) {
            expect(name).not.toMatch(/^on|^dangerouslySetInnerHTML$/i);
            if (name === 'href' || name === 'src') expect(String(value)).not.toMatch(UNSAFE_URL);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('safeUrl', () => {
  it('keeps relative URLs and safe protocols, drops the rest', () => {
    for (const url of [
      '#/learn/x',
      '#fn-1',
      'img/a.png',
      '/a:b',
      '?q=a:b',
      'https://x',
      'MAILTO:a@b',
    ]) {
      expect(safeUrl(url)).toBe(url);
    }
    for (const url of [
      'javascript:x',
      'JAVASCRIPT:x',
      'java\nscript:x',
      'data:x',
      'vbscript:x',
      'file:///etc',
    ]) {
      expect(safeUrl(url)).toBeUndefined();
    }
  });
});
