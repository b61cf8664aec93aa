// Loaded into a `wf` child process with `node --import`: brings about, at the moment wf writes,
// what a test cannot arrange with files alone. Configured by WF_TEST_FAULTS (JSON):
//   pause                      a directory: at wf's first temporary file (everything is read,
//                              nothing written yet) the process creates `<pause>/<pid>`, then
//                              waits until `<pause>/go` exists (an edit or another wf goes between).
//   pauseAtOpen                a file name: the pause comes instead when wf first opens a file of
//                              that name to read it (wf has looked at the tree, not planned yet).
//   failRenameOnto             a file name: renaming a temporary file onto a file of that name
//                              fails (EPERM), so wf undoes what it renamed before.
//   diskFullAfterFailedRename  after that failure every file write fails as on a full disk: the
//                              file is created (or emptied), and nothing is written (ENOSPC).
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const faults = JSON.parse(process.env.WF_TEST_FAULTS ?? '{}');
const { writeFileSync, renameSync, openSync } = fs;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
// A test that never says go must not leave a process behind.
const LONGEST_PAUSE_MS = 30_000;
let paused = false;
let renameFailed = false;

const failure = (code, message, syscall, file) =>
  Object.assign(new Error(`${code}: ${message}, ${syscall} '${file}'`), { code, syscall, path: file });

/** The one pause of the process: says so in `<pause>/<pid>`, then waits for `<pause>/go`. */
function pauseOnce() {
  if (faults.pause === undefined || paused) return;
  paused = true;
  writeFileSync(path.join(faults.pause, String(process.pid)), '');
  const until = Date.now() + LONGEST_PAUSE_MS;
  while (!fs.existsSync(path.join(faults.pause, 'go')) && Date.now() < until) Atomics.wait(sleeper, 0, 0, 5);
}

fs.writeFileSync = (file, data, options) => {
  if (renameFailed && faults.diskFullAfterFailedRename === true) {
    writeFileSync(file, '', options);
    throw failure('ENOSPC', 'no space left on device', 'write', String(file));
  }
  if (faults.pauseAtOpen === undefined && String(file).endsWith('.tmp')) pauseOnce();
  return writeFileSync(file, data, options);
};

fs.openSync = (file, ...rest) => {
  if (faults.pauseAtOpen !== undefined && path.basename(String(file)) === faults.pauseAtOpen) pauseOnce();
  return openSync(file, ...rest);
};

fs.renameSync = (from, to) => {
  if (faults.failRenameOnto !== undefined && path.basename(String(to)) === faults.failRenameOnto) {
    renameFailed = true;
    throw failure('EPERM', 'operation not permitted', 'rename', String(to));
  }
  return renameSync(from, to);
};

// The `node:fs` namespace wf imports sees the replaced functions only after this.
syncBuiltinESMExports();
