// @vitest-environment jsdom
import { screenFor } from './preload-route.ts';
import { showBootFailure } from './boot-failure.ts';
import { afterFirstPaint } from './after-first-paint.ts';

describe('screenFor', () => {
  it.each([
    ['', 'explorer'],
    ['#/', 'explorer'],
    ['#/example/rest-api', 'example'],
    ['#/s/s1.abc', 'shared'],
    ['#/s/s1.abc?locked=1', 'shared'],
    ['#/embed/s/s1.abc?autoplay=1', 'embed'],
    ['#/embed/example/rest-api', 'embed'],
    ['#/learn/cold-starts', 'concept'],
    ['#/learn/cold-starts#pricing', 'concept'],
    ['#/learn', 'learn'],
    ['#/learn/', 'learn'],
    ['#/glossary', 'glossary'],
    ['#/glossary/cold-start', 'glossary'],
    ['#/quiz', 'quiz'],
    ['#/quiz/topic/pricing', 'quiz'],
    ['#/lessons', 'lessons'],
    ['#/lesson/first-function', 'lesson'],
  ])('%s opens the %s screen', (hash, screen) => {
    expect(screenFor(hash)).toBe(screen);
  });

  it('sends addresses it does not know to the not-found screen (nothing to preload)', () => {
    expect(screenFor('#/nowhere')).toBe('not-found');
    expect(screenFor('#/quizzes')).toBe('not-found');
    expect(screenFor('#/glossaryx')).toBe('not-found');
  });
});

describe('showBootFailure', () => {
  it('replaces the loading line with an alert that says what failed', () => {
    document.body.innerHTML = '<p id="boot-status" role="status">Loading the Explorer…</p>';
    showBootFailure(new Error('Failed to fetch dynamically imported module'));
    const status = document.getElementById('boot-status');
    expect(status?.getAttribute('role')).toBe('alert');
    expect(status?.textContent).toContain('could not load');
    expect(status?.textContent).toContain('Failed to fetch dynamically imported module');
    expect(status?.textContent).toContain('saved work is kept');
  });

  it('shows hostile error text as text', () => {
    document.body.innerHTML = '<p id="boot-status"></p>';
    showBootFailure('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('afterFirstPaint', () => {
  it('resolves even when frames never come (a background tab)', async () => {
    vi.useFakeTimers();
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const done = vi.fn();
    void afterFirstPaint().then(done);
    await vi.advanceTimersByTimeAsync(150);
    expect(done).toHaveBeenCalled();
    raf.mockRestore();
    vi.useRealTimers();
  });
});
