// Options of `npm run docs` / `npm run docs:check` (run in this directory). Paths are relative to
// the plugin directory given on the command line, tools/doc-plugin (see the note there).

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  pathRuleDoc: '../../../../docs/rules/{name}.md',
  // The plugin's npm README and the repository README carry the same generated table.
  pathRuleList: ['../../README.md', '../../../../README.md'],
  // Absolute links, so the table works on npm as well as on GitHub.
  urlRuleDoc: 'https://github.com/wfkit/wfkit/blob/main/docs/rules/{name}.md',
  ruleDocTitleFormat: 'prefix-name',
};

export default config;
