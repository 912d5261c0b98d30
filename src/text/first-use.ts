/**
 * A regular expression made the first time it is asked for, and compiled to machine code then (see
 * `compiledToMachineCode`): the rules' large patterns are made this way. V8 parses a pattern when the
 * regex is created, and a Unicode property class (`\p{L}`) costs it 0.1–0.5 ms to build: made at module
 * load, as rule constants are, every run paid for every such pattern, used or not (16 of them took a
 * one-file run 2.6–4.6 ms before it read its input).
 */
export function onFirstUse(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= compiledToMachineCode(make()));
}

/** V8 compiles a regex straight to machine code when its first subject is at least this long (JSRegExp::kTierUpForSubjectLengthValue). */
const LONG_SUBJECT = '\0'.repeat(1000);

/**
 * The regex, with V8's machine code for it made now. V8 first compiles a regex to bytecode for its
 * interpreter, and to machine code on its second use. For the large patterns of the rules and
 * phrase sets (`/iu` alternatives, `\p{…}` classes: up to 140 KB of bytecode) the bytecode costs more
 * than the machine code: 124 phrase-set patterns took 41 ms to bytecode and 11 ms more to machine
 * code, against 10–13 ms straight to machine code. One search of a long text skips the bytecode, as
 * V8 does for any regex first run on a long text; it finds nothing or something, and `lastIndex`
 * is put back. With any other engine it is one cheap search.
 */
export function compiledToMachineCode<R extends RegExp>(re: R): R {
  re.exec(LONG_SUBJECT);
  re.lastIndex = 0;
  return re;
}
