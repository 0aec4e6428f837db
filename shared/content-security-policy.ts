/**
 * The renderer's Content Security Policy, one string for every place that sets it: the meta tag in
 * renderer/index.html (checked by a test), Electron's response headers, and web mode's headers.
 * connect-src also allows loopback WebSockets: the desktop app reaches the engine's console proxy
 * there (each connection still needs a single-use ticket). Screenshots are shown as blob: images.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self' ws://127.0.0.1:*; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
