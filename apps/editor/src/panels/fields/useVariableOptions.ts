import { BUILTIN_CONTACT_FIELDS } from '@salesbot/graph';
import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../../store/EditorStoreContext.tsx';
import { useWorkspaceRefs } from '../../workspace/useWorkspaceRefs.ts';

export interface VariableOption {
  /** What goes between the braces: `budget`, `contact.name`. */
  key: string;
  label: string;
  group: 'Flow variables' | 'Contact fields';
}

/** The placeholders a marketer can insert: the flow's variables, then the built-in and custom contact fields. */
export function useVariableOptions(): VariableOption[] {
  const variables = useEditor(useShallow((state) => state.graph.variables.map((variable) => variable.name)));
  const custom = useWorkspaceRefs((state) => state.contactFields);
  return [
    ...variables.map((name): VariableOption => ({ key: name, label: name, group: 'Flow variables' })),
    ...[
      ...BUILTIN_CONTACT_FIELDS,
      ...custom.filter((f) => !(BUILTIN_CONTACT_FIELDS as readonly string[]).includes(f)),
    ].map((name): VariableOption => ({ key: `contact.${name}`, label: name, group: 'Contact fields' })),
  ];
}
