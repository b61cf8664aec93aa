import type { RuleId } from '../types.js';

export interface RuleMeta {
  /** One sentence for docs, presets and `wf check --help`. */
  description: string;
  /** Severity in the `recommended` preset; `strict` makes every rule an error. */
  recommended: 'error' | 'warn';
  /** Whether findings carry a safe autofix. */
  fixable: boolean;
  /** Whether findings carry suggestions (edits a user applies by hand). */
  hasSuggestions: boolean;
  /** Message templates by messageId; `{{ key }}` is filled from a finding's `data`, as ESLint does. */
  messages: Record<string, string>;
}

// Checked against `RuleMeta` but kept literal, so that `RuleMessageId` knows each rule's messageIds.
const rules = {
  'one-workflow-per-file': {
    description: 'Each workflow file defines exactly one workflow.',
    recommended: 'error',
    fixable: false,
    hasSuggestions: false,
    messages: {
      extraWorkflow:
        "'{{name}}' is another workflow in a file that already holds {{others}}; one workflow per file. Move it to its own file '{{suggestion}}' in this directory.",
    },
  },
  'filename-matches-workflow': {
    description:
      'A workflow file has a descriptive name that matches its workflow, with the directory path giving context.',
    recommended: 'error',
    fixable: false,
    hasSuggestions: false,
    messages: {
      genericName:
        "File name '{{fileName}}' is too generic to say which workflow it holds. Rename it to '{{suggestion}}' after its workflow '{{workflow}}'.",
      extraWords:
        "File name '{{fileName}}' has {{words}}, which the workflow name '{{workflow}}' does not. Rename it to '{{suggestion}}'.",
      missingWords:
        "File name '{{fileName}}' leaves out {{words}} of the workflow name '{{workflow}}', which the directory path does not give either. Rename it to '{{suggestion}}'.",
      wrongCase: "File name '{{fileName}}' is not in {{case}} case. Rename it to '{{suggestion}}'.",
    },
  },
  'barrel-exports-all': {
    description: 'The workflows barrel re-exports every workflow of its directory, explicitly and nothing else.',
    recommended: 'error',
    fixable: true,
    hasSuggestions: false,
    messages: {
      missingExport: "The barrel does not export '{{name}}' from '{{specifier}}'. Add it, or run `wf barrel --fix`.",
      staleExport:
        "The barrel exports '{{name}}' from '{{specifier}}', {{reason}}. Remove it, or run `wf barrel --fix`.",
      duplicateName:
        "'{{name}}' is exported by both '{{first}}' and '{{second}}'; a worker can register only one workflow of a name. Rename one of them.",
      duplicateDefinition:
        "'{{name}}' is defined in both '{{first}}' and '{{second}}', and the barrel can export only one. Define it once (a signal, query or update in one module) and import it where it is needed.",
      foreignStatement:
        'A workflows barrel holds only re-exports. Move this statement to another module; `wf barrel --fix` keeps it and will not rewrite this barrel until it is gone.',
      exportStar:
        "`export *` from '{{specifier}}' silently drops any name that two files both export. List the names, or run `wf barrel --fix`.",
      defaultReexport:
        'The barrel re-exports a default export, which the Temporal worker runs for every workflow type it does not know. Re-export workflows by name.',
      workflowInBarrel:
        "Workflow '{{name}}' is defined in the barrel, which should only re-export. Move it to its own file '{{suggestion}}' in this directory; the barrel then re-exports it.",
      commentOnRemovedExport:
        "This comment belongs to the export of '{{name}}' from '{{specifier}}', which `wf barrel --fix` removes; it will not rewrite this barrel until the comment is moved or deleted.",
      notRegistered:
        "No worker registers workflow '{{name}}': it is not exported, directly or through re-exports, by a module a worker loads ({{entries}}). Export it from the barrel a worker loads, or run `wf barrel --fix` when that is this directory's barrel.",
      notRegisteredNoEntry:
        "No worker registers workflow '{{name}}': every worker's workflowsPath names a module that does not exist yet. Create that module and export the workflow from it.",
      missingBarrel:
        "This workflows directory has no '{{barrel}}' re-exporting its workflows, so a worker cannot load them. Run `wf barrel --fix` to create it.",
    },
  },
  'no-default-export': {
    description: 'Workflow files export their workflow by name, never as the default export.',
    recommended: 'error',
    fixable: false,
    hasSuggestions: true,
    messages: {
      defaultExport:
        "Default-exported function: the Temporal worker runs a default export for every workflow type it does not know. Export it by name as '{{suggestion}}'.",
      useNamedExport: "Export it as the named workflow '{{suggestion}}'.",
      defaultExportOfNamed:
        "'{{suggestion}}' is exported by name and as the default export; the Temporal worker runs a default export for every workflow type it does not know. Remove the default export.",
      removeDefaultExport: 'Remove the default export.',
    },
  },
  'workflows-in-workflows-dir': {
    description: 'Workflows are defined only in files under a workflows directory.',
    recommended: 'error',
    fixable: false,
    hasSuggestions: false,
    messages: {
      outsideWorkflowsDir:
        "'{{name}}' is a workflow (an exported function returning a Promise, in a module that imports the workflow runtime) outside a {{dirs}} directory. Move it to '{{suggestion}}', one workflow per file, re-exported by that directory's barrel (`wf fix` moves it and updates its imports).",
      loadedOutsideWorkflowsDir:
        "'{{name}}' is a workflow (an exported function returning a Promise, in a module {{loadedBy}}) outside a {{dirs}} directory. Move it to '{{suggestion}}', one workflow per file, re-exported by that directory's barrel (`wf fix` moves it and updates its imports).",
    },
  },
  'workflow-name-case': {
    description: "Workflow names are in one case: the configured one, or the one most of the project's workflows use.",
    recommended: 'warn',
    fixable: false,
    hasSuggestions: false,
    messages: {
      wrongCase:
        "Workflow name '{{name}}' is not in {{case}} case, {{reason}}. Renaming it to '{{expected}}' changes its workflow type, which breaks running executions, schedules and clients that use the old name: rename only with those migrated.",
    },
  },
  'use-facade': {
    description: 'Workflows call activities and child workflows through the shared Temporal facade.',
    recommended: 'warn',
    fixable: false,
    hasSuggestions: false,
    messages: {
      useFacade:
        "Call '{{callee}}' through the facade instead: use {{replacement}} from '{{module}}', so timeouts, retries and task queues are decided in one place.",
    },
  },
  'no-sandbox-unsafe-import': {
    description:
      'Workflow files import activities, Node built-ins and client code only as types, so the worker can bundle them.',
    recommended: 'error',
    fixable: true,
    hasSuggestions: false,
    messages: {
      activitiesModule:
        "'{{source}}' looks like an activities module: imported as a value, its code and everything it imports go into the workflow bundle, which the worker's bundler refuses for Node built-ins. {{fix}}",
      nodeBuiltin:
        "'{{source}}' is a Node built-in, which the workflow sandbox does not have: the worker's bundler refuses this file. {{fix}}",
      clientModule:
        "'{{source}}' is client-side Temporal code, which the workflow sandbox cannot load: the worker's bundler refuses this file. {{fix}}",
    },
  },
} satisfies Record<RuleId, RuleMeta>;

/** Every convention rule. ESLint rule metadata and `wf check` output are both made from this. */
export const ruleMeta: Record<RuleId, RuleMeta> = rules;

/** The messageIds of a rule: the keys of its `messages`, as the ESLint plugin's rule types name them. */
export type RuleMessageId<Id extends RuleId> = keyof (typeof rules)[Id]['messages'] & string;

export const ruleIds = Object.keys(ruleMeta) as RuleId[];

/** Fills `{{ key }}` placeholders the way ESLint does (unknown keys are left as written). */
export function formatMessage(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, key: string) => (key in data ? data[key]! : whole));
}
