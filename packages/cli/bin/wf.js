#!/usr/bin/env node
// The package's `wf` executable. A committed file rather than dist/bin.js itself: npm links bins
// before a fresh clone's `prepare` has built dist/, and skips a bin whose file does not exist yet.
import '../dist/bin.js';
