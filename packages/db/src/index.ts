export * as schema from './schema/index';
export * from './schema/index';
export {
  createDatabase,
  sessionTimeouts,
  type Database,
  type DatabaseHandle,
  type Pooling,
  type Transaction,
} from './client';
export {
  EmbeddedPostgresError,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from './embedded';
export { migrateDatabase, migrationsFolder } from './migrate';
export { oneAtATime } from './oneAtATime';
