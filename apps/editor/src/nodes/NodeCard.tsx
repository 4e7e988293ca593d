import { type GraphNode, getNodeOutputs, type NodeOutput, nodeDefinitions } from '@salesbot/graph';
import { Handle, Position } from '@xyflow/react';
import { createContext, type ReactNode, useContext } from 'react';
import { countRender } from '../debug/renderCounts.ts';

import { StepResults } from '../results/StepResults.tsx';
import { useEditor } from '../store/EditorStoreContext.tsx';
import { compactCount } from '../ui/formatCount.ts';
import { Icon } from '../ui/Icon.tsx';
import { ProblemBadge } from './ProblemBadge.tsx';
import { groupClass, stepIcons } from './stepIcons.ts';

/** In a version's read-only view: how each step differs from the draft. */
export const DiffStatusContext = createContext<ReadonlyMap<string, 'removed' | 'edited'> | null>(null);

/** The step a card draws, for what is drawn inside it (an output's count of sessions in the Results view). */
const NodeIdContext = createContext<string | null>(null);

export interface NodeCardProps {
  node: GraphNode;
  selected: boolean;
  children?: ReactNode;
  /** Outputs drawn by the body (choices next to their buttons); the rest are listed at the bottom. */
  inlineOutputIds?: ReadonlySet<string>;
  /** Cards that draw a chat bubble get the WhatsApp wallpaper behind their body. */
  chat?: boolean;
}

/** The frame of every step on the canvas: title bar, target handle, body, and the outputs not drawn inline. */
export function NodeCard({ node, selected, children, inlineOutputIds, chat }: NodeCardProps) {
  countRender(`NodeCard:${node.id}`);
  const definition = nodeDefinitions[node.type];
  const connected = useEditor((state) => state.connectedOutputs.get(node.id) ?? '');
  const highlighted = useEditor((state) => state.highlight.nodeIds.includes(node.id));
  const diff = useContext(DiffStatusContext)?.get(node.id);
  const outputs = getNodeOutputs(node).filter((output) => !inlineOutputIds?.has(output.id));
  const classes = [
    'node-card',
    `node-card--${groupClass[definition.group]}`,
    selected ? 'is-selected' : '',
    highlighted ? 'is-highlighted' : '',
    diff ? `is-diff-${diff}` : '',
  ];
  return (
    <NodeIdContext.Provider value={node.id}>
      <div className={classes.filter(Boolean).join(' ')} data-node-id={node.id} data-testid={`node-${node.id}`}>
        <Handle type="target" position={Position.Left} id="in" className="in-handle" />
        <header className="node-card__header">
          <span className="node-card__icon">
            <Icon name={stepIcons[node.type]} size={15} strokeWidth={2} />
          </span>
          <span className="node-card__title">{node.label || definition.label}</span>
          {node.label ? <span className="node-card__type">{definition.label}</span> : null}
          <ProblemBadge targetKey={node.id} />
        </header>
        {diff ? (
          <div className={`node-card__diff node-card__diff--${diff}`}>
            {diff === 'removed' ? 'Not in the draft' : 'Changed in the draft'}
          </div>
        ) : null}
        <StepResults nodeId={node.id} />
        {children ? <div className={`node-card__body${chat ? ' node-card__body--chat' : ''}`}>{children}</div> : null}
        {outputs.length > 0 ? (
          <div className="node-card__outputs">
            {outputs.map((output) => (
              <OutputRow key={output.id} output={output} connected={isConnected(connected, output.id)} />
            ))}
          </div>
        ) : null}
      </div>
    </NodeIdContext.Provider>
  );
}

/** One listed output: its label and its handle on the card's right edge. */
export function OutputRow({
  output,
  connected,
  children,
}: {
  output: NodeOutput;
  connected: boolean;
  children?: ReactNode;
}) {
  return (
    <div className={`output-row output-row--${output.kind}`} data-output={output.id}>
      <span className="output-row__label">{children ?? output.label}</span>
      <OutputHandle output={output} connected={connected} />
    </div>
  );
}

/** A source handle for one output, styled by its kind (choice, timeout, window closed…). */
export function OutputHandle({ output, connected }: { output: NodeOutput; connected: boolean }) {
  const nodeId = useContext(NodeIdContext);
  // In the Results view: the sessions that left the step through this output, where its connection starts.
  const taken = useEditor((state) =>
    nodeId && state.analytics ? (state.analytics.steps[nodeId]?.outputs[output.id] ?? 0) : null,
  );
  return (
    <>
      <Handle
        type="source"
        position={Position.Right}
        id={output.id}
        title={output.label}
        className={`out-handle out-handle--${output.kind}${connected ? ' is-connected' : ''}${output.required && !connected ? ' is-open' : ''}`}
      />
      {taken !== null ? (
        <span
          className={`out-count${taken === 0 ? ' is-zero' : ''}`}
          data-output-count={output.id}
          title={`${taken.toLocaleString('en-US')} ${taken === 1 ? 'session' : 'sessions'} went on through “${output.label}”`}
        >
          {compactCount(taken)}
        </span>
      ) : null}
    </>
  );
}

/** Whether `handle` is among the space-separated connected handle ids. */
export function isConnected(connected: string, handle: string): boolean {
  return ` ${connected} `.includes(` ${handle} `);
}
