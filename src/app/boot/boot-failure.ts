/**
 * When the app's code cannot load (a deploy replaced the files under an open tab, or the
 * network dropped mid-load), the static shell would say "Loading…" for ever. Say what happened
 * instead, with plain DOM: React may be the very thing that failed to arrive.
 */
export function showBootFailure(error: unknown) {
  const status = document.getElementById('boot-status');
  if (!status) return;
  status.setAttribute('role', 'alert');
  status.textContent = `The Explorer could not load (${
    error instanceof Error ? error.message : String(error)
  }). Check your connection and reload the page; your saved work is kept in this browser.`;
}
