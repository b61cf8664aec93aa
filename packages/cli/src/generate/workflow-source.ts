import type { PlannedStatement } from './code-plan.js';
import type { CodeStyle } from './code-style.js';
import { printStatements } from './text-printer.js';

/** The workflow's parameters: named ones, or the activity's whole argument tuple (`...args`). */
export type WorkflowParameters = ReadonlyArray<{ name: string; type: string }> | { rest: string };

export interface WorkflowSource {
  /** The workflow's (exported function's) name. */
  name: string;
  activity: string;
  parameters: WorkflowParameters;
  /** What the workflow resolves to: `--output`, else the activity's declared result; undefined when neither is known. */
  resultType: string | undefined;
  /** Types imported from the models module. */
  modelTypes: readonly string[];
  /** The facade's workflow entry (`config.facade.workflowModule`). */
  facadeModule: string;
  tasksSpecifier: string;
  modelsSpecifier: string;
}

// Names the generated module binds at its top level besides the workflow, the activity reference and the model types.
export const TASKS_NAMESPACE = 'tasks';
export const FACADE_NAME = 'Temporal';
export const GENERATED_NAMES: readonly string[] = [FACADE_NAME, TASKS_NAMESPACE];

/**
 * The local name of the activity reference: the activity's own, unless that clashes with another
 * top-level name (a camelCase workflow named like its activity): then `xActivity`.
 */
export function activityBinding(workflow: string, activity: string): string {
  return [workflow, ...GENERATED_NAMES].includes(activity) ? `${activity}Activity` : activity;
}

/**
 * The text of a new workflow file: the facade's workflow entry, the activities module as a type
 * only (the workflow sandbox must never load activity code), a typed activity reference, and the
 * workflow, which runs the activity through `Temporal.run`.
 */
export function renderWorkflowSource(spec: WorkflowSource, style: CodeStyle): string {
  return printStatements(workflowStatements(spec), style);
}

/** What a new workflow file says. */
export function workflowStatements(spec: WorkflowSource): PlannedStatement[] {
  const reference = activityBinding(spec.name, spec.activity);
  const modelTypes = [...new Set(spec.modelTypes)].sort();
  // Unknown (an activity declared elsewhere, or without a result type): whatever it returns.
  const result = spec.resultType ?? `Awaited<ReturnType<typeof ${TASKS_NAMESPACE}.${spec.activity}>>`;
  const rest = 'rest' in spec.parameters ? spec.parameters : undefined;
  const named = 'rest' in spec.parameters ? [] : spec.parameters;
  const modelsImport: PlannedStatement[] =
    modelTypes.length === 0
      ? []
      : [{ kind: 'import', typeOnly: true, names: modelTypes, specifier: spec.modelsSpecifier }];
  const run =
    rest === undefined
      ? {
          head: `return ${FACADE_NAME}.run(${reference}, [`,
          items: named.map((parameter) => parameter.name),
          tail: '])',
        }
      : `return ${FACADE_NAME}.run(${reference}, args)`;
  return [
    { kind: 'import', typeOnly: false, names: [FACADE_NAME], specifier: spec.facadeModule },
    ...modelsImport,
    { kind: 'import', typeOnly: true, names: { namespace: TASKS_NAMESPACE }, specifier: spec.tasksSpecifier },
    {
      kind: 'const',
      property: spec.activity,
      local: reference,
      initializer: `${FACADE_NAME}.activities<typeof ${TASKS_NAMESPACE}>()`,
    },
    {
      kind: 'function',
      name: spec.name,
      parameters:
        rest === undefined
          ? named.map((parameter) => ({ ...parameter }))
          : [{ name: 'args', type: rest.rest, rest: true }],
      returnType: `Promise<${result}>`,
      statements: [run],
    },
  ];
}
