import { footer } from '../../src/rules/footer.js';
import { dump, testRule } from '../support/rule-tester.js';
import { LIGHTHOUSE } from '../support/samples.js';

const { P1, P2, DE, FR, ES, PT, IT } = LIGHTHOUSE;

testRule(footer, {
  remove: [
    {
      name: "a German site's licence in the other order ('Die Inhalte dieser Website sind unter …')",
      format: 'text',
      input: dump(DE, P1, 'Die Inhalte dieser Website sind unter einer Creative-Commons-Lizenz lizenziert.'),
      removed: ['Die Inhalte dieser Website sind unter einer Creative-Commons-Lizenz lizenziert.'],
      output: `${DE}\n\n${P1}`,
    },
    {
      name: "a site's licence for all it publishes, under the article (en)",
      format: 'text',
      input: dump(P1, P2, 'Unless otherwise stated, the content of this site is licensed under a Creative Commons Attribution 4.0 License.'),
      removed: ['Unless otherwise stated, the content of this site is licensed under a Creative Commons Attribution 4.0 License.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "a German site's licence, and its design credit",
      format: 'text',
      input: dump(DE, P1, 'Sofern nicht anders angegeben, stehen die Inhalte dieser Website unter der Lizenz CC BY-SA 4.0.', 'Design von Kim Berg'),
      removed: ['Sofern nicht anders angegeben, stehen die Inhalte dieser Website unter der Lizenz CC BY-SA 4.0.\nDesign von Kim Berg'],
      output: `${DE}\n\n${P1}`,
    },
    {
      name: 'Blogger attribution line',
      format: 'text',
      input: dump(P1, P2, 'Simple theme. Theme images by Tom Hardy. Powered by Blogger.'),
      removed: ['Simple theme. Theme images by Tom Hardy. Powered by Blogger.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "a market-data site's notice under its quotes",
      format: 'text',
      input: dump(P1, P2, 'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.'),
      removed: ['All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'WordPress copyright and legal links',
      format: 'text',
      input: dump(P1, P2, '© 2024 The Cape Journal', 'Privacy Policy', 'Terms of Use', 'Proudly powered by WordPress'),
      removed: ['© 2024 The Cape Journal\nPrivacy Policy\nTerms of Use\nProudly powered by WordPress'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'legal links alone after the article (Markdown links)',
      format: 'text',
      input: dump(P1, P2, '- [About us](/about)', '- [Contact](/contact)', '- [Privacy](/privacy)'),
      removed: ['About us\nContact\nPrivacy'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'German Impressum and Datenschutz',
      format: 'text',
      input: dump(DE, 'Impressum', 'Datenschutzerklärung', '© 2024 Küstenblog'),
      removed: ['Impressum\nDatenschutzerklärung\n© 2024 Küstenblog'],
      output: DE,
    },
    {
      name: 'French legal links and WordPress.com line',
      format: 'text',
      input: dump(FR, 'Mentions légales', 'Politique de confidentialité', 'Un site Web propulsé par WordPress.com.'),
      removed: ['Mentions légales\nPolitique de confidentialité\nUn site Web propulsé par WordPress.com.'],
      output: FR,
    },
    {
      name: "a magazine's ISSN on a line of its own after the article",
      format: 'text',
      input: dump(P1, P2, 'ISSN 2222-2464'),
      removed: ['ISSN 2222-2464'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Polish and Dutch rights lines',
      format: 'text',
      input: dump(P1, P2, 'Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.', 'De Vuurtoren 2024. Alle rechten voorbehouden.'),
      removed: ['Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.\nDe Vuurtoren 2024. Alle rechten voorbehouden.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Spanish copyright line',
      format: 'text',
      input: dump(ES, '© 2024 Faro Norte. Todos los derechos reservados.', 'Aviso legal', 'Política de privacidad'),
      removed: ['© 2024 Faro Norte. Todos los derechos reservados.\nAviso legal\nPolítica de privacidad'],
      output: ES,
    },
    {
      name: 'Portuguese rights line and legal links',
      format: 'text',
      input: dump(PT, 'Todos os direitos reservados', 'Política de privacidade', 'Termos de uso'),
      removed: ['Todos os direitos reservados\nPolítica de privacidade\nTermos de uso'],
      output: PT,
    },
    {
      name: 'Italian copyright with VAT number',
      format: 'text',
      input: dump(IT, '© 2024 Faro Nord – P.IVA 01234567890', 'Note legali', 'Privacy Policy'),
      removed: ['© 2024 Faro Nord – P.IVA 01234567890\nNote legali\nPrivacy Policy'],
      output: IT,
    },
    {
      name: 'Copyright word with a year',
      format: 'text',
      input: dump(P1, 'Copyright 2024 Cape Lighthouse Trust'),
      removed: ['Copyright 2024 Cape Lighthouse Trust'],
      output: P1,
    },
    {
      name: 'site footer element in HTML',
      format: 'html',
      input: `<article><p>${P1}</p><p>${P2}</p></article><footer id="colophon" class="site-footer"><div class="site-info"><a href="/privacy">Privacy Policy</a> <span class="sep">|</span> <a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>`,
      removed: ['Privacy Policy | Proudly powered by WordPress'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a copyright paragraph after a Ghost post, no footer element (HTML)',
      format: 'html',
      input: `<div class="gh-content"><p>${P1}</p><p>${P2}</p></div><div class="gh-copyright"><p>The Cape Journal © 2024</p></div>`,
      removed: ['The Cape Journal © 2024'],
      output: `${P1}\n\n${P2}`,
    },
    ...[
      'IMPRESSUM | DATENSCHUTZ | COPYRIGHT ANNA MEIER | EIN PROJEKT AUS DEM NORDEN',
      'Privacy Policy · Terms of Use · Made on the Cape',
    ].map((line) => ({
      name: `a footer's legal links on one line, with its owner's name or a slogan between them: ${line}`,
      format: 'text' as const,
      input: dump(DE, P1, line),
      removed: [line],
      output: `${DE}\n\n${P1}`,
    })),
  ],
  keep: [
    {
      name: 'a line with one legal word among longer parts is no footer line',
      format: 'text',
      input: dump(P1, P2, 'Impressum | The museum printed the keeper’s name in its first newsletter, with his address'),
    },
    { name: "the article's own licence, naming the article", format: 'text', input: dump(P1, P2, 'This article is licensed under a Creative Commons Attribution 4.0 License; you may republish it with credit.') },
    { name: 'a sentence of the story about delayed prices', format: 'text', input: dump(P1, 'Prices delayed by the strike rose again once the ferries ran, the harbour office said.', P2) },
    {
      name: 'the article’s last paragraph mentions copyright',
      format: 'text',
      input: dump(P1, P2, 'The museum holds the copyright to the keeper’s diaries, which will be printed next year.'),
    },
    {
      name: 'the article’s last sentence begins "Designed by"',
      format: 'text',
      input: dump(P1, P2, 'Designed by a local engineer in 1902, the tower still stands.'),
    },
    {
      name: 'a lettered list that ends with "(c)"',
      format: 'text',
      input: dump(P1, 'Under the new lease the trust must pay:', '(a) the ground rent;', '(b) the insurance of the tower;', '(c) a fee for each guided climb.'),
    },
    {
      name: 'a credit with © inside the article',
      format: 'text',
      input: dump(P1, 'Diary pages © the keeper’s family, shown with their permission.', P2),
    },
    {
      name: 'a contact section that is the article’s own',
      format: 'text',
      input: dump(P1, P2, '## Contact', 'Cape Lighthouse Museum, Cape Road 1', 'Open on Sundays from ten to four'),
    },
    {
      name: 'German prose about an imprint',
      format: 'text',
      input: dump(DE, 'Das Impressum der ersten Museumszeitung nennt noch den alten Leuchtturmwärter als Herausgeber.'),
    },
    {
      name: 'an article footer element with the article’s last words (HTML)',
      format: 'html',
      input: `<article><p>${P1}</p><footer class="entry-footer"><p>${P2}</p></footer></article>`,
    },
  ],
});
