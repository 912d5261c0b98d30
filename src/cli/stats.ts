/** `--stats`: how much each rule removed over a batch, on stderr when the batch ends. */
import type { CleanResult, Inspection } from '../index.js';
import { linesLostInKeptBlocks } from '../clean.js';
import type { Rule } from '../index.js';

export interface RuleCount {
  /** Blocks the rule removed. */
  blocks: number;
  /** Removals (runs of neighbouring blocks) it made. */
  removals: number;
  /** Inputs it removed anything from. */
  inputs: number;
}

export class RuleStats {
  private readonly counts = new Map<string, RuleCount>();
  inputs = 0;

  constructor(private readonly rules: readonly Rule[]) {
    for (const r of rules) this.counts.set(r.id, { blocks: 0, removals: 0, inputs: 0 });
  }

  add(inspection: Inspection): void {
    this.inputs++;
    const seen = new Set<string>();
    for (const removal of inspection.removedBy) {
      if (!removal) continue;
      this.count(removal.rule).blocks++;
      seen.add(removal.rule);
    }
    // A page's lines removed when its text was read back, from blocks that stay: a line is a block there.
    for (const removal of linesLostInKeptBlocks(inspection)) {
      if (!removal) continue;
      this.count(removal.rule).blocks++;
      seen.add(removal.rule);
    }
    for (const removal of inspection.result.removed) this.count(removal.rule).removals++;
    for (const rule of seen) this.count(rule).inputs++;
  }

  /** From a result alone (a worker thread's): removals are exact, blocks counted from the removed text's lines. */
  addResult(result: CleanResult): void {
    this.inputs++;
    const seen = new Set<string>();
    for (const removal of result.removed) {
      const c = this.count(removal.rule);
      c.removals++;
      c.blocks += removal.text.split('\n').length;
      seen.add(removal.rule);
    }
    for (const rule of seen) this.count(rule).inputs++;
  }

  get(rule: string): RuleCount | undefined {
    return this.counts.get(rule);
  }

  private count(rule: string): RuleCount {
    let c = this.counts.get(rule);
    if (!c) this.counts.set(rule, (c = { blocks: 0, removals: 0, inputs: 0 }));
    return c;
  }

  /** One line per rule, every selected rule listed (a rule that never fired is worth knowing about). */
  lines(): string[] {
    const width = Math.max(0, ...[...this.counts.keys()].map((id) => id.length));
    const category = new Map(this.rules.map((r) => [r.id, r.category]));
    return [...this.counts].map(
      ([id, c]) => `rinse: stats: ${id.padEnd(width)}  ${(category.get(id) ?? '').padEnd(12)} ${c.blocks} blocks, ${c.removals} removals, in ${c.inputs} of ${this.inputs} inputs`,
    );
  }
}
