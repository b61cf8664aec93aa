import { describe, expect, test } from 'vitest';
import { planBarrelRewrite, renderBarrel } from '../src/barrel/index.js';
import { contentSources, modelOf, parse } from './barrel-helpers.js';

const model = modelOf(contentSources);
const canonical = renderBarrel(model);
const plan = (text: string | undefined) => planBarrelRewrite(text, text === undefined ? undefined : parse(text), model);

describe('planBarrelRewrite', () => {
  test('a missing barrel is created canonically', () => {
    expect(plan(undefined)).toEqual({ nextText: canonical, changed: true, blockedBy: [] });
  });

  test('a barrel that only differs in formatting and order is left alone', () => {
    const text = [
      "export {TranslatePresentationContent} from './translate.js'",
      "export { EditPresentationSlide, type EditPresentationSlideParams } from './slide.js';\r",
      "export { RegenerateContent } from './regenerate.js';",
    ].join('\r\n');
    expect(plan(text)).toEqual({ nextText: text, changed: false, blockedBy: [] });
    expect(plan(canonical)).toEqual({ nextText: canonical, changed: false, blockedBy: [] });
  });

  test('a rewrite keeps the existing doc comment', () => {
    const text = "/**\n * Editing slides and content.\n */\nexport * from './regenerate.js';\n";
    const result = plan(text);
    expect(result.changed).toBe(true);
    expect(result.nextText).toBe(
      canonical.replace(
        '/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */',
        '/**\n * Editing slides and content.\n */',
      ),
    );
  });

  test('a barrel without a doc comment gets the generated one when it is rewritten', () => {
    expect(plan("export { RegenerateContent } from './regenerate.js';\n").nextText).toBe(canonical);
  });

  test('a rewrite that would drop hand-written statements is refused with those statements', () => {
    const text =
      "import { x } from './x.js';\nexport { RegenerateContent } from './regenerate.js';\nexport const y = x;\n";
    const result = plan(text);
    expect(result.nextText).toBeUndefined();
    expect(result.changed).toBe(true);
    expect(
      result.blockedBy.map((finding) => [finding.kind, text.slice(finding.range!.start, finding.range!.end)]),
    ).toEqual([
      ['foreign-statement', "import { x } from './x.js';"],
      ['foreign-statement', 'export const y = x;'],
    ]);
  });

  test('hand-written statements next to complete exports need no rewrite', () => {
    const text = `${canonical}console.log('loaded');\n`;
    expect(plan(text)).toEqual({ nextText: text, changed: false, blockedBy: [] });
  });

  test('a barrel exporting a name twice is rewritten to export it once', () => {
    const text = `${canonical}export { RegenerateContent } from './regenerate.js';\n`;
    expect(plan(text)).toEqual({ nextText: canonical, changed: true, blockedBy: [] });
  });

  test('a barrel that does not parse is never overwritten', () => {
    expect(planBarrelRewrite('export {', undefined, model)).toEqual({
      nextText: undefined,
      changed: false,
      blockedBy: [],
    });
  });
});
