import path from 'node:path';

/** Extensions tried, in order, for a specifier written without one (TypeScript sources first). */
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** The TypeScript sources a JavaScript specifier stands for under Node16/NodeNext and bundler resolution. */
const SOURCE_OF: Record<string, string[]> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

/**
 * The source file a module path stands for, the way TypeScript resolves a relative import and a
 * worker's `workflowsPath` is loaded: the file itself, the TypeScript source of a `.js`
 * specifier (`./order.js` → `order.ts`), the path with an extension added (`./order`), or a
 * directory's `index` (`./workflows` → `workflows/index.ts`). `undefined` when none exists.
 */
export function resolveModulePath(target: string, isFile: (filePath: string) => boolean): string | undefined {
  const extension = path.extname(target);
  for (const sourceExtension of SOURCE_OF[extension] ?? []) {
    const source = target.slice(0, -extension.length) + sourceExtension;
    if (isFile(source)) return source;
  }
  if (extension !== '' && isFile(target)) return target;
  for (const candidate of EXTENSIONS) if (isFile(target + candidate)) return target + candidate;
  for (const candidate of EXTENSIONS) {
    const index = path.join(target, `index${candidate}`);
    if (isFile(index)) return index;
  }
  return undefined;
}

/** A relative specifier (`./a`, `../b/c.js`) resolved from the module that writes it; bare specifiers are packages: `undefined`. */
export function resolveSpecifier(
  fromFile: string,
  specifier: string,
  isFile: (filePath: string) => boolean,
): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../') && specifier !== '.' && specifier !== '..')
    return undefined;
  return resolveModulePath(path.resolve(path.dirname(fromFile), specifier), isFile);
}

/**
 * Whether a relative specifier in `fromFile` stands for `targetFile` (with `.js`, `.ts` or no
 * extension, or `/index`), also when that file is not written yet.
 */
export function specifierTargets(fromFile: string, specifier: string, targetFile: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const strip = (file: string): string => file.replace(/\.(?:[cm]?[jt]sx?)$/, '');
  const resolved = strip(path.resolve(path.dirname(fromFile), specifier));
  const target = strip(targetFile);
  return resolved === target || `${resolved}${path.sep}index` === target;
}
