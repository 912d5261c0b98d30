// The stopword package ships no types: each language is a named array export (ISO 639-3 code).
declare module 'stopword' {
  const lists: Record<string, readonly string[] | undefined>;
  export = lists;
}
