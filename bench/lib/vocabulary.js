// @ts-check

// Single lower-case words, none of them in wfkit's default generic-name list, so that every
// generated name splits into exactly the words it was made of.

/** Top-level areas of the generated app (20: a workflows directory needs a domain × feature pair). */
export const domains = [
  'billing',
  'catalog',
  'checkout',
  'document',
  'email',
  'fulfillment',
  'identity',
  'inventory',
  'marketing',
  'media',
  'notification',
  'onboarding',
  'payment',
  'presentation',
  'pricing',
  'reporting',
  'search',
  'shipping',
  'support',
  'analytics',
];

/** Sub-areas; each domain takes 10 of them. */
export const features = [
  'account',
  'archive',
  'audit',
  'batch',
  'campaign',
  'content',
  'contract',
  'customer',
  'dispute',
  'export',
  'feed',
  'import',
  'invoice',
  'ledger',
  'order',
  'partner',
  'payout',
  'plan',
  'policy',
  'quote',
  'refund',
  'renewal',
  'review',
  'schedule',
  'session',
  'subscription',
  'ticket',
  'upload',
  'vendor',
  'webhook',
];

// Disjoint from `features` and `nouns`, so no generated name repeats a word.
export const verbs = [
  'approve',
  'assign',
  'cancel',
  'close',
  'collect',
  'compute',
  'create',
  'deliver',
  'detect',
  'enrich',
  'expire',
  'merge',
  'notify',
  'publish',
  'reconcile',
  'refresh',
  'regenerate',
  'render',
  'resend',
  'resolve',
  'retry',
  'sync',
  'translate',
  'validate',
  'verify',
];

export const nouns = [
  'attachment',
  'balance',
  'charge',
  'draft',
  'entry',
  'event',
  'file',
  'item',
  'label',
  'line',
  'message',
  'note',
  'record',
  'reminder',
  'report',
  'request',
  'snapshot',
  'statement',
  'summary',
  'thumbnail',
  'token',
  'total',
  'transfer',
  'version',
];

/** Folders that hold ordinary application files next to a feature's workflows. */
export const appFolders = ['api', 'services', 'components', 'repositories', 'jobs', 'mappers'];

/** Generic file names a planted violation may use (all in the default generic-name list). */
export const genericFileNames = ['pipeline', 'workflow', 'main', 'utils', 'helpers', 'common', 'misc', 'handler'];
