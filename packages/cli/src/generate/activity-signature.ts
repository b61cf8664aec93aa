import type {
  ArrowFunction,
  FunctionDeclaration,
  FunctionExpression,
  Node,
  ParameterDeclaration,
  SourceFile,
  TypeNode,
} from 'ts-morph';
import { specifierTargets } from '@wfkit/core';
import { loadTsMorph } from './ts-morph.js';

/** One parameter of an existing activity, as a workflow in another module can write it. */
export interface ActivityParameter {
  /** Its name when it is a plain identifier (not a destructuring pattern). */
  name: string | undefined;
  /**
   * Its type written so the workflow file can use it: names from the models module as they are
   * (listed in `modelTypes`), names the tasks module exports as `tasks.Name`, globals as they are.
   * Undefined when the type cannot be written there (a local type, one imported from elsewhere,
   * no annotation): the workflow then says `Parameters<typeof tasks.x>[i]`.
   */
  type: string | undefined;
  /** Names `type` needs from the models module. */
  modelTypes: string[];
  /** Optional, with a default, or a rest parameter: the workflow then takes the activity's whole tuple. */
  variadic: boolean;
}

/** Where names of the activity's parameter types can come from. */
export interface SignatureContext {
  tasksFile: string;
  modelsFile: string;
  /** Names the models module exports. */
  modelsExports: ReadonlySet<string>;
  /** Names the tasks module exports. */
  tasksExports: ReadonlySet<string>;
  /** The namespace the workflow file imports the tasks module as. */
  tasksNamespace: string;
  /** Names the workflow file binds itself (`Temporal`, the workflow, …): a type named so cannot be written there. */
  reserved: ReadonlySet<string>;
}

/**
 * The parameters of the activity `name` exported by the tasks module (`tasksText`, which parses),
 * read from its declaration (`export async function x(…)`, `export const x = async (…) => …`, or
 * a local one exported by `export { x }`). Undefined when the declaration is not in the module
 * (re-exported from another), is overloaded or generic: the workflow then takes
 * `Parameters<typeof tasks.x>` as a whole. Reads types with ts-morph, so it loads TypeScript.
 */
export function activitySignature(
  tasksText: string,
  name: string,
  context: SignatureContext,
): ActivitySignature | undefined {
  const { Project } = loadTsMorph();
  const tasks = new Project({ useInMemoryFileSystem: true }).createSourceFile(context.tasksFile, tasksText);
  const declaration = findDeclaration(tasks, name);
  if (declaration === undefined) return undefined;
  if (declaration.getTypeParameters().length > 0) return undefined;
  return {
    start: declaration.getStart(),
    parameters: declaration.getParameters().map((parameter) => describe(parameter, tasks, context)),
    result: resultOf(declaration, tasks, context),
  };
}

export interface ActivitySignature {
  /** Offset of the declaration in the tasks module. */
  start: number;
  parameters: ActivityParameter[];
  /** What the activity resolves to, as the workflow file can write it; undefined when that is not known. */
  result: { text: string; modelTypes: string[] } | undefined;
}

/**
 * The declared result: `T` of `Promise<T>`, or a type without references (`string`, `void`) of
 * an activity that is not async. Anything else (no annotation, a name that may be a promise) is
 * left to `Awaited<ReturnType<…>>`.
 */
function resultOf(
  declaration: FunctionLike,
  tasks: SourceFile,
  context: SignatureContext,
): ActivitySignature['result'] {
  const { Node } = loadTsMorph();
  const declared = declaration.getReturnTypeNode();
  if (declared === undefined) return undefined;
  if (Node.isTypeReference(declared) && declared.getTypeName().getText() === 'Promise') {
    const [resolved, ...more] = declared.getTypeArguments();
    return resolved === undefined || more.length > 0 ? undefined : rewriteType(resolved, tasks, context);
  }
  const referencesNothing = ![declared, ...declared.getDescendants()].some(
    (node) => Node.isTypeReference(node) || Node.isTypeQuery(node) || Node.isImportTypeNode(node),
  );
  return referencesNothing ? rewriteType(declared, tasks, context) : undefined;
}

type FunctionLike = FunctionDeclaration | ArrowFunction | FunctionExpression;

function findDeclaration(tasks: SourceFile, name: string): FunctionLike | undefined {
  const { Node } = loadTsMorph();
  let local = name;
  for (const declaration of tasks.getExportDeclarations()) {
    if (declaration.hasModuleSpecifier()) continue;
    const specifier = declaration
      .getNamedExports()
      .find((entry) => (entry.getAliasNode() ?? entry.getNameNode()).getText() === name);
    if (specifier !== undefined) local = specifier.getNameNode().getText();
  }
  const functions = tasks.getFunctions().filter((fn) => fn.getName() === local);
  if (functions.length > 0) {
    // Overloads: which signature a workflow should take is not ours to guess.
    return functions.length === 1 && functions[0]!.getOverloads().length === 0 ? functions[0] : undefined;
  }
  const variable = tasks.getVariableDeclaration(local);
  const initializer = variable?.getInitializer();
  if (variable?.getTypeNode() !== undefined) return undefined;
  if (initializer !== undefined && (Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer)))
    return initializer;
  return undefined;
}

function describe(parameter: ParameterDeclaration, tasks: SourceFile, context: SignatureContext): ActivityParameter {
  const { Node } = loadTsMorph();
  const nameNode = parameter.getNameNode();
  const typeNode = parameter.getTypeNode();
  const written = typeNode === undefined ? undefined : rewriteType(typeNode, tasks, context);
  return {
    name: Node.isIdentifier(nameNode) ? nameNode.getText() : undefined,
    type: written?.text,
    modelTypes: written?.modelTypes ?? [],
    variadic: parameter.isRestParameter() || parameter.hasQuestionToken() || parameter.hasInitializer(),
  };
}

/** The type's text with each name it refers to made usable from the workflow file, or undefined. */
function rewriteType(
  typeNode: TypeNode,
  tasks: SourceFile,
  context: SignatureContext,
): { text: string; modelTypes: string[] } | undefined {
  const { Node } = loadTsMorph();
  const base = typeNode.getStart();
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const modelTypes: string[] = [];
  const references = [typeNode, ...typeNode.getDescendants()].flatMap((node) => {
    if (Node.isTypeReference(node)) return [leftmost(node.getTypeName())];
    if (Node.isTypeQuery(node)) return [leftmost(node.getExprName())];
    if (Node.isImportTypeNode(node)) return [undefined];
    return [];
  });
  for (const reference of references) {
    if (reference === undefined) return undefined;
    const name = reference.getText();
    const replacement = referenceFromWorkflow(name, tasks, context);
    if (replacement === undefined) return undefined;
    if (replacement.modelType !== undefined) modelTypes.push(replacement.modelType);
    if (replacement.text !== name)
      edits.push({ start: reference.getStart() - base, end: reference.getEnd() - base, text: replacement.text });
  }
  let text = typeNode.getText();
  for (const edit of edits.sort((a, b) => b.start - a.start))
    text = `${text.slice(0, edit.start)}${edit.text}${text.slice(edit.end)}`;
  return { text, modelTypes: [...new Set(modelTypes)] };
}

function leftmost(name: Node): Node | undefined {
  const { Node } = loadTsMorph();
  let current = name;
  while (Node.isQualifiedName(current)) current = current.getLeft();
  return Node.isIdentifier(current) ? current : undefined;
}

/** How the workflow file refers to a name the tasks module uses in a parameter type. */
function referenceFromWorkflow(
  name: string,
  tasks: SourceFile,
  context: SignatureContext,
): { text: string; modelType?: string } | undefined {
  for (const declaration of tasks.getImportDeclarations()) {
    const fromModels = specifierTargets(context.tasksFile, declaration.getModuleSpecifierValue(), context.modelsFile);
    for (const specifier of declaration.getNamedImports()) {
      if ((specifier.getAliasNode() ?? specifier.getNameNode()).getText() !== name) continue;
      const imported = specifier.getNameNode().getText();
      return fromModels && context.modelsExports.has(imported) && !context.reserved.has(imported)
        ? { text: imported, modelType: imported }
        : undefined;
    }
    if (declaration.getDefaultImport()?.getText() === name || declaration.getNamespaceImport()?.getText() === name)
      return undefined;
  }
  const declaredHere =
    tasks
      .getStatements()
      .some(
        (statement) =>
          'getName' in statement && typeof statement.getName === 'function' && statement.getName() === name,
      ) || tasks.getVariableDeclaration(name) !== undefined;
  if (declaredHere) return context.tasksExports.has(name) ? { text: `${context.tasksNamespace}.${name}` } : undefined;
  // Not bound in the module: a global type (`Date`, `Record`), as usable in the workflow file.
  return context.reserved.has(name) ? undefined : { text: name };
}
