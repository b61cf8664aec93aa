import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/defaults.js';
import { contextWords } from '../src/naming/context-words.js';
import { checkFileName, suggestFileName } from '../src/naming/file-name.js';
import {
  checkWorkflowName,
  isReservedWord,
  isUsableIdentifier,
  validateWorkflowName,
} from '../src/naming/workflow-name.js';
import { formatWords } from '../src/naming/words.js';
import type { ResolvedConfig } from '../src/types.js';

// Paths are only looked at, never read, apart from the search for package.json above them.
const root = path.resolve('/nonexistent-wfkit-app');
const config: ResolvedConfig = { ...defaultConfig, rootDir: root, configFile: undefined };
const contentDir = path.join(root, 'presentation/edit/content/workflows');
const inContent = (file: string) => path.join(contentDir, file);

describe('checkFileName: the seed examples', () => {
  it.each([
    ['regenerate.ts', 'RegenerateContent'],
    ['translate.ts', 'TranslatePresentationContent'],
    ['slide.ts', 'EditPresentationSlide'],
  ])('accepts %s for %s in presentation/edit/content/workflows', (file, workflow) => {
    expect(checkFileName(inContent(file), workflow, config)).toEqual({ ok: true });
  });

  it.each([
    ['write-presentation.ts', 'WritePresentation'],
    ['send-download-email.ts', 'SendDownloadEmail'],
  ])('accepts %s for %s in any directory', (file, workflow) => {
    for (const dir of ['workflows', 'modules/email/workflows', 'presentation/generation/workflows']) {
      expect(checkFileName(path.join(root, dir, file), workflow, config)).toEqual({ ok: true });
    }
  });

  it('rejects pipeline.ts and workflows.ts as generic, suggesting the workflow name', () => {
    expect(checkFileName(inContent('pipeline.ts'), 'RegenerateContent', config)).toEqual({
      ok: false,
      problem: 'generic',
      words: ['pipeline'],
      suggestion: 'regenerate.ts',
    });
    expect(checkFileName(inContent('workflows.ts'), 'TranslatePresentationContent', config)).toMatchObject({
      ok: false,
      problem: 'generic',
      suggestion: 'translate.ts',
    });
  });
});

describe('checkFileName: each problem', () => {
  it('reports words the workflow name does not have', () => {
    expect(checkFileName(inContent('regenerate-slides.ts'), 'RegenerateContent', config)).toEqual({
      ok: false,
      problem: 'extra-words',
      words: ['slides'],
      suggestion: 'regenerate.ts',
    });
  });

  it('reports workflow words that neither the file name nor the path says', () => {
    const file = path.join(root, 'modules/email/workflows/send.ts');
    expect(checkFileName(file, 'SendDownloadEmail', config)).toEqual({
      ok: false,
      problem: 'missing-words',
      words: ['download'],
      suggestion: 'send-download.ts',
    });
  });

  it('reports the wrong case after the words match', () => {
    expect(
      checkFileName(path.join(root, 'workflows/send_download_email.ts'), 'SendDownloadEmail', config),
    ).toMatchObject({
      ok: false,
      problem: 'case',
      suggestion: 'send-download-email.ts',
    });
    expect(checkFileName(path.join(root, 'workflows/SendDownloadEmail.ts'), 'SendDownloadEmail', config)).toMatchObject(
      {
        problem: 'case',
      },
    );
  });

  it('honours the configured file-name case', () => {
    const snake = { ...config, fileNameCase: 'snake' as const };
    expect(checkFileName(path.join(root, 'workflows/send_download_email.ts'), 'SendDownloadEmail', snake)).toEqual({
      ok: true,
    });
    expect(suggestFileName('SendDownloadEmail', path.join(root, 'workflows'), snake)).toBe('send_download_email.ts');
    const pascal = { ...config, fileNameCase: 'pascal' as const };
    expect(suggestFileName('RegenerateContent', contentDir, pascal)).toBe('Regenerate.ts');
  });

  it('lets the file name leave out a trailing Workflow', () => {
    expect(checkFileName(path.join(root, 'billing/workflows/charge-card.ts'), 'ChargeCardWorkflow', config)).toEqual({
      ok: true,
    });
    expect(suggestFileName('ChargeCardWorkflow', path.join(root, 'billing/workflows'), config)).toBe('charge-card.ts');
  });

  it('matches acronyms and versions word by word', () => {
    const dir = path.join(root, 'document/workflows');
    expect(checkFileName(path.join(dir, 'process-pdf.ts'), 'ProcessPDFDocument', config)).toEqual({ ok: true });
    expect(checkFileName(path.join(root, 'workflows/export-v2-report.ts'), 'ExportV2Report', config)).toEqual({
      ok: true,
    });
  });

  it('uses words of subdirectories inside a workflows directory as context', () => {
    const file = path.join(root, 'billing/workflows/invoices/send.ts');
    expect(checkFileName(file, 'SendInvoices', config)).toEqual({ ok: true });
  });
});

describe('suggestFileName', () => {
  it('gives the shortest passing name', () => {
    expect(suggestFileName('RegenerateContent', contentDir, config)).toBe('regenerate.ts');
    expect(suggestFileName('EditPresentationSlide', contentDir, config)).toBe('slide.ts');
    expect(suggestFileName('SendDownloadEmail', path.join(root, 'workflows'), config)).toBe('send-download-email.ts');
  });

  it('keeps the first word when the path already says every word', () => {
    expect(suggestFileName('EditContent', contentDir, config)).toBe('edit.ts');
  });

  it('adds words back when the shortest name would be generic', () => {
    expect(suggestFileName('RunPipeline', path.join(root, 'run/workflows'), config)).toBe('run-pipeline.ts');
  });

  it('always gives a name that checkFileName accepts', () => {
    const word = fc.constantFrom(
      'send',
      'email',
      'edit',
      'content',
      'slide',
      'pdf',
      'v2',
      'report',
      'sync',
      'user',
      'workflow',
      'pipeline',
      'main',
    );
    const dirWords = fc.array(fc.constantFrom('presentation', 'edit', 'content', 'email', 'user', 'billing'), {
      maxLength: 3,
    });
    const fileCase = fc.constantFrom('kebab', 'snake', 'camel', 'pascal' as const);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), dirWords, fileCase, (words, dirs, fileNameCase) => {
        const workflow = formatWords(words, 'pascal');
        fc.pre(!['Workflow', 'Pipeline', 'Main'].includes(workflow) && !/^(Pipeline|Main|Workflow)+$/.test(workflow));
        const dir = path.join(root, ...dirs, 'workflows');
        const caseConfig = { ...config, fileNameCase };
        const suggestion = suggestFileName(workflow, dir, caseConfig);
        expect(checkFileName(path.join(dir, suggestion), workflow, caseConfig)).toEqual({ ok: true });
      }),
    );
  });
});

describe('contextWords', () => {
  it('gives the directories above the workflows directory up to the root', () => {
    expect(contextWords(contentDir, config)).toEqual(['presentation', 'edit', 'content']);
  });
});

describe('workflow names', () => {
  it('checks the configured case; auto (not resolved against a project) takes either', () => {
    const pascal = { ...config, workflowNameCase: 'pascal' as const };
    expect(checkWorkflowName('RegenerateContent', pascal)).toEqual({ ok: true });
    expect(checkWorkflowName('regenerateContent', pascal)).toEqual({ ok: false, expected: 'RegenerateContent' });
    expect(checkWorkflowName('regenerateContent', { ...config, workflowNameCase: 'camel' })).toEqual({ ok: true });
    expect(checkWorkflowName('regenerateContent', config)).toEqual({ ok: true });
    expect(checkWorkflowName('regenerate_content', config)).toEqual({ ok: false, expected: 'RegenerateContent' });
  });

  it('explains why a new name cannot be used', () => {
    expect(validateWorkflowName('RegenerateContent', config)).toBeUndefined();
    expect(validateWorkflowName('Regenerate-Content', config)).toMatch(/not a JavaScript identifier/);
    expect(validateWorkflowName('await', config)).toMatch(/reserved word/);
    expect(validateWorkflowName('regenerateContent', { ...config, workflowNameCase: 'pascal' })).toMatch(
      /pascal case \(try "RegenerateContent"\)/,
    );
    expect(validateWorkflowName('regenerate_content', config)).toMatch(
      /pascal or camel case \(try "RegenerateContent"\)/,
    );
    expect(validateWorkflowName('Pipeline', config)).toMatch(/too generic/);
  });

  it('tells a usable identifier from a reserved word or a non-identifier, for workflow names and generated ones alike', () => {
    for (const word of ['await', 'enum', 'implements', 'eval', 'undefined']) {
      expect(isReservedWord(word)).toBe(true);
      expect(isUsableIdentifier(word)).toBe(false);
      expect(validateWorkflowName(word, config)).toMatch(/reserved word/);
    }
    expect(isUsableIdentifier('régénérerContenu')).toBe(true);
    expect(isUsableIdentifier('runAwait')).toBe(true);
    expect(isUsableIdentifier('send-invoice')).toBe(false);
    expect(isReservedWord('send-invoice')).toBe(false);
  });
});

describe('names beyond ASCII and globals', () => {
  it('splits and cases Unicode letters', () => {
    expect(validateWorkflowName('ÄndereBestellung', config)).toBeUndefined();
    expect(checkFileName(path.join(root, 'workflows/ändere-bestellung.ts'), 'ÄndereBestellung', config)).toEqual({
      ok: true,
    });
  });

  it('refuses names that would shadow a global or the facade', () => {
    expect(validateWorkflowName('Promise', config)).toMatch(/would shadow the global `Promise`/);
    expect(validateWorkflowName('Temporal', config)).toMatch(/would shadow the global `Temporal`/);
  });
});

describe('words that are written differently but mean the same', () => {
  it('lets a plural directory name give a singular workflow word', () => {
    expect(checkFileName(path.join(root, 'orders/workflows/place.ts'), 'PlaceOrder', config)).toEqual({ ok: true });
    expect(checkFileName(path.join(root, 'entries/workflows/archive.ts'), 'ArchiveEntry', config)).toEqual({
      ok: true,
    });
    expect(suggestFileName('RefundPayment', path.join(root, 'payments/workflows'), config)).toBe('refund.ts');
  });

  it('takes a brand written as one word for the words case splitting gives it', () => {
    expect(checkFileName(path.join(root, 'workflows/sync-github-repos.ts'), 'SyncGitHubRepos', config)).toEqual({
      ok: true,
    });
    expect(checkFileName(path.join(root, 'workflows/oauth2-refresh.ts'), 'OAuth2Refresh', config)).toEqual({
      ok: true,
    });
    expect(checkFileName(path.join(root, 'workflows/sync-git-hub-repos.ts'), 'SyncGitHubRepos', config)).toEqual({
      ok: true,
    });
  });

  it('still needs every word once: a repeated word covers its repeats', () => {
    expect(checkFileName(path.join(root, 'workflows/send.ts'), 'SendSend', config)).toEqual({ ok: true });
    expect(checkFileName(path.join(root, 'workflows/github.ts'), 'SyncGitHub', config)).toMatchObject({
      problem: 'missing-words',
      words: ['sync'],
    });
  });
});
