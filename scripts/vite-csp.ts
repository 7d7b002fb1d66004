import type { Plugin } from 'vite';

/**
 * A strict Content-Security-Policy for the built app: no inline script, no eval, nothing
 * fetched from elsewhere. Only in the build — the dev server injects inline scripts.
 * style-src allows inline style attributes: React Flow positions nodes with them.
 * No frame-ancestors: browsers ignore it in a <meta> policy, and the embed (#/embed/…) is
 * meant for any page; a host that serves its own CSP header must leave framing allowed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'serverless-explorer-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}
