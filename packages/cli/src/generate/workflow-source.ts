import type { PlannedStatement } from './code-plan.js';
import type { CodeStyle } from './code-style.js';
import { printAsText } from './text-printer.js';
import { printWithTsMorph } from './ts-morph-printer.js';

/** The workflow's parameters: named ones, or the activity's whole argument tuple (`...args`). */
export type WorkflowParameters = ReadonlyArray<{ name: string; type: string }> | { rest: string };

export interface WorkflowSource {
  /** The workflow's (exported function's) name. */
  name: string;
  activity: string;
  parameters: WorkflowParameters;
  /** Result type; when undefined the result is the activity's own (`Awaited<ReturnType<…>>`). */
  outputType: string | undefined;
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
  const statements = workflowStatements(spec);
  return printAsText(statements, style) ?? printWithTsMorph(statements, style);
}

/** What a new workflow file says, for either printer. */
export function workflowStatements(spec: WorkflowSource): PlannedStatement[] {
  const reference = activityBinding(spec.name, spec.activity);
  const modelTypes = [...new Set(spec.modelTypes)].sort();
  const result = spec.outputType ?? `Awaited<ReturnType<typeof ${TASKS_NAMESPACE}.${spec.activity}>>`;
  const rest = 'rest' in spec.parameters ? spec.parameters : undefined;
  const named = 'rest' in spec.parameters ? [] : spec.parameters;
  const args = rest === undefined ? `[${named.map((parameter) => parameter.name).join(', ')}]` : 'args';
  return [
    { kind: 'import', typeOnly: false, names: [FACADE_NAME], specifier: spec.facadeModule },
    ...(modelTypes.length > 0 ? [{ kind: 'import', typeOnly: true, names: modelTypes, specifier: spec.modelsSpecifier } as const] : []),
    { kind: 'import', typeOnly: true, names: { namespace: TASKS_NAMESPACE }, specifier: spec.tasksSpecifier },
    { kind: 'const', property: spec.activity, local: reference, initializer: `${FACADE_NAME}.activities<typeof ${TASKS_NAMESPACE}>()` },
    {
      kind: 'function',
      doc: `The ${spec.name} workflow: runs the \`${spec.activity}\` activity through the facade.`,
      name: spec.name,
      parameters: rest === undefined ? named.map((parameter) => ({ ...parameter })) : [{ name: 'args', type: rest.rest, rest: true }],
      returnType: `Promise<${result}>`,
      statements: [`return ${FACADE_NAME}.run(${reference}, ${args});`],
    },
  ];
}
