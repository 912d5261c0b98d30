import { consent } from '../../src/rules/consent.js';
import { dump, testRule } from '../support/rule-tester.js';

const P1 = 'These brown butter biscuits keep for a week in a tin, and they travel well in a lunch box.';
const P2 = 'Let the butter foam until it smells of hazelnuts, then pour it over the sugar while it is still hot.';
const DE = 'Diese Butterkekse halten sich eine Woche in der Dose und überstehen auch den Weg in der Brotdose.';
const FR = 'Ces sablés au beurre noisette se gardent une semaine dans une boîte en fer et voyagent très bien.';
const ES = 'Estas galletas de mantequilla tostada aguantan una semana en una lata y viajan bien en la fiambrera.';
const PT = 'Estes biscoitos de manteiga tostada duram uma semana numa lata e aguentam bem a viagem na lancheira.';
const IT = 'Questi biscotti al burro nocciola si conservano una settimana in una scatola di latta e viaggiano bene.';

// A post long enough to be an article above a dialog (a hundred words of prose or more).
const POST = [
  P1,
  P2,
  'Brown the butter in a light pan, so that you can see the colour change, and take it off the heat as soon as it smells of nuts.',
  'Mix the flour, the salt and the baking powder in a bowl, pour in the butter and the sugar, and stir until the dough comes together.',
  'Roll the dough into small balls, press each one flat with a fork, and bake them for twelve minutes until the edges turn golden.',
];
/** A cookie dialog's settings as a text browser prints them at the end of a page. */
const DIALOG = [
  'Cookie settings',
  'Necessary cookies',
  'These cookies are needed for the site to work and cannot be switched off.',
  '[*] Always active',
  'Analytics cookies',
  'These cookies let us count the visits and see which of the pages are read most.',
  '[ ] Analytics',
  'We also show videos from other services, which may track what you watch.',
  'Marketing cookies',
  'These cookies are set by our advertising partners to show you relevant ads.',
  'Save settings',
];
const DIALOG_DE = [
  'Datenschutz-Übersicht',
  'Notwendige Cookies',
  'Diese Cookies sind für die Grundfunktionen der Website erforderlich und können deshalb nicht deaktiviert werden.',
  '[*] Immer aktiv',
  'Statistik-Cookies',
  'Diese Cookies helfen zu verstehen, wie Besucher mit der Website umgehen, indem Informationen anonym gesammelt werden.',
  '[ ] Statistik',
  '_ga | 2 Jahre | Dieses Cookie wird von Google Analytics gesetzt, um Besucher voneinander zu unterscheiden.',
  'Einstellungen speichern',
];
/** A dialog that describes its categories in the ePrivacy Directive's words, as Complianz prints them, not naming cookies. */
const STORAGE_DIALOG = [
  'Manage cookie consent',
  'To provide the best experiences, we use technologies like cookies to store and/or access device information.',
  'Functional [ ] Functional Always active',
  'The technical storage or access is strictly necessary for the legitimate purpose of enabling a service the visitor asked for.',
  'Statistics [ ] Statistics',
  'The technical storage or access that is used exclusively for statistical purposes.',
  'Marketing [ ] Marketing',
  'The technical storage or access is required to create user profiles to send advertising.',
];
const STORAGE_DIALOG_DE = [
  'Cookie-Zustimmung verwalten',
  'Um dir ein optimales Erlebnis zu bieten, verwenden wir Technologien wie Cookies, um Geräteinformationen zu speichern.',
  'Funktional [ ] Funktional Immer aktiv',
  'Die technische Speicherung oder der Zugang ist unbedingt erforderlich, um einen vom Besucher gewünschten Dienst zu ermöglichen.',
  'Statistiken [ ] Statistiken',
  'Die technische Speicherung oder der Zugriff, der ausschließlich zu statistischen Zwecken erfolgt.',
];
const WEB_ARTICLE = [
  'A cookie is a small file that a website stores in the browser, and the browser sends it back with every request to that site.',
  'Session cookies disappear when the browser closes, while persistent cookies stay for as long as the site that set them asks.',
  'Third-party cookies are set by other sites whose content a page loads, such as an advertising network or a video service.',
  'Most browsers now block third-party cookies by default, and regulators require sites to ask before they set any that are not needed.',
];

testRule(consent, {
  remove: [
    {
      name: "a German embed's placeholder that promises no connection without consent",
      format: 'text',
      input: dump(DE, 'Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Mastodon her.', P1),
      removed: ['Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Mastodon her.'],
      output: `${DE}\n\n${P1}`,
    },
    {
      name: "a cookie dialog's settings printed after the article, to the dump's end",
      format: 'text',
      input: dump(...POST, 'We use cookies to give you the best experience on our website.', ...DIALOG, 'Imprint'),
      removed: ['We use cookies to give you the best experience on our website.\nCookie settings', DIALOG.slice(1).join('\n')],
      output: [...POST, 'Imprint'].join('\n\n'),
    },
    {
      name: "a German dialog's categories, described in the third person, and its table of cookies",
      format: 'text',
      input: dump(...POST, 'Diese Website verwendet Cookies.', ...DIALOG_DE),
      removed: ['Diese Website verwendet Cookies.', DIALOG_DE.join('\n')],
      output: POST.join('\n\n'),
    },
    {
      name: "a dialog's categories described as the technical storage or access, not as cookies",
      format: 'text',
      input: dump(...POST, ...STORAGE_DIALOG, 'Accept', 'Deny'),
      removed: ['Manage cookie consent', [...STORAGE_DIALOG.slice(1), 'Accept', 'Deny'].join('\n')],
      output: POST.join('\n\n'),
    },
    {
      name: "a German dialog's categories described as the technical storage or access ('Technologien wie Cookies')",
      format: 'text',
      input: dump(...POST, ...STORAGE_DIALOG_DE),
      removed: [STORAGE_DIALOG_DE.slice(0, 2).join('\n'), STORAGE_DIALOG_DE.slice(2).join('\n')],
      output: POST.join('\n\n'),
    },
    {
      name: 'a dialog with more of the dump after it than a footer takes only its notice: it is no dialog printed at the end',
      format: 'text',
      input: dump(...POST, 'We use cookies to give you the best experience on our website.', ...DIALOG, ...WEB_ARTICLE, ...POST),
      removed: ['We use cookies to give you the best experience on our website.\nCookie settings'],
      output: [...POST, ...DIALOG.slice(1), ...WEB_ARTICLE, ...POST].join('\n\n'),
    },
    {
      name: 'a French banner that speaks of data protection, not of the site',
      format: 'text',
      input: dump("Nous utilisons des cookies pour améliorer l'offre que nous vous proposons. Vous trouverez plus d'informations dans notre déclaration sur la protection des données.", FR, FR),
      removed: ["Nous utilisons des cookies pour améliorer l'offre que nous vous proposons. Vous trouverez plus d'informations dans notre déclaration sur la protection des données."],
      output: `${FR}\n\n${FR}`,
    },
    {
      name: "an embed's placeholder until consent (de, en)",
      format: 'text',
      input: dump(
        P1, 'Klicken Sie auf den unteren Button, um den Inhalt von YouTube zu laden.', 'Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.', P2, 'Click the button below to load the content from Vimeo.', '',
        DE, 'Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.', 'Video laden', '',
        DE, 'Empfohlener redaktioneller Inhalt', 'An dieser Stelle finden Sie einen externen Inhalt von Instagram, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen.', 'Inhalt laden', '',
        DE, 'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.',
      ),
      removed: [
        'Klicken Sie auf den unteren Button, um den Inhalt von YouTube zu laden.\nKlicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.', 'Click the button below to load the content from Vimeo.',
        'Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.\nVideo laden',
        'Empfohlener redaktioneller Inhalt\nAn dieser Stelle finden Sie einen externen Inhalt von Instagram, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen.\nInhalt laden',
        'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.',
      ],
      output: [P1, P2, DE, DE, DE].join('\n\n'),
    },
    {
      name: 'Google\'s notice that cookies help deliver the services, and "you agree to the use of cookies" (en, de, fr, es, pt, it)',
      format: 'text',
      input: dump(
        P1, 'Cookies help us deliver our services. By using our services, you agree to our use of cookies.',
        DE, 'Cookies helfen uns bei der Bereitstellung unserer Inhalte und Dienste. Durch die weitere Nutzung der Webseite stimmen Sie der Verwendung von Cookies zu.',
        FR, 'Les cookies nous aident à fournir nos services. En utilisant nos services, vous acceptez notre utilisation des cookies.',
        ES, 'Las cookies nos ayudan a ofrecer nuestros servicios. Al utilizar nuestros servicios, aceptas el uso que hacemos de las cookies.',
        PT, 'Os cookies nos ajudam a oferecer nossos serviços. Ao usar nossos serviços, você concorda com o uso de cookies.',
        IT, 'I cookie ci aiutano a fornire i nostri servizi. Utilizzando tali servizi, accetti l’utilizzo dei cookie da parte nostra.',
      ),
      removed: [
        'Cookies help us deliver our services. By using our services, you agree to our use of cookies.',
        'Cookies helfen uns bei der Bereitstellung unserer Inhalte und Dienste. Durch die weitere Nutzung der Webseite stimmen Sie der Verwendung von Cookies zu.',
        'Les cookies nous aident à fournir nos services. En utilisant nos services, vous acceptez notre utilisation des cookies.',
        'Las cookies nos ayudan a ofrecer nuestros servicios. Al utilizar nuestros servicios, aceptas el uso que hacemos de las cookies.',
        'Os cookies nos ajudam a oferecer nossos serviços. Ao usar nossos serviços, você concorda com o uso de cookies.',
        'I cookie ci aiutano a fornire i nostri servizi. Utilizzando tali servizi, accetti l’utilizzo dei cookie da parte nostra.',
      ],
      output: [P1, DE, FR, ES, PT, IT].join('\n\n'),
    },
    {
      name: 'Polish and Dutch banners',
      format: 'text',
      input: dump(
        'Korzystamy z plików cookies, aby ułatwić Ci korzystanie z naszego serwisu.', 'Akceptuję', P1, P2,
        'Deze website maakt gebruik van cookies om uw bezoek aan onze site te verbeteren.', 'Accepteren',
      ),
      removed: ['Korzystamy z plików cookies, aby ułatwić Ci korzystanie z naszego serwisu.', 'Deze website maakt gebruik van cookies om uw bezoek aan onze site te verbeteren.'],
      output: ['Akceptuję', P1, P2, 'Accepteren'].join('\n\n'),
    },
    {
      name: 'a banner above an article about cookies takes only itself',
      format: 'text',
      input: dump('We use cookies to give you the best experience on our website.', 'Accept all', ...WEB_ARTICLE),
      removed: ['We use cookies to give you the best experience on our website.\nAccept all'],
      output: WEB_ARTICLE.join('\n\n'),
    },
    {
      name: "a reCAPTCHA form's notice",
      format: 'text',
      input: dump(P1, 'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.', P2),
      removed: ['This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'English banner with its buttons after the article',
      format: 'text',
      input: dump(P1, P2, 'We use cookies to give you the best experience on our website. If you carry on, we will take it that you are happy with that.', 'Ok', 'Privacy policy'),
      removed: ['We use cookies to give you the best experience on our website. If you carry on, we will take it that you are happy with that.\nOk\nPrivacy policy'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'WordPress.com "Privacy & Cookies" line without buttons at the end',
      format: 'text',
      input: dump(P1, P2, 'Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.'),
      removed: ['Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a banner between the paragraphs of a browser dump, with buttons',
      format: 'text',
      input: dump(P1, 'We use cookies to measure traffic and personalise content.', 'Accept all', 'Reject all', 'Manage preferences', P2),
      removed: ['We use cookies to measure traffic and personalise content.\nAccept all\nReject all\nManage preferences'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'German banner before the article',
      format: 'text',
      input: dump('Wir verwenden Cookies, um unsere Webseite für Sie möglichst angenehm zu gestalten.', 'Alle akzeptieren', 'Einstellungen', DE, DE),
      removed: ['Wir verwenden Cookies, um unsere Webseite für Sie möglichst angenehm zu gestalten.\nAlle akzeptieren\nEinstellungen'],
      output: `${DE}\n\n${DE}`,
    },
    {
      name: 'French banner',
      format: 'text',
      input: dump(FR, 'Ce site utilise des cookies pour mesurer son audience et améliorer votre expérience.', 'Tout accepter', 'Tout refuser'),
      removed: ['Ce site utilise des cookies pour mesurer son audience et améliorer votre expérience.\nTout accepter\nTout refuser'],
      output: FR,
    },
    {
      name: 'Spanish banner',
      format: 'text',
      input: dump(ES, 'Utilizamos cookies propias y de terceros para analizar la navegación en nuestro sitio web.', 'Aceptar', 'Más información'),
      removed: ['Utilizamos cookies propias y de terceros para analizar la navegación en nuestro sitio web.\nAceptar\nMás información'],
      output: ES,
    },
    {
      name: 'Portuguese banner',
      format: 'text',
      input: dump('Este site utiliza cookies para melhorar a sua experiência de navegação.', 'Aceitar', PT),
      removed: ['Este site utiliza cookies para melhorar a sua experiência de navegação.\nAceitar'],
      output: PT,
    },
    {
      name: 'Italian banner',
      format: 'text',
      input: dump(IT, 'Utilizziamo i cookie per offrirti la migliore esperienza sul nostro sito.', 'Accetta', 'Rifiuta'),
      removed: ['Utilizziamo i cookie per offrirti la migliore esperienza sul nostro sito.\nAccetta\nRifiuta'],
      output: IT,
    },
    {
      name: 'a lone "Cookie Settings" link and a row of footer links',
      format: 'text',
      input: dump(P1, P2, 'Cookie Settings', 'About | Contact | Privacy | Cookie Policy | Terms of Use'),
      removed: ['Cookie Settings\nAbout | Contact | Privacy | Cookie Policy | Terms of Use'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Complianz banner in HTML',
      format: 'html',
      input: `<div class="entry-content"><p>${P1}</p><p>${P2}</p></div><div class="cmplz-cookiebanner"><div class="cmplz-title">Manage consent</div><div class="cmplz-message">To give you a better visit we store small files on your device.</div><div class="cmplz-links"><a href="/privacy">Privacy statement</a></div></div>`,
      removed: ['Manage consent\nTo give you a better visit we store small files on your device.\nPrivacy statement'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a banner with an unknown class, found by its words (HTML)',
      format: 'html',
      input: `<article><p>${P1}</p><p>${P2}</p></article><div class="notice-bar"><p>This website uses cookies so that we can remember your settings.</p><a href="/cookies">Cookie policy</a></div>`,
      removed: ['This website uses cookies so that we can remember your settings.\nCookie policy'],
      output: `${P1}\n\n${P2}`,
    },
  ],
  keep: [
    {
      name: 'an article on the ePrivacy rules that quotes "the technical storage or access", at the end of the dump',
      format: 'text',
      input: dump(
        ...POST,
        'The directive covers the technical storage or access of information on a user’s device, whatever the technology.',
        'Lawyers note that the technical storage or access needed to deliver a service the user asked for is exempt from consent.',
        'Regulators read the technical storage or access for analytics narrowly, and most sites must still ask before they count visits.',
      ),
    },
    {
      name: 'an article about cookies the food: "we use cookies" in a recipe',
      format: 'text',
      input: dump(P1, 'We use cookies from the corner bakery as the base of this cheesecake, crushed with melted butter.', P2),
    },
    {
      name: 'the recipe’s last line speaks of cookies',
      format: 'text',
      input: dump(P1, P2, 'We use cookies like these for the school fair every year, and they always sell out first.'),
    },
    {
      name: 'Spanish recipe: "utilizamos cookies" of oats',
      format: 'text',
      input: dump(ES, 'Utilizamos cookies de avena en la base, pero cualquier galleta seca sirve igual de bien.', ES),
    },
    {
      name: 'an article about cookie law',
      format: 'text',
      input: dump(
        'The regulator ruled on Monday that every cookie consent banner must offer a reject button as large as the accept button.',
        'The study found that the average news website uses cookies to follow readers across dozens of other sites.',
        'Publishers have six months to change their banners before the first fines are due.',
      ),
    },
    { name: 'a lone "Accept" line in the article', format: 'text', input: dump(P1, 'Accept', P2) },
    {
      name: 'a recipe card with a cookie class (HTML)',
      format: 'html',
      input: `<article><p>${P1}</p><div class="cookie-recipe-card"><h2>Brown butter biscuits</h2><ul><li>200 g butter</li><li>150 g sugar</li><li>250 g flour</li></ul></div><p>${P2}</p></article>`,
    },
    {
      name: 'an article that reports Google\'s wording in the third person',
      format: 'text',
      input: dump(P1, 'The banner told readers that cookies help the company deliver its services, and the regulator called that misleading.', P2),
    },
    {
      name: 'a German sentence of the story about loading a video and external content',
      format: 'text',
      input: dump(DE, 'Mit dem Laden des Videos auf die Website des Vereins hat die Bäckerin ihre Rezepte bekannt gemacht.', 'An dieser Stelle finden Sie bald mehr Rezepte, verspricht sie.', DE),
    },
    {
      name: 'German article sentence about cookies',
      format: 'text',
      input: dump(DE, 'Wir verwenden Cookies vom Bäcker nebenan als Boden für den Käsekuchen, zerbröselt mit etwas Butter.', DE),
    },
  ],
});
