/**
 * Social posts for SENTIMENT, written by the Vigil team on 2026-12-06 for this project (no
 * third-party text; licence: the repository's). They aim at what word lists and subtitles
 * miss in real posts: negation ("not bad", "nicht schlecht"), contrast ("nice app but…"),
 * sarcasm, emoji and social spelling, questions and news that carry sentiment words but no
 * opinion, and praise or anger told without a lexicon word. One template = one family; each
 * is filled four ways ({bank}: a bank name or handle, {amt}: an amount).
 *
 * train-shipped.mjs fits on families t % 3 !== 0 and chooses the decision layer (lexicon
 * weight, neutral and polarity bias) on families t % 3 === 0 (`select`), then refits on all.
 * The held-out template families of data/intent/templates.mjs stay out of both: they are
 * the held-out bank posts eval-sentiment.mjs reports. zh: negative and positive only.
 */
export const SENTIMENT_POSTS = {
  en: {
    negative: [
      'great, another "system upgrade" at {bank} and I cannot log in. love that for me 🙄',
      'not impressed with {bank} at all, third time this month the transfer failed',
      'so {bank} just closed my account without telling me?? wtf',
      'the app looks nice but it eats my payments, {bank} sort it out',
      'cant believe i waited 2 hours on hold with {bank} for nothing 😡',
      'thanks for nothing {bank}, {amt} still missing',
      'worst customer service ever. {bank} never again',
      'ugh {bank} declined my card at the till again, so embarrassing',
      'my mortgage offer from {bank} fell through a week before moving. gutted',
    ],
    neutral: [
      'is the {bank} app down for anyone else or just me?',
      '{bank} will close 40 branches next year, the bank said on Tuesday',
      'best way to send {amt} to Spain, {bank} or a money app?',
      'good morning, does {bank} open on bank holidays?',
      'just opened a savings account with {bank}, we will see how it goes',
      '{bank} changes its overdraft terms from 1 March',
      'anyone here used the {bank} mortgage calculator?',
      'paid the rent through {bank} today. off to work now',
      'reminder: {bank} card payments may be slow tonight due to planned maintenance',
    ],
    positive: [
      'not gonna lie, {bank} sorted my problem in 5 min 👏',
      "can't complain about {bank}, never had an issue in ten years",
      'the new {bank} app is sooo much better, finally!!',
      'well that was easy, {bank} refunded the {amt} the same day ❤️',
      'props to {bank} support, friendly and quick',
      'switched to {bank} last year and honestly no regrets',
      '{bank} staff in the branch today were lovely, thank you',
      'wasnt expecting much but {bank} actually called me back 😊',
      'finally a bank that gets it, good job {bank}',
    ],
  },
  nl: {
    negative: [
      'lekker dan {bank}, weer storing en ik kan niet betalen 🙄',
      'niet blij met {bank}, al de derde keer dat de overboeking mislukt',
      'wat een drama bij {bank}, twee uur in de wacht en niemand helpt',
      'mooie app hoor maar mijn betaling is gewoon weg, {bank} los het op',
      '{bank} heeft zomaar {amt} afgeschreven, echt belachelijk',
      'bedankt voor niks {bank}',
      'slechtste klantenservice ooit, nooit meer {bank}',
      'pas geweigerd bij de kassa, dank je {bank}, super gênant',
      'hypotheek bij {bank} gaat op het laatste moment niet door, ik baal enorm',
    ],
    neutral: [
      'heeft iemand anders ook storing bij {bank} of ligt het aan mij?',
      '{bank} sluit volgend jaar 40 kantoren, meldt de bank dinsdag',
      'wat is de beste manier om {amt} naar Spanje te sturen, via {bank}?',
      'goedemorgen, is {bank} open op tweede paasdag?',
      'vandaag een spaarrekening geopend bij {bank}, eens kijken hoe het gaat',
      '{bank} wijzigt per 1 maart de voorwaarden voor rood staan',
      'iemand ervaring met de hypotheekcalculator van {bank}?',
      'huur betaald via {bank}, nu naar mijn werk',
      'let op: vannacht onderhoud bij {bank}, betalen kan trager gaan',
    ],
    positive: [
      'eerlijk is eerlijk, {bank} had het in 5 minuten opgelost 👏',
      'niks te klagen over {bank}, in tien jaar nooit een probleem gehad',
      'de nieuwe app van {bank} is zoveel beter, eindelijk!!',
      'dat ging makkelijk, {bank} heeft de {amt} dezelfde dag teruggestort ❤️',
      'complimenten aan de klantenservice van {bank}, vriendelijk en snel',
      'vorig jaar overgestapt naar {bank} en geen spijt',
      'wat een aardige mensen vandaag op het kantoor van {bank}, dank jullie',
      'had er weinig van verwacht maar {bank} belde gewoon terug 😊',
      'eindelijk een bank die het snapt, goed bezig {bank}',
    ],
  },
  de: {
    negative: [
      'super, wieder ein "Update" bei {bank} und ich komme nicht rein 🙄',
      'gar nicht zufrieden mit {bank}, schon die dritte Überweisung diesen Monat fehlgeschlagen',
      '{bank} hat einfach mein Konto gekündigt ohne Bescheid?? geht gar nicht',
      'die App sieht schick aus, aber meine Zahlung ist weg, {bank} kümmert euch',
      'zwei Stunden in der Warteschleife bei {bank} und keiner hilft 😡',
      'danke für nichts {bank}, {amt} immer noch weg',
      'schlechtester Kundenservice überhaupt, nie wieder {bank}',
      'Karte an der Kasse abgelehnt, danke {bank}, echt peinlich',
      'Kreditzusage von {bank} eine Woche vor dem Umzug geplatzt, bin bedient',
    ],
    neutral: [
      'ist die {bank} App gerade bei jemandem down oder nur bei mir?',
      '{bank} schließt nächstes Jahr 40 Filialen, teilte die Bank am Dienstag mit',
      'wie schicke ich am besten {amt} nach Spanien, über {bank}?',
      'guten Morgen, hat {bank} am Feiertag offen?',
      'heute ein Tagesgeldkonto bei {bank} eröffnet, mal sehen',
      '{bank} ändert ab 1. März die Bedingungen für den Dispo',
      'hat jemand den Baufinanzierungsrechner von {bank} benutzt?',
      'Miete über {bank} überwiesen, jetzt ab zur Arbeit',
      'Hinweis: heute Nacht Wartungsarbeiten bei {bank}, Kartenzahlungen können langsamer sein',
    ],
    positive: [
      'ehrlich, {bank} hat mein Problem in 5 Minuten gelöst 👏',
      'kann mich über {bank} nicht beschweren, in zehn Jahren nie Ärger',
      'die neue {bank} App ist soooo viel besser, endlich!!',
      'das ging einfach, {bank} hat die {amt} am selben Tag erstattet ❤️',
      'Lob an den Support von {bank}, freundlich und schnell',
      'letztes Jahr zu {bank} gewechselt und nicht bereut',
      'die Leute in der {bank} Filiale heute waren total nett, danke',
      'hatte nicht viel erwartet, aber {bank} hat tatsächlich zurückgerufen 😊',
      'endlich mal eine Bank, die es kapiert, weiter so {bank}',
    ],
  },
  fr: {
    negative: [
      'génial, encore une "mise à jour" chez {bank} et impossible de me connecter 🙄',
      'pas du tout content de {bank}, troisième virement raté ce mois-ci',
      '{bank} a fermé mon compte sans prévenir?? sérieux',
      "l'appli est jolie mais mon paiement a disparu, {bank} réglez ça",
      "deux heures d'attente au téléphone avec {bank} pour rien 😡",
      'merci pour rien {bank}, toujours {amt} en moins',
      'pire service client de ma vie, plus jamais {bank}',
      'carte refusée à la caisse, merci {bank}, la honte',
      'mon prêt chez {bank} annulé une semaine avant le déménagement, dégoûté',
    ],
    neutral: [
      "l'appli {bank} est en panne chez quelqu'un d'autre ou c'est moi?",
      "{bank} va fermer 40 agences l'an prochain, a annoncé la banque mardi",
      "quel est le meilleur moyen d'envoyer {amt} en Espagne, {bank}?",
      'bonjour, est-ce que {bank} est ouvert les jours fériés?',
      "ouvert un livret chez {bank} aujourd'hui, on verra",
      '{bank} modifie les conditions du découvert à partir du 1er mars',
      "quelqu'un a déjà utilisé le simulateur de prêt de {bank}?",
      'loyer payé via {bank}, direction le boulot',
      'info: maintenance cette nuit chez {bank}, les paiements par carte peuvent être lents',
    ],
    positive: [
      'franchement, {bank} a réglé mon souci en 5 minutes 👏',
      'rien à redire sur {bank}, jamais eu de problème en dix ans',
      'la nouvelle appli {bank} est tellement mieux, enfin!!',
      "c'était simple, {bank} m'a remboursé les {amt} le jour même ❤️",
      'bravo au service client de {bank}, sympa et rapide',
      "passé chez {bank} l'an dernier et aucun regret",
      "le personnel de l'agence {bank} était adorable aujourd'hui, merci",
      "je n'attendais pas grand-chose mais {bank} m'a vraiment rappelé 😊",
      'enfin une banque qui a compris, continuez comme ça {bank}',
    ],
  },
  es: {
    negative: [
      'genial, otra "actualización" de {bank} y no puedo entrar 🙄',
      'nada contento con {bank}, tercera transferencia fallida este mes',
      '{bank} me cerró la cuenta sin avisar?? en serio',
      'la app es bonita pero mi pago desapareció, {bank} arregladlo',
      'dos horas en espera con {bank} para nada 😡',
      'gracias por nada {bank}, sigo sin mis {amt}',
      'el peor servicio al cliente de mi vida, nunca más {bank}',
      'me rechazaron la tarjeta en la caja, gracias {bank}, qué vergüenza',
      'la hipoteca con {bank} se cayó una semana antes de la mudanza, fatal',
    ],
    neutral: [
      '¿a alguien más no le funciona la app de {bank} o solo a mí?',
      '{bank} cerrará 40 oficinas el próximo año, informó el banco el martes',
      '¿cuál es la mejor forma de enviar {amt} a Francia, con {bank}?',
      'buenos días, ¿{bank} abre en festivo?',
      'hoy abrí una cuenta de ahorro en {bank}, ya veremos',
      '{bank} cambia las condiciones del descubierto desde el 1 de marzo',
      '¿alguien ha usado el simulador de hipotecas de {bank}?',
      'alquiler pagado con {bank}, ahora a trabajar',
      'aviso: esta noche mantenimiento en {bank}, los pagos con tarjeta pueden ir lentos',
    ],
    positive: [
      'la verdad, {bank} me lo solucionó en 5 minutos 👏',
      'no me puedo quejar de {bank}, en diez años ni un problema',
      'la nueva app de {bank} es muchísimo mejor, ¡por fin!',
      'qué fácil, {bank} me devolvió los {amt} el mismo día ❤️',
      'enhorabuena al servicio al cliente de {bank}, amables y rápidos',
      'me cambié a {bank} el año pasado y cero arrepentimiento',
      'el personal de la oficina de {bank} hoy un encanto, gracias',
      'no esperaba mucho pero {bank} me devolvió la llamada 😊',
      'por fin un banco que lo entiende, bien hecho {bank}',
    ],
  },
  ar: {
    negative: [
      'رائع، تحديث جديد من {bank} وما أقدر أدخل حسابي 🙄',
      'مو راضي أبدا عن {bank}، ثالث تحويل يفشل هالشهر',
      '{bank} قفلوا حسابي بدون ما يبلغوني؟؟ جد',
      'التطبيق شكله حلو بس الدفعة حقتي اختفت، {bank} حلوا المشكلة',
      'ساعتين انتظار على الخط مع {bank} وعلى الفاضي 😡',
      'شكرا على لا شيء يا {bank}، لسا {amt} ضايعة',
      'أسوأ خدمة عملاء في حياتي، ما راح أرجع لـ {bank}',
      'رفضوا بطاقتي عند الكاشير، شكرا {bank} فضحتوني',
      'القرض من {bank} انلغى قبل النقل بأسبوع، محبط جدا',
    ],
    neutral: [
      'تطبيق {bank} واقف عند أحد غيري ولا بس أنا؟',
      '{bank} سيغلق 40 فرعا العام المقبل بحسب بيان البنك يوم الثلاثاء',
      'وش أفضل طريقة أحول {amt} لبرا، عن طريق {bank}؟',
      'صباح الخير، هل {bank} يفتح في العطلة الرسمية؟',
      'فتحت حساب توفير في {bank} اليوم، نشوف',
      '{bank} يعدل شروط السحب على المكشوف ابتداء من 1 مارس',
      'أحد جرب حاسبة التمويل العقاري في {bank}؟',
      'دفعت الإيجار عن طريق {bank}، الحين رايح الدوام',
      'تنبيه: صيانة الليلة في {bank} وقد تتأخر عمليات البطاقات',
    ],
    positive: [
      'بصراحة {bank} حلوا مشكلتي في 5 دقائق 👏',
      'ما عندي أي شكوى من {bank}، عشر سنين بدون مشاكل',
      'التطبيق الجديد من {bank} أحسن بكثير، أخيرا!!',
      'كانت سهلة، {bank} رجعوا {amt} في نفس اليوم ❤️',
      'تحية لخدمة عملاء {bank}، لطيفين وسريعين',
      'انتقلت لـ {bank} السنة الماضية وما ندمت',
      'موظفين فرع {bank} اليوم قمة في الأخلاق، شكرا لكم',
      'ما توقعت شيء بس {bank} فعلا اتصلوا علي 😊',
      'أخيرا بنك فاهم، الله يعطيكم العافية {bank}',
    ],
  },
  zh: {
    negative: [
      '好家伙，{bank}又"系统升级"，登不上去了🙄',
      '对{bank}一点都不满意，这个月第三次转账失败',
      '{bank}不通知就把我账户关了？？离谱',
      'app界面挺好看，但我的付款没了，{bank}赶紧处理',
      '给{bank}打电话等了两个小时，白等😡',
      '谢谢你啊{bank}，{amt}到现在还没退',
      '史上最差客服，再也不用{bank}了',
      '结账时卡又被拒，谢谢{bank}，太丢人了',
      '搬家前一周{bank}的贷款黄了，心累',
    ],
    positive: [
      '说实话，{bank}五分钟就帮我解决了👏',
      '用{bank}十年了，从没出过问题，没得挑',
      '{bank}新版app好用太多了，终于！！',
      '挺顺利的，{bank}当天就把{amt}退回来了❤️',
      '给{bank}客服点赞，态度好又快',
      '去年换到{bank}，一点不后悔',
      '今天{bank}网点的工作人员特别热情，谢谢',
      '本来没抱希望，结果{bank}真的回电话了😊',
      '终于有家银行懂用户了，{bank}加油',
    ],
  },
}

/**
 * General-topic posts (weather, sport, food, travel, news, daily life), written by the Vigil
 * team on 2026-12-06 like SENTIMENT_POSTS: what people post about besides banks, where the
 * subtitles' n-grams alone lean to a polarity (round six, README). Used only with
 * `sentimentPosts({ general: true })` (train-shipped.mjs --own-posts 2).
 */
export const GENERAL_POSTS = {
  en: {
    negative: [
      'missed the last train home by one minute, brilliant end to a terrible day',
      'my team lost again, honestly I give up on this season',
      'the food at that new place was cold and way overpriced',
      'stuck in traffic for two hours, I hate Mondays',
      'cannot sleep, neighbours partying again at 3am',
      'so sad to hear the old cinema is closing for good',
    ],
    neutral: [
      'heavy rain expected in the north tomorrow according to the forecast',
      'the council meets on Thursday to discuss the new bus routes',
      'anyone know what time the match starts tonight?',
      'parliament votes on the budget next week',
      'cooking pasta tonight, then probably some tv',
      'the museum is open until 8pm on Fridays',
    ],
    positive: [
      'what a goal!! best match I have seen all year',
      'sunny weekend at the beach with the kids, perfect',
      'that new bakery on the corner is amazing, go try it',
      'finally finished my first half marathon, so proud',
      'lovely evening with old friends, feeling grateful',
      'the concert last night was absolutely incredible',
    ],
  },
  nl: {
    negative: [
      'net de laatste trein gemist, wat een rotdag',
      'mijn club verliest alweer, dit seizoen is een drama',
      'eten was koud en veel te duur, nooit meer daar',
      'twee uur in de file, ik haat maandagen',
      'kan niet slapen, de buren hebben weer feest om 3 uur',
      'jammer dat de oude bioscoop voorgoed dichtgaat',
    ],
    neutral: [
      'morgen veel regen in het noorden volgens de weersverwachting',
      'de gemeenteraad bespreekt donderdag de nieuwe busroutes',
      'weet iemand hoe laat de wedstrijd vanavond begint?',
      'de Tweede Kamer stemt volgende week over de begroting',
      'vanavond pasta koken en daarna tv kijken',
      'het museum is op vrijdag open tot 20.00 uur',
    ],
    positive: [
      'wat een doelpunt!! beste wedstrijd van het jaar',
      'zonnig weekend aan het strand met de kinderen, heerlijk',
      'die nieuwe bakker op de hoek is geweldig, echt proberen',
      'eindelijk mijn eerste halve marathon gelopen, zo trots',
      'gezellige avond met oude vrienden, dankbaar',
      'het concert gisteravond was echt fantastisch',
    ],
  },
  de: {
    negative: [
      'letzten Zug um eine Minute verpasst, toller Abschluss eines miesen Tages',
      'mein Verein verliert schon wieder, ich gebe die Saison auf',
      'das Essen war kalt und viel zu teuer',
      'zwei Stunden im Stau, ich hasse Montage',
      'kann nicht schlafen, die Nachbarn feiern wieder um 3 Uhr',
      'traurig, dass das alte Kino für immer schließt',
    ],
    neutral: [
      'laut Wetterbericht morgen starker Regen im Norden',
      'der Stadtrat berät am Donnerstag über die neuen Buslinien',
      'weiß jemand, wann das Spiel heute Abend anfängt?',
      'der Bundestag stimmt nächste Woche über den Haushalt ab',
      'heute Abend Nudeln kochen und dann Fernsehen',
      'das Museum hat freitags bis 20 Uhr geöffnet',
    ],
    positive: [
      'was für ein Tor!! bestes Spiel des Jahres',
      'sonniges Wochenende am Strand mit den Kindern, perfekt',
      'die neue Bäckerei an der Ecke ist super, unbedingt probieren',
      'endlich meinen ersten Halbmarathon geschafft, so stolz',
      'schöner Abend mit alten Freunden, bin dankbar',
      'das Konzert gestern Abend war einfach unglaublich',
    ],
  },
  fr: {
    negative: [
      "raté le dernier train d'une minute, super fin pour une journée pourrie",
      'mon équipe a encore perdu, je laisse tomber cette saison',
      'le repas était froid et beaucoup trop cher',
      'deux heures dans les bouchons, je déteste les lundis',
      'impossible de dormir, les voisins font encore la fête à 3h',
      'triste que le vieux cinéma ferme pour de bon',
    ],
    neutral: [
      'fortes pluies attendues demain dans le nord selon la météo',
      'le conseil municipal examine jeudi les nouvelles lignes de bus',
      "quelqu'un sait à quelle heure commence le match ce soir?",
      "l'Assemblée vote le budget la semaine prochaine",
      'pâtes ce soir, puis sans doute un peu de télé',
      "le musée est ouvert jusqu'à 20h le vendredi",
    ],
    positive: [
      "quel but!! meilleur match de l'année",
      'week-end ensoleillé à la plage avec les enfants, parfait',
      'la nouvelle boulangerie du coin est géniale, allez-y',
      'enfin terminé mon premier semi-marathon, trop fier',
      'super soirée avec de vieux amis, reconnaissant',
      "le concert d'hier soir était vraiment incroyable",
    ],
  },
  es: {
    negative: [
      'perdí el último tren por un minuto, genial final para un día horrible',
      'mi equipo pierde otra vez, me rindo con esta temporada',
      'la comida estaba fría y carísima',
      'dos horas en el atasco, odio los lunes',
      'no puedo dormir, los vecinos otra vez de fiesta a las 3',
      'qué pena que cierre para siempre el cine de siempre',
    ],
    neutral: [
      'se esperan fuertes lluvias mañana en el norte según la previsión',
      'el ayuntamiento debate el jueves las nuevas líneas de autobús',
      '¿alguien sabe a qué hora empieza el partido esta noche?',
      'el Congreso vota los presupuestos la semana que viene',
      'esta noche pasta y luego un poco de tele',
      'el museo abre hasta las 20h los viernes',
    ],
    positive: [
      '¡¡qué golazo!! el mejor partido del año',
      'fin de semana de sol en la playa con los niños, perfecto',
      'la panadería nueva de la esquina es una maravilla, probadla',
      'por fin terminé mi primera media maratón, qué orgullo',
      'noche genial con amigos de siempre, agradecido',
      'el concierto de anoche fue increíble',
    ],
  },
  ar: {
    negative: [
      'فاتني آخر قطار بدقيقة، نهاية رائعة ليوم سيء',
      'فريقي خسر مرة ثانية، خلاص يئست من هالموسم',
      'الأكل كان بارد وغالي بشكل مبالغ فيه',
      'ساعتين في الزحمة، أكره يوم الأحد',
      'ما قدرت أنام، الجيران سهرانين مرة ثانية الساعة 3',
      'حزين إن السينما القديمة بتقفل نهائيا',
    ],
    neutral: [
      'توقعات بأمطار غزيرة في الشمال غدا حسب الأرصاد',
      'المجلس البلدي يناقش يوم الخميس خطوط الحافلات الجديدة',
      'أحد يعرف متى تبدأ المباراة الليلة؟',
      'البرلمان يصوت على الميزانية الأسبوع القادم',
      'الليلة بطبخ مكرونة وبعدين تلفزيون',
      'المتحف يفتح حتى الساعة 8 مساء يوم الجمعة',
    ],
    positive: [
      'يا له من هدف!! أحلى مباراة هالسنة',
      'عطلة مشمسة على البحر مع العيال، مثالية',
      'المخبز الجديد عند الزاوية رهيب، جربوه',
      'أخيرا خلصت أول نصف ماراثون، فخور بنفسي',
      'سهرة حلوة مع الأصدقاء القدامى، الحمد لله',
      'حفلة البارحة كانت خيالية بجد',
    ],
  },
}
const PREFIXES = ['', 'RT @user: ', '@user ', '']
const SUFFIXES = ['', '', ' http', ' http']

const BANKS = {
  en: ['Northwind', '@NorthwindBank', 'Crest Bank', 'Havenbank'],
  nl: ['Havenbank', '@HavenbankHelpt', 'Northwind', 'Crest Bank'],
  de: ['Northwind', 'Crest Bank', '@CrestBank', 'Havenbank'],
  fr: ['Northwind', 'Crest Bank', '@NorthwindHelp', 'Havenbank'],
  es: ['Northwind', 'Crest Bank', '@CrestBank', 'Havenbank'],
  ar: ['بنك النور', 'مصرف النور', '@AlNoorBank', 'Al Noor Bank'],
  zh: ['莲花银行', '莲花', '@LotusBank', 'LotusPay'],
}
const AMOUNTS = ['€250', '£1,200', '$89.99', '500 EUR']

/**
 * { id, text, lang, label, family, select } for every post: four fills per template.
 * `select`: the family chooses the decision layer (t % 3 === 0) and is not in the first fit.
 */
export function sentimentPosts({ general = false } = {}) {
  const out = []
  for (const [lang, byClass] of Object.entries(SENTIMENT_POSTS)) {
    for (const [label, templates] of Object.entries(byClass)) {
      templates.forEach((tpl, t) => {
        const family = `sp-${lang}-${label}-${t}`
        for (let v = 0; v < 4; v++) {
          const text = tpl
            .replaceAll('{bank}', BANKS[lang][(v + t) % BANKS[lang].length])
            .replaceAll('{amt}', AMOUNTS[(v + 2 * t) % AMOUNTS.length])
          out.push({ id: `${family}:${v}`, text, lang, label, family, select: t % 3 === 0 })
        }
      })
    }
  }
  if (general) {
    for (const [lang, byClass] of Object.entries(GENERAL_POSTS)) {
      for (const [label, templates] of Object.entries(byClass)) {
        templates.forEach((tpl, t) => {
          const family = `gp-${lang}-${label}-${t}`
          for (let v = 0; v < 4; v++) {
            const text = `${PREFIXES[v]}${tpl}${SUFFIXES[(v + t) % 4]}`
            out.push({ id: `${family}:${v}`, text, lang, label, family, select: t % 3 === 0 })
          }
        })
      }
    }
  }
  return out
}
