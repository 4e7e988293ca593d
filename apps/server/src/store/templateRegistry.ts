import type { StepContext } from '@salesbot/engine';
import type { TemplateCategory, TemplateStatus } from '@salesbot/policy';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

type Registry = NonNullable<StepContext['templates']>;

/** The workspace's templates keyed `name:language`, as bot steps and the validator read them (cached). */
export class TemplateRegistry {
  private cache = new Map<string, Registry>();

  constructor(private readonly db: Db) {}

  forWorkspace(workspaceId: string): Registry {
    let registry = this.cache.get(workspaceId);
    if (!registry) {
      registry = {};
      const rows = stmt(this.db, 'SELECT name, language, category, status FROM templates WHERE workspace_id = ?').all(
        workspaceId,
      ) as { name: string; language: string; category: string; status: string }[];
      for (const row of rows) {
        registry[`${row.name}:${row.language}`] = {
          status: row.status as TemplateStatus,
          category: row.category.toLowerCase() as TemplateCategory,
        };
      }
      this.cache.set(workspaceId, registry);
    }
    return registry;
  }

  invalidate(workspaceId: string): void {
    this.cache.delete(workspaceId);
  }
}
