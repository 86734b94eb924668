export * as schema from './schema/index';
export * from './schema/index';
export { createDatabase, type Database, type DatabaseHandle, type Transaction } from './client';
export {
  EmbeddedPostgresError,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from './embedded';
export { migrateDatabase, migrationsFolder } from './migrate';
