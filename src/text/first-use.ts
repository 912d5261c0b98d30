/**
 * A regular expression made the first time it is asked for. V8 parses a pattern when the regex is
 * created, and a Unicode property class (`\p{L}`) costs it 0.1–0.5 ms to build: made at module load,
 * as rule constants are, every run paid for every such pattern, used or not (16 of them took a
 * one-file run 2.6–4.6 ms before it read its input).
 */
export function onFirstUse(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}
