import { type ConditionRule, getNodeOutputs } from '@salesbot/graph';
import type { NodeProps } from '@xyflow/react';
import { useEditor } from '../store/EditorStoreContext.tsx';
import { TextWithVars } from './CompactLine.tsx';
import { isConnected, NodeCard, OutputRow } from './NodeCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

const OPERATORS: Record<ConditionRule['operator'], string> = {
  equals: 'is',
  notEquals: 'is not',
  contains: 'contains',
  notContains: 'does not contain',
  startsWith: 'starts with',
  endsWith: 'ends with',
  matches: 'matches',
  greaterThan: '>',
  lessThan: '<',
  isSet: 'is set',
  isNotSet: 'is not set',
};

/** Branches in order, each with its rules and its handle; then Else. */
export function ConditionNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'condition');
  const connected = useEditor((state) => state.connectedOutputs.get(id) ?? '');
  if (!node) return null;
  const outputs = getNodeOutputs(node);
  const branchIds = new Set(node.data.branches.map((branch) => branch.id));
  return (
    <NodeCard node={node} selected={selected} inlineOutputIds={branchIds}>
      <div className="branches">
        {node.data.branches.map((branch) => {
          const output = outputs.find((o) => o.id === branch.id);
          if (!output) return null;
          return (
            <OutputRow key={branch.id} output={output} connected={isConnected(connected, branch.id)}>
              <span className="branch__label">{branch.label || 'Branch'}</span>
              <span className="branch__rules">
                {branch.rules.length === 0
                  ? 'No rules: never taken'
                  : branch.rules.map((rule, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: rules are positional
                      <span key={index} className="branch__rule">
                        {index > 0 ? (
                          <span className="branch__join">{branch.match === 'any' ? 'or' : 'and'}</span>
                        ) : null}
                        {describeRule(rule)}
                      </span>
                    ))}
              </span>
            </OutputRow>
          );
        })}
      </div>
    </NodeCard>
  );
}

function describeRule(rule: ConditionRule) {
  const subject =
    rule.subject.kind === 'variable'
      ? rule.subject.name || 'variable'
      : rule.subject.kind === 'contactField'
        ? `contact.${rule.subject.name || 'field'}`
        : rule.subject.kind === 'tags'
          ? 'tags'
          : rule.subject.kind === 'lastReply'
            ? 'last reply'
            : 'stage';
  const needsValue = rule.operator !== 'isSet' && rule.operator !== 'isNotSet';
  return (
    <>
      <b>{subject}</b> {OPERATORS[rule.operator]}{' '}
      {needsValue ? <q>{rule.value ? <TextWithVars text={rule.value} /> : '…'}</q> : null}
    </>
  );
}
