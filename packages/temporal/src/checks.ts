/**
 * The checks every facade call runs on its options before anything reaches the SDK: a bad value
 * throws an {@link InvalidOptionsError} naming the call, so nothing is scheduled or started.
 */
import { msToNumber } from '@temporalio/common/lib/time.js';

/** Thrown when a facade call gets options it cannot honour; nothing has been scheduled. */
export class InvalidOptionsError extends TypeError {
  override readonly name = 'InvalidOptionsError';
}

/**
 * A duration: a number of seconds (`30`, `1.5`), or one of the SDK's duration strings (`'30s'`,
 * `'5 minutes'`, `'2h'`). Seconds, not the SDK's milliseconds: `timeout: 30` means 30 seconds.
 */
export type Duration = number | DurationString;

/**
 * The duration strings the SDK reads (its `ms` format), with a unit. Spelled out here rather than
 * taken from the SDK, so that the facade's types load no SDK declarations: those need `@types/node`
 * and a `paths` entry for `ms` under `skipLibCheck: false` (see docs/facade.md).
 */
export type DurationString = `${number}${DurationUnit}` | `${number} ${DurationUnit}`;

type Unit =
  | 'Years'
  | 'Year'
  | 'Yrs'
  | 'Yr'
  | 'Y'
  | 'Weeks'
  | 'Week'
  | 'W'
  | 'Days'
  | 'Day'
  | 'D'
  | 'Hours'
  | 'Hour'
  | 'Hrs'
  | 'Hr'
  | 'H'
  | 'Minutes'
  | 'Minute'
  | 'Mins'
  | 'Min'
  | 'M'
  | 'Seconds'
  | 'Second'
  | 'Secs'
  | 'Sec'
  | 's'
  | 'Milliseconds'
  | 'Millisecond'
  | 'Msecs'
  | 'Msec'
  | 'Ms';
type DurationUnit = Unit | Uppercase<Unit> | Lowercase<Unit>;

/**
 * The longest duration, in seconds: about 292 years. The protobuf Duration the SDK sends could
 * hold more (10,000 years), but the Temporal server reads durations into Go's `time.Duration`
 * (int64 nanoseconds, at most 9,223,372,036.85 s) and silently saturates anything longer, so a
 * longer duration would not mean what it says. Whole seconds, so the millisecond value is exact.
 */
export const MAX_TIMEOUT_SECONDS = 9_223_372_036;

/** A {@link Duration} in milliseconds, as the SDK takes it; throws unless positive and at most {@link MAX_TIMEOUT_SECONDS}. */
export function durationMs(value: unknown, key: string, call: string): number {
  let ms: number;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) {
      throw new InvalidOptionsError(
        `${call}: ${key} must be a positive number of seconds or a duration string like '30s', got ${show(value)}.`,
      );
    }
    ms = Math.round(value * 1000);
  } else if (typeof value === 'string') {
    // The SDK reads a bare number string as milliseconds, a number as seconds here: make it say which.
    if (/^\s*[-+]?[\d.]+\s*$/.test(value)) {
      throw new InvalidOptionsError(
        `${call}: ${key} ${show(value)} has no unit; write a number of seconds (${value.trim()}) or a duration string with a unit ('${value.trim()}s', '${value.trim()}ms').`,
      );
    }
    try {
      ms = msToNumber(value as DurationString);
    } catch {
      ms = Number.NaN;
    }
    if (!Number.isFinite(ms) || ms <= 0) {
      throw new InvalidOptionsError(
        `${call}: ${key} must be a positive duration like '30s', '5 minutes' or a number of seconds, got ${show(value)}.`,
      );
    }
  } else {
    throw new InvalidOptionsError(
      `${call}: ${key} must be a positive number of seconds or a duration string like '30s', got ${show(value)}.`,
    );
  }
  if (ms > MAX_TIMEOUT_SECONDS * 1000) {
    throw new InvalidOptionsError(
      `${call}: ${key} must be at most ${MAX_TIMEOUT_SECONDS} seconds (about 292 years), got ${show(value)}.`,
    );
  }
  if (ms < 1) throw new InvalidOptionsError(`${call}: ${key} must be at least 0.001 seconds, got ${show(value)}.`);
  return ms;
}

export function checkName(value: unknown, key: string, call: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidOptionsError(`${call}: ${key} must be a non-empty string, got ${show(value)}.`);
  }
}

/** Checks that `value` is one of `allowed` (the SDK's enum values, spelled as strings). */
export function checkOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  key: string,
  call: string,
): asserts value is T {
  if (!allowed.includes(value as T)) {
    throw new InvalidOptionsError(
      `${call}: ${key} must be one of ${allowed.map((item) => `'${item}'`).join(', ')}, got ${show(value)}.`,
    );
  }
}

/** A plain object (not null, not an array). */
export function checkObject(value: unknown, key: string, call: string): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidOptionsError(`${call}: ${key} must be an object, got ${show(value)}.`);
  }
}

// Plain JavaScript callers get no excess-property check; a typo like `retry` would otherwise be ignored.
export function checkKeys(
  options: object | undefined,
  allowed: ReadonlySet<string>,
  call: string,
  what = 'option',
): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidOptionsError(`${call}: options must be an object, got ${show(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.has(key)) {
      throw new InvalidOptionsError(`${call}: unknown ${what} '${key}' (expected ${[...allowed].join(', ')}).`);
    }
  }
}

export function orDefault<T>(value: T | undefined, fallback: T): T {
  return value === undefined ? fallback : value;
}

export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
