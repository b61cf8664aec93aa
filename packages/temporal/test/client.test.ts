/**
 * The client facade over a real SDK `Client` whose connection is faked at the RPC boundary: what
 * the server would receive (type, id, task queue, arguments) and how the result comes back.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWorkflowService } from './helpers/fake-service.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';

interface GenerateParams {
  topic: string;
  slides: number;
}

// Stand-ins for workflows exported by an app's workflows barrel; only their names and types matter here.
async function GeneratePresentation(params: GenerateParams): Promise<{ url: string }> {
  return { url: params.topic };
}
async function ProcessDocument(documentId: string, pages: number): Promise<number> {
  return documentId.length + pages;
}

/** A fresh facade module: its configuration is module state. */
async function facade() {
  vi.resetModules();
  return await import('@wfkit/temporal/client');
}

let service: FakeWorkflowService;
beforeEach(() => {
  service = new FakeWorkflowService();
});

describe('Temporal.startWorkflow', () => {
  it('starts on task queue "default" with id <WorkflowName>-<uuid> and the arguments as given', async () => {
    const { Temporal } = await facade();
    Temporal.configure({ client: service.client('slides') });

    const handle = await Temporal.startWorkflow(GeneratePresentation, [{ topic: 'Temporal', slides: 12 }]);

    const [request] = service.starts;
    expect(request?.workflowType?.name).toBe('GeneratePresentation');
    expect(request?.taskQueue?.name).toBe('default');
    expect(request?.namespace).toBe('slides');
    expect(request?.workflowId).toMatch(new RegExp(`^GeneratePresentation-${UUID}$`));
    expect(FakeWorkflowService.args(request!)).toEqual([{ topic: 'Temporal', slides: 12 }]);
    expect(handle.workflowId).toBe(request?.workflowId);
    expect(handle.firstExecutionRunId).toBe(`${request?.workflowId}-run`);
    // Only the start: the handle returns at once, without asking for the result.
    expect(service.calls).toEqual(['StartWorkflowExecution']);
  });

  it('gives every start a new id', async () => {
    const { Temporal } = await facade();
    Temporal.configure({ client: service.client() });
    const first = await Temporal.startWorkflow(GeneratePresentation, [{ topic: 'a', slides: 1 }]);
    const second = await Temporal.startWorkflow(GeneratePresentation, [{ topic: 'a', slides: 1 }]);
    expect(first.workflowId).not.toBe(second.workflowId);
  });

  it('uses the configured task queue, and the call options over it', async () => {
    const { Temporal } = await facade();
    Temporal.configure({ client: service.client() });
    Temporal.configure({ taskQueue: 'presentations' }); // keeps the client configured before

    await Temporal.startWorkflow(GeneratePresentation, [{ topic: 'a', slides: 1 }]);
    await Temporal.startWorkflow(GeneratePresentation, [{ topic: 'b', slides: 2 }], {
      taskQueue: 'urgent',
      workflowId: 'presentation-b',
    });

    expect(service.starts.map((request) => [request.taskQueue?.name, request.workflowId])).toEqual([
      ['presentations', expect.stringMatching(new RegExp(`^GeneratePresentation-${UUID}$`))],
      ['urgent', 'presentation-b'],
    ]);
  });
});

describe('Temporal.executeWorkflow', () => {
  it('starts the workflow and returns its decoded result', async () => {
    const { Temporal } = await facade();
    Temporal.configure({ client: service.client() });
    service.results.set('ProcessDocument', 42);

    const result = await Temporal.executeWorkflow(ProcessDocument, ['doc-1', 7]);

    expect(result).toBe(42);
    expect(service.calls).toEqual(['StartWorkflowExecution', 'GetWorkflowExecutionHistory']);
    expect(FakeWorkflowService.args(service.starts[0]!)).toEqual(['doc-1', 7]);
    expect(service.starts[0]?.workflowId).toMatch(new RegExp(`^ProcessDocument-${UUID}$`));
  });
});

describe('invalid calls fail before anything is sent', () => {
  const cases: Array<[string, (temporal: Awaited<ReturnType<typeof facade>>['Temporal']) => Promise<unknown>, RegExp]> =
    [
      [
        'an empty workflow id',
        (t) => t.startWorkflow(ProcessDocument, ['d', 1], { workflowId: '' }),
        /workflowId must be a non-empty string/,
      ],
      [
        'a blank task queue',
        (t) => t.executeWorkflow(ProcessDocument, ['d', 1], { taskQueue: ' ' }),
        /taskQueue must be a non-empty string/,
      ],
      // Casts stand for plain JavaScript callers, which the types cannot stop.
      [
        'an unknown option',
        (t) => t.startWorkflow(ProcessDocument, ['d', 1], { queue: 'x' } as never),
        /unknown option 'queue'/,
      ],
      [
        'arguments not in an array',
        (t) => t.startWorkflow(ProcessDocument, 'd' as never),
        /arguments must be passed as an array/,
      ],
      [
        'a bound workflow function',
        (t) => t.startWorkflow(ProcessDocument.bind(undefined), ['d', 1]),
        /got a bound function \("bound ProcessDocument"\)/,
      ],
      [
        'an anonymous arrow function',
        (t) => t.executeWorkflow([async () => 1][0]!, []),
        /the workflow function has no name \(an anonymous or arrow function\)/,
      ],
      [
        'a workflow name instead of the function',
        (t) => t.startWorkflow('ProcessDocument' as never, [] as never),
        /expected an exported workflow function/,
      ],
    ];

  it.each(cases)('rejects %s', async (_name, call, message) => {
    const { Temporal, InvalidOptionsError } = await facade();
    Temporal.configure({ client: service.client() });
    const error: unknown = await call(Temporal).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as Error).message).toMatch(message);
    expect(service.calls).toEqual([]);
  });

  it('rejects a bad configuration', async () => {
    const { Temporal, InvalidOptionsError } = await facade();
    expect(() => Temporal.configure({ taskQueue: '' })).toThrow(InvalidOptionsError);
    expect(() => Temporal.configure({ client: {} as never })).toThrow(/client must be a Client/);
    expect(() => Temporal.configure(null as never)).toThrow(
      'Temporal.configure: expected { client?, taskQueue? }, got null.',
    );
    expect(() => Temporal.configure([] as never)).toThrow(InvalidOptionsError);
  });

  it('rejects unknown configuration keys, like the calls do', async () => {
    const { Temporal, InvalidOptionsError } = await facade();
    // Casts stand for plain JavaScript callers: the namespace belongs to the Client or the environment.
    expect(() => Temporal.configure({ namespace: 'prod' } as never)).toThrow(InvalidOptionsError);
    expect(() => Temporal.configure({ namespace: 'prod' } as never)).toThrow(
      "Temporal.configure: unknown option 'namespace' (expected client, taskQueue).",
    );
    expect(() => Temporal.configure({ taskQueue: 'x', queue: 'y' } as never)).toThrow(/unknown option 'queue'/);
  });

  it('applies nothing of a configuration it rejects', async () => {
    const { Temporal } = await facade();
    const client = service.client();
    Temporal.configure({ client, taskQueue: 'presentations' });
    expect(() => Temporal.configure({ client: service.client(), taskQueue: '' })).toThrow(/taskQueue must be/);
    expect(() => Temporal.configure({ taskQueue: 'other', namespace: 'prod' } as never)).toThrow(/unknown option/);
    await expect(Temporal.getClient()).resolves.toBe(client);
    await Temporal.startWorkflow(ProcessDocument, ['d', 1]);
    expect(service.starts[0]?.taskQueue?.name).toBe('presentations');
  });
});

describe('Temporal.configure', () => {
  it('resets the task queue to "default" when given taskQueue: undefined', async () => {
    const { Temporal } = await facade();
    Temporal.configure({ client: service.client(), taskQueue: 'presentations' });
    Temporal.configure({ taskQueue: undefined });
    await Temporal.startWorkflow(ProcessDocument, ['d', 1]);
    expect(service.starts[0]?.taskQueue?.name).toBe('default');
  });

  it('keeps the keys it is not given', async () => {
    const { Temporal } = await facade();
    const client = service.client();
    Temporal.configure({ client, taskQueue: 'presentations' });
    Temporal.configure({});
    await expect(Temporal.getClient()).resolves.toBe(client);
    await Temporal.startWorkflow(ProcessDocument, ['d', 1]);
    expect(service.starts[0]?.taskQueue?.name).toBe('presentations');
  });
});

describe('Temporal.getClient', () => {
  it('returns the configured client', async () => {
    const { Temporal } = await facade();
    const client = service.client();
    Temporal.configure({ client });
    await expect(Temporal.getClient()).resolves.toBe(client);
  });
});
