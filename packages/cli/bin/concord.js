#!/usr/bin/env node
// Entry point: registers tsx so the TypeScript sources run directly, with no build step to remember.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
