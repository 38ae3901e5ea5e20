/**
 * The app's own origin, `app://zonewright`: the only origin whose pages get the preload API, whose
 * frames may send IPC, and whose requests leave the session.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'zonewright';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page every window loads. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before `ready` with `protocol.registerSchemesAsPrivileged`. `standard` gives the page a
 * real origin (relative URLs, storage for Dexie), `secure` makes it a secure context. No
 * `bypassCSP`: the policy applies to every byte this scheme serves.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/** True only for URLs of our own origin (`app://zonewright/…`), parsed, never string-prefixed. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
