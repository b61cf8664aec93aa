import { VariableDeclarationKind } from 'ts-morph';
import type { CodeStyle } from './code-style.js';
import { printInStyle } from './styled-project.js';

export interface WorkflowSource {
  /** The workflow's (exported function's) name. */
  name: string;
  activity: string;
  inputType: string;
  /** Result type; when undefined the result is the activity's own (`Awaited<ReturnType<…>>`). */
  outputType: string | undefined;
  /** The facade's workflow entry (`config.facade.workflowModule`). */
  facadeModule: string;
  tasksSpecifier: string;
  modelsSpecifier: string;
}

// Names the generated module binds at its top level besides the activity reference.
const TASKS_NAMESPACE = 'tasks';
const FACADE_NAME = 'Temporal';

/**
 * The text of a new workflow file: the facade's workflow entry, the activities module as a type
 * only (the workflow sandbox must never load activity code), a typed activity reference, and the
 * workflow, which runs the activity through `Temporal.run`.
 */
export function renderWorkflowSource(spec: WorkflowSource, style: CodeStyle): string {
  const taken = new Set([spec.name, TASKS_NAMESPACE, FACADE_NAME, 'input']);
  // `const { x } = …` unless `x` would clash with another top-level name (a camelCase workflow
  // named like its activity): then `const { x: xActivity } = …`.
  const reference = taken.has(spec.activity) ? `${spec.activity}Activity` : spec.activity;
  const binding = reference === spec.activity ? `{ ${spec.activity} }` : `{ ${spec.activity}: ${reference} }`;
  const modelTypes = [...new Set([spec.inputType, ...(spec.outputType === undefined ? [] : [spec.outputType])])].sort();
  const result = spec.outputType ?? `Awaited<ReturnType<typeof ${TASKS_NAMESPACE}.${spec.activity}>>`;

  return printInStyle(style, (file) => {
    file.addImportDeclaration({ namedImports: [FACADE_NAME], moduleSpecifier: spec.facadeModule });
    file.addImportDeclaration({ isTypeOnly: true, namedImports: modelTypes, moduleSpecifier: spec.modelsSpecifier });
    file.addImportDeclaration({ isTypeOnly: true, namespaceImport: TASKS_NAMESPACE, moduleSpecifier: spec.tasksSpecifier });
    file.addVariableStatement({
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: binding, initializer: `${FACADE_NAME}.activities<typeof ${TASKS_NAMESPACE}>()` }],
    });
    file.addFunction({
      docs: [`The ${spec.name} workflow: runs the \`${spec.activity}\` activity through the facade.`],
      isExported: true,
      isAsync: true,
      name: spec.name,
      parameters: [{ name: 'input', type: spec.inputType }],
      returnType: `Promise<${result}>`,
      statements: [`return ${FACADE_NAME}.run(${reference}, [input]);`],
    });
  });
}
