import { CURRENT_SCHEMA_VERSION } from './graph.ts';
import { migrateV0ToV1 } from './migrateV0.ts';

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** Each migration takes a document of its key's version to the next version. */
const MIGRATIONS: Record<number, Migration> = {
  0: migrateV0ToV1,
};

/**
 * Brings a flow document of any earlier version up to `CURRENT_SCHEMA_VERSION`. A document without
 * `schemaVersion` is version 0. Anything else (not an object, an unknown or future version) is returned
 * unchanged for the schema to report. Never mutates its input.
 */
export function migrateGraph(doc: unknown): unknown {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return doc;
  let current = doc as Record<string, unknown>;
  let version = 'schemaVersion' in current ? current.schemaVersion : 0;
  while (typeof version === 'number' && version < CURRENT_SCHEMA_VERSION) {
    const migration = MIGRATIONS[version];
    if (!migration) break;
    current = migration(current);
    version = current.schemaVersion;
  }
  return current;
}
