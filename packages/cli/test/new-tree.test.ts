import path from 'node:path';
import { defaultConfig, ProjectCache, type ResolvedConfig } from '@wfkit/core';
import { describe, expect, it } from 'vitest';
import { neighbourTexts } from '../src/generate/code-style.js';
import { FileTree, type TreeDisk } from '../src/generate/file-tree.js';
import { defaultModuleFile, moduleFile } from '../src/generate/module-file.js';
import { findWorkflowsDir } from '../src/generate/workflows-dir.js';
import { sha256, SourceFileError, type SourceSnapshot } from '../src/fs/read-source.js';

// The steps of `wf new` that only look at the tree, run on a tree held in memory.

const ROOT = path.resolve('/app');
const at = (file: string): string => path.join(ROOT, file);
const CONFIG: ResolvedConfig = { ...defaultConfig, rootDir: ROOT, configFile: undefined };

/** A disk of the given files (text, or `null` for one that is not UTF-8), counting reads; `save` is another process. */
function memoryDisk(
  files: Record<string, string | null>,
): TreeDisk & { reads: string[]; save: (file: string, text: string) => void } {
  const paths = new Map(Object.entries(files).map(([file, text]) => [at(file), text]));
  const reads: string[] = [];
  const isDirectory = (dir: string): boolean => [...paths.keys()].some((file) => file.startsWith(`${dir}${path.sep}`));
  return {
    reads,
    save: (file, text) => void paths.set(at(file), text),
    kind: (file) => (paths.has(file) ? 'file' : isDirectory(file) ? 'directory' : undefined),
    list: (dir) => [
      ...new Set(
        [...paths.keys()]
          .filter((file) => file.startsWith(`${dir}${path.sep}`))
          .map((file) => file.slice(dir.length + 1).split(path.sep)[0]!),
      ),
    ],
    read(file, label) {
      reads.push(file);
      const text = paths.get(file);
      if (text === undefined) return undefined;
      if (text === null) throw new SourceFileError(label, 'is not UTF-8', 'convert it to UTF-8');
      const bytes = Buffer.from(text);
      return {
        filePath: file,
        realPath: file,
        text,
        bom: false,
        bytes,
        size: bytes.length,
        mtimeMs: 1,
        mode: 0o644,
        sha256: sha256(bytes),
      } satisfies SourceSnapshot;
    },
  };
}

const label = (file: string): string => path.relative(ROOT, file);

describe('FileTree', () => {
  it('reads a file once, answers from planned texts first, and lists the changes in the order planned', () => {
    const disk = memoryDisk({ 'billing/tasks.ts': 'export {};\n' });
    const tree = new FileTree(label, disk);
    expect(tree.read(at('billing/tasks.ts'))).toBe('export {};\n');
    expect(tree.read(at('billing/tasks.ts'))).toBe('export {};\n');
    expect(disk.reads).toEqual([at('billing/tasks.ts')]);

    tree.write(at('billing/workflows/send.ts'), 'workflow\n', 'workflow SendInvoice');
    tree.write(at('billing/tasks.ts'), 'stubbed\n', 'stub type SendInvoiceInput');
    tree.write(at('billing/tasks.ts'), 'stubbed twice\n', 'stub activity sendInvoice');
    expect(tree.read(at('billing/tasks.ts'))).toBe('stubbed twice\n');
    expect(tree.isFile(at('billing/workflows/send.ts'))).toBe(true);
    expect(tree.isDirectory(at('billing/workflows'))).toBe(true);
    expect(tree.children(at('billing'))).toEqual(['tasks.ts']);
    expect(tree.children(at('billing/workflows'))).toEqual(['send.ts']);

    const changes = tree.listChanges();
    expect(changes.map((change) => [label(change.filePath), change.before, change.after, change.summary])).toEqual([
      ['billing/workflows/send.ts', undefined, 'workflow\n', 'workflow SendInvoice'],
      ['billing/tasks.ts', 'export {};\n', 'stubbed twice\n', 'stub type SendInvoiceInput, stub activity sendInvoice'],
    ]);
    // The snapshot a write is checked against is the one read first.
    expect(changes[1]!.source?.sha256).toBe(sha256(Buffer.from('export {};\n')));
  });

  it('bases each change on what it first saw: a file created or edited after it looked is not taken as read', () => {
    const disk = memoryDisk({ 'billing/tasks.ts': 'export {};\n' });
    const tree = new FileTree(label, disk);
    expect(tree.isFile(at('billing/workflows/send.ts'))).toBe(false);
    expect(tree.isFile(at('billing/tasks.ts'))).toBe(true);
    // Another process, while wf formats and plans.
    disk.save('billing/workflows/send.ts', '// Written by the user.\n');
    disk.save('billing/tasks.ts', '// Edited by the user.\n');
    expect(tree.isFile(at('billing/workflows/send.ts'))).toBe(false);
    expect(tree.read(at('billing/tasks.ts'))).toBe('export {};\n');
    tree.write(at('billing/workflows/send.ts'), 'workflow\n', 'workflow SendInvoice');
    tree.write(at('billing/tasks.ts'), 'stubbed\n', 'stub activity sendInvoice');
    // Absent when first seen: a new file, which writeChanges refuses to put over one that exists now.
    expect(tree.listChanges().map((change) => [label(change.filePath), change.source?.text])).toEqual([
      ['billing/workflows/send.ts', undefined],
      ['billing/tasks.ts', 'export {};\n'],
    ]);
  });

  it('refuses a file it cannot decode when a step needs it', () => {
    const tree = new FileTree(label, memoryDisk({ 'billing/models.ts': null }));
    expect(() => tree.read(at('billing/models.ts'))).toThrow(
      'billing/models.ts is not UTF-8. Nothing was written; convert it to UTF-8, then run wf again.',
    );
  });
});

describe('neighbourTexts', () => {
  it("takes the workflows directory's TypeScript files, else its parent's, passing over what cannot be decoded", () => {
    const tree = new FileTree(
      label,
      memoryDisk({
        'billing/tasks.ts': 'tasks',
        'billing/models.ts': null,
        'billing/notes.md': 'notes',
        'billing/types.d.ts': 'declarations',
        'shipping/workflows/index.ts': 'barrel',
        'shipping/workflows/ship.ts': 'ship',
      }),
    );
    expect(neighbourTexts(tree, at('billing/workflows'))).toEqual(['tasks']);
    expect(neighbourTexts(tree, at('shipping/workflows'), [at('shipping/workflows/index.ts')])).toEqual(['ship']);
  });
});

describe('finding the workflows directory and modules in memory', () => {
  const cache = new ProjectCache({ lifetime: Infinity });

  it('takes --in itself, its workflows directory, or a new one; the modules beside it', () => {
    const tree = new FileTree(
      label,
      memoryDisk({ 'billing/workflows/send.ts': '', 'billing/activities.js': '', 'shipping/tasks.mts': '' }),
    );
    expect(findWorkflowsDir(at('billing/workflows'), CONFIG, cache, tree)).toEqual({ dir: at('billing/workflows') });
    expect(findWorkflowsDir(at('billing'), CONFIG, cache, tree)).toEqual({ dir: at('billing/workflows') });
    expect(findWorkflowsDir(at('shipping'), CONFIG, cache, tree)).toEqual({ dir: at('shipping/workflows') });
    expect(defaultModuleFile(at('billing'), ['tasks', 'activities'], tree)).toBe(at('billing/activities.js'));
    expect(defaultModuleFile(at('shipping'), ['tasks', 'activities'], tree)).toBe(at('shipping/tasks.mts'));
    expect(defaultModuleFile(at('shipping'), ['models'], tree)).toBe(at('shipping/models.ts'));
    expect(moduleFile(ROOT, 'shipping/tasks', tree)).toBe(at('shipping/tasks.mts'));
    expect(moduleFile(ROOT, 'billing/activities.js', tree)).toBe(at('billing/activities.js'));
    expect(moduleFile(ROOT, 'billing', tree)).toBe(at('billing/index.ts'));
  });

  it('refuses a workflows directory a module of the same name shadows', () => {
    const tree = new FileTree(label, memoryDisk({ 'src/workflows.ts': '' }));
    expect(() => findWorkflowsDir(at('src'), CONFIG, cache, tree)).toThrow(
      "src/workflows.ts exists, and './workflows' resolves to it, never to a new src/workflows/ beside it. Split src/workflows.ts into src/workflows/ first (wf check lists its workflows), then run wf new again.",
    );
  });
});
