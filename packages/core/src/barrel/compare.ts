/**
 * Orders strings by UTF-16 code units: the same order on every machine and locale, unlike
 * `localeCompare`, so a barrel written on one machine is canonical on all of them.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
