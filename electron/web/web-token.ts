import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'vireo_token';

export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time comparison: hashing first makes the length leak nothing either. */
export function tokensEqual(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token a request carries: `?token=` in its URL, or the cookie set after the first visit. */
export function requestToken(request: IncomingMessage): { token: string | undefined; fromQuery: boolean } {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const fromQuery = url.searchParams.get('token');
  if (fromQuery !== null) return { token: fromQuery, fromQuery: true };
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return { token: decodeURIComponent(value.join('=')), fromQuery: false };
  }
  return { token: undefined, fromQuery: false };
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`;
}
