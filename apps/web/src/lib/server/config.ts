import { env } from '$env/dynamic/private';

/** Where the API lives, as seen from this server (never from the browser). */
export const apiUrl = (): string => env.API_URL ?? 'http://127.0.0.1:3001';

/** Where browsers and calendar apps reach the API (public .ics links); the same by default. */
export const publicApiUrl = (): string => env.PUBLIC_API_URL ?? apiUrl();
