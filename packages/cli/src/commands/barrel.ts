import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, planBarrel, ProjectCache, scanAndAnalyze, type BarrelPlan, type Finding } from '@wfkit/core';
import { projectLockTarget, withFileLocksAsync } from '../fs/file-lock.js';
import { readSource, SourceFileError, textWithBom, type SourceSnapshot } from '../fs/read-source.js';
import { removeStaleTemporaries } from '../fs/temporary-files.js';
import { fileChange, PLAN_AGAIN, writeChanges, WriteFailure } from '../generate/file-change.js';

export interface BarrelOptions {
  cwd: string;
  /** Files or directories; every workflows directory under them is considered. Default `.`. */
  paths: string[];
  /** Write the barrels that are missing or semantically wrong. */
  fix: boolean;
}

export type BarrelStatus =
  /** Exports exactly its directory's workflows (formatting is not the command's business). */
  | 'ok'
  /** Missing or wrong; `nextText` says what `--fix` writes. */
  | 'stale'
  /** Was missing or wrong and `--fix` wrote `nextText`. */
  | 'fixed'
  /** Wrong, but a rewrite would drop hand-written code or a file does not parse: see `blockedBy`. */
  | 'blocked';

export interface BarrelReport {
  workflowsDir: string;
  barrelPath: string;
  status: BarrelStatus;
  /** Whether this run wrote the barrel (`fixed`, or `blocked` by something a rewrite cannot solve). */
  written: boolean;
  currentText: string | undefined;
  nextText: string | undefined;
  /** What is wrong, as the `barrel-exports-all` rule reports it. */
  findings: Finding[];
  /** Why it cannot be rewritten: hand-written statements in it. */
  blockedBy: Finding[];
  /** Files (the barrel or workflow files) that do not parse, which also blocks a rewrite. */
  parseErrors: BarrelPlan['parseErrors'];
  /**
   * Why `--fix` could not write the barrel (`[reason, fix]`); the barrel is then unchanged. No fix
   * when it changed while wf ran: running `--fix` again is all there is to do.
   */
  writeError?: readonly [reason: string, fix: string | undefined] | undefined;
}

export interface BarrelResult {
  barrels: BarrelReport[];
  /** Barrels that are still missing or wrong after the command (stale unless fixed, or blocked). */
  problemCount: number;
}

/**
 * `wf barrel`: compares every workflows directory's barrel with the core's model. With `fix`,
 * writes the barrels that are missing or semantically wrong (and only those: a correct barrel
 * formatted by hand is left alone), so a second run changes nothing.
 */
export async function barrel(options: BarrelOptions): Promise<BarrelResult> {
  if (!options.fix) return planAndWrite(options);
  // Held from the scan to the last write: a wf new meanwhile would add a file the scan missed and
  // an export the rewrite would then drop as stale.
  const targets = (options.paths.length === 0 ? ['.'] : options.paths).map((input) => path.resolve(options.cwd, input));
  // A path that does not exist is the scan's to report. Found in a cache of their own: the one the
  // scan plans from starts once the lock is held.
  const lookup = new ProjectCache();
  const roots = targets
    .filter((target) => existsSync(target))
    .map((target) => loadConfig(target, undefined, lookup).rootDir);
  return withFileLocksAsync(roots.map(projectLockTarget), () => planAndWrite(options));
}

async function planAndWrite(options: BarrelOptions): Promise<BarrelResult> {
  // One state of the tree for the whole command (a barrel it writes is never read again); the
  // workflow files are parsed into it on two threads.
  const cache = new ProjectCache({ lifetime: Infinity });
  const scan = await scanAndAnalyze(options.paths, { cwd: options.cwd, cache, outsideFiles: false });
  const barrels = scan.workflowDirs.map(({ dir, config }): BarrelReport => {
    const plan = planBarrel(dir, config, { cache });
    let status = decide(plan, options.fix);
    let writeError: BarrelReport['writeError'];
    let source: SourceSnapshot | undefined;
    if (rewritable(plan)) {
      try {
        source = strictSource(plan);
      } catch (error) {
        // Unreadable, not UTF-8, or changed meanwhile: a rewrite would lose what the user wrote.
        if (!(error instanceof SourceFileError)) throw error;
        [status, writeError] = ['blocked', [`it ${error.reason}`, barrelFix(error.fix)]];
      }
    }
    if (options.fix) removeStaleTemporaries(dir);
    // A rewrite that leaves something unfixable (a duplicate name) is still worth writing.
    let written = options.fix && rewritable(plan) && writeError === undefined;
    if (written) {
      try {
        writeChanges([fileChange(plan.barrelPath, source, plan.nextText!, 'barrel')]);
      } catch (error) {
        // One unwritable barrel must not stop the others; the write left this one as it was.
        if (!(error instanceof WriteFailure)) throw error;
        [written, status, writeError] = [false, 'blocked', [error.reason, barrelFix(error.fix)]];
      }
    }
    return {
      workflowsDir: dir,
      barrelPath: plan.barrelPath,
      status,
      written,
      writeError,
      currentText: plan.currentText,
      nextText: plan.nextText,
      findings: plan.findings,
      blockedBy: [...plan.blockedBy, ...unfixable(plan)],
      parseErrors: plan.parseErrors,
    };
  });
  return {
    barrels,
    problemCount: barrels.filter((report) => report.status === 'stale' || report.status === 'blocked').length,
  };
}

/** A fix for {@link BarrelReport.writeError}: none when running `--fix` again is all there is to do. */
const barrelFix = (fix: string): string | undefined => (fix === PLAN_AGAIN ? undefined : fix);

/** The barrel read again strictly (no lossy decoding), and the same text the plan was made from. */
function strictSource(plan: BarrelPlan): SourceSnapshot | undefined {
  const source = readSource(plan.barrelPath);
  if ((source === undefined ? undefined : textWithBom(source)) !== plan.currentText) {
    throw new SourceFileError(
      plan.barrelPath,
      'changed while wf read it (another wf, or an editor, saved it meanwhile)',
      PLAN_AGAIN,
    );
  }
  return source;
}

// Findings a rewrite cannot make go away: hand-written statements are kept, and two files exporting
// one name need a rename.
const UNFIXABLE = new Set(['foreignStatement', 'duplicateName', 'duplicateDefinition']);
const unfixable = (plan: BarrelPlan): Finding[] =>
  plan.findings.filter(
    (finding) =>
      UNFIXABLE.has(finding.messageId) &&
      !plan.blockedBy.some(
        (blocker) => blocker.messageId === finding.messageId && blocker.range.start === finding.range.start,
      ),
  );

/** A rewrite would change the barrel's exports (or create it), and can be written safely. */
const rewritable = (plan: BarrelPlan): boolean => (plan.changed || !plan.exists) && plan.nextText !== undefined;

function decide(plan: BarrelPlan, fix: boolean): BarrelStatus {
  // A file that does not parse leaves the barrel unknowable: it can be neither checked nor fixed.
  if (plan.parseErrors.length > 0) return 'blocked';
  const wrong = plan.findings.length > 0 || plan.changed || !plan.exists;
  if (!wrong) return 'ok';
  if (!rewritable(plan)) return 'blocked';
  if (!fix) return 'stale';
  // Written either way; what the rewrite cannot solve is still reported.
  return unfixable(plan).length > 0 ? 'blocked' : 'fixed';
}
