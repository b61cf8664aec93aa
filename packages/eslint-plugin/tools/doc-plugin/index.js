// eslint-doc-generator derives the rule prefix from the plugin's name, and for a scoped
// `@wfkit/eslint-plugin` that is `@wfkit`; the presets register the plugin as `wfkit`. This
// directory presents the built plugin under a name whose prefix is `wfkit`, so rule titles and
// config columns come out right. Nothing else differs.
import plugin from '../../dist/index.js';

export default { ...plugin, meta: { ...plugin.meta, name: 'eslint-plugin-wfkit' } };
