/**
 * Builds workflow histories in code, event by event, the way the server would record them. No
 * server can be downloaded here, so replay tests run on these.
 */
import { defaultPayloadConverter } from '@temporalio/common';
import { msToTs } from '@temporalio/common/lib/time.js';
import { temporal } from '@temporalio/proto';
import Long from 'long';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
type Payloads = temporal.api.common.v1.IPayloads;
const { EventType, ParentClosePolicy } = temporal.api.enums.v1;

/**
 * Core flag 1 ("id and type determinism checks"). Without it in a `WorkflowTaskCompleted` event, core
 * treats the history as written by an old SDK and does not compare activity and child workflow types
 * on replay: a workflow calling the wrong activity would replay as a pass.
 */
const CORE_FLAG_ID_AND_TYPE_CHECKS = 1;

const NAMESPACE = 'default';

export interface ActivityEvents {
  activityType: string;
  taskQueue: string;
  startToCloseTimeoutMs: number;
  maximumAttempts: number;
  result: unknown;
}

export interface ChildEvents {
  workflowType: string;
  workflowId: string;
  taskQueue: string;
  parentClosePolicy: 'TERMINATE' | 'ABANDON' | 'REQUEST_CANCEL';
}

export class HistoryBuilder {
  private readonly events: HistoryEvent[] = [];
  private nextActivityId = 1;
  /** Id of the last `WorkflowTaskCompleted`, which commands refer to. */
  private completedTaskId = 0;

  constructor(
    workflowType: string,
    private readonly taskQueue: string,
    args: unknown[],
  ) {
    this.add(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED, {
      workflowExecutionStartedEventAttributes: {
        workflowType: { name: workflowType },
        taskQueue: { name: taskQueue },
        input: payloads(...args),
        workflowTaskTimeout: msToTs(10_000),
        originalExecutionRunId: 'run-1',
        firstExecutionRunId: 'run-1',
        attempt: 1,
      },
    });
    this.workflowTask();
  }

  /** A workflow task: scheduled, started, completed (with the core flag the SDK would record). */
  workflowTask(): this {
    const scheduled = this.add(EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED, {
      workflowTaskScheduledEventAttributes: { taskQueue: { name: this.taskQueue }, attempt: 1 },
    });
    const started = this.add(EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED, {
      workflowTaskStartedEventAttributes: { scheduledEventId: id(scheduled) },
    });
    this.completedTaskId = this.add(EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED, {
      workflowTaskCompletedEventAttributes: {
        scheduledEventId: id(scheduled),
        startedEventId: id(started),
        sdkMetadata: { coreUsedFlags: [CORE_FLAG_ID_AND_TYPE_CHECKS] },
      },
    });
    return this;
  }

  /** An activity scheduled by the last workflow task, which then ran and completed. */
  activity(activity: ActivityEvents): this {
    const scheduled = this.add(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED, {
      activityTaskScheduledEventAttributes: {
        activityId: String(this.nextActivityId++),
        activityType: { name: activity.activityType },
        taskQueue: { name: activity.taskQueue },
        startToCloseTimeout: msToTs(activity.startToCloseTimeoutMs),
        retryPolicy: { maximumAttempts: activity.maximumAttempts },
        workflowTaskCompletedEventId: id(this.completedTaskId),
      },
    });
    const started = this.add(EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED, {
      activityTaskStartedEventAttributes: { scheduledEventId: id(scheduled), attempt: 1 },
    });
    this.add(EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED, {
      activityTaskCompletedEventAttributes: {
        scheduledEventId: id(scheduled),
        startedEventId: id(started),
        result: payloads(activity.result),
      },
    });
    return this.workflowTask();
  }

  /** A child workflow initiated by the last workflow task and started by the server. */
  childStarted(child: ChildEvents): ChildInHistory {
    const initiated = this.add(EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED, {
      startChildWorkflowExecutionInitiatedEventAttributes: {
        namespace: NAMESPACE,
        workflowId: child.workflowId,
        workflowType: { name: child.workflowType },
        taskQueue: { name: child.taskQueue },
        parentClosePolicy: ParentClosePolicy[`PARENT_CLOSE_POLICY_${child.parentClosePolicy}`],
        workflowTaskCompletedEventId: id(this.completedTaskId),
      },
    });
    const execution = { workflowId: child.workflowId, runId: `${child.workflowId}-run` };
    const started = this.add(EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED, {
      childWorkflowExecutionStartedEventAttributes: {
        namespace: NAMESPACE,
        initiatedEventId: id(initiated),
        workflowExecution: execution,
        workflowType: { name: child.workflowType },
      },
    });
    this.workflowTask();
    return {
      runId: execution.runId,
      builder: this,
      completed: (result: unknown) => {
        this.add(EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED, {
          childWorkflowExecutionCompletedEventAttributes: {
            namespace: NAMESPACE,
            workflowExecution: execution,
            workflowType: { name: child.workflowType },
            initiatedEventId: id(initiated),
            startedEventId: id(started),
            result: payloads(result),
          },
        });
        return this.workflowTask();
      },
    };
  }

  completed(result: unknown): temporal.api.history.v1.History {
    this.add(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED, {
      workflowExecutionCompletedEventAttributes: {
        result: payloads(result),
        workflowTaskCompletedEventId: id(this.completedTaskId),
      },
    });
    return this.build();
  }

  /** The history so far; replaying it ends with the workflow waiting on its last commands. */
  build(): temporal.api.history.v1.History {
    return temporal.api.history.v1.History.create({ events: this.events });
  }

  private add(eventType: temporal.api.enums.v1.EventType, attributes: HistoryEvent): number {
    const eventId = this.events.length + 1;
    this.events.push({
      eventId: id(eventId),
      eventTime: msToTs(Date.UTC(2026, 0, 1) + eventId),
      eventType,
      ...attributes,
    });
    return eventId;
  }
}

export interface ChildInHistory {
  runId: string;
  /** Continue without the child completing (a fire-and-forget child). */
  builder: HistoryBuilder;
  /** The child's completion, and the workflow task that handles it. */
  completed(result: unknown): HistoryBuilder;
}

function id(eventId: number): Long {
  return Long.fromNumber(eventId);
}

function payloads(...values: unknown[]): Payloads {
  return { payloads: values.map((value) => defaultPayloadConverter.toPayload(value)) };
}
