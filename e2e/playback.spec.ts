import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { nodeByLabel, RUN_TIMEOUT, scrubTo, waitForRun } from './helpers.ts';

/** Opens a gallery example on the Explorer and waits for the playback controls. */
async function openExample(page: Page, id: string) {
  await page.goto(`./#/example/${id}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
}

const metric = (page: Page, id: string) => page.getByTestId(`metric-${id}`);
const number = async (page: Page, id: string) =>
  Number((await metric(page, id).textContent())?.replace(/[^0-9.]/g, ''));
const timelineMs = async (page: Page) => Number(await page.getByLabel('Timeline').inputValue());
const playButton = (page: Page) => page.getByRole('button', { name: 'Play', exact: true });
const pauseButton = (page: Page) => page.getByRole('button', { name: 'Pause', exact: true });

/** Types a value into an inspector field and commits it with Enter. */
async function setField(page: Page, label: RegExp, value: string) {
  const field = page.getByRole('complementary', { name: 'Inspector' }).getByLabel(label);
  await field.fill(value);
  await field.press('Enter');
}

async function select(page: Page, label: string) {
  await nodeByLabel(page, label).click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByLabel('Name', { exact: true })).toHaveValue(label);
}

/**
 * Every test here waits for what the model says (the run's status, the clock, a fact of the
 * trace at a scrubbed time), never for frames or wall-clock play: on a busy machine the
 * animation is slower, not wrong.
 */

/** Presses Play, waits for the run to be simulated and playing, and pauses it. */
async function playThenPause(page: Page, length = '5:00') {
  await playButton(page).click();
  await waitForRun(page, length);
  await expect(pauseButton(page)).toBeVisible();
  await pauseButton(page).click();
  await expect(playButton(page)).toBeVisible();
}

/** From a paused run, steps happening by happening until the caption says `text`. */
async function stepUntil(page: Page, text: string | RegExp, max = 40) {
  const caption = page.getByTestId('caption');
  for (let i = 0; i < max; i++) {
    const now = (await caption.textContent()) ?? '';
    if (typeof text === 'string' ? now.includes(text) : text.test(now)) return;
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(caption).not.toHaveText(now);
  }
  await expect(caption).toContainText(text);
}

test('Play the REST API: a cold start first, then warm requests, and the cost grows', async ({
  page,
}) => {
  await openExample(page, 'rest-api');
  await playThenPause(page);
  // The first happenings, one step at a time: the first request starts an environment cold.
  await scrubTo(page, 0, '0:00 / 5:00');
  await stepUntil(page, 'Cold start: new environment for create-order');
  await expect(
    page.getByRole('img', { name: /Execution environments: \d+ initialising/ }),
  ).toBeVisible();
  const fn = nodeByLabel(page, 'create-order');
  await expect(fn.getByTestId('badge-cold-starts')).toHaveText(/cold [1-9]/);

  await scrubTo(page, 60_000, '1:00 / 5:00');
  await expect(fn.getByTestId('badge-warm-starts')).toHaveText(/warm [1-9]\d*/);
  await expect.poll(() => number(page, 'cost')).toBeGreaterThan(0);
  const cost = await number(page, 'cost');
  await scrubTo(page, 120_000, '2:00 / 5:00');
  await expect.poll(() => number(page, 'cost')).toBeGreaterThan(cost);
  await expect.poll(() => number(page, 'requests')).toBeGreaterThan(100);
  await page.screenshot({ path: 'test-results/playback.png' });
  // Later requests are warm: the cold-start share falls well below one in ten.
  await expect
    .poll(async () =>
      Number((await metric(page, 'cold-share').textContent())?.replace(/[^0-9.]/g, '')),
    )
    .toBeLessThan(10);
});

test('Pause freezes the numbers; Step advances one happening', async ({ page }) => {
  await openExample(page, 'rest-api');
  await playButton(page).click();
  await waitForRun(page);
  // Playing moves the clock and the numbers; how fast depends on the machine, not the model.
  await expect.poll(() => number(page, 'requests'), { timeout: RUN_TIMEOUT }).toBeGreaterThan(20);
  await pauseButton(page).click();
  const frozen = { time: await timelineMs(page), requests: await number(page, 'requests') };
  await page.waitForTimeout(700);
  expect(await timelineMs(page)).toBe(frozen.time);
  expect(await number(page, 'requests')).toBe(frozen.requests);

  const caption = await page.getByTestId('caption').textContent();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => timelineMs(page)).toBeGreaterThan(frozen.time);
  await expect(page.getByTestId('caption')).not.toHaveText(caption ?? '');
  const stepped = await timelineMs(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => timelineMs(page)).toBeGreaterThan(stepped);
  await expect(playButton(page)).toBeVisible();
});

test('Restart with the same seed gives the same numbers', async ({ page }) => {
  await openExample(page, 'rest-api');
  await playThenPause(page);
  await scrubTo(page, 300_000, '5:00 / 5:00');
  const read = async () =>
    Promise.all(
      ['requests', 'succeeded', 'p99', 'cold-share', 'cost'].map((id) =>
        metric(page, id).textContent(),
      ),
    );
  const first = await read();
  await page.getByRole('button', { name: 'Restart', exact: true }).click();
  await waitForRun(page);
  await expect(pauseButton(page)).toBeVisible();
  await pauseButton(page).click();
  await scrubTo(page, 300_000, '5:00 / 5:00');
  expect(await read()).toEqual(first);
});

test('Reserved concurrency 1 and a higher rate: throttles (429) appear', async ({ page }) => {
  await openExample(page, 'rest-api');
  await select(page, 'create-order');
  await setField(page, /^Reserved concurrency/, '1');
  await select(page, 'web-clients');
  await setField(page, /^Average rate/, '50');
  await playThenPause(page);
  await scrubTo(page, 0, '0:00 / 5:00');
  await stepUntil(page, 'Throttled');
  await scrubTo(page, 60_000, '1:00 / 5:00');
  await expect(nodeByLabel(page, 'orders-api').getByTestId('badge-429')).toHaveText(/429s [1-9]/);
  await expect(nodeByLabel(page, 'create-order').getByTestId('badge-throttles')).toBeVisible();
  await expect.poll(() => number(page, 'throttles')).toBeGreaterThan(0);
});

test('Traffic too dense to draw one by one: the density view, with a notice, and back when slowed', async ({
  page,
}) => {
  await openExample(page, 'rest-api');
  const legend = page.getByRole('region', { name: 'Legend: requests on the canvas' });
  await select(page, 'web-clients');
  await setField(page, /^Average rate/, '2000');
  // One simulated minute keeps the model's work small; the test then waits for the model's
  // answer (the run's length on the clock), never for frames or wall-clock time.
  const pane = page.locator('.react-flow__pane');
  const box = await pane.boundingBox();
  await pane.click({ position: { x: (box?.width ?? 600) - 40, y: 60 } });
  await page.getByLabel(/^Simulated time/).fill('60');
  await page.getByLabel(/^Simulated time/).press('Enter');
  // Loaded at the scenario's own speed (a 10× run could end before the test pauses it on a
  // busy machine); the density view depends on the speed when drawn, so 10× is set after.
  // The notice is a toast that leaves after 5 s of wall clock: record that it was shown
  // whenever that happens, instead of racing a busy machine to see it.
  await page.evaluate(() => {
    const seen = document.documentElement;
    new MutationObserver(() => {
      if (document.body.textContent?.includes('Too many requests to draw one by one'))
        seen.dataset.denseNoticeSeen = 'yes';
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await playThenPause(page, '1:00');
  await page.getByLabel('Speed').selectOption('10');
  // Half a minute in, thousands of requests are on the connections at once: a fact of the trace.
  await page.getByLabel('Timeline').fill('30000');
  await expect(page.getByTestId('playback-time')).toHaveText('0:30 / 1:00');
  await expect(legend.getByText('Density view')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-dense-notice-seen', 'yes');
  // Slow motion brings single requests back (fewer in flight than the lower mark).
  await page.getByLabel('Speed').selectOption('0.1');
  await page.getByLabel('Timeline').fill('31000');
  await expect(legend.getByText('Density view')).toBeHidden();
});

test('Provisioned concurrency: cold starts stop', async ({ page }) => {
  await openExample(page, 'rest-api');
  await select(page, 'create-order');
  await setField(page, /^Provisioned concurrency/, '10');
  await playThenPause(page);
  await scrubTo(page, 0, '0:00 / 5:00');
  await stepUntil(page, 'Provisioned concurrency: 10 environments');
  await scrubTo(page, 300_000, '5:00 / 5:00');
  await expect.poll(() => number(page, 'requests')).toBeGreaterThan(1000);
  const fn = nodeByLabel(page, 'create-order');
  await expect(fn.getByTestId('badge-cold-starts')).toHaveText('cold 0');
  await expect(fn.getByTestId('badge-warm-starts')).toHaveText(/warm [1-9]/);
  await expect(page.getByText('Cold starts: 0')).toBeVisible();
});

test('Editing the diagram while it plays restarts the run, with a message', async ({ page }) => {
  await openExample(page, 'rest-api');
  await playButton(page).click();
  await waitForRun(page);
  await expect(pauseButton(page)).toBeVisible();
  await select(page, 'create-order');
  await setField(page, /^Memory/, '2048');
  await expect(
    page.getByText('You changed the diagram: the run restarted from the edited scenario.'),
  ).toBeVisible();
  await waitForRun(page);
  await expect(pauseButton(page)).toBeVisible();
});

test('Space toggles play, the timeline scrubs', async ({ page }) => {
  await openExample(page, 'rest-api');
  await page.locator('body').press('Space');
  await expect(pauseButton(page)).toBeVisible();
  await page.locator('body').press('Space');
  await expect(playButton(page)).toBeVisible();
  await page.getByLabel('Timeline').fill('150000');
  await expect(page.getByTestId('playback-time')).toHaveText('2:30 / 5:00');
  await expect.poll(() => number(page, 'requests')).toBeGreaterThan(2000);
});

test('Reduced motion: no travelling tokens, a text log of what happens', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openExample(page, 'rest-api');
  await expect(page.getByText(/Reduced motion is on/)).toBeVisible();
  await playThenPause(page);
  await scrubTo(page, 0, '0:00 / 5:00');
  await stepUntil(page, 'Cold start: new environment for create-order');
  const log = page.getByRole('log', { name: 'Happenings' });
  await expect(log).toBeVisible();
  await expect(log).toContainText('Cold start: new environment for create-order');
  await expect(nodeByLabel(page, 'create-order').getByTestId('badge-cold-starts')).toHaveText(
    /cold [1-9]/,
  );
});

test('The cold-start lab reads well: provisioned never starts cold', async ({ page }, testInfo) => {
  await openExample(page, 'cold-start-lab');
  await expect(page.getByLabel('Speed')).toHaveValue('100');
  await playThenPause(page, '3:00:00');
  await scrubTo(page, 0, '0:00 / 3:00:00');
  await stepUntil(page, /Provisioned concurrency|Cold start/);
  await scrubTo(page, 10_800_000, '3:00:00 / 3:00:00');
  await expect(
    nodeByLabel(page, 'profile-provisioned').getByTestId('badge-cold-starts'),
  ).toHaveText('cold 0');
  await expect(nodeByLabel(page, 'profile-plain').getByTestId('badge-cold-starts')).toHaveText(
    /cold [1-9]/,
  );
  await expect(
    nodeByLabel(page, 'profile-py-snapstart').getByTestId('badge-cold-starts'),
  ).toHaveText(/cold [1-9]/);
  await page.getByRole('tab', { name: 'Cost' }).click();
  await expect(
    page.getByText(/Prices are a model of published AWS us-east-1 prices, as of/),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'How pricing works' })).toHaveAttribute(
    'href',
    '#/learn/pricing',
  );
  // Python SnapStart's two meters reach the bill (Java's SnapStart carries no charge).
  const cost = page.getByRole('tabpanel', { name: 'Cost' });
  await expect(cost).toContainText('SnapStart cache');
  await expect(cost).toContainText('SnapStart restores');
  await page.screenshot({ path: testInfo.outputPath('cold-start-lab-cost.png') });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the playback panel has no axe violations on any tab (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openExample(page, 'order-fanout');
    await playThenPause(page);
    await page.getByLabel('Timeline').fill('60000');
    await expect.poll(() => number(page, 'requests')).toBeGreaterThan(200);
    for (const tab of ['Metrics', 'Charts', 'Cost', 'Compare', 'Log']) {
      await page.getByRole('tab', { name: tab }).click();
      // Each tab's body is fetched when shown: check it once it is there, not after a delay.
      const body = page.getByRole('tabpanel', { name: tab });
      await expect(body).not.toContainText('Loading…');
      await expect(body).not.toBeEmpty();
      // Every axe rule, not only the WCAG tags.
      const result = await new AxeBuilder({ page })
        .include('section[aria-label="Playback"]')
        .include('.react-flow__node')
        .analyze();
      const summary = result.violations.map(
        (v) => `${tab}: ${v.id} × ${v.nodes.length} — ${v.nodes[0]?.target.join(' ')}`,
      );
      expect(summary).toEqual([]);
    }
  });
}
