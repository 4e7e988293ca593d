import { ENDED, MACHINE_ID } from './config.ts';

/**
 * The state key of a node. XState reads "." as a path separator and node ids may contain dots, so a dot is
 * written `%2E` (a node id never contains "%", so the mapping is one to one).
 */
export function stateKey(nodeId: string): string {
  return nodeId.includes('.') ? nodeId.replaceAll('.', '%2E') : nodeId;
}

/** The node id a top-level state key stands for; null for the engine's own states. */
export function nodeIdOfKey(key: string): string | null {
  if (key.startsWith('$')) return null;
  return key.includes('%2E') ? key.replaceAll('%2E', '.') : key;
}

/** An absolute transition target for a node's state (or the end state). */
export function nodeTarget(nodeId: string | null): string {
  return `#${MACHINE_ID}.${nodeId === null ? ENDED : stateKey(nodeId)}`;
}
