// @ts-check
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appFileName, appFileSource, appKindWeights, workerSource } from './app-sources.js';
import { Random } from './random.js';
import { appFolders, domains, features, genericFileNames, nouns, verbs } from './vocabulary.js';
import { barrelSource, capitalize, exportsOf, modelsSource, tasksSource, workflowSource } from './workflow-sources.js';

/** @typedef {import('./workflow-sources.js').WorkflowSpec} WorkflowSpec */
/** @typedef {import('./app-sources.js').AppKind} AppKind */

/** @typedef {{ workflowDirs: number; workflowsPerDir: number; otherFiles: number }} CorpusShape */

/**
 * The sizes the issue asks for: workflow directories × workflow files, plus ordinary files; `wide`
 * is one workflows directory of 5,000 files (work per file that walks the directory shows there).
 * @type {Record<'small' | 'medium' | 'large' | 'wide', CorpusShape>}
 */
export const corpusSizes = {
  small: { workflowDirs: 20, workflowsPerDir: 5, otherFiles: 500 },
  medium: { workflowDirs: 200, workflowsPerDir: 10, otherFiles: 2000 },
  large: { workflowDirs: 200, workflowsPerDir: 10, otherFiles: 8000 },
  wide: { workflowDirs: 1, workflowsPerDir: 5000, otherFiles: 0 },
};

/** Kinds of planted violation, applied in turn to the chosen workflow files. */
export const violationKinds = /** @type {const} */ ([
  'generic-name',
  'name-mismatch',
  'two-workflows',
  'default-export',
  'missing-barrel-export',
  'proxy-activities',
  'workflow-name-case',
  'workflow-outside-dir',
]);

/** @typedef {typeof violationKinds[number]} ViolationKind */

/**
 * @typedef {object} CorpusManifest
 * @property {string} root
 * @property {CorpusShape & { seed: number; violations: number }} options
 * @property {string[]} workflowDirs absolute paths
 * @property {number} workflowFiles
 * @property {number} otherFiles ordinary files, including one worker module per workflows directory
 * @property {number} totalFiles every file written, barrels, tasks and models included
 * @property {Array<{ kind: ViolationKind; file: string }>} planted paths relative to the root
 */

/** Which folder of a feature holds each kind of ordinary file. @type {Record<AppKind, string>} */
const folderOf = {
  service: 'services',
  repository: 'repositories',
  api: 'api',
  mapper: 'mappers',
  view: 'components',
  job: 'jobs',
  test: 'services',
  json: 'fixtures',
  markdown: 'docs',
};

/**
 * Writes a monorepo-like tree under `root` (emptied first): `src/<domain>/<feature>/workflows/`
 * with one workflow per file, a canonical barrel, sibling `tasks.ts` and `models.ts` and a worker,
 * and ordinary files spread over all 200 features, including the ones without workflows.
 * The same options always give byte-identical files.
 * @param {{ root: string; seed?: number; violations?: number } & CorpusShape} options
 *   `violations`: the fraction of workflow files given a planted violation (0 for a clean tree)
 * @returns {CorpusManifest}
 */
export function generateCorpus(options) {
  const { root, workflowDirs: dirCount, workflowsPerDir, otherFiles } = options;
  const seed = options.seed ?? 1;
  const violations = options.violations ?? 0;
  if (dirCount > domains.length * 10) throw new Error(`at most ${domains.length * 10} workflows directories`);
  // Beyond verb × noun pairs, a third word (a feature name) tells the workflows apart.
  if (workflowsPerDir > verbs.length * nouns.length * features.length)
    throw new Error('too many workflows per directory');
  const random = new Random(seed);
  rmSync(root, { recursive: true, force: true });
  let totalFiles = 0;
  const write = (/** @type {string} */ relative, /** @type {string} */ text) => {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    totalFiles++;
  };

  write('package.json', `${JSON.stringify({ name: 'bench-app', private: true, type: 'module' }, null, 2)}\n`);
  write(
    'tsconfig.json',
    `${JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true }, include: ['src'] }, null, 2)}\n`,
  );
  write('wfkit.config.json', `${JSON.stringify({ workflowDirs: ['workflows'] }, null, 2)}\n`);

  // Every domain gets 10 features; workflows directories take the first `dirCount` pairs in a seeded order.
  const features_ = domains.flatMap((domain) =>
    random
      .shuffle(features)
      .slice(0, 10)
      .map((feature) => ({ domain, feature })),
  );
  const withWorkflows = random.shuffle(features_).slice(0, dirCount);

  /** @type {Map<string, WorkflowSpec[]>} feature dir → its workflows */
  const specsByDir = new Map();
  for (const { domain, feature } of withWorkflows) {
    const pairs = random
      .shuffle(verbs.flatMap((verb) => nouns.map((noun) => ({ verb, noun }))))
      .slice(0, workflowsPerDir);
    if (workflowsPerDir > pairs.length) {
      const qualifiers = features.filter((word) => word !== feature);
      pairs.push(
        ...verbs
          .flatMap((verb) => nouns.flatMap((noun) => qualifiers.map((word) => ({ verb, noun: `${noun}-${word}` }))))
          .slice(0, workflowsPerDir - pairs.length),
      );
    }
    specsByDir.set(
      `src/${domain}/${feature}`,
      pairs.map(({ verb, noun }) => workflowSpec(domain, feature, verb, noun, random)),
    );
  }

  const planted = plantViolations(specsByDir, violations, random);

  let workflowFiles = 0;
  let others = 0;
  for (const [dir, specs] of specsByDir) {
    const subject = dir.split('/').slice(1).join(' ');
    for (const spec of specs) write(`${dir}/workflows/${spec.file}`, workflowSource(spec, subject));
    workflowFiles += specs.length;
    const listed = specs.filter(
      (spec) => !planted.some((p) => p.kind === 'missing-barrel-export' && p.file === `${dir}/workflows/${spec.file}`),
    );
    // The doc comment wfkit itself writes for a new barrel: the path words from the package root.
    write(`${dir}/workflows/index.ts`, barrelSource(listed.map(exportsOf)));
    write(`${dir}/tasks.ts`, tasksSource(specs, subject));
    write(`${dir}/models.ts`, modelsSource(specs, subject));
    write(`${dir}/worker.ts`, workerSource(subject));
    others++;
  }
  for (const violation of planted.filter((p) => p.kind === 'workflow-outside-dir')) {
    write(violation.file, outsideWorkflowSource(path.basename(violation.file, '.ts')));
    others++;
  }

  // Ordinary files round-robin over every feature, so most of the tree is code wfkit must skip.
  const usedNames = new Set();
  for (let i = 0; others < otherFiles; i++) {
    const { domain, feature } = /** @type {{ domain: string; feature: string }} */ (features_[i % features_.length]);
    const dir = `src/${domain}/${feature}`;
    const kind = weightedKind(random);
    let noun = random.pick(nouns);
    for (let n = 2; usedNames.has(`${dir}/${folderOf[kind]}/${appFileName(kind, noun)}`); n++)
      noun = `${noun.replace(/\d+$/, '')}${n}`;
    const relative = `${dir}/${folderOf[kind]}/${appFileName(kind, noun)}`;
    usedNames.add(relative);
    const specs = specsByDir.get(dir);
    const target = kind === 'api' && specs !== undefined ? specs.find((spec) => !spec.defaultExport) : undefined;
    const workflow = target === undefined ? undefined : { name: target.name, barrel: '../workflows/index.js' };
    write(relative, appFileSource(kind, { domain, feature, noun, random, workflow }));
    others++;
  }

  /** @type {CorpusManifest} */
  const manifest = {
    root,
    options: { workflowDirs: dirCount, workflowsPerDir, otherFiles, seed, violations },
    workflowDirs: [...specsByDir.keys()].sort().map((dir) => path.join(root, dir, 'workflows')),
    workflowFiles,
    otherFiles: others,
    totalFiles: totalFiles + 1,
    planted,
  };
  write(
    'corpus.json',
    `${JSON.stringify({ ...manifest, root: '.', workflowDirs: manifest.workflowDirs.map((d) => path.relative(root, d)) }, null, 2)}\n`,
  );
  return manifest;
}

/** A clean workflow: its name carries the directory words, which the file name may leave out. */
function workflowSpec(
  /** @type {string} */ domain,
  /** @type {string} */ feature,
  /** @type {string} */ verb,
  /** @type {string} */ noun,
  /** @type {Random} */ random,
) {
  const nounName = noun.split('-').map(capitalize).join('');
  const base = `${capitalize(verb)}${capitalize(domain)}${capitalize(feature)}${nounName}`;
  const style = random.next();
  // Half name the file by its own words only, a quarter spell out the whole name, a quarter end the workflow in `Workflow`.
  const name = style >= 0.75 ? `${base}Workflow` : base;
  const file = style >= 0.5 && style < 0.75 ? `${verb}-${domain}-${feature}-${noun}.ts` : `${verb}-${noun}.ts`;
  return {
    file,
    name,
    activity: `${verb}${nounName}`,
    form: /** @type {'arrow' | 'function'} */ (random.next() < 0.2 ? 'arrow' : 'function'),
    signal: random.next() < 0.2 ? `${verb}${nounName}Cancelled` : undefined,
    optionsType: random.next() < 0.3 ? `${name}Options` : undefined,
    extraWorkflow: undefined,
    defaultExport: false,
    proxyActivities: false,
  };
}

/**
 * Turns a fraction of the workflow files into violations, one kind after another.
 * @param {Map<string, WorkflowSpec[]>} specsByDir @param {number} fraction @param {Random} random
 * @returns {Array<{ kind: ViolationKind; file: string }>}
 */
function plantViolations(specsByDir, fraction, random) {
  const all = [...specsByDir].flatMap(([dir, specs]) => specs.map((spec) => ({ dir, spec })));
  const chosen = random.shuffle(all).slice(0, Math.round(all.length * fraction));
  return chosen.map(({ dir, spec }, index) => {
    const kind = /** @type {ViolationKind} */ (violationKinds[index % violationKinds.length]);
    const taken = new Set(/** @type {WorkflowSpec[]} */ (specsByDir.get(dir)).map((s) => s.file));
    const [verb = '', noun = ''] = [
      spec.activity.replace(/[A-Z].*/, ''),
      spec.file.replace(/\.ts$/, '').split('-').at(-1),
    ];
    switch (kind) {
      case 'generic-name': {
        const generic = genericFileNames.find((name) => !taken.has(`${name}.ts`));
        if (generic !== undefined) spec.file = `${generic}.ts`;
        break;
      }
      case 'name-mismatch': {
        const other = verbs.find((v) => v !== verb && !taken.has(`${v}-${noun}.ts`));
        if (other !== undefined) spec.file = `${other}-${noun}.ts`;
        break;
      }
      case 'two-workflows':
        spec.extraWorkflow = `${spec.name}Again`;
        break;
      case 'default-export':
        spec.defaultExport = true;
        break;
      case 'proxy-activities':
        spec.proxyActivities = true;
        break;
      case 'workflow-name-case':
        spec.name = spec.name.charAt(0).toLowerCase() + spec.name.slice(1);
        break;
      case 'missing-barrel-export':
        break;
      case 'workflow-outside-dir':
        return { kind, file: `${dir}/${random.pick(appFolders)}/${verb}-${noun}-outside.ts` };
    }
    return { kind, file: `${dir}/workflows/${spec.file}` };
  });
}

/** A workflow defined where no barrel picks it up. @param {string} stem */
function outsideWorkflowSource(stem) {
  const name = stem.split('-').map(capitalize).join('');
  return `import { sleep } from '@temporalio/workflow';

export async function ${name}(): Promise<void> {
  await sleep('1 minute');
}
`;
}

/** @param {Random} random @returns {AppKind} */
function weightedKind(random) {
  let roll = random.next() * 100;
  for (const [kind, weight] of appKindWeights) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'service';
}
