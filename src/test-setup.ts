// Shared test setup. jsdom lacks what React Flow measures with (see STACK.md), so component
// tests get a ResizeObserver that fires, a minimal DOMMatrixReadOnly and element sizes.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// findBy…/waitFor wait for what the app does (a lazy chunk, a worker's answer): on a busy
// 2-core machine that can take far longer than the library's 1 s default.
configure({ asyncUtilTimeout: 20_000 });

if (typeof window !== 'undefined') {
  class ResizeObserverThatFires {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback(
        [{ target } as unknown as ResizeObserverEntry],
        this as unknown as ResizeObserver,
      );
    }
    unobserve() {}
    disconnect() {}
  }
  window.ResizeObserver = ResizeObserverThatFires as unknown as typeof ResizeObserver;

  class DOMMatrixReadOnlyStub {
    m22: number;
    constructor(transform?: string) {
      const scale = /scale\(([\d.]+)\)/.exec(transform ?? '')?.[1];
      this.m22 = scale ? Number(scale) : 1;
    }
  }
  (window as unknown as { DOMMatrixReadOnly: unknown }).DOMMatrixReadOnly = DOMMatrixReadOnlyStub;

  Object.defineProperties(window.HTMLElement.prototype, {
    offsetHeight: { get: () => 100, configurable: true },
    offsetWidth: { get: () => 200, configurable: true },
  });
  (window.SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () =>
    ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;
}
