import { type NodeDefinition, type NodeType, nodeDefinitions, nodeTypes } from '@salesbot/graph';

export const GROUP_ORDER: readonly NodeDefinition['group'][] = [
  'Messages',
  'Templates',
  'Input',
  'Logic',
  'CRM',
  'Integrations',
  'Flow control',
];

export interface CatalogEntry {
  type: NodeType;
  label: string;
  description: string;
  group: NodeDefinition['group'];
}

/** Every step type as the palette and the add menu list them, in group order. */
export const stepCatalog: readonly CatalogEntry[] = GROUP_ORDER.flatMap((group) =>
  nodeTypes
    .filter((type) => nodeDefinitions[type].group === group)
    .map((type) => ({
      type,
      label: nodeDefinitions[type].label,
      description: nodeDefinitions[type].description,
      group,
    })),
);

/** Entries whose label, description or group contain every word of `query`. */
export function searchCatalog(query: string): CatalogEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return stepCatalog.filter((entry) => {
    const haystack = `${entry.label} ${entry.description} ${entry.group} ${entry.type}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

export const STEP_DRAG_TYPE = 'application/x-salesbot-step';
