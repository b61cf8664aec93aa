// @ts-check

/**
 * Parses the table ESLint prints with `TIMING=all`: rule, milliseconds, share of rule time.
 * @param {string} output @returns {Array<{ rule: string; ms: number; percent: number }>}
 */
export function parseTiming(output) {
  const rows = [];
  for (const line of output.split('\n')) {
    const match = /^(\S+)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)%\s*$/.exec(line.trim());
    if (match) rows.push({ rule: /** @type {string} */ (match[1]), ms: Number(match[2]), percent: Number(match[3]) });
  }
  return rows.sort((a, b) => b.ms - a.ms);
}
