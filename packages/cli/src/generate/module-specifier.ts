import path from 'node:path';

const SOURCE = /\.([cm]?)[jt]sx?$/;

/** The specifier `fromFile` imports `toFile` by: relative, `/`-separated, with the emitted extension or none. */
export function relativeSpecifier(fromFile: string, toFile: string, importExtension: '' | '.js'): string {
  let relative = path.relative(path.dirname(fromFile), toFile).split(path.sep).join('/');
  relative = relative.replace(SOURCE, (_whole, flavour: string) => (importExtension === '' ? '' : `.${flavour}js`));
  return relative.startsWith('../') ? relative : `./${relative}`;
}

/** Whether a relative specifier in `fromFile` points at `targetFile` (with `.js`, `.ts` or no extension, or `/index`). */
export function specifierTargets(fromFile: string, specifier: string, targetFile: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const strip = (file: string) => file.replace(/\.(?:[cm]?[jt]sx?)$/, '');
  const resolved = strip(path.resolve(path.dirname(fromFile), specifier));
  const target = strip(targetFile);
  return resolved === target || `${resolved}${path.sep}index` === target;
}
