import fc from 'fast-check';
import { ShingleTable } from '../../src/rules/duplicates.js';

/** The Map of 53-bit keys the table stands for: high * 2^32 + low as an unsigned 32-bit number. */
const keyOf = (high: number, low: number): number => high * 0x100000000 + (low >>> 0);

// Sized for a short text (64 slots, growing often), by default, and for a long one (growing seldom).
test.each([[1], [undefined], [100_000]])('ShingleTable(%p) answers as a Map of 53-bit keys does (first block kept)', (expectedKeys) => {
  // Few distinct halves, so that keys share one half and slots collide; enough keys to make the table grow.
  const half = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }));
  const op = fc.record({ high: fc.integer({ min: 0, max: 0x1fffff }).chain((h) => fc.constantFrom(h, h & 3)), low: half, block: fc.nat(1000), add: fc.boolean() });
  fc.assert(
    fc.property(fc.array(op, { maxLength: 3000, size: 'max' }), (ops) => {
      const table = new ShingleTable(expectedKeys);
      const map = new Map<number, number>();
      // Plain comparisons, not an expect() per key: thousands of keys a run.
      for (const { high, low, block, add } of ops) {
        const key = keyOf(high, low);
        if (add) {
          table.addIfAbsent(high, low, block);
          if (!map.has(key)) map.set(key, block);
        } else if (table.get(high, low) !== (map.get(key) ?? -1)) return false;
      }
      return ops.every(({ high, low }) => table.get(high, low) === (map.get(keyOf(high, low)) ?? -1));
    }),
    { numRuns: 60, endOnFailure: true },
  );
});
