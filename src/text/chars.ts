/**
 * `text.charCodeAt(index)`, for the loops that read a text character by character.
 *
 * Why: text reaches those loops in any of V8's string representations (flat, sliced out of a page, joined;
 * one or two bytes a character, which differs from one piece of a page to the next: src/io/decode.ts), each
 * with a map of its own. A call site that has seen more than four maps is megamorphic, and then looks
 * `charCodeAt` up in a generic cache at every character: about four times slower in a loop (measured with
 * seven kinds of string). Called this way, V8 knows the function and only checks that `text` is a string.
 * A loop should read `text.length` once, before it, for the same reason.
 *
 * `index` must be within the text. One read past either end, from any caller, and V8 stops inlining the
 * read for every caller (they share this function's feedback): a site that may read past the end keeps
 * `charCodeAt`, which answers NaN there.
 *
 * `String.prototype.charCodeAt` is read here, not kept in a module variable: the bundle sets module
 * variables when it initialises the module, and V8 then cannot treat the function as a constant (the call
 * stays a call, about half as fast).
 */
export function codeAt(text: string, index: number): number {
  return String.prototype.charCodeAt.call(text, index);
}
