import type { ActivitySignature } from './activity-signature.js';
import { TASKS_NAMESPACE, type WorkflowParameters } from './workflow-source.js';

/** The parameters of a workflow that runs an existing activity, or why `--input` cannot be used with it. */
export type ParameterPlan = { parameters: WorkflowParameters; modelTypes: string[] } | { refusal: string };

/**
 * What a workflow running the existing activity `activity` takes. Without `--input`: the
 * activity's own parameters (names and types as far as the workflow file can write them, else
 * `Parameters<typeof tasks.x>[i]`; its whole tuple when a parameter is optional or rest, or when
 * the declaration cannot be read). With `--input`: that type, when it is the activity's one
 * parameter type; anything else would not type-check, so it is refused.
 *
 * @param taken names the workflow file binds already (parameters must not shadow them)
 * @param where `tasks.ts:3:1`, where the activity is declared, for messages
 */
export function parametersFromActivity(
  activity: string,
  signature: ActivitySignature | undefined,
  input: string | undefined,
  taken: ReadonlySet<string>,
  where: string,
): ParameterPlan {
  const activityParameters = signature?.parameters;
  const whole = `Parameters<typeof ${TASKS_NAMESPACE}.${activity}>`;
  if (input === undefined) {
    if (activityParameters === undefined || activityParameters.some((parameter) => parameter.variadic))
      return { parameters: { rest: whole }, modelTypes: [] };
    const used = new Set(taken);
    const parameters = activityParameters.map((parameter, index) => {
      const name = freeName(parameter.name, used);
      used.add(name);
      return { name, type: parameter.type ?? `${whole}[${index}]` };
    });
    return { parameters, modelTypes: activityParameters.flatMap((parameter) => parameter.modelTypes) };
  }
  // Declared elsewhere (re-exported): the user's word is all there is; tsc checks it.
  if (activityParameters === undefined) return { parameters: [{ name: 'input', type: input }], modelTypes: [input] };
  const [only, ...more] = activityParameters;
  const leaveOut = `Leave --input out to take the activity's parameters`;
  if (only === undefined)
    return { refusal: `--input ${input}: activity ${activity} takes no parameters (${where}). ${leaveOut} (none).` };
  if (more.length > 0 || only.variadic) {
    return {
      refusal: `--input ${input}: activity ${activity} takes ${activityParameters.length === 1 ? 'an optional or rest parameter' : `${activityParameters.length} parameters`} (${where}), not one ${input}. ${leaveOut}.`,
    };
  }
  if (only.type === undefined || normalize(only.type) !== input) {
    const declared = only.type === undefined ? 'its declared type' : only.type;
    return {
      refusal: `--input ${input} is not the parameter type of activity ${activity} (${where} takes ${declared}), so the workflow would not type-check. ${leaveOut}, or change the activity.`,
    };
  }
  return { parameters: [{ name: 'input', type: input }], modelTypes: only.modelTypes };
}

/** The activity's parameter name when it is free, else `input`, `input2`, … */
function freeName(preferred: string | undefined, used: ReadonlySet<string>): string {
  if (preferred !== undefined && !used.has(preferred)) return preferred;
  for (let index = 1; ; index += 1) {
    const candidate = index === 1 ? 'input' : `input${index}`;
    if (!used.has(candidate)) return candidate;
  }
}

const normalize = (type: string): string => type.replace(/\s+/g, ' ').trim();
