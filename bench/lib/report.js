// @ts-check

/**
 * The results as tables, in plain text for the terminal and in Markdown for docs/benchmarks.md.
 * @typedef {{ cpu: string; cores: number; node: string; loadAverageAtStart: number[]; loadAverageAtEnd?: number[]; cpuLoopMsAtStart?: number; cpuLoopMsAtEnd?: number }} Machine
 * @typedef {{ machine?: Machine; rows: import('./interleave.js').Row[]; ratios: import('./interleave.js').Ratio[]; targets: import('./targets.js').Target[] }} Results
 */

const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`;

/** @param {Results} results @returns {Array<{ title: string; header: string[]; body: string[][] }>} */
function tables({ machine, rows, ratios, targets }) {
  const startEnd = (/** @type {unknown} */ start, /** @type {unknown} */ end) =>
    `${String(start)} → ${end === undefined ? '?' : String(end)}`;
  return [
    ...(machine === undefined
      ? []
      : [
          {
            title: 'Machine (the host is shared: read the tables with its speed beside them)',
            header: ['what', 'start → end'],
            body: [
              [`${machine.cores} cores, ${machine.cpu}, Node ${machine.node}`, ''],
              ['load average (1 min)', startEnd(machine.loadAverageAtStart[0], machine.loadAverageAtEnd?.[0])],
              ['fixed CPU loop, ms (lower is faster)', startEnd(machine.cpuLoopMsAtStart, machine.cpuLoopMsAtEnd)],
            ],
          },
        ]),
    {
      title: 'Runs (wall: median and min–max of the measured runs; CPU: user+system, median; peak: max RSS)',
      header: ['measurement', 'tree', 'wall', 'min–max', 'CPU', 'peak MB', 'runs'],
      body: rows.map((r) => [
        r.label,
        r.tree,
        seconds(r.wallMs.median),
        `${seconds(r.wallMs.min)}–${seconds(r.wallMs.max)}`,
        seconds(r.cpuMs.median),
        String(Math.round(r.peakMB.max)),
        String(r.runs),
      ]),
    },
    {
      title: 'Ratios (median of per-round ratios of interleaved runs)',
      header: ['ratio', 'wall', 'CPU'],
      body: ratios.map((r) => [r.label, `${r.wall.toFixed(2)}×`, `${r.cpu.toFixed(2)}×`]),
    },
    {
      title: 'Targets',
      header: ['target', 'tree', 'measured', 'limit', 'met'],
      body: targets.map((t) => [t.description, t.tree, String(t.value), t.limit, t.met ? 'yes' : 'NO']),
    },
  ];
}

/** @param {Results} results */
export function textReport(results) {
  return tables(results)
    .map(({ title, header, body }) => {
      const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
      const line = (/** @type {string[]} */ cells) =>
        cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
      return [title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
    })
    .join('\n\n');
}

/** @param {Results} results */
export function markdownReport(results) {
  return tables(results)
    .map(({ title, header, body }) => {
      const line = (/** @type {string[]} */ cells) => `| ${cells.join(' | ')} |`;
      return [
        `**${title}**`,
        '',
        line(header),
        line(header.map((_, i) => (i === 0 ? '---' : '---:'))),
        ...body.map(line),
      ].join('\n');
    })
    .join('\n\n');
}
