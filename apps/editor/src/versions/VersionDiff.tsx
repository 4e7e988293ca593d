import { type GraphNode, nodeDefinitions } from '@salesbot/graph';
import type { GraphDiff } from '../graph/diffGraphs.ts';
import { Icon } from '../ui/Icon.tsx';

/** What the draft changed since a version: steps added, removed, edited; connections added and removed. */
export function VersionDiff({ version, diff }: { version: number; diff: GraphDiff }) {
  const name = (node: GraphNode) => node.label || `${nodeDefinitions[node.type].label} (${node.id})`;
  const nothing =
    diff.addedNodes.length +
      diff.removedNodes.length +
      diff.editedNodes.length +
      diff.addedEdges.length +
      diff.removedEdges.length ===
      0 &&
    !diff.triggersChanged &&
    !diff.variablesChanged;
  return (
    <div className="diff" data-testid="version-diff">
      <h4>
        <Icon name="diff" size={15} /> Draft compared with version {version}
      </h4>
      {nothing ? <p className="muted">The draft has the same steps and connections as this version.</p> : null}
      <DiffList tone="added" title="Steps added in the draft" items={diff.addedNodes.map(name)} />
      <DiffList tone="removed" title="Steps removed from the draft" items={diff.removedNodes.map(name)} />
      <DiffList
        tone="edited"
        title="Steps edited"
        items={diff.editedNodes.map((edit) => `${name(edit.node)} — ${edit.fields.join(', ')}`)}
      />
      <DiffList
        tone="edges"
        title="Connections"
        items={[
          ...(diff.addedEdges.length ? [`${diff.addedEdges.length} added`] : []),
          ...(diff.removedEdges.length ? [`${diff.removedEdges.length} removed`] : []),
        ]}
      />
      {diff.triggersChanged ? <p className="diff__note">Triggers changed.</p> : null}
      {diff.variablesChanged ? <p className="diff__note">Variables changed.</p> : null}
    </div>
  );
}

function DiffList({ tone, title, items }: { tone: string; title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className={`diff__group diff__group--${tone}`}>
      <span className="diff__title">
        {title} <span className="diff__count">{items.length}</span>
      </span>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
