/// <reference lib="webworker" />
import { validateGraph } from '@salesbot/graph';
import type { ValidationRequest, ValidationResponse } from './validatorProtocol.ts';

// Runs validateGraph off the main thread so that typing never waits for it.
self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const { id, graph, options } = event.data;
  const started = performance.now();
  const diagnostics = validateGraph(graph, options);
  const response: ValidationResponse = { id, diagnostics, ms: performance.now() - started };
  self.postMessage(response);
};
