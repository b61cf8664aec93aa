/**
 * A gRPC server that answers the few WorkflowService calls a connecting client makes, so the
 * facade's connection from environment configuration can be tested without a Temporal server.
 */
import { Server, ServerCredentials, status, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { temporal } from '@temporalio/proto';

const api = temporal.api.workflowservice.v1;
const SERVICE = 'temporal.api.workflowservice.v1.WorkflowService';

export interface FakeGrpcServer {
  address: string;
  /** Method names received, in order. */
  calls: string[];
  starts: temporal.api.workflowservice.v1.StartWorkflowExecutionRequest[];
  close(): Promise<void>;
}

export async function startFakeGrpcServer(): Promise<FakeGrpcServer> {
  const calls: string[] = [];
  const starts: temporal.api.workflowservice.v1.StartWorkflowExecutionRequest[] = [];
  const answers: Record<string, (request: Buffer) => Uint8Array> = {
    GetSystemInfo: () => api.GetSystemInfoResponse.encode({ capabilities: {} }).finish(),
    StartWorkflowExecution: (request) => {
      const decoded = api.StartWorkflowExecutionRequest.decode(request);
      starts.push(decoded);
      return api.StartWorkflowExecutionResponse.encode({ runId: `${decoded.workflowId}-run`, started: true }).finish();
    },
  };

  const definition = Object.fromEntries(
    Object.keys(answers).map((name) => [
      name,
      {
        path: `/${SERVICE}/${name}`,
        requestStream: false,
        responseStream: false,
        requestSerialize: (bytes: Buffer) => bytes,
        requestDeserialize: (bytes: Buffer) => bytes,
        responseSerialize: (bytes: Buffer) => bytes,
        responseDeserialize: (bytes: Buffer) => bytes,
      },
    ]),
  );
  const implementation: UntypedServiceImplementation = Object.fromEntries(
    Object.entries(answers).map(([name, answer]) => [
      name,
      (
        call: { request: Buffer },
        callback: (error: { code: number; details: string } | null, value?: Buffer) => void,
      ) => {
        calls.push(name);
        try {
          callback(null, Buffer.from(answer(call.request)));
        } catch (error) {
          callback({ code: status.INTERNAL, details: String(error) });
        }
      },
    ]),
  );

  const server = new Server();
  server.addService(definition, implementation);
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, boundPort) =>
      error ? reject(error) : resolve(boundPort),
    );
  });
  return {
    address: `127.0.0.1:${port}`,
    calls,
    starts,
    close: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  };
}
