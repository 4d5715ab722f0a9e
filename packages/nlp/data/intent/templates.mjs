/**
 * Bank social posts for intent, written by the Vigil team for this project (no third-party
 * text). One template = one family: the held-out evaluation part is cut by family, never by
 * row, so no sentence shape is both trained on and measured on. Slots: {bank} a bank name or
 * handle, {amt} an amount, {card} a (test) card number, {n} a small number, {url} a link,
 * {tag} a hashtag, {pct} a percentage, {q} a quarter.
 */
export const TEMPLATES = {
  en: {
    complaint: [
      '{bank} charged me twice for the same payment, {amt} gone. Please refund it now',
      'third day my card is blocked and nobody at {bank} answers the phone',
      '{bank} app keeps crashing at login, cannot pay my rent. Useless',
      'still waiting for my refund of {amt} from {bank}, two weeks now. Card {card}',
      'your fees are a joke {bank}, {amt} for a transfer that never arrived',
      'someone took {amt} from my account and {bank} fraud team just hung up on me',
      'my salary has not come in, {bank} says system error again. this is the {n}th time',
      'ATM ate my card and {bank} branch says wait 10 days?? seriously',
    ],
    question: [
      'does anyone know if {bank} charges for international transfers?',
      'how do I change my address in the {bank} app',
      'what time does the {bank} branch on Main Street open on Saturday?',
      '{bank} can I order a new card online or do I have to call?',
      'is the {bank} savings rate still {pct} or did it change',
      'quick question, how long does a SEPA transfer take with {bank}',
      'can I use my {bank} card abroad without telling you first?',
    ],
    praise: [
      'huge thanks to {bank}, they sorted my lost card in ten minutes',
      'honestly the new {bank} app is great, so much faster',
      'shout out to the lady at {bank} who helped my mum today, brilliant service',
      'got my refund within a day, well done {bank}',
      '{bank} support was quick and friendly for once, really impressed',
      'love how easy it is to split bills in the {bank} app',
      'been with {bank} for 20 years and they never let me down',
    ],
    troll: [
      '{bank} employees are all idiots, every single one of them',
      'lol {bank} is run by clowns, go to hell',
      'shut up {bank} nobody cares about your stupid ads you morons',
      '{bank} bunch of worthless losers, I hope you all rot',
      'anyone who banks with {bank} is a brainless sheep',
      'f*** {bank} and f*** everyone who works there, pathetic trash',
      'you people at {bank} are scum, crawl back under your rock',
    ],
    spam: [
      'Earn {amt} a day from home!!! DM me now {url} {tag} {tag2} {tag3}',
      'FREE crypto giveaway, send 0.1 BTC get 1 BTC back {url}',
      '{bank} customers: claim your bonus before midnight, click {url}',
      'Having trouble with {bank}? Contact our support on WhatsApp +44 7700 900{n}{n} for instant refund',
      'follow me and I follow back {tag} {tag2} {tag3} {tag4} {tag5} {tag6}',
      'best forex signals, 500% profit guaranteed, join now {url} {url2}',
      'loans approved in 5 minutes no credit check {url} call now',
    ],
    other: [
      'at the {bank} branch waiting for my mum',
      'watching the match tonight, anyone else?',
      'new {bank} ad on TV with the dog again',
      'walked past the old {bank} building, they are turning it into flats',
      'my brother just started an internship at {bank}',
      'rainy Monday, coffee first',
      'the {bank} logo changed colour, did not notice before',
    ],
    news: [
      '{bank} reports {q} net profit up {pct} as interest income rises',
      '{bank} to cut {n}00 jobs and close 40 branches, the bank said on Tuesday',
      'Regulator fines {bank} {amt} million over anti-money-laundering failures',
      '{bank} shares fall {pct} after weaker-than-expected quarterly results',
      '{bank} appoints new chief executive, effective next month',
      'Central bank holds rates; {bank} and peers expected to keep mortgage prices steady',
      '{bank} completes acquisition of fintech startup in deal worth {amt} million',
    ],
  },
  nl: {
    complaint: [
      '{bank} heeft twee keer {amt} afgeschreven, graag terugstorten! Kaart {card}',
      'mijn pas is al drie dagen geblokkeerd en {bank} neemt niet op',
      'de app van {bank} crasht steeds bij het inloggen, kan niks betalen',
      'wacht nog steeds op mijn geld van {bank}, al twee weken. Dit is belachelijk',
      'dubbel afgeschreven bij {bank}, wil mijn geld terug',
      'iemand heeft {amt} van mijn rekening gehaald en {bank} doet niks',
      'salaris staat er nog steeds niet op, {bank} storing voor de {n}e keer',
    ],
    question: [
      'weet iemand of {bank} kosten rekent voor betalen in het buitenland?',
      'hoe verander ik mijn adres in de app van {bank}',
      'hoe laat gaat het kantoor van {bank} open op zaterdag?',
      '{bank} kan ik online een nieuwe pas aanvragen?',
      'klopt het dat de spaarrente bij {bank} nu {pct} is',
      'hoe lang duurt een overboeking naar het buitenland bij {bank}?',
    ],
    praise: [
      'top geholpen door {bank}, pas binnen tien minuten geregeld',
      'de nieuwe app van {bank} is echt super, veel sneller',
      'dank aan de medewerker van {bank} die mijn moeder hielp, geweldige service',
      'geld binnen een dag terug, goed gedaan {bank}!',
      'heel vriendelijk en snel geholpen door {bank}, chapeau',
      'al twintig jaar klant bij {bank} en nooit een probleem gehad, blij mee',
    ],
    troll: [
      '{bank} medewerkers zijn allemaal idioten',
      'kankerbank {bank}, stelletje klootzakken',
      'hou je bek {bank}, niemand zit op jullie reclame te wachten debielen',
      '{bank} is een bende sukkels en oplichters, rot op',
      'iedereen die bij {bank} bankiert is een hersenloze mongool',
      'tyfus {bank}, waardeloos stelletje eikels',
    ],
    spam: [
      'Verdien {amt} per dag vanuit huis!!! Stuur me een DM {url} {tag} {tag2} {tag3}',
      'GRATIS crypto actie, stuur 0,1 BTC en krijg 1 BTC terug {url}',
      'Klanten van {bank}: claim vandaag nog je bonus, klik op {url}',
      'Problemen met {bank}? Neem contact op via WhatsApp +31 6 1234 56{n}{n} voor direct je geld terug',
      'snel lenen zonder BKR toetsing, binnen 5 minuten geregeld {url}',
    ],
    other: [
      'sta bij {bank} te wachten op mijn moeder',
      'wie kijkt er vanavond naar de wedstrijd?',
      'nieuwe reclame van {bank} met die hond weer',
      'het oude kantoor van {bank} wordt appartementen',
      'mijn broer begint maandag een stage bij {bank}',
      'regenachtige maandag, eerst koffie',
    ],
    news: [
      '{bank} boekt in het {q} {pct} meer winst door hogere rente-inkomsten',
      '{bank} schrapt {n}00 banen en sluit 40 kantoren, maakte de bank dinsdag bekend',
      'Toezichthouder beboet {bank} met {amt} miljoen om tekortkomingen witwascontrole',
      'Aandeel {bank} daalt {pct} na tegenvallende kwartaalcijfers',
      '{bank} benoemt nieuwe topman per volgende maand',
      '{bank} neemt fintechbedrijf over voor {amt} miljoen euro',
    ],
  },
  de: {
    complaint: [
      '{bank} hat {amt} doppelt abgebucht, bitte sofort zurückbuchen! Karte {card}',
      'meine Karte ist seit drei Tagen gesperrt und bei {bank} geht keiner ans Telefon',
      'die {bank} App stürzt beim Login ständig ab, kann nichts bezahlen',
      'warte immer noch auf meine Erstattung von {bank}, seit zwei Wochen',
      'jemand hat {amt} von meinem Konto abgebucht und {bank} tut nichts',
      'Gehalt immer noch nicht da, {bank} hat wieder eine Störung, zum {n}. Mal',
    ],
    question: [
      'weiß jemand, ob {bank} Gebühren für Auslandsüberweisungen verlangt?',
      'wie ändere ich meine Adresse in der {bank} App',
      'wann macht die {bank} Filiale am Samstag auf?',
      '{bank} kann ich eine neue Karte online bestellen?',
      'stimmt es, dass der Sparzins bei {bank} jetzt {pct} ist',
      'wie lange dauert eine Überweisung ins Ausland bei {bank}?',
    ],
    praise: [
      'vielen Dank an {bank}, meine verlorene Karte war in zehn Minuten ersetzt',
      'die neue {bank} App ist echt super, viel schneller',
      'danke an die Mitarbeiterin von {bank}, die meiner Mutter geholfen hat, toller Service',
      'Geld innerhalb eines Tages zurück, gut gemacht {bank}!',
      'seit 20 Jahren bei {bank} und nie enttäuscht, sehr zufrieden',
      'freundlich und schnell geholfen, danke {bank}',
    ],
    troll: [
      '{bank} Mitarbeiter sind alle Idioten',
      'haltet die Fresse {bank}, ihr Vollidioten',
      '{bank} ist ein Haufen Versager und Wichser, verpisst euch',
      'jeder der bei {bank} ist, ist ein hirnloser Trottel',
      'scheiß {bank}, ihr Arschlöcher',
      'ihr seid Abschaum {bank}, fahrt zur Hölle',
    ],
    spam: [
      'Verdiene {amt} am Tag von zu Hause!!! Schreib mir {url} {tag} {tag2} {tag3}',
      'GRATIS Krypto Aktion, sende 0,1 BTC und erhalte 1 BTC zurück {url}',
      '{bank} Kunden: holt euch heute euren Bonus, klickt auf {url}',
      'Probleme mit {bank}? Kontaktiere unseren Support per WhatsApp +49 151 2345 67{n}{n} für sofortige Erstattung',
      'Kredit ohne Schufa in 5 Minuten {url} jetzt anrufen',
    ],
    other: [
      'stehe bei {bank} und warte auf meine Mutter',
      'wer schaut heute Abend das Spiel?',
      'neue {bank} Werbung mit dem Hund schon wieder',
      'das alte {bank} Gebäude wird zu Wohnungen umgebaut',
      'mein Bruder fängt ein Praktikum bei {bank} an',
      'verregneter Montag, erstmal Kaffee',
    ],
    news: [
      '{bank} steigert Nettogewinn im {q} um {pct} dank höherer Zinserträge',
      '{bank} streicht {n}00 Stellen und schließt 40 Filialen, teilte die Bank am Dienstag mit',
      'Aufsicht verhängt {amt} Millionen Strafe gegen {bank} wegen Geldwäsche-Mängeln',
      '{bank}-Aktie fällt um {pct} nach enttäuschenden Quartalszahlen',
      '{bank} ernennt neuen Vorstandschef zum nächsten Monat',
      '{bank} übernimmt Fintech-Startup für {amt} Millionen Euro',
    ],
  },
  fr: {
    complaint: [
      "{bank} m'a débité deux fois {amt}, remboursez-moi ! Carte {card}",
      'ma carte est bloquée depuis trois jours et personne ne répond chez {bank}',
      "l'appli {bank} plante à chaque connexion, impossible de payer",
      'toujours pas de remboursement de {bank} après deux semaines, inadmissible',
      "quelqu'un a retiré {amt} de mon compte et {bank} ne fait rien",
      'salaire toujours pas arrivé, encore une panne chez {bank}, la {n}e fois',
    ],
    question: [
      "quelqu'un sait si {bank} facture les virements à l'étranger ?",
      "comment changer mon adresse dans l'appli {bank}",
      "à quelle heure ouvre l'agence {bank} le samedi ?",
      '{bank} est-ce que je peux commander une nouvelle carte en ligne ?',
      'le taux du livret chez {bank} est toujours à {pct} ?',
      'combien de temps prend un virement international avec {bank} ?',
    ],
    praise: [
      'merci à {bank}, ma carte perdue remplacée en dix minutes',
      'la nouvelle appli {bank} est vraiment top, beaucoup plus rapide',
      'merci à la conseillère de {bank} qui a aidé ma mère, service génial',
      'remboursé en un jour, bravo {bank} !',
      'client chez {bank} depuis 20 ans et toujours satisfait',
      'accueil rapide et sympa chez {bank}, merci',
    ],
    troll: [
      'les employés de {bank} sont tous des idiots',
      'ferme ta gueule {bank}, bande de connards',
      "{bank} bande de nuls et d'abrutis, allez en enfer",
      'tous ceux qui sont chez {bank} sont des moutons sans cerveau',
      'va te faire foutre {bank}, sale banque de merde',
      'vous êtes des ordures {bank}, dégagez',
    ],
    spam: [
      'Gagnez {amt} par jour depuis chez vous !!! Écrivez-moi {url} {tag} {tag2} {tag3}',
      'Crypto GRATUITE, envoyez 0,1 BTC et recevez 1 BTC {url}',
      'Clients {bank} : réclamez votre bonus avant minuit, cliquez sur {url}',
      'Un souci avec {bank} ? Contactez notre support WhatsApp +33 6 12 34 56 {n}{n} pour un remboursement immédiat',
      'prêt accordé en 5 minutes sans justificatif {url}',
    ],
    other: [
      "devant l'agence {bank} à attendre ma mère",
      'qui regarde le match ce soir ?',
      'encore la nouvelle pub {bank} avec le chien',
      "l'ancien siège de {bank} va devenir des logements",
      'mon frère commence un stage chez {bank}',
      "lundi pluvieux, café d'abord",
    ],
    news: [
      '{bank} annonce un bénéfice net en hausse de {pct} au {q}',
      '{bank} va supprimer {n}00 postes et fermer 40 agences, a annoncé la banque mardi',
      'Le régulateur inflige une amende de {amt} millions à {bank} pour des manquements anti-blanchiment',
      "L'action {bank} recule de {pct} après des résultats trimestriels décevants",
      '{bank} nomme un nouveau directeur général à partir du mois prochain',
      "{bank} rachète une fintech pour {amt} millions d'euros",
    ],
  },
  es: {
    complaint: [
      '{bank} me cobró dos veces {amt}, ¡devuélvanme el dinero! Tarjeta {card}',
      'mi tarjeta lleva tres días bloqueada y nadie contesta en {bank}',
      'la app de {bank} se cae cada vez que entro, no puedo pagar nada',
      'sigo esperando el reembolso de {bank}, ya van dos semanas, vergonzoso',
      'alguien sacó {amt} de mi cuenta y {bank} no hace nada',
      'la nómina todavía no llega, otra vez caída de {bank}, ya van {n}',
    ],
    question: [
      '¿alguien sabe si {bank} cobra comisión por transferencias internacionales?',
      'cómo cambio mi dirección en la app de {bank}',
      '¿a qué hora abre la oficina de {bank} el sábado?',
      '{bank} ¿puedo pedir una tarjeta nueva por internet?',
      '¿el interés de la cuenta de ahorro de {bank} sigue en {pct}?',
      '¿cuánto tarda una transferencia al extranjero con {bank}?',
    ],
    praise: [
      'gracias a {bank}, me repusieron la tarjeta perdida en diez minutos',
      'la nueva app de {bank} es genial, mucho más rápida',
      'gracias a la empleada de {bank} que ayudó a mi madre, servicio excelente',
      'me devolvieron el dinero en un día, ¡bien hecho {bank}!',
      '20 años con {bank} y nunca me han fallado, encantado',
      'atención rápida y amable en {bank}, gracias',
    ],
    troll: [
      'los empleados de {bank} son todos unos idiotas',
      'cállate {bank}, panda de imbéciles',
      '{bank} sois unos inútiles y unos gilipollas, idos a la mierda',
      'todo el que está en {bank} es un borrego sin cerebro',
      'que te jodan {bank}, banco de mierda',
      'sois escoria {bank}, largaos',
    ],
    spam: [
      '¡¡¡Gana {amt} al día desde casa!!! Escríbeme {url} {tag} {tag2} {tag3}',
      'Cripto GRATIS, envía 0,1 BTC y recibe 1 BTC {url}',
      'Clientes de {bank}: reclamad vuestro bono antes de medianoche, haz clic en {url}',
      '¿Problemas con {bank}? Contacta con soporte por WhatsApp +34 612 34 56 {n}{n} para reembolso inmediato',
      'préstamos aprobados en 5 minutos sin papeles {url}',
    ],
    other: [
      'en la puerta de {bank} esperando a mi madre',
      '¿quién ve el partido esta noche?',
      'otra vez el anuncio nuevo de {bank} con el perro',
      'el antiguo edificio de {bank} va a ser de pisos',
      'mi hermano empieza unas prácticas en {bank}',
      'lunes lluvioso, primero café',
    ],
    news: [
      '{bank} gana un {pct} más en el {q} gracias a los ingresos por intereses',
      '{bank} recortará {n}00 empleos y cerrará 40 oficinas, anunció el banco el martes',
      'El regulador multa a {bank} con {amt} millones por fallos contra el blanqueo',
      'Las acciones de {bank} caen un {pct} tras unos resultados trimestrales peores de lo esperado',
      '{bank} nombra nuevo consejero delegado a partir del próximo mes',
      '{bank} compra una fintech por {amt} millones de euros',
    ],
  },
  ar: {
    complaint: [
      '{bank} خصم مني {amt} مرتين، أرجو استرجاع المبلغ فورا. البطاقة {card}',
      'بطاقتي موقوفة من ثلاثة أيام ولا أحد يرد في {bank}',
      'تطبيق {bank} يتوقف كل مرة عند تسجيل الدخول، لا أستطيع الدفع',
      'ما زلت أنتظر استرداد أموالي من {bank} منذ أسبوعين، مهزلة',
      'أحدهم سحب {amt} من حسابي و{bank} لا يفعل شيئا',
      'الراتب لم ينزل حتى الآن، عطل في {bank} للمرة {n}',
    ],
    question: [
      'هل يعرف أحد إن كان {bank} يأخذ رسوم على التحويل الدولي؟',
      'كيف أغير عنواني في تطبيق {bank}',
      'متى يفتح فرع {bank} يوم السبت؟',
      '{bank} هل أستطيع طلب بطاقة جديدة عبر الإنترنت؟',
      'هل نسبة الفائدة على التوفير في {bank} ما زالت {pct}',
      'كم يستغرق التحويل للخارج مع {bank}؟',
    ],
    praise: [
      'شكرا {bank}، استبدلوا بطاقتي المفقودة في عشر دقائق',
      'تطبيق {bank} الجديد رائع وأسرع بكثير',
      'شكرا لموظفة {bank} التي ساعدت والدتي، خدمة ممتازة',
      'استرجعت أموالي خلال يوم، أحسنتم {bank}',
      'عميل في {bank} منذ عشرين سنة ولم يخذلوني أبدا',
      'خدمة سريعة ولطيفة في {bank}، شكرا لكم',
    ],
    troll: [
      'موظفو {bank} كلهم أغبياء',
      'اخرس يا {bank}، يا حمير',
      '{bank} شوية فاشلين وحقيرين، روحوا في داهية',
      'كل من يتعامل مع {bank} خروف بلا عقل',
      'يلعن {bank} ويلعن كل من يشتغل فيه، زبالة',
      'أنتم حثالة يا {bank}',
    ],
    spam: [
      'اربح {amt} يوميا من البيت!!! راسلني الآن {url} {tag} {tag2} {tag3}',
      'هدية عملات رقمية مجانية، أرسل 0.1 بيتكوين واحصل على 1 {url}',
      'عملاء {bank}: احصلوا على المكافأة قبل منتصف الليل، اضغط {url}',
      'مشكلة مع {bank}؟ تواصل مع الدعم عبر واتساب +971 50 123 45{n}{n} لاسترداد فوري',
      'قروض بدون ضمانات خلال 5 دقائق {url} اتصل الآن',
    ],
    other: [
      'عند فرع {bank} أنتظر أمي',
      'من سيشاهد المباراة الليلة؟',
      'إعلان {bank} الجديد مع الكلب مرة أخرى',
      'مبنى {bank} القديم سيتحول إلى شقق',
      'أخي بدأ التدريب في {bank}',
      'يوم اثنين ممطر، القهوة أولا',
    ],
    news: [
      '{bank} يعلن ارتفاع صافي أرباح {q} بنسبة {pct} بدعم من دخل الفوائد',
      '{bank} يلغي {n}00 وظيفة ويغلق 40 فرعا، حسبما أعلن البنك الثلاثاء',
      'الجهة الرقابية تغرم {bank} {amt} مليون بسبب قصور في مكافحة غسل الأموال',
      'سهم {bank} يتراجع {pct} بعد نتائج فصلية أضعف من المتوقع',
      '{bank} يعين رئيسا تنفيذيا جديدا اعتبارا من الشهر المقبل',
      '{bank} يستحوذ على شركة تقنية مالية في صفقة بقيمة {amt} مليون',
    ],
  },
  zh: {
    complaint: [
      '{bank}重复扣款{amt}，请马上退款！卡号{card}',
      '我的卡被冻结三天了，{bank}客服电话一直打不通',
      '{bank}的APP一登录就闪退，根本没法付款',
      '等{bank}退款等了两个星期了，太离谱了',
      '有人从我账户里转走了{amt}，{bank}什么都不管',
      '工资还没到账，{bank}系统又故障了，第{n}次了',
    ],
    question: [
      '有人知道{bank}跨境转账收手续费吗？',
      '怎么在{bank}APP里改地址',
      '{bank}网点周六几点开门？',
      '{bank}可以在网上申请新卡吗？',
      '{bank}的定期利率还是{pct}吗',
      '用{bank}汇款到国外要多久？',
    ],
    praise: [
      '感谢{bank}，十分钟就补办好了丢失的卡',
      '{bank}新版APP真好用，快多了',
      '谢谢{bank}的柜员耐心帮我妈妈办业务，服务很好',
      '一天就退款到账了，{bank}点赞',
      '在{bank}存了二十年，从来没让我失望',
      '{bank}客服又快又热情，谢谢',
    ],
    troll: [
      '{bank}的员工全是白痴',
      '闭嘴吧{bank}，一群傻逼',
      '{bank}就是一帮废物垃圾，去死吧',
      '在{bank}开户的都是没脑子的韭菜',
      '操你妈的{bank}，垃圾银行',
      '{bank}一群人渣，滚',
    ],
    spam: [
      '在家日赚{amt}！！！私信我 {url} {tag} {tag2} {tag3}',
      '免费送币，转0.1个比特币返1个 {url}',
      '{bank}客户：今晚12点前领取奖励，点击{url}',
      '{bank}有问题？加微信客服 wx{n}{n}88 立即退款',
      '无抵押贷款，5分钟到账 {url} 速联系',
    ],
    other: [
      '在{bank}门口等我妈',
      '今晚谁看球？',
      '{bank}又出新广告了，还是那只狗',
      '{bank}的老大楼要改成公寓了',
      '我弟弟去{bank}实习了',
      '下雨的周一，先喝咖啡',
    ],
    news: [
      '{bank}{q}净利润同比增长{pct}，利息收入上升',
      '{bank}将裁员{n}00人并关闭40家网点，该行周二宣布',
      '监管机构因反洗钱缺陷对{bank}罚款{amt}万元',
      '{bank}股价在季度业绩不及预期后下跌{pct}',
      '{bank}任命新任行长，下月起生效',
      '{bank}以{amt}亿元收购一家金融科技公司',
    ],
  },
}

/** Slot fillers per language. */
export const FILLS = {
  bank: {
    en: ['Northwind', '@NorthwindBank', 'Crest Bank', '@AskCrest', 'Havenbank'],
    nl: ['Havenbank', '@HavenbankHelpt', 'Northwind', 'de Havenbank', 'Crest Bank'],
    de: ['Northwind', 'Crest Bank', '@CrestBank', 'Havenbank'],
    fr: ['Northwind', 'Crest Bank', '@NorthwindHelp', 'Havenbank'],
    es: ['Northwind', 'Crest Bank', '@CrestBank', 'Havenbank'],
    ar: ['بنك النور', 'مصرف النور', '@AlNoorBank', 'Al Noor Bank'],
    zh: ['莲花银行', '莲花', '@LotusBank', 'LotusPay'],
  },
  amt: ['€250', '£1,200', '$89.99', '500 EUR', '1.200 euro', '3000', '¥8000', '750 درهم'],
  card: ['4111 1111 1111 1111', '5500 0000 0000 0004', '4111-1111-1111-1111', '٤١١١ ١١١١ ١١١١ ١١١١'],
  n: ['2', '3', '4', '5', '7'],
  url: ['https://bit.ly/3xYz9', 'http://tinyurl.com/freecash', 'https://t.co/a1b2c3', 'www.win-now.example'],
  tag: ['#money', '#crypto', '#giveaway', '#win', '#free', '#bitcoin', '#followback', '#rich', '#sidehustle'],
  pct: ['12%', '3,5%', '4.1%', '8 %', '2%'],
  /** A hashtag customers start when a service fails (a bank's own "#…Down" varies by bank). */
  otag: {
    en: ['#outage', '#appdown', '#fail', ''],
    nl: ['#storing', '#plat', ''],
    de: ['#Störung', '#Ausfall', ''],
    fr: ['#panne', '#bug', ''],
    es: ['#caída', '#avería', ''],
    ar: ['#عطل', '#تعطل', ''],
    zh: ['#宕机', '#故障', ''],
  },
  q: {
    en: ['third quarter', 'Q2', 'first half'],
    nl: ['derde kwartaal', 'tweede kwartaal'],
    de: ['dritten Quartal', 'zweiten Quartal'],
    fr: ['troisième trimestre', 'premier semestre'],
    es: ['tercer trimestre', 'primer semestre'],
    ar: ['الربع الثالث', 'النصف الأول'],
    zh: ['第三季度', '上半年'],
  },
}

/**
 * Second round of templates, appended so that the first round's families keep their index
 * (and so their train/held-out side); written before any of them was measured.
 */
const MORE = {
  en: {
    complaint: [
      'been on hold with {bank} for 90 minutes, still no answer about my blocked account',
      '{bank} declined my card at the supermarket again even though I have money',
      'why does {bank} keep charging me {amt} for an account I closed?? I want it back',
    ],
    other: [
      '{bank} sponsoring the marathon again this year',
      'does anyone have a charger I can borrow',
      'my dad still keeps his {bank} passbook from 1985 haha',
    ],
    news: [
      'BREAKING: {bank} confirms outage affecting card payments across the country',
      '{bank} to raise savings rates to {pct} from next month, it said in a statement',
      'Analysts expect {bank} to report higher {q} earnings on Thursday',
    ],
    praise: [
      'thank you {bank} for refunding the fraud charge so quickly',
      'best customer service I have had from any bank, cheers {bank}',
    ],
    troll: ['{bank} is a joke run by clowns for clowns lmao', 'nobody asked {bank}, you absolute morons'],
    question: [
      'hey {bank}, where can I find my IBAN in the app?',
      'anyone know the {bank} phone number for lost cards',
    ],
  },
  nl: {
    complaint: [
      'al anderhalf uur in de wacht bij {bank}, nog steeds geen antwoord over mijn geblokkeerde rekening',
      'mijn pas werd weer geweigerd bij de supermarkt terwijl er genoeg geld op staat {bank}',
      'waarom schrijft {bank} {amt} af voor een rekening die ik heb opgezegd? terugstorten graag',
    ],
    other: [
      '{bank} sponsort dit jaar weer de marathon',
      'heeft iemand een oplader voor me',
      'mijn vader heeft nog een spaarboekje van {bank} uit 1985 haha',
    ],
    news: [
      'Storing bij {bank}: pinbetalingen in het hele land getroffen, bevestigt de bank',
      '{bank} verhoogt spaarrente naar {pct} per volgende maand, meldt de bank in een verklaring',
      'Analisten verwachten donderdag hogere kwartaalwinst bij {bank}',
    ],
    praise: [
      'dank je {bank} voor het snel terugboeken van de frauduleuze betaling',
      'beste klantenservice die ik ooit had, bedankt {bank}',
    ],
    troll: ['{bank} is een lachertje gerund door clowns', 'niemand vroeg iets {bank}, stelletje idioten'],
    question: [
      'hoi {bank}, waar vind ik mijn IBAN in de app?',
      'weet iemand het nummer van {bank} voor een gestolen pas',
    ],
  },
  de: {
    complaint: [
      'seit 90 Minuten in der Warteschleife bei {bank}, immer noch keine Antwort zu meinem gesperrten Konto',
      'meine Karte wurde im Supermarkt wieder abgelehnt, obwohl genug Geld drauf ist {bank}',
      'warum bucht {bank} {amt} für ein Konto ab, das ich gekündigt habe? Ich will das Geld zurück',
    ],
    other: [
      '{bank} sponsert dieses Jahr wieder den Marathon',
      'hat jemand ein Ladekabel für mich',
      'mein Vater hat noch sein {bank} Sparbuch von 1985 haha',
    ],
    news: [
      'Störung bei {bank}: Kartenzahlungen bundesweit betroffen, bestätigt die Bank',
      '{bank} erhöht Sparzinsen ab nächsten Monat auf {pct}, teilte die Bank mit',
      'Analysten erwarten am Donnerstag einen höheren Quartalsgewinn bei {bank}',
    ],
    praise: [
      'danke {bank} für die schnelle Erstattung der betrügerischen Abbuchung',
      'bester Kundenservice, den ich je hatte, danke {bank}',
    ],
    troll: ['{bank} ist ein Witz, geführt von Clowns', 'keiner hat gefragt {bank}, ihr Idioten'],
    question: [
      'hallo {bank}, wo finde ich meine IBAN in der App?',
      'kennt jemand die Nummer von {bank} für verlorene Karten',
    ],
  },
  fr: {
    complaint: [
      'en attente depuis 90 minutes chez {bank}, toujours pas de réponse pour mon compte bloqué',
      "ma carte refusée encore au supermarché alors que j'ai de l'argent {bank}",
      "pourquoi {bank} me prélève {amt} pour un compte que j'ai fermé ? remboursez-moi",
    ],
    other: [
      '{bank} sponsorise encore le marathon cette année',
      "quelqu'un a un chargeur à me prêter",
      'mon père garde encore son livret {bank} de 1985 haha',
    ],
    news: [
      'Panne chez {bank} : les paiements par carte perturbés dans tout le pays, confirme la banque',
      "{bank} relève ses taux d'épargne à {pct} le mois prochain, selon un communiqué",
      'Les analystes attendent jeudi un bénéfice trimestriel en hausse chez {bank}',
    ],
    praise: [
      "merci {bank} d'avoir remboursé si vite le paiement frauduleux",
      "meilleur service client que j'aie connu, merci {bank}",
    ],
    troll: [
      "{bank} c'est une blague dirigée par des clowns",
      "personne ne t'a rien demandé {bank}, bande d'idiots",
    ],
    question: [
      "bonjour {bank}, où trouver mon IBAN dans l'appli ?",
      "quelqu'un a le numéro de {bank} pour une carte perdue",
    ],
  },
  es: {
    complaint: [
      'llevo 90 minutos en espera con {bank} y nadie me dice nada de mi cuenta bloqueada',
      'otra vez me rechazan la tarjeta en el súper y tengo saldo {bank}',
      '¿por qué {bank} me cobra {amt} por una cuenta que cerré? quiero mi dinero',
    ],
    other: [
      '{bank} patrocina otra vez la maratón este año',
      '¿alguien tiene un cargador que me preste?',
      'mi padre aún guarda su libreta de {bank} de 1985 jaja',
    ],
    news: [
      'Caída en {bank}: los pagos con tarjeta afectados en todo el país, confirma la entidad',
      '{bank} subirá la remuneración del ahorro al {pct} el próximo mes, según un comunicado',
      'Los analistas esperan el jueves un mayor beneficio trimestral de {bank}',
    ],
    praise: [
      'gracias {bank} por devolverme tan rápido el cargo fraudulento',
      'el mejor servicio al cliente que he tenido, gracias {bank}',
    ],
    troll: ['{bank} es un chiste dirigido por payasos', 'nadie te ha preguntado {bank}, panda de idiotas'],
    question: [
      'hola {bank}, ¿dónde veo mi IBAN en la app?',
      '¿alguien sabe el teléfono de {bank} para tarjetas perdidas?',
    ],
  },
  ar: {
    complaint: [
      'ساعة ونصف على الانتظار مع {bank} ولا يوجد رد بخصوص حسابي الموقوف',
      'رفضوا بطاقتي مرة أخرى في السوبرماركت مع أن رصيدي كاف {bank}',
      'لماذا يخصم {bank} {amt} على حساب أغلقته؟ أريد أموالي',
    ],
    other: [
      '{bank} يرعى الماراثون هذه السنة أيضا',
      'هل عند أحد شاحن يعيرني إياه',
      'أبي ما زال يحتفظ بدفتر توفير {bank} من 1985 هههه',
    ],
    news: [
      'عطل في {bank} يؤثر على مدفوعات البطاقات في أنحاء البلاد، والبنك يؤكد',
      '{bank} يرفع عائد الادخار إلى {pct} اعتبارا من الشهر المقبل بحسب بيان',
      'المحللون يتوقعون ارتفاع أرباح {bank} الفصلية يوم الخميس',
    ],
    praise: ['شكرا {bank} على استرجاع المبلغ المسروق بسرعة', 'أفضل خدمة عملاء تعاملت معها، شكرا {bank}'],
    troll: ['{bank} مهزلة يديرها مهرجون', 'لا أحد سألك يا {bank} يا أغبياء'],
    question: ['مرحبا {bank}، أين أجد رقم الآيبان في التطبيق؟', 'هل يعرف أحد رقم {bank} للبطاقات المفقودة'],
  },
  zh: {
    complaint: [
      '{bank}客服排队一个半小时，账户冻结的事还是没人回复',
      '超市刷卡又被拒了，卡里明明有钱，{bank}怎么回事',
      '{bank}为什么还在扣我已经销户的账户{amt}？请退回',
    ],
    other: ['{bank}今年又赞助马拉松了', '谁有充电器借我一下', '我爸还留着1985年的{bank}存折哈哈'],
    news: [
      '{bank}确认系统故障，全国银行卡支付受影响',
      '{bank}宣布下月起将存款利率上调至{pct}',
      '分析师预计{bank}周四公布的季度利润将上升',
    ],
    praise: ['谢谢{bank}这么快退回了被盗刷的钱', '遇到过最好的银行客服，谢谢{bank}'],
    troll: ['{bank}就是个笑话，一群小丑在管', '没人问你{bank}，一群白痴'],
    question: ['你好{bank}，APP里哪里能看到我的卡号信息？', '有人知道{bank}挂失电话是多少吗'],
  },
}
for (const [lang, byClass] of Object.entries(MORE)) {
  for (const [label, list] of Object.entries(byClass)) TEMPLATES[lang][label].push(...list)
}

/**
 * Third round (2026-12-05): a bank's service failing, in the customer's words — the app or
 * website down, no login, payments and transfers failing, cards refused everywhere — and fee
 * rises, in every language. Before it, the only such families were held out (the app crashing
 * at login in six languages, the salary outage in five), so the trained model had never seen
 * the commonest crisis complaint and read it as troll, other or news. Appended, so earlier
 * families keep their index and side; a third of these are held out too.
 */
const OUTAGE_AND_FEES = {
  en: {
    complaint: [
      '{bank} down again?? no login, no payments, nothing {otag}',
      'is it just me or is the {bank} website not loading at all',
      'tried to pay for groceries and {bank} declined it three times, everything is broken today',
      '{bank} app stuck on the loading screen since this morning, I need to send money today',
      "can't transfer anything, {bank} keeps saying service unavailable {otag}",
      '{bank} hit me with a {amt} monthly fee without any notice, ridiculous',
      'online banking at {bank} has been offline for hours and not a word from them',
      'cannot pay anyone, every {bank} payment fails with an error {otag}',
      '{bank} raised the account fees again, I am done with this bank',
    ],
  },
  nl: {
    complaint: [
      '{bank} ligt plat, ik kan nergens betalen {otag}',
      'inloggen bij {bank} lukt al de hele ochtend niet, wat is er aan de hand',
      'storing bij {bank}?? overboeken gaat steeds mis',
      'de website van {bank} laadt niet en de app geeft alleen een foutmelding',
      'mijn pas wordt overal geweigerd, {bank} heeft weer een storing {otag}',
      '{bank} verhoogt de kosten van mijn betaalrekening zonder iets te zeggen, schandalig',
      'sinds vanochtend geen toegang tot internetbankieren van {bank}, ik moet vandaag betalen',
      'wéér kan ik niet inloggen bij {bank}, dit is de zoveelste keer {otag}',
      '{amt} per maand aan kosten bij {bank} voor een gewone rekening, echt absurd',
    ],
  },
  de: {
    complaint: [
      '{bank} ist schon wieder down, Login geht nicht {otag}',
      'Onlinebanking von {bank} seit Stunden nicht erreichbar, ich muss heute überweisen',
      'Überweisung bei {bank} schlägt ständig fehl, was ist da los',
      'die {bank} App hängt beim Laden und zeigt nur eine Fehlermeldung',
      'Karte wird überall abgelehnt, {bank} hat mal wieder eine Störung {otag}',
      '{bank} erhöht die Kontoführungsgebühren ohne Ankündigung, eine Frechheit',
      'kann seit heute Morgen nichts bezahlen, {bank} komplett ausgefallen',
      'ich komme nicht in mein Konto bei {bank}, schon das dritte Mal diese Woche {otag}',
      '{amt} Gebühren im Monat bei {bank} für ein normales Girokonto, absurd',
    ],
  },
  fr: {
    complaint: [
      '{bank} encore en panne, impossible de me connecter {otag}',
      "le site de {bank} ne charge plus depuis ce matin, je dois payer aujourd'hui",
      'virement refusé trois fois chez {bank}, plus rien ne marche',
      "l'appli {bank} reste bloquée sur l'écran de chargement avec un message d'erreur",
      'ma carte est refusée partout, encore un bug chez {bank} {otag}',
      '{bank} augmente ses frais de tenue de compte sans prévenir, scandaleux',
      "plus d'accès à mes comptes {bank} depuis des heures et aucune info",
      'je ne peux rien régler, {bank} affiche juste erreur technique {otag}',
      '{amt} de frais par mois chez {bank} pour un compte normal, du vol',
    ],
  },
  es: {
    complaint: [
      '{bank} otra vez caído, no puedo entrar en la app {otag}',
      'la web de {bank} no carga desde esta mañana y tengo que pagar hoy',
      'las transferencias en {bank} fallan todo el rato, qué está pasando',
      'la app de {bank} se queda colgada cargando y solo da error',
      'me rechazan la tarjeta en todas partes, {bank} tiene otra avería {otag}',
      '{bank} sube las comisiones de mantenimiento sin avisar, una vergüenza',
      'llevo horas sin acceso a la banca online de {bank}, ni un aviso',
      'no hay manera de hacer un pago, {bank} da error técnico en cada intento {otag}',
      '{amt} de comisiones al mes en {bank} por una cuenta normal, un robo',
    ],
  },
  ar: {
    complaint: [
      '{bank} معطل مرة ثانية، لا يمكنني تسجيل الدخول {otag}',
      'موقع {bank} لا يفتح منذ الصباح وعندي دفعة مستحقة اليوم',
      'التحويل في {bank} يفشل كل مرة، ماذا يحدث',
      'تطبيق {bank} عالق على شاشة التحميل ويظهر رسالة خطأ فقط',
      'بطاقتي مرفوضة في كل مكان، خلل جديد في {bank} {otag}',
      '{bank} رفع رسوم الحساب بدون أي إشعار، شيء مخجل',
      'لا يمكنني الوصول إلى حسابي في {bank} منذ ساعات ولا توضيح',
      'ما أقدر أسدد أي شيء، {bank} يعطي خطأ تقني في كل عملية {otag}',
      '{amt} رسوم شهرية في {bank} على حساب عادي، سرقة',
    ],
  },
  zh: {
    complaint: [
      '{bank}又挂了，根本登不进去 {otag}',
      '{bank}网站从早上就打不开，今天还要还款',
      '{bank}转账一直提示失败，到底出什么问题了',
      '{bank}的APP卡在加载页面，只显示错误',
      '银行卡到哪都刷不了，{bank}又出故障了 {otag}',
      '{bank}悄悄上调了账户费用，一点通知都没有，真无语',
      '好几个小时进不了{bank}网银，也没有任何说明',
      '什么都付不了，{bank}每笔支付都报系统错误 {otag}',
      '{bank}一个普通账户每月收{amt}手续费，简直是抢钱',
    ],
  },
}
for (const [lang, byClass] of Object.entries(OUTAGE_AND_FEES)) {
  for (const [label, list] of Object.entries(byClass)) TEMPLATES[lang][label].push(...list)
}

/**
 * Fourth round (2026-12-05, night): news items of every kind a publisher runs about a bank
 * (results up and down, fines, takeovers, appointments, rate moves), money taken twice or
 * wrongly and the refund asked for, fee complaints in angry words (fr and ar read them as
 * troll), plus Dutch praise and everyday chatter where the held-out figures were weakest.
 * Written before measuring them; appended, so earlier families keep their index and side, and
 * a third of these are held out like the rest. No sentence of data/intent/care-eval.mjs is
 * reused here.
 */
const ROUND_FOUR = {
  en: {
    complaint: [
      'payment went out twice from my {bank} account, {amt} each time. I need that money returned',
      '{bank} keeps taking a {amt} charge I never agreed to, bunch of crooks',
      '{bank} debited my card {card} twice for the same bill and the refund is nowhere',
    ],
    news: [
      '{bank} reports {q} net income up {pct}, beating analyst forecasts',
      'Regulator fines {bank} {amt} million over failings in fraud checks',
      '{bank} agrees to buy a payments start-up for {amt} million',
      '{bank} names new chief financial officer from rival lender',
      '{bank} lifts savings rates to {pct} from next month',
      'Shares in {bank} slide {pct} after {q} loan losses double',
    ],
    question: [
      'anyone know the {bank} opening hours on bank holidays',
      'wondering whether {bank} lets you freeze a card from the app',
    ],
  },
  nl: {
    complaint: [
      'betaling twee keer van mijn {bank} rekening gegaan, {amt} per keer. Ik wil het terug',
      '{bank} rekent weer {amt} die ik nooit heb afgesproken, stelletje dieven',
      'mijn kaart {card} is twee keer belast door {bank} en het geld komt maar niet terug',
    ],
    news: [
      '{bank} maakt {pct} meer nettowinst in het {q}, beter dan analisten verwachtten',
      'De Nederlandsche Bank legt {bank} boete op van {amt} miljoen',
      '{bank} koopt betaalbedrijf voor {amt} miljoen',
      '{bank} haalt nieuwe financieel directeur binnen',
      '{bank} verhoogt spaarrente naar {pct} per volgende maand',
      'Koers {bank} zakt {pct} na hogere kredietverliezen in het {q}',
      '{bank} sluit {n}0 kantoren in kleinere gemeenten, meldt de bank',
    ],
    praise: [
      'wat een fijne bank is {bank}, altijd vriendelijk te woord gestaan',
      'complimenten voor de klantenservice van {bank}, meteen opgelost',
      'dankjewel {bank}, mijn nieuwe pas lag de volgende dag al in de bus',
      'echt tevreden over {bank}, de app werkt prima en snel',
      'goed geregeld door {bank}, heel blij met de hulp van vandaag',
      'super snel antwoord van @HavenbankHelpt, top!',
    ],
    other: [
      'eerst boodschappen doen en dan naar {bank} om een pasje op te halen',
      'mooi weer vandaag, fietsje gepakt naar het werk',
      'net een lange podcast over banken gehoord, interessant',
    ],
  },
  de: {
    complaint: [
      'Zahlung ging zweimal von meinem {bank} Konto, je {amt}. Ich will das zurück',
      '{bank} zieht schon wieder {amt} ein, denen ich nie zugestimmt habe, Abzocker',
      'Karte {card} von {bank} doppelt belastet und die Erstattung kommt nicht',
    ],
    news: [
      '{bank} meldet im {q} {pct} mehr Nettogewinn und übertrifft Prognosen',
      'BaFin verhängt Bußgeld von {amt} Millionen gegen {bank}',
      '{bank} übernimmt Zahlungs-Start-up für {amt} Millionen',
      '{bank} beruft neuen Finanzvorstand',
    ],
  },
  fr: {
    complaint: [
      'paiement passé deux fois sur mon compte {bank}, {amt} chaque fois. Je veux être remboursé',
      '{bank} me prend encore {amt} de frais que je n’ai jamais acceptés, des escrocs',
      'carte {card} débitée deux fois par {bank} et toujours rien de rendu',
      'les frais de {bank} sont une honte, {amt} pour rien, voleurs',
    ],
    news: [
      '{bank} publie un bénéfice net en hausse de {pct} au {q}',
      "L'ACPR inflige une amende de {amt} millions à {bank}",
      '{bank} rachète une fintech de paiement pour {amt} millions',
      '{bank} nomme un nouveau directeur financier',
    ],
  },
  es: {
    complaint: [
      'el pago salió dos veces de mi cuenta de {bank}, {amt} cada vez. Quiero que me lo devuelvan',
      '{bank} me vuelve a cobrar {amt} que nunca acepté, sinvergüenzas',
      'tarjeta {card} cargada dos veces por {bank} y del reembolso nada',
    ],
    news: [
      '{bank} gana un {pct} más en el {q} y supera las previsiones',
      'El supervisor multa a {bank} con {amt} millones',
      '{bank} compra una fintech de pagos por {amt} millones',
      '{bank} nombra nuevo director financiero',
    ],
  },
  ar: {
    complaint: [
      'الدفعة خرجت مرتين من حسابي في {bank}، {amt} كل مرة. أريد إرجاعها',
      '{bank} يأخذ مني {amt} رسوم لم أوافق عليها أبدا، حرامية',
      'بطاقتي {card} انخصمت مرتين من {bank} والمبلغ لم يرجع',
      'رسوم {bank} فضيحة، {amt} بدون أي خدمة، لصوص',
    ],
    news: [
      '{bank} يعلن ارتفاع صافي أرباح {q} بنسبة {pct}',
      'البنك المركزي يفرض غرامة {amt} مليون على {bank}',
      '{bank} يعين مديرا ماليا جديدا',
      '{bank} يرفع سعر الفائدة على الودائع إلى {pct}',
    ],
    other: [
      'ذاهب إلى فرع {bank} بعد العمل لاستلام البطاقة',
      'الجو جميل اليوم، مشيت إلى العمل',
      'أخي بدأ العمل في {bank} هذا الأسبوع',
    ],
  },
  zh: {
    complaint: [
      '{bank}同一笔账单扣了我两次，每次{amt}，请把钱还给我',
      '{bank}又扣了我{amt}，我从来没同意过，骗子银行',
      '卡号{card}被{bank}扣款两次，钱到现在都没退',
    ],
    news: [
      '{bank}{q}净利润同比增长{pct}，超出市场预期',
      '监管部门对{bank}罚款{amt}万元',
      '{bank}宣布收购一家支付科技公司',
      '{bank}任命新任首席财务官',
    ],
    other: ['下班去{bank}网点取新卡', '今天天气不错，走路去上班', '我弟弟这周开始在{bank}实习'],
  },
}
for (const [lang, byClass] of Object.entries(ROUND_FOUR)) {
  for (const [label, list] of Object.entries(byClass)) TEMPLATES[lang][label].push(...list)
}
