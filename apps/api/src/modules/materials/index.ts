/**
 * The materials module (issue 18): it owns `materials` and `material_versions`. Nothing else
 * reads them; other modules' rows it needs (offers, places, requests, bookings) come through
 * their services or the read model in `./participation`.
 */
export { default as materialRoutes } from './routes';
