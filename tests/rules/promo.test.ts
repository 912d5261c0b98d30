import { promo } from '../../src/rules/promo.js';
import { dump, testRule } from '../support/rule-tester.js';

const P1 = 'The harbour choir celebrated its fiftieth year with a concert on the quay that drew more than two thousand people.';
const P2 = 'Its founder, now ninety, conducted the last song herself and told the crowd she had never missed a rehearsal.';
const DE = 'Der Hafenchor feierte sein fünfzigjähriges Bestehen mit einem Konzert am Kai vor mehr als zweitausend Menschen.';
const FR = 'La chorale du port a fêté ses cinquante ans par un concert sur le quai devant plus de deux mille personnes.';
const ES = 'El coro del puerto celebró sus cincuenta años con un concierto en el muelle ante más de dos mil personas.';
const PT = 'O coro do porto celebrou cinquenta anos com um concerto no cais para mais de duas mil pessoas.';
const IT = 'Il coro del porto ha festeggiato cinquant’anni con un concerto sul molo davanti a oltre duemila persone.';

testRule(promo, {
  remove: [
    {
      name: "a newsletter box: its heading and a pitch that is no imperative",
      format: 'text',
      input: dump('## Email alerts', P1, 'Let the harbour news meet your inbox: our best stories, delivered every morning.', P2),
      removed: ['Email alerts', 'Let the harbour news meet your inbox: our best stories, delivered every morning.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a line that is only a call to get the site\'s app',
      format: 'text',
      input: dump(P1, 'CLICK HERE TO GET THE HARBOUR NEWS APP', P2, 'Download the Harbour Times app.'),
      removed: ['CLICK HERE TO GET THE HARBOUR NEWS APP', 'Download the Harbour Times app.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "a sign-up form's messages, shown as text ('Thank you for subscribing!', 'There was a problem …')",
      format: 'text',
      input: dump(P1, 'You have succesfully subscribed. Thank you!', P2, 'There was a problem subscribing you to the newsletter. Double check your email and try again.'),
      removed: ['You have succesfully subscribed. Thank you!', 'There was a problem subscribing you to the newsletter. Double check your email and try again.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "a sign-up form's small print (en, de, fr)",
      format: 'text',
      input: dump(P1, 'No spam, we promise. You can unsubscribe at any time and we’ll never share your details without your permission.', DE, 'Kein Spam. Abmeldung jederzeit möglich.', FR, 'Vous pouvez vous désinscrire à tout moment.'),
      removed: ['No spam, we promise. You can unsubscribe at any time and we’ll never share your details without your permission.', 'Kein Spam. Abmeldung jederzeit möglich.', 'Vous pouvez vous désinscrire à tout moment.'],
      output: `${P1}\n\n${DE}\n\n${FR}`,
    },
    {
      name: 'a sign-up prompt in its own words, longer than a label',
      format: 'text',
      input: dump(P1, P2, 'Get our free guide to the harbour walks in your inbox: twelve routes, each with a map, the best cafés on the way and the times of the tides, written by the choir’s own walking group.'),
      removed: ['Get our free guide to the harbour walks in your inbox: twelve routes, each with a map, the best cafés on the way and the times of the tides, written by the choir’s own walking group.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Substack "Thanks for reading" box and buttons',
      format: 'text',
      input: dump(P1, 'Thanks for reading The Quay Letter! Subscribe for free to receive new posts and support my work.', 'Type your email...', 'Subscribe', P2),
      removed: ['Thanks for reading The Quay Letter! Subscribe for free to receive new posts and support my work.\nType your email...\nSubscribe'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Substack "Subscribe now" button between paragraphs',
      format: 'text',
      input: dump(P1, 'Subscribe now', P2, 'Share this post'),
      removed: ['Subscribe now', 'Share this post'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Jetpack "Follow Blog via Email" widget with its button',
      format: 'text',
      input: dump(P1, P2, 'Follow Blog via Email', 'Enter your email address to follow this blog and receive notifications of new posts by email.', 'Join 1,204 other subscribers', 'Email Address:', 'Follow'),
      removed: ['Follow Blog via Email\nEnter your email address to follow this blog and receive notifications of new posts by email.\nJoin 1,204 other subscribers\nEmail Address:\nFollow'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Ghost footer call to action',
      format: 'text',
      input: dump(P1, P2, 'Sign up for more like this.', 'Enter your email', 'Subscribe'),
      removed: ['Sign up for more like this.\nEnter your email\nSubscribe'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Medium app banner and paywall prompt',
      format: 'text',
      input: dump('Open in app', P1, 'Subscribe to continue reading', 'Already a subscriber? Sign in'),
      removed: ['Open in app', 'Subscribe to continue reading\nAlready a subscriber? Sign in'],
      output: P1,
    },
    {
      name: 'German newsletter box',
      format: 'text',
      input: dump(DE, 'Newsletter abonnieren', 'Gib deine E-Mail-Adresse ein', 'Jetzt abonnieren', DE),
      removed: ['Newsletter abonnieren\nGib deine E-Mail-Adresse ein\nJetzt abonnieren'],
      output: `${DE}\n\n${DE}`,
    },
    {
      name: 'French newsletter box',
      format: 'text',
      input: dump(FR, 'Inscrivez-vous à notre newsletter', 'Votre adresse e-mail', "S'inscrire"),
      removed: ["Inscrivez-vous à notre newsletter\nVotre adresse e-mail\nS'inscrire"],
      output: FR,
    },
    {
      name: 'Spanish newsletter box',
      format: 'text',
      input: dump(ES, 'Suscríbete a nuestro boletín', 'Tu correo electrónico', 'Suscríbete'),
      removed: ['Suscríbete a nuestro boletín\nTu correo electrónico\nSuscríbete'],
      output: ES,
    },
    {
      name: 'Portuguese newsletter box',
      format: 'text',
      input: dump(PT, 'Assine nossa newsletter', 'Seu e-mail', 'Inscreva-se', 'Siga-nos'),
      removed: ['Assine nossa newsletter\nSeu e-mail\nInscreva-se\nSiga-nos'],
      output: PT,
    },
    {
      name: 'Italian newsletter box',
      format: 'text',
      input: dump(IT, 'Iscriviti alla newsletter', 'La tua email', 'Iscriviti'),
      removed: ['Iscriviti alla newsletter\nLa tua email\nIscriviti'],
      output: IT,
    },
    {
      name: 'Dutch and Polish newsletter boxes',
      format: 'text',
      input: dump(P1, 'Schrijf je in voor de nieuwsbrief', 'Je e-mailadres', P2, 'Zapisz się do newslettera', 'Subskrybuj'),
      removed: ['Schrijf je in voor de nieuwsbrief\nJe e-mailadres', 'Zapisz się do newslettera\nSubskrybuj'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Mailchimp for WordPress form in HTML',
      format: 'html',
      input: `<div class="entry-content"><p>${P1}</p><p>${P2}</p></div><form class="mc4wp-form"><div class="mc4wp-form-fields"><p>Get the latest news delivered to your inbox</p><p><label>Email address:</label> <input type="email" name="EMAIL"></p><p><input type="submit" value="Sign up"></p></div></form>`,
      removed: ['Get the latest news delivered to your inbox\nEmail address:'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Substack subscribe widget in HTML',
      format: 'html',
      input: `<div class="body markup"><p>${P1}</p><div data-component-name="SubscribeWidgetToDOM"><div class="subscribe-widget"><p class="cta-caption">Quay notes, every Sunday, for free.</p><form><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div></div><p>${P2}</p></div>`,
      removed: ['Quay notes, every Sunday, for free.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a call to follow on two social networks or more',
      format: 'text',
      input: dump(P1, P2, 'Follow Harbour Notes on Facebook, Twitter (@harbournotes) and Instagram.'),
      removed: ['Follow Harbour Notes on Facebook, Twitter (@harbournotes) and Instagram.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "a newsletter box's title: the site's name and the word",
      format: 'text',
      input: dump(P1, 'Harbour Times Newsletter', P2, '', DE, 'Der Hafenblatt-Newsletter'),
      removed: ['Harbour Times Newsletter', 'Der Hafenblatt-Newsletter'],
      output: `${P1}\n\n${P2}\n\n${DE}`,
    },
    {
      name: 'a paywall prompt to subscribe for the full story',
      format: 'text',
      input: dump(P1, 'To view the full story, please subscribe to the Harbour Times.', P2, 'Subscribe now to our e-paper edition for the full story.'),
      removed: ['To view the full story, please subscribe to the Harbour Times.', 'Subscribe now to our e-paper edition for the full story.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a call to get the app from a store or on a phone',
      format: 'text',
      input: dump(P1, 'For the latest stories and breaking news updates download the Harbour News apps for iOS and Android.', P2, 'Get the latest news straight to your phone with the Harbour Times app.'),
      removed: ['For the latest stories and breaking news updates download the Harbour News apps for iOS and Android.', 'Get the latest news straight to your phone with the Harbour Times app.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a sign-up prompt that asks "Do you want to be informed …?"',
      format: 'text',
      input: dump(P1, P2, 'Do you want to be informed of the choir’s concerts? Sign up here'),
      removed: ['Do you want to be informed of the choir’s concerts? Sign up here'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "a sign-up form's consent line (en, de)",
      format: 'text',
      input: dump(P1, 'By clicking "Submit", I consent to receiving the Harbour Times newsletter. I understand that I may unsubscribe at any time.', P2, 'Mit der Anmeldung stimme ich der Verarbeitung meiner Daten entsprechend der Datenschutzerklärung zu.'),
      removed: ['By clicking "Submit", I consent to receiving the Harbour Times newsletter. I understand that I may unsubscribe at any time.', 'Mit der Anmeldung stimme ich der Verarbeitung meiner Daten entsprechend der Datenschutzerklärung zu.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "a German sign-up form's consent lines and its double opt-in notice",
      format: 'text',
      input: dump(
        DE, 'Ich willige darin ein, dass der Chorverband mir regelmäßig aktuelle Informationen zu seiner Arbeit zukommen lässt.',
        'Ich bin mit der Verarbeitung meiner Daten nach der Datenschutzerklärung einverstanden. Nach der Anmeldung erhalten Sie eine E-Mail.',
        DE, 'Sie haben eine E-Mail zum Double Opt-In-Verfahren erhalten. Vielen Dank für Ihr Interesse an unserem Newsletter.',
      ),
      removed: [
        'Ich willige darin ein, dass der Chorverband mir regelmäßig aktuelle Informationen zu seiner Arbeit zukommen lässt.\nIch bin mit der Verarbeitung meiner Daten nach der Datenschutzerklärung einverstanden. Nach der Anmeldung erhalten Sie eine E-Mail.',
        'Sie haben eine E-Mail zum Double Opt-In-Verfahren erhalten. Vielen Dank für Ihr Interesse an unserem Newsletter.',
      ],
      output: `${DE}\n\n${DE}`,
    },
    {
      name: "newsletters' pitches in German, French and Spanish",
      format: 'text',
      input: dump(
        DE, 'Lust auf mehr? Lass dir die besten Geschichten vom Hafen jede Woche per E-Mail schicken.', '',
        DE, 'Hol dir die Hafennachrichten jeden Freitag in deinen Posteingang!', '',
        FR, 'Recevez chaque matin les nouvelles du port dans votre boîte mail.', '',
        ES, 'Recibe las noticias del puerto cada semana en tu bandeja de entrada.',
      ),
      removed: ['Lust auf mehr? Lass dir die besten Geschichten vom Hafen jede Woche per E-Mail schicken.', 'Hol dir die Hafennachrichten jeden Freitag in deinen Posteingang!', 'Recevez chaque matin les nouvelles du port dans votre boîte mail.', 'Recibe las noticias del puerto cada semana en tu bandeja de entrada.'],
      output: [DE, DE, FR, ES].join('\n\n'),
    },
    {
      name: 'German account and newsletter prompts',
      format: 'text',
      input: dump(DE, 'Sie sind nicht angemeldet.', 'Jetzt kostenlos registrieren', 'Schon registriert? Hier einloggen', DE, 'Immer informiert bleiben mit dem wöchentlichen Hafenblatt-Newsletter. Jetzt anmelden', 'Kostenlos zum Newsletter anmelden'),
      removed: ['Sie sind nicht angemeldet.\nJetzt kostenlos registrieren\nSchon registriert? Hier einloggen', 'Immer informiert bleiben mit dem wöchentlichen Hafenblatt-Newsletter. Jetzt anmelden\nKostenlos zum Newsletter anmelden'],
      output: `${DE}\n\n${DE}`,
    },
  ],
  keep: [
    { name: 'a German sentence of the story about a weekly e-mail', format: 'text', input: dump(DE, 'Die Noten verschickt der Chor jede Woche per E-Mail an alle Mitglieder.', DE) },
    { name: 'an opinion that opens "I agree that" and is about data', format: 'text', input: dump(P1, 'I agree that the choir should keep its members’ data on paper, as it did for fifty years, and never online.', P2) },
    { name: 'a German answer in an interview that opens "Ich bin mit der Verarbeitung … einverstanden" and is no form', format: 'text', input: dump(DE, 'Ich bin mit der Verarbeitung des Themas im Film nicht einverstanden, weil die Daten der Studie fehlen.', DE) },
    { name: 'a German answer in an interview that opens "Ich stimme" and speaks of data', format: 'text', input: dump(DE, 'Ich stimme dem Bürgermeister zu: Die Daten der letzten zehn Jahre zeigen, dass der Chor jedes Jahr mehr Zuhörer hat.', DE) },
    { name: 'an app for phones in a sentence of the story', format: 'text', input: dump(P1, 'The harbour master built an app for iOS that shows the tide, and fishermen download it by the hundred.', P2) },
    { name: 'a sentence that opens "To read" and asks nobody to subscribe', format: 'text', input: dump(P1, 'To read the full story of the choir, the founder says, you would need a hundred pages and a good memory.', P2) },
    { name: "a newsletter's name as the heading of a section of the article", format: 'text', input: dump(P1, '## The Choir Newsletter', 'The choir has printed a paper newsletter every month since 1974, typed at first on a borrowed machine.', P2) },
    { name: 'a sentence that tells readers to get an app, and runs on', format: 'text', input: dump(P1, 'Get the tide app the harbour master uses, because the printed tables are often a day out of date.', P2) },
    { name: 'a sentence of the story about spam, opening "No spam"', format: 'text', input: dump(P1, 'No spam filter caught the forged messages, the choir’s treasurer said, so members paid the fake invoice.', P2) },
    {
      name: 'a sentence about subscribing',
      format: 'text',
      input: dump(P1, 'I cancelled my subscription to the evening paper after twenty years, and I miss the crossword more than the news.', P2),
    },
    {
      name: 'the author’s own appeal written as prose',
      format: 'text',
      input: dump(P1, P2, 'If you enjoyed this post, subscribe to the blog and send it to a friend who sings: it is how we find new voices.'),
    },
    {
      name: 'a "Newsletter" heading over a section of the article',
      format: 'text',
      input: dump(P1, '## Newsletter', 'The choir has printed a paper newsletter every month since 1974, typed at first on a borrowed machine.', P2),
    },
    {
      name: 'a "Follow" line without a prompt before it',
      format: 'text',
      input: dump(P1, 'Follow', P2),
    },
    {
      name: 'German prose about a newsletter',
      format: 'text',
      input: dump(DE, 'Wer den Newsletter des Chors abonnieren möchte, kann sich nach jedem Konzert am Eingang eintragen.', DE),
    },
    {
      name: 'Portuguese author’s thanks to readers',
      format: 'text',
      input: dump(PT, 'Obrigada pela leitura! Se gostou, partilhe este texto com quem também canta num coro.', PT),
    },
    {
      name: 'article paragraphs marked as paywalled content (HTML)',
      format: 'html',
      input: `<article><div class="article-body"><p>${P1}</p><div class="paywall"><p>${P2}</p><p>The next concert is planned for the spring, when the choir will sing with the school band.</p></div></div></article>`,
    },
    {
      name: 'a "subscribe" class on a long article wrapper (HTML)',
      format: 'html',
      input: `<div class="post subscribe">${Array.from({ length: 7 }, () => `<p>${P1}</p><p>${P2}</p>`).join('')}</div>`,
    },
    { name: 'a "follow" sentence naming one network', format: 'text', input: dump(P1, 'Follow the coastal path north until you reach the old Facebook office by the pier.', P2) },
  ],
});
