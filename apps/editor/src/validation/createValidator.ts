import { type Diagnostic, validateGraph } from '@salesbot/graph';
import type { ValidationRequest, ValidationResponse, Validator } from './validatorProtocol.ts';

/**
 * A validator running `validateGraph` in a Web Worker (one per editor), or on the main thread after a macrotask
 * where workers are not available (component tests).
 */
export function createValidator(): { validate: Validator; dispose: () => void } {
  if (typeof Worker === 'undefined') {
    return {
      validate: (graph, options) =>
        new Promise((resolve) => setTimeout(() => resolve(validateGraph(graph, options)), 0)),
      dispose: () => {},
    };
  }
  const worker = new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module', name: 'validation' });
  const waiting = new Map<number, (diagnostics: Diagnostic[]) => void>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<ValidationResponse>) => {
    waiting.get(event.data.id)?.(event.data.diagnostics);
    waiting.delete(event.data.id);
  };
  return {
    validate(graph, options) {
      const id = nextId++;
      const request: ValidationRequest = { id, graph, options };
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage(request);
      });
    },
    dispose() {
      worker.terminate();
      waiting.clear();
    },
  };
}
