// @ts-check

/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same corpus on every
 * machine and Node version, which Math.random cannot promise.
 */
export class Random {
  /** @param {number} seed */
  constructor(seed) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. @param {number} min @param {number} max */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** @template T @param {readonly T[]} items @returns {T} */
  pick(items) {
    return /** @type {T} */ (items[Math.floor(this.next() * items.length)]);
  }

  /** A shuffled copy (Fisher–Yates). @template T @param {readonly T[]} items @returns {T[]} */
  shuffle(items) {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [/** @type {T} */ (copy[j]), /** @type {T} */ (copy[i])];
    }
    return copy;
  }
}
