import fc from 'fast-check';
import stopwordLists from 'stopword';
import { joinedFrom } from '../support/arbitraries.js';
import { detectLanguage, stopwordShare, wordsOf } from '../../src/text/language.js';
import { TextMemo } from '../../src/rules/engine.js';

// Our own sentences, two or three to a language: about as much as a short post gives.
const SAMPLES: ReadonlyArray<readonly [code: string, text: string]> = [
  ['eng', 'The ferry to the island now leaves from the new pier at the end of the harbour road. It takes forty minutes in good weather, and the captain says that the boat will run twice a day until the end of the summer, when the council will decide what to do with it.'],
  ['deu', 'Die Fähre zur Insel legt jetzt am neuen Anleger am Ende der Hafenstraße ab. Die Überfahrt dauert bei gutem Wetter vierzig Minuten, und der Kapitän sagt, dass das Schiff bis zum Ende des Sommers zweimal am Tag fahren wird, wenn die Gemeinde über die Zukunft entscheidet.'],
  ['fra', 'Le bac vers l’île part désormais du nouveau ponton, au bout de la route du port. La traversée dure quarante minutes par beau temps, et le capitaine dit que le bateau fera deux rotations par jour jusqu’à la fin de l’été, quand la commune décidera de la suite.'],
  ['spa', 'El ferry a la isla sale ahora del nuevo muelle, al final de la carretera del puerto. La travesía dura cuarenta minutos con buen tiempo, y el capitán dice que el barco hará dos viajes al día hasta el final del verano, cuando el ayuntamiento decidirá qué hacer con él.'],
  ['ita', 'Il traghetto per l’isola parte ora dal nuovo pontile, in fondo alla strada del porto. La traversata dura quaranta minuti con il bel tempo, e il capitano dice che la nave farà due corse al giorno fino alla fine dell’estate, quando il comune deciderà cosa fare.'],
  ['por', 'O ferry para a ilha parte agora do novo cais, no fim da estrada do porto. A travessia demora quarenta minutos com bom tempo, e o capitão diz que o barco vai fazer duas viagens por dia até ao fim do verão, quando a câmara decidir o que fazer com ele.'],
  ['nld', 'De veerboot naar het eiland vertrekt nu van de nieuwe pier aan het einde van de havenweg. De overtocht duurt veertig minuten bij goed weer, en de kapitein zegt dat de boot tot het einde van de zomer twee keer per dag zal varen, als de gemeente een besluit neemt.'],
  ['rus', 'Паром на остров теперь отходит от нового причала в конце портовой дороги. Переправа занимает сорок минут в хорошую погоду, и капитан говорит, что судно будет ходить два раза в день до конца лета, когда город решит, что с ним делать дальше.'],
  ['pol', 'Prom na wyspę odpływa teraz z nowego pomostu na końcu drogi portowej. Przeprawa trwa czterdzieści minut przy dobrej pogodzie, a kapitan mówi, że statek będzie kursował dwa razy dziennie do końca lata, kiedy gmina zdecyduje, co z nim zrobić.'],
  ['swe', 'Färjan till ön går nu från den nya piren vid slutet av hamnvägen. Överfarten tar fyrtio minuter i bra väder, och kaptenen säger att båten kommer att gå två gånger om dagen till slutet av sommaren, när kommunen ska bestämma vad som händer sedan.'],
  ['tur', 'Adaya giden feribot artık liman yolunun sonundaki yeni iskeleden kalkıyor. Geçiş iyi havada kırk dakika sürüyor ve kaptan, belediye ne yapacağına karar verene kadar teknenin yaz sonuna kadar günde iki kez sefer yapacağını söylüyor ve bu çok güzel bir haber.'],
];

describe('detectLanguage', () => {
  test.each(SAMPLES)('tells %s from its function words', (code, text) => {
    expect(detectLanguage(wordsOf(text))?.code).toBe(code);
  });

  test.each([
    ['Japanese, written without spaces', '島へのフェリーは、港の道の突き当たりにある新しい桟橋から出るようになりました。天気が良ければ四十分で着きます。船長によると、夏の終わりまで一日二往復するそうです。'.repeat(3)],
    ['a table of scores', 'Harbour 3 Islanders 1 Quay 2 Pier 0 Lighthouse 4 Causeway 2 Seals 1 Ferrymen 3 Anchors 0 Tides 2 '.repeat(4)],
    ['too few words', 'The ferry leaves at six.'],
  ])('knows no language for %s', (_name, text) => {
    expect(detectLanguage(wordsOf(text))).toBeUndefined();
  });
});

describe("an input's memo of the language told", () => {
  const words = (code: string): string[] => wordsOf(SAMPLES.find(([c]) => c === code)![1]);
  // Each step a sample (a fresh array, as each reading makes its own) and the language it must be told.
  test.each([
    ['the same words again', ['eng', 'eng']],
    ['another language next', ['eng', 'deu']],
    ['back to the first', ['eng', 'deu', 'eng']],
    ['no language, then one', ['none', 'fra', 'none', 'fra']],
  ])('%s: each sample is told as detectLanguage tells it', (_name, steps) => {
    const memo = new TextMemo();
    for (const code of steps) {
      const sample = code === 'none' ? ['the', 'ferry'] : words(code);
      expect(memo.languageOf(sample)?.code).toBe(detectLanguage(sample)?.code);
      expect(memo.languageOf(sample)?.code).toBe(code === 'none' ? undefined : code);
    }
  });

  test('a sample of the same length with other words is told again', () => {
    const memo = new TextMemo();
    const english = words('eng');
    expect(memo.languageOf(english)?.code).toBe('eng');
    // The same length, every word a German one: a memo that compared lengths only would say English.
    const german = words('deu');
    const mixed = english.map((_, i) => german[i % german.length]!);
    expect(memo.languageOf(mixed)?.code).toBe(detectLanguage(mixed)?.code);
    expect(memo.languageOf(mixed)?.code).toBe('deu');
  });
});

describe('detectLanguage on any sample', () => {
  // The rule as documented in src/text/language.ts: the list covering most of the sample's words (ties to the
  // package's first), among all but the lists for scripts without spaces, variants and placeholders; none
  // below 15% coverage or 30 words. Every detection after a process's first counts through the hash table.
  const SKIPPED = new Set(['_123', 'jpn', 'zho', 'tha', 'mya', 'porBr', 'lgg', 'lggNd', 'panGu']);
  const kept = Object.entries(stopwordLists as Record<string, unknown>).filter((e): e is [string, string[]] => Array.isArray(e[1]) && !SKIPPED.has(e[0]));
  const sets = kept.map(([code, words]) => [code, new Set(words)] as const);
  const expected = (sample: readonly string[]): string | undefined => {
    const words = sample.slice(0, 1000);
    if (words.length < 30) return undefined;
    let best: [string, number] = ['', 0];
    for (const [code, set] of sets) {
      const hits = words.filter((w) => set.has(w)).length;
      if (hits > best[1]) best = [code, hits];
    }
    return best[1] > 0 && best[1] >= words.length * 0.15 ? best[0] : undefined;
  };
  // Listed words of many languages (some in several lists), near misses and words no list holds.
  const LISTED = kept.flatMap(([, words]) => words.filter((_, k) => k % 40 === 0));
  const OTHERS = ['thee', 'ofthe', 'harbour', 'ferry', 'x', '', 'de-la', "l'île", 'ilê', 'ändern', 'паром', '1999'];

  test('tells the language the lists say, counted word by word', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LISTED, ...OTHERS), { minLength: 0, maxLength: 1200 }), (sample) => {
        expect(detectLanguage(sample)?.code).toBe(expected(sample));
      }),
      { numRuns: 300 },
    );
  });
});

test('the stop-word lists are lower case, as a process\'s first document is counted against them as listed', () => {
  const lists = Object.values(stopwordLists as Record<string, unknown>).filter((v): v is string[] => Array.isArray(v));
  expect(lists.length).toBeGreaterThan(50);
  expect(lists.flat().filter((w) => w !== w.toLowerCase())).toEqual([]);
});

describe('stopwordShare', () => {
  const english = detectLanguage(wordsOf(SAMPLES[0]![1]))!;
  const french = detectLanguage(wordsOf(SAMPLES[2]![1]))!;
  // Catalan's list holds words with apostrophes ("d'un", "l'hi"): the language its own list tells.
  const catalan = detectLanguage((stopwordLists as unknown as Record<string, string[]>).cat!.slice(0, 200))!;
  test.each([
    ['a sentence of prose', 'It takes forty minutes in good weather, and the boat will run twice a day.', 0.25, 0.7],
    ['a headline', 'Storm Closes Causeway Again As Record Tides Flood Coastal Villages', 0, 0.2],
    ['a keyword line', 'ferry, harbour, island, pier, timetable, summer, council', 0, 0.05],
  ])('%s', (_name, text, low, high) => {
    const density = stopwordShare(text, english);
    expect(density).toBeGreaterThanOrEqual(low);
    expect(density).toBeLessThanOrEqual(high);
  });

  test('knows a stop-word written with a typographic apostrophe', () => {
    expect(catalan.code).toBe('cat');
    expect(stopwordShare('d’un ferry', catalan)).toBe(0.5);
  });

  test('no words, no density', () => {
    expect(stopwordShare('', english)).toBe(0);
    expect(stopwordShare(' — ', english)).toBe(0);
  });

  // Stop-words in any case and with either apostrophe, near misses (a stop-word inside a longer word, one
  // cut short), letters beyond the Basic Multilingual Plane and lone surrogates next to them.
  const TOKENS = ['the', 'The', 'THE', 'of', 'and', 'don’t', "don't", 'DON’T', 'it‘s', 'ʼtis', 'th', 'thee', 'ofthe', 'ferry', 'İ', 'ß',
    'l’', 'île', 'qu’il', 'est', 'de', 'd’un', "D'UNA", 'l‘hi', 'mʼhe', 'd’unes', 'l', '\ud835\udc00', '\ud83d\ude00', '\ud800', '\udc00', ' ', ' ', ', ', '-', '’', '1'];
  test('is the share of wordsOf that the list holds, counted word by word', () => {
    fc.assert(
      fc.property(joinedFrom(TOKENS, 40), fc.constantFrom(english, french, catalan), (text, language) => {
        const words = wordsOf(text);
        const share = words.length ? words.filter((w) => language.stopwords.has(w)).length / words.length : 0;
        expect(stopwordShare(text, language)).toBe(share);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wordsOf', () => {
  test('lower-cases and makes typographic apostrophes plain', () => {
    expect(wordsOf('Don’t STOP — it’s 5 o’clock!')).toEqual(["don't", 'stop', "it's", '5', "o'clock"]);
  });

  // Combining marks, surrogate pairs (letters and not), lone surrogates, a capital that lower-cases to two units.
  const CHARS = ['a', 'B', 'İ', '\u0301', '\u2019', '\u2018', '\u02bc', "'", ' ', '-', '1', '٣', 'ß', 'Σ', '中', '\ud835\udc00', '\ud83d\ude00', '\ud800', '\udc00'];
  test('finds what the word regex finds', () => {
    const byRegex = (text: string): string[] => text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").match(/[\p{L}\p{M}\p{N}']+/gu) ?? [];
    fc.assert(
      fc.property(joinedFrom(CHARS, 30), (text) => {
        expect(wordsOf(text)).toEqual(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('finds what the word regex finds in every code unit on its own (some are answered without the regex)', () => {
    const byRegex = (text: string): string[] => text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").match(/[\p{L}\p{M}\p{N}']+/gu) ?? [];
    const differing: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const text = String.fromCharCode(c);
      if (JSON.stringify(wordsOf(text)) !== JSON.stringify(byRegex(text))) differing.push(c);
    }
    expect(differing).toEqual([]);
  });
});
