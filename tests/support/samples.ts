/**
 * Article sentences shared by rule tests that need the same article in six
 * languages around their clutter: one English pair and one line each in
 * German, French, Spanish, Portuguese and Italian. Written by us.
 */

/** A lighthouse turned museum (author-box and footer tests). */
export const LIGHTHOUSE = {
  P1: 'The lighthouse on the north cape was switched off last winter, and the keeper’s cottage is now a small museum.',
  P2: 'Visitors can climb the tower on Sundays, when a volunteer explains how the lamp was wound by hand every four hours.',
  DE: 'Der Leuchtturm am Nordkap wurde im vergangenen Winter abgeschaltet, das Wärterhaus ist jetzt ein kleines Museum.',
  FR: 'Le phare du cap nord a été éteint l’hiver dernier, et la maison du gardien est devenue un petit musée.',
  ES: 'El faro del cabo norte se apagó el invierno pasado y la casa del farero es ahora un pequeño museo.',
  PT: 'O farol do cabo norte foi desligado no inverno passado e a casa do faroleiro é agora um pequeno museu.',
  IT: 'Il faro di capo nord è stato spento lo scorso inverno e la casa del guardiano è ora un piccolo museo.',
} as const;

/** A mountain hut open longer (ads and bylines-and-meta tests). */
export const MOUNTAIN_HUT = {
  P1: 'The mountain hut above the lake will stay open through October for the first time, the alpine club said.',
  P2: 'Walkers can book a bunk online, and the warden will cook a hot dinner for anyone who arrives before seven.',
  DE: 'Die Berghütte über dem See bleibt in diesem Jahr zum ersten Mal bis Ende Oktober geöffnet, teilte der Verein mit.',
  FR: 'Le refuge au-dessus du lac restera ouvert jusqu’en octobre pour la première fois, a annoncé le club alpin.',
  ES: 'El refugio sobre el lago permanecerá abierto hasta octubre por primera vez, según ha anunciado el club alpino.',
  PT: 'O refúgio acima do lago vai ficar aberto até outubro pela primeira vez, anunciou o clube de montanha.',
  IT: 'Il rifugio sopra il lago resterà aperto fino a ottobre per la prima volta, ha annunciato il club alpino.',
} as const;
