import {
  DefaultLogger,
  Runtime,
  Worker,
  type InjectedSinks,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import type { temporal } from '@temporalio/proto';
import type { RecordedActivity, RecordedChild, RecorderSinks } from '../fixtures/record-commands.js';

let runtimeInstalled = false;

/** Core logs every failed workflow task at WARN; the tests assert on the errors instead. */
function quietRuntime(): void {
  if (runtimeInstalled) return;
  Runtime.install({
    logger: new DefaultLogger('ERROR'),
    telemetryOptions: { logging: { filter: { core: 'ERROR', other: 'ERROR' } } },
  });
  runtimeInstalled = true;
}

export interface Recorded {
  activities: RecordedActivity[];
  children: RecordedChild[];
  /** Results the workflow completed with (at most one). */
  results: unknown[];
}

/**
 * Replays `history` on `bundle` (which must include the record-commands interceptor) and returns
 * what the workflow asked the SDK to schedule. Throws the SDK's error when replay fails.
 */
export async function replay(
  bundle: WorkflowBundleWithSourceMap,
  history: temporal.api.history.v1.History,
): Promise<Recorded> {
  quietRuntime();
  const recorded: Recorded = { activities: [], children: [], results: [] };
  const sinks: InjectedSinks<RecorderSinks> = {
    recorder: {
      activity: { fn: (_info, command) => void recorded.activities.push(command), callDuringReplay: true },
      child: { fn: (_info, command) => void recorded.children.push(command), callDuringReplay: true },
      completed: { fn: (_info, result) => void recorded.results.push(result), callDuringReplay: true },
    },
  };
  await Worker.runReplayHistory({ workflowBundle: bundle, sinks }, history);
  return recorded;
}
