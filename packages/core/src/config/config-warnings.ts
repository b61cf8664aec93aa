/**
 * Problems with configuration that wfkit works around (a tsconfig it cannot fully read): each is
 * reported once per process, where the host shows it: the `wf` command prints it as a line on
 * stderr; elsewhere (ESLint) it becomes a Node process warning.
 */
export type ConfigWarningListener = (message: string) => void;

const reported = new Set<string>();
const defaultListener: ConfigWarningListener = (message) => process.emitWarning(message, 'WfkitConfigWarning');
let listener = defaultListener;

/** Reports `message` unless it was reported before in this process. */
export function reportConfigWarning(message: string): void {
  if (reported.has(message)) return;
  reported.add(message);
  listener(message);
}

/** Sends warnings to `next` until the returned function is called (the CLI, for one command). */
export function listenForConfigWarnings(next: ConfigWarningListener): () => void {
  const previous = listener;
  listener = next;
  return () => {
    listener = previous;
  };
}

/** Forgets which warnings were reported (for tests that expect one again). */
export function clearConfigWarnings(): void {
  reported.clear();
}
