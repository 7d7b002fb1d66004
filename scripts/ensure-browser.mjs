// Makes sure a Chromium exists for the end-to-end tests; installs Debian's package when none
// is found and apt is usable, otherwise stops with a message that says how to get one.
import { execSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

let browser = findBrowser();
if (!browser) {
  const canApt = (() => {
    try {
      execSync('command -v apt-get', { stdio: 'ignore' });
      return process.getuid?.() === 0 || !!execSync('command -v sudo || true').toString().trim();
    } catch {
      return false;
    }
  })();
  if (canApt) {
    console.log('No Chromium found: installing Debian\'s "chromium" package (apt-get)…');
    const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
    execSync(
      `${sudo}apt-get update -qq && ${sudo}DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`,
      {
        stdio: 'inherit',
      },
    );
    browser = findBrowser();
  }
}
if (!browser) {
  console.error(
    'No Chromium for the end-to-end tests. Install one (Debian/Ubuntu: `apt-get install chromium`) ' +
      'or point CHROME_PATH at a Chrome/Chromium binary, then run the tests again.',
  );
  process.exit(1);
}
console.log(`Browser for end-to-end tests: ${browser}`);
