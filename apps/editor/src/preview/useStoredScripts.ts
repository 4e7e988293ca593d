import type { ConversationScript } from '@salesbot/engine';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import { type StoredScriptSummary, scriptsApi } from './scriptsApi.ts';

/** The scripts stored with a flow on the server: the list (null while it loads), and saving and deleting. */
export function useStoredScripts(flowId: string) {
  const [list, setList] = useState<StoredScriptSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      setList(await scriptsApi.list(flowId));
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, [flowId]);
  useEffect(() => {
    setList(null);
    void refresh();
  }, [refresh]);
  return {
    list,
    error,
    /** Stores `script` under `name` (replacing one of that name) and reloads the list. */
    async save(name: string, script: ConversationScript) {
      const saved = await scriptsApi.save(flowId, name, script);
      await refresh();
      return saved;
    },
    /** Deletes one and reloads the list. */
    async remove(name: string) {
      await scriptsApi.remove(flowId, name);
      await refresh();
    },
  };
}
