import { serverErrors } from '../../src/rules/server-errors.js';
import { dump, testRule } from '../support/rule-tester.js';
import { LIGHTHOUSE } from '../support/samples.js';

const { P1, P2, DE } = LIGHTHOUSE;
const WARNING = 'Warning: Undefined variable $keeper in /var/www/lighthouse/wp-content/themes/cape/single.php on line 41';
const DEPRECATED = 'Deprecated: Assigning the return value of new by reference is deprecated in /home/cape/public_html/wp-settings.php on line 512';
const NOTICE = 'Notice: Trying to get property of non-object in /var/www/lighthouse/wp-includes/post.php on line 77';

testRule(serverErrors, {
  remove: [
    {
      name: "PHP's warnings above the page, one a line",
      format: 'text',
      input: dump(`${WARNING}\n${DEPRECATED}`, P1, P2),
      removed: [`${WARNING}\n${DEPRECATED}`],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a warning between a menu and the article, and a run of them after it',
      format: 'text',
      input: dump('Home', WARNING, P1, DE, NOTICE, DEPRECATED),
      removed: [WARNING, `${NOTICE}\n${DEPRECATED}`],
      output: `Home\n\n${P1}\n\n${DE}`,
    },
    {
      name: 'a fatal error and a database error under the article',
      format: 'text',
      input: dump(P1, P2, 'Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/lighthouse/wp-includes/class-wp-query.php on line 3051', "WordPress database error: [Table 'cape.wp_options' doesn't exist]"),
      removed: [
        "Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/lighthouse/wp-includes/class-wp-query.php on line 3051\nWordPress database error: [Table 'cape.wp_options' doesn't exist]",
      ],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a warning as PHP prints it into HTML, in bold',
      format: 'html',
      input: `<body><br />\n<b>Warning</b>:  Undefined variable $keeper in <b>/var/www/lighthouse/wp-content/themes/cape/single.php</b> on line <b>41</b><br />\n<article><p>${P1}</p><p>${P2}</p></article></body>`,
      removed: ['Warning: Undefined variable $keeper in /var/www/lighthouse/wp-content/themes/cape/single.php on line 41'],
      output: `${P1}\n\n${P2}`,
    },
  ],
  keep: [
    { name: 'a post that quotes one warning between the paragraphs that discuss it', format: 'text', input: dump(P1, WARNING, P2) },
    { name: 'warnings in a code block', format: 'text', input: dump(P1, '```\n' + `${WARNING}\n${NOTICE}` + '\n```', P2) },
    { name: 'a sentence that opens "Warning:" and names no file', format: 'text', input: dump(P1, 'Warning: the tower stairs are steep and close in strong wind, so check the flag at the gate first.', P2) },
    { name: 'a paragraph that quotes a warning among its sentences', format: 'text', input: dump(P1, `The page broke after the update and printed ${WARNING}, which the plugin's author fixed a day later.`, P2) },
  ],
});
