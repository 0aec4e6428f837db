import type { Session } from 'electron';
import { applyCspHeader } from './csp';

/**
 * The only permissions the window gets, both for what the console needs: writing the guest's
 * clipboard text to the host clipboard, and showing the guest screen full screen.
 */
export const allowedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'fullscreen']);

/**
 * Locks down the session the window uses: the CSP header on every response, and every other
 * permission (camera, notifications, clipboard read, geolocation, …) denied, asked or checked.
 */
export function hardenSession(session: Session): void {
  applyCspHeader(session);
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowedPermissions.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => allowedPermissions.has(permission));
}
