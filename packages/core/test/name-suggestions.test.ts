import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/defaults.js';
import { validateWorkflowName } from '../src/naming/workflow-name.js';

const pascal = { ...defaultConfig, workflowNameCase: 'pascal' as const };
const camel = {
  ...defaultConfig,
  workflowNameCase: 'camel' as const,
  genericNames: [...defaultConfig.genericNames, 'pipeline'],
};

const suggestionOf = (problem: string | undefined): string | undefined => /\(try "([^"]*)"\)/.exec(problem ?? '')?.[1];

describe('a suggested workflow name passes the checks it is suggested for', () => {
  it.each([
    ['My-Workflow', 'MyWorkflow'],
    ['Regenerate Content', 'RegenerateContent'],
    ['regenerate_content', 'RegenerateContent'],
    ['régénérerContenu', 'RégénérerContenu'],
  ])('%j → %j', (name, suggestion) => {
    const problem = validateWorkflowName(name, pascal);
    expect(suggestionOf(problem)).toBe(suggestion);
    expect(validateWorkflowName(suggestion, pascal)).toBeUndefined();
  });

  it('a name whose corrected case is too generic is called generic, with no suggestion', () => {
    expect(validateWorkflowName('pipeline', pascal)).toBe(
      '"pipeline" is too generic to say what the workflow does (name it after what it does, e.g. "RegenerateContent")',
    );
    expect(validateWorkflowName('Pipeline', camel)).toMatch(/^"Pipeline" is too generic/);
    expect(validateWorkflowName('my-pipeline', pascal)).not.toMatch(/try "Pipeline"/);
  });

  it('never suggests a name it would refuse (any string, either case)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            'B',
            'é',
            'Ö',
            '-',
            ' ',
            '_',
            '1',
            '$',
            'pipeline',
            'Main',
            'workflow',
            'Promise',
            'await',
          ),
          maxLength: 6,
        }),
        fc.constantFrom(pascal, camel),
        (name, config) => {
          const suggestion = suggestionOf(validateWorkflowName(name, config));
          if (suggestion !== undefined) expect(validateWorkflowName(suggestion, config)).toBeUndefined();
        },
      ),
    );
  });
});
