import { z } from 'zod';
import { defaultConfig } from './defaults.js';

const nonEmpty = z.string().min(1);
const globList = (description: string, defaults: string[]) =>
  z.array(nonEmpty).meta({ description, default: defaults });

/**
 * The schema of `wfkit.config.json`. Every key is optional in the file; defaults fill the rest.
 * `docs/wfkit.config.schema.json` is generated from this and kept equal by a test.
 */
export const configFileSchema = z
  .strictObject({
    $schema: z.string().meta({ description: 'Path or URL of this JSON Schema, for editors.' }),
    workflowDirs: z
      .array(z.string().regex(/^(?!\.{1,2}$)[^/\\]+$/, 'a directory name without slashes'))
      .min(1)
      .meta({
        default: defaultConfig.workflowDirs,
        description: 'Names of the directories that hold workflows, one workflow per file.',
      }),
    barrelFile: z
      .string()
      .regex(/^[^/\\]+\.(?:[cm]?[jt]s|[jt]sx)$/, 'a TypeScript or JavaScript file name such as index.ts')
      .meta({
        default: defaultConfig.barrelFile,
        description: 'File name of the barrel that re-exports every workflow of a workflows directory.',
      }),
    fileNameCase: z
      .enum(['kebab', 'snake', 'camel', 'pascal'])
      .meta({ default: defaultConfig.fileNameCase, description: 'Case of workflow file names.' }),
    workflowNameCase: z.enum(['auto', 'pascal', 'camel']).meta({
      default: defaultConfig.workflowNameCase,
      description: "Case of exported workflow names; auto: the case most of the project's workflows already use.",
    }),
    genericNames: z.array(nonEmpty).meta({
      default: defaultConfig.genericNames,
      description: 'File names that say nothing about their workflow (compared word by word, in any case).',
    }),
    barrelExclude: globList(
      'Globs, relative to a workflows directory, of files that are not workflows and stay out of its barrel.',
      defaultConfig.barrelExclude,
    ),
    ignore: globList(
      'Globs, relative to the directory of this file, of files and directories wfkit never reads.',
      defaultConfig.ignore,
    ),
    facade: z
      .strictObject({
        workflowModule: nonEmpty.meta({
          default: defaultConfig.facade.workflowModule,
          description: 'Module that workflow code imports the facade from.',
        }),
        clientModule: nonEmpty.meta({
          default: defaultConfig.facade.clientModule,
          description: 'Module that API and client code imports the facade from.',
        }),
        allow: z.array(z.enum(['proxyActivities', 'proxyLocalActivities', 'executeChild', 'startChild'])).meta({
          default: defaultConfig.facade.allow,
          description: '@temporalio/workflow calls that the use-facade rule accepts in workflow files.',
        }),
      })
      .partial()
      .meta({ description: 'The shared Temporal facade that workflows and API code call.' }),
    importExtension: z.enum(['auto', 'none', '.js']).meta({
      default: defaultConfig.importExtension,
      description:
        'Extension on relative specifiers in barrels: auto reads the nearest tsconfig.json (node16/nodenext resolution needs .js).',
    }),
    workflowFactories: z.array(z.string().regex(/^[A-Za-z_$][\w$]*$/, 'a function name such as declareWorkflow')).meta({
      default: defaultConfig.workflowFactories,
      description:
        'Functions from libraries built on the Temporal SDK whose result is a workflow: `export const processOrder = declareWorkflow({…})` is then a workflow named processOrder.',
    }),
  })
  .partial()
  .meta({ title: 'wfkit configuration', description: 'Configuration of the wfkit workflow layout tools.' });

export type ConfigFile = z.infer<typeof configFileSchema>;

/** JSON Schema (draft 2020-12) of `wfkit.config.json`. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configFileSchema) as Record<string, unknown>;
}
