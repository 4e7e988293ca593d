import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import type { VersionSummary } from '../api/apiTypes.ts';
import { api } from '../auth/session.ts';

/** The flow's published versions, newest first, reloaded when `publishedVersion` changes. */
export function useVersions(flowId: string | null, publishedVersion: number | null) {
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    if (!flowId) return;
    try {
      setVersions(await api.listVersions(flowId));
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, [flowId]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new published version is a reason to reload
  useEffect(() => {
    void reload();
  }, [reload, publishedVersion]);
  return { versions, error, reload };
}
