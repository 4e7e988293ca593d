#!/usr/bin/env node
// The CLI is TypeScript run as is: tsx compiles it on the fly, so the workspace needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
