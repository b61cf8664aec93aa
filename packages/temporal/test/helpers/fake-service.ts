/**
 * A Temporal frontend faked at the protobuf RPC boundary: the SDK's real `Client` encodes its
 * requests exactly as it would for a server, and this fake decodes them and answers.
 */
import { Client, OperatorService, WorkflowService, type ConnectionLike } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { RPCImpl } from 'protobufjs';

const api = temporal.api.workflowservice.v1;
type StartRequest = temporal.api.workflowservice.v1.StartWorkflowExecutionRequest;

export class FakeWorkflowService {
  /** Every RPC, by method name, in call order. */
  readonly calls: string[] = [];
  readonly starts: StartRequest[] = [];
  /** Results that `getWorkflowExecutionHistory` reports, by workflow type. */
  readonly results = new Map<string, unknown>();

  /** A `Client` whose connection talks to this fake. */
  client(namespace = 'wfkit-test'): Client {
    const connection: ConnectionLike = {
      workflowService: WorkflowService.create(this.rpc, false, false),
      operatorService: OperatorService.create(this.rpc, false, false),
      plugins: [],
      close: async () => {},
      ensureConnected: async () => {},
      withDeadline: async (_deadline, fn) => await fn(),
      withMetadata: async (_metadata, fn) => await fn(),
      withAbortSignal: async (_signal, fn) => await fn(),
    };
    return new Client({ connection, namespace });
  }

  /** The arguments a start request carried, decoded. */
  static args(request: StartRequest): unknown[] {
    return (request.input?.payloads ?? []).map((payload) => defaultPayloadConverter.fromPayload(payload));
  }

  private readonly rpc: RPCImpl = (method, requestData, callback) => {
    this.calls.push(method.name);
    try {
      callback(null, this.answer(method.name, requestData));
    } catch (error) {
      callback(error instanceof Error ? error : new Error(String(error)));
    }
  };

  private answer(method: string, requestData: Uint8Array): Uint8Array {
    switch (method) {
      case 'StartWorkflowExecution': {
        const request = api.StartWorkflowExecutionRequest.decode(requestData);
        this.starts.push(request);
        return api.StartWorkflowExecutionResponse.encode({
          runId: `${request.workflowId}-run`,
          started: true,
        }).finish();
      }
      case 'GetWorkflowExecutionHistory': {
        const { execution } = api.GetWorkflowExecutionHistoryRequest.decode(requestData);
        const start = this.starts.find((request) => request.workflowId === execution?.workflowId);
        const workflowType = start?.workflowType?.name ?? '';
        if (!this.results.has(workflowType))
          throw new Error(`fake: no workflow ${execution?.workflowId} with a result`);
        const completed: temporal.api.history.v1.IHistoryEvent = {
          eventType: temporal.api.enums.v1.EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
          workflowExecutionCompletedEventAttributes: {
            result: { payloads: [defaultPayloadConverter.toPayload(this.results.get(workflowType))] },
          },
        };
        return api.GetWorkflowExecutionHistoryResponse.encode({ history: { events: [completed] } }).finish();
      }
      default:
        throw new Error(`fake: ${method} is not implemented`);
    }
  }
}
