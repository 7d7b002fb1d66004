/**
 * Lets the browser handle input and paint before the next step of start-up. Each step then
 * runs as its own short task instead of one long one that would freeze a slow phone.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
