import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fragmentFromLinkText } from './link-text.ts';

describe('fragmentFromLinkText', () => {
  const fragment = 's1.Qx3bNobwRAlgJmBcYA-+';

  it.each([
    [`https://example.org/serverless-explorer/#/s/${fragment}`],
    [`http://127.0.0.1:5212/#/s/${fragment}`],
    [`#/s/${fragment}`],
    [`/s/${fragment}`],
    [fragment],
    [`  ${fragment}\n`],
  ])('finds the fragment in %j', (text) => {
    expect(fragmentFromLinkText(text)).toBe(fragment);
  });

  it.each([
    ['scenario.json'],
    ['./examples/cold-start-lab.json'],
    ['https://example.org/#/learn/x'],
    [''],
  ])('is not fooled by %j', (text) => {
    expect(fragmentFromLinkText(text)).toBeNull();
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (text) => void fragmentFromLinkText(text)));
  });
});
