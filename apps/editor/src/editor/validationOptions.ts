import type { ValidateOptions } from '@salesbot/graph';
import { useFlowIndex } from '../flows/useFlowNames.ts';
import { useTemplates } from '../templates/useTemplates.ts';
import { useWorkspaceRefs } from '../workspace/useWorkspaceRefs.ts';

/**
 * What the validator knows of the workspace, as the server's validation does (templates, flows, contact fields):
 * each part only once loaded, so nothing is reported missing before it arrived.
 */
export function validationOptions(): ValidateOptions {
  const options: ValidateOptions = {};
  const templates = useTemplates.getState();
  if (templates.status === 'ready') {
    options.templates = templates.templates.map(({ name, language, category, status }) => ({
      name,
      language,
      category,
      status,
    }));
  }
  const flows = useFlowIndex.getState();
  if (flows.loaded && flows.flows.length > 0) options.knownFlowIds = flows.flows.map((flow) => flow.id);
  const refs = useWorkspaceRefs.getState();
  if (refs.loaded) options.contactFields = refs.contactFields;
  return options;
}

/** Loads the workspace's templates, flows and fields, and calls `onChange` as each arrives. */
export function loadWorkspaceRefs(onChange: () => void): () => void {
  const unsubscribes = [
    useTemplates.subscribe(onChange),
    useFlowIndex.subscribe(onChange),
    useWorkspaceRefs.subscribe(onChange),
  ];
  void useTemplates.getState().load();
  void useFlowIndex.getState().load();
  void useWorkspaceRefs.getState().load();
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}
