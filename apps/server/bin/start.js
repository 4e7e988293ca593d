#!/usr/bin/env node
// Starts the server: tsx runs the TypeScript sources directly (the workspace packages export src/), then main.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
