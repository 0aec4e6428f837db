import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../csp';

describe('content security policy', () => {
  it("equals the meta tag's policy in renderer/index.html", () => {
    const html = readFileSync(resolve('renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows no inline or remote script, no plugins, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    // The one wildcard: loopback WebSockets for the console proxy (each needs a one-time ticket).
    const withoutConsoleProxy = CONTENT_SECURITY_POLICY.replace(' ws://127.0.0.1:*', '');
    expect(withoutConsoleProxy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|ws:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
