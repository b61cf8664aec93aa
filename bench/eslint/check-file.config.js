// @ts-check
// eslint-plugin-check-file's file-name rules: case of files and folders, and a blocklist of
// generic workflow file names (the closest it comes to wfkit's naming rule).
import checkFile from 'eslint-plugin-check-file';
import { parserOnly } from './shared.js';

export default [
  parserOnly,
  {
    files: ['**/*.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*.ts': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { '**/': 'KEBAB_CASE' }],
      'check-file/filename-blocklist': [
        'error',
        { '**/workflows/{pipeline,workflow,workflows,main,utils,helpers}.ts': '*-*.ts' },
      ],
    },
  },
];
