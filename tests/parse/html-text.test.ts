import { parseHtml } from '../../src/parse/html.js';

// What of an element's content is read as text: [case, html, the blocks' texts].
const CASES: Array<[string, string, string[]]> = [
  ['ruby readings over kanji', '<p><ruby>漢字<rt>かんじ</rt></ruby>の<ruby>読<rt>よ</rt></ruby>み方</p>', ['漢字の読み方']],
  ['ruby with fallback parentheses', '<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>に行く</p>', ['東京に行く']],
  ['ruby per character', '<p><ruby>子<rt>こ</rt>供<rt>ども</rt></ruby>たち</p>', ['子供たち']],
  ['an rt outside ruby', '<p>base<rt>reading</rt> text</p>', ['base text']],
  ['a ruby base without readings stays', '<p><ruby>漢字</ruby>です</p>', ['漢字です']],
  ['scripts, styles and buttons', '<p>one<script>var x = 1;</script> two<style>p{}</style><button>Click</button></p>', ['one two']],
  ['a hidden block ends the text before it', '<div>a<ul hidden><li>x</li></ul>b</div>', ['a', 'b']],
];

describe('parseHtml: what is read as text', () => {
  test.each(CASES)('%s', (_, html, texts) => {
    expect(parseHtml(html).blocks.map((b) => b.text)).toEqual(texts);
  });

  test('Markdown skips the readings too', () => {
    expect(parseHtml('<p><a href="/k"><ruby>漢字<rt>かんじ</rt></ruby></a>の本</p>').blocks[0]!.markdown).toBe('[漢字](/k)の本');
  });
});
