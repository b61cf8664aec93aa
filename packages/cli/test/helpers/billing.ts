import { emptyProject } from './fixture.js';

/** A feature directory with hand-written activities, types and one workflow: what `wf new` changes. */
export const BILLING_FILES = {
  'billing/tasks.ts':
    '/** Billing activities. */\nexport async function chargeCard(amount: number): Promise<void> {\n  void amount;\n}\n',
  'billing/models.ts': '/** Billing types. */\nexport interface Invoice {\n  id: string;\n}\n',
  'billing/workflows/charge.ts':
    "import { Temporal } from '@wfkit/temporal/workflow';\nimport type * as tasks from '../tasks.js';\n\nconst { chargeCard } = Temporal.activities<typeof tasks>();\n\nexport async function ChargeCard(amount: number): Promise<void> {\n  return Temporal.run(chargeCard, [amount]);\n}\n",
  'billing/workflows/index.ts':
    "/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */\n\nexport { ChargeCard } from './charge.js';\n",
};

/** A fresh project holding {@link BILLING_FILES}, with `files` added or replaced. */
export const billingProject = (files: Record<string, string> = {}): string =>
  emptyProject({ ...BILLING_FILES, ...files });
