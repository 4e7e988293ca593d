import { describe, expect, it } from 'vitest';
import { createGraph, n, wire } from '../testing/fixtures.ts';
import { loopGuardedNodes } from './loopGuardedNodes.ts';

const tag = (id: string) => n(id, 'addTag', { tag: id });
const ask = (id: string) => n(id, 'buttons', { body: '?', buttons: [{ id: 'ok', title: 'OK' }] });

describe('loopGuardedNodes', () => {
  it('guards nothing on a short chain, or where a wait breaks the cycle', () => {
    const graph = createGraph({
      nodes: [tag('a'), tag('b'), ask('q')],
      edges: wire(['a', 'next', 'b'], ['b', 'next', 'q'], ['q', 'ok', 'a']),
    });
    expect(loopGuardedNodes(graph)).toEqual(new Set());
  });

  it('guards the steps on a cycle that does not wait, and every step after it', () => {
    const graph = createGraph({
      nodes: [tag('start'), tag('a'), tag('b'), tag('after'), ask('q'), tag('later')],
      edges: wire(
        ['start', 'next', 'a'],
        ['a', 'next', 'b'],
        ['b', 'next', 'a'],
        ['b', 'next', 'after'],
        ['after', 'next', 'q'],
        ['q', 'ok', 'later'],
      ),
    });
    expect(loopGuardedNodes(graph)).toEqual(new Set(['a', 'b', 'after', 'q']));
  });

  it('counts a refused send (windowClosed) as moving on without waiting', () => {
    const graph = createGraph({
      nodes: [ask('q'), tag('t')],
      edges: wire(['q', 'windowClosed', 't'], ['t', 'next', 'q']),
    });
    expect(loopGuardedNodes(graph)).toEqual(new Set(['q', 't']));
  });

  it('guards the steps of a chain deeper than the limit', () => {
    const ids = Array.from({ length: 102 }, (_, i) => `s${i}`);
    const graph = createGraph({
      nodes: ids.map(tag),
      edges: wire(...ids.slice(1).map((id, i): [string, string, string] => [ids[i] as string, 'next', id])),
    });
    expect(loopGuardedNodes(graph)).toEqual(new Set(['s100', 's101']));
  });
});
