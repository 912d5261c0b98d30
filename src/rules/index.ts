/** The rule registry: every built-in rule module, in the order they run. */
import { UsageError } from '../errors.js';
import { commentStubs } from './comment-stubs.js';
import { crossLinks } from './cross-links.js';
import { mainContent } from './main-content.js';
import { ads } from './ads.js';
import { authorBox } from './author-box.js';
import { bylinesAndMeta } from './bylines-and-meta.js';
import { consent } from './consent.js';
import { footer } from './footer.js';
import { navigation } from './navigation.js';
import { promo } from './promo.js';
import { orphanHeadings } from './orphan-headings.js';
import { articleRegion } from './article-region.js';
import { duplicates } from './duplicates.js';
import { shareWidgets } from './share-widgets.js';
import { serverErrors } from './server-errors.js';
import { title } from './title.js';
import type { Rule } from './types.js';

/**
 * Main-content detection runs first, so the clutter rules work on what is
 * left of a page, and a server's error output next, so no rule reads it as
 * prose; then the rules from the most to the least specific wording, so
 * each removal is credited to the rule that knows the widget.
 */
export const rules: readonly Rule[] = [
  mainContent,
  serverErrors,
  shareWidgets,
  commentStubs,
  crossLinks,
  navigation,
  promo,
  consent,
  ads,
  bylinesAndMeta,
  authorBox,
  footer,
  articleRegion,
  duplicates,
  orphanHeadings,
  title,
];

export type { Rule, RuleContext, Verdict, HtmlSelector, Category } from './types.js';
export { CATEGORIES } from './types.js';

export interface RuleSelection {
  /** Only these rule ids (all when undefined). */
  readonly only?: readonly string[];
  /** Rule ids to leave out. */
  readonly disable?: readonly string[];
}

function checkIds(ids: readonly string[], known: readonly Rule[]): void {
  const unknown = ids.filter((id) => !known.some((r) => r.id === id));
  if (unknown.length) {
    throw new UsageError(`unknown rule ${unknown.map((id) => `'${id}'`).join(', ')} (known: ${known.map((r) => r.id).join(', ')})`);
  }
}

/** The rules a selection names, in registry order; unknown ids are a usage error. */
export function selectRules(selection: RuleSelection = {}, available: readonly Rule[] = rules): Rule[] {
  const { only, disable = [] } = selection;
  if (only) checkIds(only, available);
  checkIds(disable, available);
  return available.filter((r) => (!only || only.includes(r.id)) && !disable.includes(r.id));
}
