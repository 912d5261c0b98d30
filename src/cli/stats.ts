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

/** What one input adds to a batch's counts, by rule: blocks removed and removals made. Plain data, so it crosses threads. */
export type InputCounts = ReadonlyArray<readonly [rule: string, blocks: number, removals: number]>;

/** An input's counts from its inspection: blocks exactly (a page's lines lost in blocks that stay count as blocks too). */
export function inputCounts(inspection: Inspection): InputCounts {
  const counts = new Map<string, [string, number, number]>();
  const of = (rule: string): [string, number, number] => {
    let c = counts.get(rule);
    if (!c) counts.set(rule, (c = [rule, 0, 0]));
    return c;
  };
  for (const removal of inspection.removedBy) if (removal) of(removal.rule)[1]++;
  // A page's lines removed when its text was read back, from blocks that stay: a line is a block there.
  for (const removal of linesLostInKeptBlocks(inspection)) if (removal) of(removal.rule)[1]++;
  for (const removal of inspection.result.removed) of(removal.rule)[2]++;
  return [...counts.values()];
}

export class RuleStats {
  private readonly counts = new Map<string, RuleCount>();
  inputs = 0;

  constructor(private readonly rules: readonly Rule[]) {
    for (const r of rules) this.counts.set(r.id, { blocks: 0, removals: 0, inputs: 0 });
  }

  /** One input's counts (see inputCounts), made where it was cleaned. */
  addCounts(counts: InputCounts): void {
    this.inputs++;
    for (const [rule, blocks, removals] of counts) {
      const c = this.count(rule);
      c.blocks += blocks;
      c.removals += removals;
      if (blocks > 0) c.inputs++;
    }
  }

  /** From a result alone (without --stats, for the summary's removals): removals are exact, blocks counted from the removed text's lines. */
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
