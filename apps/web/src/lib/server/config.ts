import { env } from '$env/dynamic/private';

/** Where the API lives, as seen from this server (never from the browser). */
export const apiUrl = (): string => env.API_URL ?? 'http://127.0.0.1:3001';
