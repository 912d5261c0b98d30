import fc from 'fast-check';
import { ShingleTable } from '../../src/rules/duplicates.js';

/** The Map of 53-bit keys the table stands for: high * 2^32 + low as an unsigned 32-bit number. */
const keyOf = (high: number, low: number): number => high * 0x100000000 + (low >>> 0);

test('ShingleTable answers as a Map of 53-bit keys does (first block kept)', () => {
  // Few distinct halves, so that keys share one half and slots collide; enough keys to make the table grow.
  const half = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }));
  const op = fc.record({ high: fc.integer({ min: 0, max: 0x1fffff }).chain((h) => fc.constantFrom(h, h & 3)), low: half, block: fc.nat(1000), add: fc.boolean() });
  fc.assert(
    fc.property(fc.array(op, { maxLength: 3000 }), (ops) => {
      const table = new ShingleTable();
      const map = new Map<number, number>();
      for (const { high, low, block, add } of ops) {
        const key = keyOf(high, low);
        if (add) {
          table.addIfAbsent(high, low, block);
          if (!map.has(key)) map.set(key, block);
        } else expect(table.get(high, low)).toBe(map.get(key) ?? -1);
      }
      for (const { high, low } of ops) expect(table.get(high, low)).toBe(map.get(keyOf(high, low)) ?? -1);
    }),
    { numRuns: 200 },
  );
});
