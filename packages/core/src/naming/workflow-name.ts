import type { ResolvedConfig } from '../types.js';
import { isGenericName } from './file-name.js';
import { formatWords, isInCase, splitWords } from './words.js';

type NameConfig = Pick<ResolvedConfig, 'workflowNameCase' | 'genericNames'>;

/**
 * Whether an exported workflow name is in the configured case, and the name it should have.
 * `auto` (not yet resolved against a project, see `checkFile`) takes either case.
 */
export function checkWorkflowName(name: string, config: NameConfig): { ok: true } | { ok: false; expected: string } {
  const cases = config.workflowNameCase === 'auto' ? (['pascal', 'camel'] as const) : [config.workflowNameCase];
  if (cases.some((style) => isInCase(name, style))) return { ok: true };
  return { ok: false, expected: formatWords(splitWords(name), cases[0]) };
}

// Reserved in strict-mode ES modules, or meaningful to TypeScript at the top level of a module.
const RESERVED = new Set(
  (
    'await break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if implements import in instanceof interface let new null package private protected public return static ' +
    'super switch this throw true try typeof var void while with yield arguments eval undefined NaN Infinity'
  ).split(' '),
);

// Global objects a module-level declaration would shadow (a workflow named `Promise` breaks every
// `async` function in its file), and the facade object every generated workflow file imports.
const SHADOWED = new Set(
  (
    'Array ArrayBuffer BigInt Boolean DataView Date Error EvalError Function Intl Iterator JSON Map Math Number Object ' +
    'Promise Proxy RangeError ReferenceError Reflect RegExp Set String Symbol SyntaxError TypeError URIError URL ' +
    'URLSearchParams WeakMap WeakRef WeakSet AbortController AbortSignal TextDecoder TextEncoder Temporal globalThis console'
  ).split(' '),
);

/** Whether `text` is an identifier name: what a declaration or an unquoted export name may be. */
export function isIdentifierName(text: string): boolean {
  return /^[\p{ID_Start}_$][\p{ID_Continue}$\u200c\u200d]*$/u.test(text);
}

/** Whether `text` is a word strict-mode modules reserve, or one a module-level declaration must not take (`eval`, `undefined`). */
export function isReservedWord(text: string): boolean {
  return RESERVED.has(text);
}

/** Whether `text` can name a declaration of a module: an identifier name that is not reserved. */
export function isUsableIdentifier(text: string): boolean {
  return isIdentifierName(text) && !isReservedWord(text);
}

/**
 * Why a name cannot be a new workflow's name, or `undefined` when it can. A name it suggests
 * (`My-Workflow` → `MyWorkflow`) passes these checks itself; when none would, it suggests none.
 */
export function validateWorkflowName(name: string, config: NameConfig): string | undefined {
  const generic = `"${name}" is too generic to say what the workflow does (name it after what it does, e.g. "RegenerateContent")`;
  const check = checkWorkflowName(name, config);
  const inCase = check.ok ? name : check.expected;
  const suggestion =
    inCase !== name && inCase !== '' && validateWorkflowName(inCase, config) === undefined ? ` (try "${inCase}")` : '';
  if (!isIdentifierName(name)) return `"${name}" is not a JavaScript identifier${suggestion}`;
  if (isReservedWord(name)) return `"${name}" is a reserved word`;
  if (SHADOWED.has(name))
    return `"${name}" would shadow the global \`${name}\` in the workflow's file; name the workflow after what it does`;
  if (!check.ok) {
    // `pipeline` → `Pipeline` is still too generic: say that rather than suggest it.
    if (suggestion === '' && isGenericName(inCase, config.genericNames)) return generic;
    const caseName = config.workflowNameCase === 'auto' ? 'pascal or camel' : config.workflowNameCase;
    return `"${name}" is not in ${caseName} case${suggestion}`;
  }
  if (isGenericName(name, config.genericNames)) return generic;
  return undefined;
}
