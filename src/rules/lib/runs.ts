/**
 * Clutter comes in runs: a share menu is five short labels in a row, a
 * comment form is a heading, a notice and field labels. A label that is
 * ambiguous on its own ("X", "Email", "Comments") is removed only inside a
 * run that also holds an unambiguous one, or where the rule says a run of
 * ambiguous labels alone is clutter (at the edge of the article, say).
 */
import type { RuleContext, Verdict } from '../types.js';

/** How sure a block is a label of this kind: `strong` alone is enough; `weak` needs company. */
export type LabelStrength = 'strong' | 'weak';

export interface Run {
  /** Indexes of the labelled blocks in the run, in order (blocks already removed are skipped over). */
  readonly members: readonly number[];
  readonly strong: number;
}

/** Maximal runs of consecutive labelled blocks; removed blocks neither break nor join a run. */
export function labelRuns(ctx: RuleContext, classify: (i: number) => LabelStrength | undefined): Run[] {
  const runs: Run[] = [];
  let members: number[] = [];
  let strong = 0;
  const close = (): void => {
    if (members.length) runs.push({ members, strong });
    members = [];
    strong = 0;
  };
  for (let i = 0; i < ctx.blocks.length; i++) {
    if (ctx.removed(i)) continue;
    const strength = classify(i);
    if (!strength) {
      close();
      continue;
    }
    members.push(i);
    if (strength === 'strong') strong++;
  }
  close();
  return runs;
}

/** Verdicts for a run's members, merging neighbours into one span each. */
export function runVerdicts(members: readonly number[], reason: string): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const i of members) {
    const last = verdicts[verdicts.length - 1];
    if (last && last.to === i) verdicts[verdicts.length - 1] = { ...last, to: i + 1 };
    else verdicts.push({ from: i, to: i + 1, reason });
  }
  return verdicts;
}

/** Whether the whole run lies outside the article's prose: before the first or after the last prose block. */
export function atArticleEdge(ctx: RuleContext, run: Run): boolean {
  const first = run.members[0]!;
  const last = run.members[run.members.length - 1]!;
  return ctx.firstProse < 0 || last < ctx.firstProse || first > ctx.lastProse;
}

/** Whether every member of the run is (almost) all link text: menus of links, not prose lists. */
export function allLinks(ctx: RuleContext, run: Run): boolean {
  return run.members.every((i) => ctx.linkDensity(i) >= 0.8);
}
