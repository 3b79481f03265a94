import { problem } from '../../contracts/common.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Engine } from '../db/engine.js';

export interface AppDeps {
  config: Config;
  engine: Engine;
  clock: Clock;
}

/** The problem documents a route may answer with, for the OpenAPI document. */
export function problems(...statuses: number[]) {
  return Object.fromEntries([400, 401, 403, ...statuses].map((s) => [s, problem]));
}
