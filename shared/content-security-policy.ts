/**
 * The renderer's Content Security Policy, one string for every place that sets it: the meta tag in
 * renderer/index.html (checked by a test), Electron's response headers, and web mode's headers.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
