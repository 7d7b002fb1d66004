// How long does a full style + layout of a page take? (dev aid for first-load work)
import { chromium } from '@playwright/test';
import { findBrowser } from '../find-browser.mjs';
import { serveStatic } from '../static-server.mjs';

const server = await serveStatic(
  process.env.DIST ?? new URL('../../dist/', import.meta.url).pathname,
  4179,
);
const browser = await chromium.launch({ executablePath: findBrowser() });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
await page.goto(`http://127.0.0.1:4179/${process.argv[2] ?? '#/'}`);
await page.waitForTimeout(3000);
console.log(
  await page.evaluate(() => {
    const out = {};
    const time = (name, fn) => {
      const t = performance.now();
      fn();
      out[name] = +(performance.now() - t).toFixed(2);
    };
    out.elements = document.querySelectorAll('*').length;
    out.rules = [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0);
    time('style+layout (font-size change)', () => {
      document.documentElement.style.fontSize = '17px';
      void document.body.offsetHeight;
    });
    time('style+layout (back)', () => {
      document.documentElement.style.fontSize = '';
      void document.body.offsetHeight;
    });
    time('style only (class on body)', () => {
      document.body.classList.add('x-test');
      void getComputedStyle(document.body).color;
    });
    const relayout = () => {
      const t = performance.now();
      document.documentElement.style.fontSize = document.documentElement.style.fontSize
        ? ''
        : '17px';
      void document.body.offsetHeight;
      return +(performance.now() - t).toFixed(2);
    };
    for (const sel of [
      '.react-flow',
      'dialog',
      'header',
      'main > * > div > div:first-child',
      'main > * > div > div:last-child',
      '[data-testid=canvas] ~ *',
      'main',
    ]) {
      const els = [...document.querySelectorAll(sel)];
      els.forEach((e) => (e.style.display = 'none'));
      relayout();
      out[`without ${sel} (${els.length})`] = relayout();
      els.forEach((e) => (e.style.display = ''));
    }
    out.again = relayout();
    return out;
  }),
);
await browser.close();
server.close();
