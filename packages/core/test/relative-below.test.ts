import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relativeBelow, toPosixRelative } from '../src/scan/classify-file.js';

// The scanner's fast path must never answer differently from path.relative: it answers only when
// slicing is certain to be the same, and leaves every other case to path.relative.

const segment = fc.oneof(
  fc.constantFrom('.', '..', '', 'a', 'workflows', 'src', 'index.ts'),
  fc.stringMatching(/^[a-z.-]{1,6}$/),
);
const posixPath = fc.array(segment, { maxLength: 6 }).map((segments) => `/${segments.join('/')}`);

describe('relativeBelow', () => {
  it('agrees with path.relative whenever it answers', () => {
    fc.assert(
      fc.property(posixPath, fc.array(segment, { maxLength: 4 }), (from, below) => {
        const to = `${from}/${below.join('/')}`;
        const fast = relativeBelow(from, to);
        if (fast !== undefined) expect(fast).toBe(path.relative(from, to));
        expect(toPosixRelative(from, to)).toBe(path.relative(from, to));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers for normalized paths strictly below, and leaves the rest to path.relative', () => {
    expect(relativeBelow('/repo', '/repo/src/workflows/a.ts')).toBe('src/workflows/a.ts');
    expect(relativeBelow('/repo', '/repo')).toBeUndefined();
    expect(relativeBelow('/repo', '/repository/a.ts')).toBeUndefined();
    expect(relativeBelow('/repo', '/repo/../etc/a.ts')).toBeUndefined();
    expect(relativeBelow('/repo', '/repo/src//a.ts')).toBeUndefined();
    expect(relativeBelow('/repo/', '/repo//a.ts')).toBeUndefined();
    expect(relativeBelow('/repo/./x', '/repo/./x/a.ts')).toBeUndefined();
    expect(relativeBelow('repo', 'repo/a.ts')).toBeUndefined();
  });
});
