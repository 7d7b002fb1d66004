/**
 * Touches localStorage in a task of its own, while the app's code is still downloading. Chrome's
 * first access to it in a page is a synchronous trip to the browser process (~20 ms at a phone's
 * speed); left to the saved preferences, it landed inside the longest task of start-up.
 */
export function openStorageSoon() {
  setTimeout(() => {
    try {
      localStorage.getItem('sx.preferences');
    } catch {
      // Storage blocked: the stores that use it say so themselves.
    }
  }, 0);
}
