import type { Session } from 'electron';

import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';

export { CONTENT_SECURITY_POLICY };

/** Adds the policy to every response the session receives (existing policies still apply too). */
export function applyCspHeader(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}
