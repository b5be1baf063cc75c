/**
 * What every resolver gets: the request's executor (with its round-trip counter), the request's
 * DataLoaders, and the API settings.
 */
import type { Executor } from './db/executor.js';
import type { Loaders } from './loaders.js';

export interface ApiSettings {
  maxPageSize: number;
  defaultPageSize: number;
  /** Checked before execution by the Pothos complexity plugin: cost (connections by `first`), depth, breadth. */
  limits: { complexity: number; depth: number; breadth: number };
}

export interface Context {
  executor: Executor;
  loaders: Loaders;
  settings: ApiSettings;
}
