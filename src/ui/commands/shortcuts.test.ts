// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { commandForKey, isTypingTarget, spaceBelongsToFocus } from './shortcuts.ts';

function keydownOn(target: Element, key: string, init: KeyboardEventInit = {}) {
  let seen: KeyboardEvent | undefined;
  target.addEventListener('keydown', (e) => (seen = e as KeyboardEvent), { once: true });
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  if (!seen) throw new Error('no event');
  return seen;
}

function element(html: string, selector: string) {
  document.body.innerHTML = html;
  const el = document.querySelector(selector);
  if (!el) throw new Error(selector);
  return el;
}

describe('keyboard shortcuts', () => {
  it('Space on a button, a tab or a canvas node belongs to it, not to Play', () => {
    const cases: [string, string][] = [
      ['<button>Share</button>', 'button'],
      ['<div role="tab" tabindex="0">Cost</div>', '[role="tab"]'],
      ['<div class="react-flow__node" tabindex="0"><span>fn</span></div>', 'span'],
    ];
    for (const [html, selector] of cases) {
      expect(spaceBelongsToFocus(keydownOn(element(html, selector), ' '))).toBe(true);
    }
    expect(spaceBelongsToFocus(keydownOn(element('<main>canvas</main>', 'main'), ' '))).toBe(false);
  });

  it('K plays and pauses even from a focused node, where Space does not', () => {
    const node = element('<div class="react-flow__node" tabindex="0"></div>', 'div');
    const k = keydownOn(node, 'k');
    expect(spaceBelongsToFocus(k)).toBe(false);
    expect(commandForKey(k)).toBe('play-pause');
    expect(commandForKey(keydownOn(node, ' '))).toBe('play-pause');
  });

  it('typing in a field never reaches a command', () => {
    expect(isTypingTarget(element('<input />', 'input'))).toBe(true);
    expect(isTypingTarget(element('<textarea></textarea>', 'textarea'))).toBe(true);
    expect(isTypingTarget(element('<button>x</button>', 'button'))).toBe(false);
  });

  it('a letter with Ctrl is a different command from the bare letter', () => {
    const body = element('<main></main>', 'main');
    expect(commandForKey(keydownOn(body, 'c'))).not.toBe(
      commandForKey(keydownOn(body, 'c', { ctrlKey: true })),
    );
    expect(commandForKey(keydownOn(body, 'z', { ctrlKey: true }))).toBe('undo');
  });
});
