/**
 * New top-level statements as data: what `wf new` writes is decided once, and `text-printer.ts`
 * only lays it out in a code style. Code-valued fields are written as a formatter leaves them.
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

/** An exported async function, with a doc comment when there is something to say. */
export interface PlannedFunction {
  kind: 'function';
  doc?: string | undefined;
  name: string;
  parameters: readonly PlannedParameter[];
  returnType: string;
  /** Statements of the body, without their `;`. */
  statements: readonly PlannedLine[];
}

export interface PlannedParameter {
  name: string;
  type: string;
  /** `...name: type` */
  rest?: boolean;
}

/**
 * A line of code, or one that ends in a list the printer may wrap one item a line:
 * `head` ends with the list's opening bracket, `tail` starts with its closing one.
 */
export type PlannedLine = string | WrappableLine;

export interface WrappableLine {
  head: string;
  items: readonly string[];
  tail: string;
}

/** An exported interface with a doc comment and one index signature: `[key: keyType]: valueType`. */
export interface PlannedInterface {
  kind: 'interface';
  doc: string;
  name: string;
  index: { key: string; keyType: string; valueType: string };
}
