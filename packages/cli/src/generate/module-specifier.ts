import path from 'node:path';

const SOURCE = /\.([cm]?)[jt]sx?$/;

/** The specifier `fromFile` imports `toFile` by: relative, `/`-separated, with the emitted extension or none. */
export function relativeSpecifier(fromFile: string, toFile: string, importExtension: '' | '.js'): string {
  let relative = path.relative(path.dirname(fromFile), toFile).split(path.sep).join('/');
  relative = relative.replace(SOURCE, (_whole, flavour: string) => (importExtension === '' ? '' : `.${flavour}js`));
  return relative.startsWith('../') ? relative : `./${relative}`;
}
