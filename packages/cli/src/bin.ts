#!/usr/bin/env node
import { processIo } from './io.js';
import { runCli } from './main.js';

// Set, never call process.exit: pending output is flushed before the process ends.
const io = processIo();
const code = await runCli(process.argv.slice(2), io);
process.exitCode = io.outputFailed() ? 2 : code;
