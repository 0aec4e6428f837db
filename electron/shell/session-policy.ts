import type { Session } from 'electron';
import { applyCspHeader } from './csp';

/**
 * Locks down the session the window uses: the CSP header on every response, and every
 * permission (camera, notifications, clipboard read, geolocation, …) denied, asked or checked.
 */
export function hardenSession(session: Session): void {
  applyCspHeader(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
