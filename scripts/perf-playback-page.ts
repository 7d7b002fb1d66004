/**
 * What scripts/perf-playback.ts runs inside the page: frame counting with
 * requestAnimationFrame, long tasks with PerformanceObserver, and the tokens the overlay drew
 * (its canvas's `data-tokens` and `data-aggregate`, refreshed up to 10 times a second).
 */
import type { Page } from '@playwright/test';

// In-page code is written as strings: tsx would wrap functions in helpers the page lacks.

export interface IdleSample {
  fps: number;
  longTasks: number[];
}

/** Frames per second and long tasks over `ms` of the page doing nothing: the baseline. */
export function measureIdle(page: Page, ms: number): Promise<IdleSample> {
  return page.evaluate(`new Promise((resolve) => {
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    let frames = 0;
    const start = performance.now();
    const frame = (now) => {
      frames++;
      if (now - start < ${ms}) requestAnimationFrame(frame);
      else {
        observer.disconnect();
        resolve({ fps: (frames * 1000) / (now - start), longTasks });
      }
    };
    requestAnimationFrame(frame);
  })`);
}

export interface PlayingSample {
  fps: number;
  tokens: number[];
  aggregateFrames: number;
  longTasks: number[];
}

/**
 * Frame rate, tokens drawn per frame (sampled each frame from the overlay's `data-tokens`, which
 * the app refreshes every 100 ms: the mean and range stay meaningful) and long tasks
 * (PerformanceObserver 'longtask') while the playback runs for `ms`.
 */
export function measurePlaying(page: Page, ms: number): Promise<PlayingSample> {
  return page.evaluate(`new Promise((resolve) => {
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const canvas = document.querySelector('[data-testid="token-layer"]');
    const tokens = [];
    let aggregateFrames = 0;
    let frames = 0;
    const start = performance.now();
    const frame = (now) => {
      frames++;
      tokens.push(Number(canvas?.dataset.tokens ?? 0));
      if (canvas?.dataset.aggregate === 'true') aggregateFrames++;
      if (now - start < ${ms}) requestAnimationFrame(frame);
      else {
        observer.disconnect();
        resolve({ fps: (frames * 1000) / (now - start), tokens, aggregateFrames, longTasks });
      }
    };
    requestAnimationFrame(frame);
  })`);
}
