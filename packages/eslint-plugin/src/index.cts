// The CommonJS entry: `require('@wfkit/eslint-plugin')` returns the plugin itself, as
// typescript-eslint's plugins do, rather than a namespace whose `default` is the plugin. It loads
// the ES module build (Node 20.19+ can require ES modules), so both entries share one plugin object.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS entry loads by require
import esm = require('./index.js');

const plugin = esm.default;
export = plugin;
