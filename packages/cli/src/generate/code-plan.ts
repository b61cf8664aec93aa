/**
 * New top-level statements as data: what `wf new` writes is decided once, and either printer
 * (`text-printer.ts`, or ts-morph in `ts-morph-printer.ts`) only lays it out in a code style.
 * Code-valued fields (`initializer`, `statements`) are one line each, written as the TypeScript
 * formatter leaves them, each statement ending with `;`.
 */
export type PlannedStatement = PlannedImport | PlannedConst | PlannedFunction | PlannedInterface;

export interface PlannedImport {
  kind: 'import';
  typeOnly: boolean;
  /** Named imports, or the namespace a `* as` import binds. */
  names: readonly string[] | { namespace: string };
  specifier: string;
}

/** `const { property } = initializer;`, or `const { property: local } = …` when the local name differs. */
export interface PlannedConst {
  kind: 'const';
  property: string;
  local: string;
  initializer: string;
}

/** An exported async function with a one-line JSDoc. */
export interface PlannedFunction {
  kind: 'function';
  doc: string;
  name: string;
  parameters: readonly PlannedParameter[];
  returnType: string;
  statements: readonly string[];
}

export interface PlannedParameter {
  name: string;
  type: string;
  /** `...name: type` */
  rest?: boolean;
}

/** An exported interface with a one-line JSDoc and one index signature: `[key: keyType]: valueType`. */
export interface PlannedInterface {
  kind: 'interface';
  doc: string;
  name: string;
  index: { key: string; keyType: string; valueType: string };
}
