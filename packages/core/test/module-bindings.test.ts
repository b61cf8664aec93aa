import { describe, expect, it } from 'vitest';
import { moduleBindings } from '../src/detect/module-bindings.js';
import { parseModule } from '../src/parse/index.js';

function read(text: string) {
  const parsed = parseModule('/app/tasks.ts', text);
  if ('error' in parsed) throw new Error(parsed.error.message);
  const { exports, hasExportStar, bindings, imports } = moduleBindings(parsed.program);
  const locals = [...bindings.keys()].filter((name) => !exports.has(name)).sort();
  return { names: [...exports].sort(), hasExportStar, locals, bindings, imports };
}

describe('moduleBindings', () => {
  it('reads exported declarations, export lists and re-exports from syntax alone', () => {
    const text = [
      "import { helper } from './helper.js';",
      'export async function run(input: RunInput): Promise<void> {}',
      'export const a = 1, b = 2;',
      'export interface RunInput { id: string }',
      'export type Alias = RunInput;',
      'export enum Kind { A }',
      'export class Service {}',
      'export namespace Space {}',
      'export declare function declared(): void;',
      'function listed() {}',
      'interface Shape {}',
      'const hidden = 3;',
      'export { listed, type Shape, helper as reExportedHelper };',
      "export { c, d as e } from './other.js';",
      "export * as ns from './other.js';",
    ].join('\n');
    expect(read(text)).toMatchObject({
      names: [
        'Alias',
        'Kind',
        'RunInput',
        'Service',
        'Shape',
        'Space',
        'a',
        'b',
        'c',
        'declared',
        'e',
        'listed',
        'ns',
        'reExportedHelper',
        'run',
      ],
      hasExportStar: false,
      locals: ['helper', 'hidden'],
    });
  });

  it('leaves default exports out and sees export * (also export type *)', () => {
    expect(read('export default function run() {}\nexport default class C {}')).toMatchObject({
      names: [],
      locals: ['C', 'run'],
    });
    expect(read('function run() {}\nexport default run;')).toMatchObject({
      names: [],
      hasExportStar: false,
      locals: ['run'],
    });
    expect(read('function run() {}\nexport { run as default };').names).toEqual(['default']);
    expect(read("export * from './other.js';").hasExportStar).toBe(true);
    expect(read("export type * from './other.js';").hasExportStar).toBe(true);
    expect(read("export type * as types from './other.js';")).toMatchObject({ names: ['types'], hasExportStar: false });
    expect(read("export {} from './other.js';")).toMatchObject({ names: [], hasExportStar: false });
  });

  it('counts a declaration exported under another name by that name only', () => {
    // `tasks.run` would not exist: a stub of `run` would clash with the local declaration instead.
    expect(read('async function run() {}\nexport { run as start };')).toMatchObject({
      names: ['start'],
      hasExportStar: false,
      locals: ['run'],
    });
  });

  it('binds destructured variables, the first name of a dotted namespace, and import-equals aliases', () => {
    expect(
      read(
        'export const { a, b: [c] } = source;\nnamespace Outer.Inner {}\nimport fs = require("fs");\nexport import Alias = Outer.Inner;',
      ),
    ).toMatchObject({
      names: ['Alias', 'a', 'c'],
      locals: ['Outer', 'fs'],
    });
    expect(read("declare module 'other' {}").locals).toEqual([]);
  });

  it('says how and where each name is bound: statement starts, declarators, the first overload or merged declaration', () => {
    const text =
      "// é😀\nimport D, { x as y, type T } from './m.js';\nimport * as ns from './n.js';\n@decorated class C {}\nfunction f(a: string): void;\nfunction f(a: unknown) {}\ninterface M {}\nnamespace M {}\nconst one = 1, two = 2;\n";
    const { bindings, imports } = read(text);
    const where = (name: string) => {
      const binding = bindings.get(name)!;
      return [binding.how, text.slice(binding.start, binding.start + 12)];
    };
    expect(where('D')).toEqual(['imports', 'import D, { ']);
    expect(where('y')).toEqual(['imports', 'import D, { ']);
    expect(where('ns')).toEqual(['imports', 'import * as ']);
    expect(where('C')).toEqual(['declares', '@decorated c']);
    expect(where('f')).toEqual(['declares', 'function f(a']);
    expect(where('M')).toEqual(['declares', 'interface M ']);
    expect(where('two')).toEqual(['declares', 'two = 2;\n']);
    expect(bindings.has('x')).toBe(false);
    expect(
      imports.map(({ source, names, hasNamespace, range }) => [
        source,
        names,
        hasNamespace,
        text.slice(range.start, range.end),
      ]),
    ).toEqual([
      ['./m.js', ['D', 'y', 'T'], false, "import D, { x as y, type T } from './m.js';"],
      ['./n.js', ['ns'], true, "import * as ns from './n.js';"],
    ]);
  });
});
