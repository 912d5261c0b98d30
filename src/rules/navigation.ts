/**
 * Site navigation: menus, breadcrumbs, skip links, "Back to top",
 * pagination and gallery controls. On HTML, `<nav>` and elements named
 * menu or breadcrumb; on any input, runs of short link-only items (three or
 * more) and the fixed labels. A list of links inside an article's prose
 * (a reading list, say) is long text, not short items, and stays.
 */
import { labelRuns, runVerdicts, atArticleEdge, type LabelStrength } from './lib/runs.js';
import { phraseSet } from './lib/phrases.js';
import type { Rule, RuleContext, Verdict } from './types.js';

/** Unmistakable wherever they stand. */
const NAV_LABELS = phraseSet([
  'skip to content', 'skip to main content', 'skip to navigation', 'skip to footer', 'skip to search', 'skip to section links',
  'skip navigation', 'jump to content', 'jump to navigation', 'back to top', 'return to top', 'scroll to top', 'go to top',
  'main menu', 'open menu', 'close menu', 'toggle navigation', 'toggle menu', 'search for:', 'type to search',
  'search this site', 'search this blog', 'dieses blog durchsuchen', 'diesen blog durchsuchen', 'rechercher dans ce blog',
  'buscar este blog', 'pesquisar este blog', 'cerca nel blog', 'navigation schliessen', 'navigation schließen', 'menü schliessen', 'menü schließen',
  'sorted by: reset to default', 'close search', 'you are here:', 'back to gallery', 'image {n} of {n}',
  'previous image', 'next image', 'previous slide', 'next slide', 'view gallery', 'open gallery',
  'zum inhalt springen', 'direkt zum inhalt', 'zur navigation springen', 'zurück nach oben', 'hauptmenü',
  'aller au contenu', 'aller au contenu principal', 'retour en haut', 'ir al contenido', 'ir al contenido principal',
  'volver arriba', 'pular para o conteúdo', 'ir para o conteúdo', 'voltar ao topo', 'vai al contenuto',
  'vai al contenuto principale', 'torna su', "torna all'inizio",
  // A paged article's switch to one page.
  'view as single page', 'view on one page', 'read on one page', 'show on one page', 'single page view', 'view all on one page',
  'auf einer seite lesen', 'artikel auf einer seite lesen', 'auf einer seite anzeigen', 'alles auf einer seite',
  'afficher sur une seule page', 'lire sur une seule page', 'ver en una sola página', 'ver em uma página', 'visualizza su una pagina',
  // A picture's controls in a gallery or a zoom box.
  'bild anzeigen', 'bild schließen', 'bild vergrößern', 'show image', 'close image', 'enlarge image', 'view larger image', 'agrandir l\'image',
  // MoinMoin's fixed line under every page of a wiki.
  'unable to edit the page? see the frontpage for instructions.',
]);

/** Ordinary words alone: menu entries only beside other navigation, or at the article's edge. */
const NAV_WORDS = phraseSet([
  'menu', 'navigation', 'search', 'close', 'sign in', 'log in', 'login', 'register', 'my account', 'sign up', 'log out',
  'home', 'top', 'to top', 'enlarge', 'expand', 'fullscreen', '{n} of {n}', 'nach oben', 'suche', 'suchen', 'schließen',
  'anmelden', 'startseite', 'rechercher', 'recherche', 'fermer', 'se connecter', 'accueil', 'buscar', 'cerrar',
  'iniciar sesión', 'inicio', 'pesquisar', 'fechar', 'entrar', 'início', 'cerca', 'chiudi', 'accedi', 'home page',
  // A table of contents' heading, beside its links.
  'table of contents', 'contents', 'inhaltsverzeichnis', 'inhalt', 'sommaire', 'table des matières', 'índice', 'tabla de contenidos',
  'índice de conteúdo', 'indice', 'indice dei contenuti', 'spis treści', 'inhoudsopgave',
]);

/** Breadcrumb trails: "Home › News › World", "Início » Blog": two to seven short parts between separators. */
function isTrail(text: string): boolean {
  const parts = text.split(/[›»>/|]/).map((p) => p.trim());
  return parts.length >= 2 && parts.length <= 7 && parts[0]!.length <= 40 && parts.every((p) => p.length >= 1 && p.length <= 60);
}

function isBreadcrumb(ctx: RuleContext, i: number): boolean {
  const text = ctx.blocks[i]!.text;
  // Guillemets in pairs quote ("Motto: »Keep it clean!«", French « … »): a trail's "»" stands alone.
  if (ctx.words(i) > 20 || !/[›»]|\s>\s/.test(text) || /[«‹]/.test(text) || !isTrail(text) || /[.!?]$/.test(text)) return false;
  // An unlinked heading between the article's paragraphs ("## Lisbon › Porto › Coimbra") is a route, not a trail.
  return ctx.linkDensity(i) > 0 || ctx.blocks[i]!.kind !== 'heading' || !(i > ctx.firstProse && i < ctx.lastProse);
}

/** A menu item: a short line that is all link text. */
function isMenuItem(ctx: RuleContext, i: number): boolean {
  return ctx.words(i) <= 6 && ctx.linkDensity(i) >= 0.9;
}

function classify(ctx: RuleContext, i: number): LabelStrength | undefined {
  if (ctx.words(i) > 12) return undefined;
  if (NAV_LABELS.test(ctx.norm(i)) || isBreadcrumb(ctx, i)) return 'strong';
  return isMenuItem(ctx, i) || NAV_WORDS.test(ctx.norm(i)) ? 'weak' : undefined;
}

/** Whether the kept block before the run is a sentence introducing a list ("Our favourite stalls:"). */
function introducedList(ctx: RuleContext, first: number): boolean {
  let i = first - 1;
  while (i >= 0 && ctx.removed(i)) i--;
  const block = ctx.blocks[i];
  return ctx.firstProse >= 0 && i >= ctx.firstProse && block?.kind === 'paragraph' && ctx.words(i) >= 3 && ctx.linkDensity(i) < 0.5 && /:$/.test(block.text);
}

/**
 * The site's notice about the visitor's browser: "You are using a browser version with limited support for CSS.",
 * "Your browser is out of date.", "Sie verwenden einen veralteten Browser." It speaks of the visitor's browser.
 */
const BROWSER_NOTICE = /(?:^|[.!] )(?:you are using (?:an? (?:outdated|old|unsupported) browser|a browser (?:version )?(?:with limited support|that is (?:not supported|out of date)))|your (?:web )?browser (?:is (?:out of date|outdated|not supported)|does not support)|please (?:upgrade|update) your browser|sie (?:verwenden|nutzen) einen (?:veralteten|nicht unterstützten) browser|ihr browser (?:ist veraltet|wird nicht unterstützt)|vous utilisez un navigateur (?:obsolète|dépassé|non pris en charge)|está usando un navegador (?:obsoleto|desactualizado))\b/u;
const BROWSER_NOTICE_WORDS = 80;

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  // A banner at the page's top or foot: the blocks up to the first prose and from the last on.
  for (let i = 0; i < ctx.blocks.length; i++) {
    if (i > ctx.firstProse && i < ctx.lastProse) i = ctx.lastProse;
    // The raw text first: most blocks name no browser, and their normal form is not needed.
    if (ctx.removed(i) || ctx.words(i) > BROWSER_NOTICE_WORDS) continue;
    const text = ctx.blocks[i]!.text;
    if (!text.includes('rowser') && !text.includes('avega')) continue;
    if (BROWSER_NOTICE.test(ctx.norm(i))) yield { from: i, to: i + 1, reason: 'browser notice' };
  }
  for (const run of labelRuns(ctx, (i) => classify(ctx, i))) {
    // Links the article introduces with a sentence of its own, inside its prose, are its list.
    if (run.strong === 0 && run.members[run.members.length - 1]! < ctx.lastProse && introducedList(ctx, run.members[0]!)) continue;
    const menu = run.members.filter((i) => isMenuItem(ctx, i)).length;
    // Link-only items go in runs of three, or of two beside a fixed label or at the article's edge;
    // fixed labels go wherever they are, and single words only beside them or at the edge.
    if (menu >= 3 || (menu + run.strong >= 2 && (run.strong > 0 || atArticleEdge(ctx, run)))) {
      yield* runVerdicts(run.members, 'menu of links');
    } else if (run.strong > 0 || (run.members.length >= 2 && atArticleEdge(ctx, run))) {
      yield* runVerdicts(run.members, 'navigation label or breadcrumb');
    }
  }
}

export const navigation: Rule = {
  id: 'navigation',
  category: 'navigation',
  description: 'Site navigation: menus, breadcrumbs, skip links, "Back to top", pagination and gallery controls',
  html: [
    { selector: 'nav, [role="navigation"], .breadcrumb, .breadcrumbs, #breadcrumbs, [itemtype*="BreadcrumbList"], .skip-link, .skip-links, .screen-reader-shortcut', reason: 'navigation', maxWords: 400 },
    { selector: '.menu, .nav, .navbar, .nav-menu, .main-menu, .site-navigation, .main-navigation, #menu, .submenu, .sub-menu, .mega-menu, .dropdown-menu', reason: 'menu', maxWords: 300 },
    { selector: '.pagination, .pager, .page-numbers, .paging', reason: 'pagination', maxWords: 40 },
    { selector: 'header.site-header, #masthead, .site-header, #site-header, .top-bar, .topbar', reason: 'site header', maxWords: 200 },
  ],
  text: textVerdicts,
};
