/**
 * A second evaluation set for intent, written by the Vigil team (no third-party text) on
 * 2026-12-05 BEFORE the round of cue and template changes it measures, and never trained or
 * tuned on: neither train-intent.mjs nor the cue lists read it. It aims at what the issue
 * found weak on the bank's hidden posts: "charged twice, please refund" with and without a
 * card number (must reach care in every language), fee complaints told in angry words (fr and
 * ar read them as troll), a bank's results news (news, never a complaint), Dutch praise and
 * news. Same slots as templates.mjs ({bank}, {amt}, {card}, {q}); each post is filled twice.
 */
export const CARE_EVAL = {
  en: {
    complaint: [
      '{bank} took {amt} twice for one purchase, card {card}. Refund me please',
      'double payment on my account from {bank} and nobody fixes it, I want my money back',
      '{amt} "service charge" from {bank} out of nowhere, you thieves',
      'refund still not here, {bank} charged me twice last week',
    ],
    news: ['{bank} {q} profit rises 12% as lending grows', '{bank} to cut 800 jobs after weaker {q} results'],
    praise: ['the {bank} staff fixed my transfer in five minutes, thank you so much'],
    troll: ['{bank} is a circus run by brain-dead fools'],
    question: ['does {bank} refund the fee if a transfer fails?'],
    other: ['queue at the {bank} branch is long today, bringing a book'],
  },
  nl: {
    complaint: [
      '{bank} heeft {amt} twee keer van mijn rekening gehaald, pas {card}. Graag terugstorten',
      'dubbele afschrijving bij {bank} en ik wil mijn geld terug',
      'weer {amt} aan kosten bij {bank} zonder uitleg, zakkenvullers',
      'nog steeds geen terugbetaling van {bank} na een dubbele boeking',
    ],
    news: [
      '{bank} boekt hogere winst in het {q} dankzij stijgende rente',
      '{bank} schrapt 800 banen na tegenvallende resultaten',
    ],
    praise: [
      'fijne hulp gehad van {bank}, binnen tien minuten opgelost. Top!',
      'complimenten aan {bank}, de nieuwe app werkt heerlijk',
    ],
    troll: ['{bank} is een stel prutsers en oplichters, rot toch op'],
    question: ['weet iemand of {bank} de kosten terugbetaalt als een overboeking mislukt?'],
    other: ['lange rij bij {bank} vandaag, boek meegenomen'],
  },
  de: {
    complaint: [
      '{bank} hat {amt} zweimal abgebucht, Karte {card}. Bitte erstatten',
      'doppelte Abbuchung bei {bank} und niemand kümmert sich, ich will mein Geld zurück',
      'schon wieder {amt} Gebühren bei {bank} ohne Erklärung, ihr Halsabschneider',
      'Erstattung von {bank} immer noch nicht da, obwohl doppelt abgebucht wurde',
    ],
    news: [
      '{bank} steigert Gewinn im {q} um 12 Prozent',
      '{bank} streicht 800 Stellen nach schwachem Quartal',
    ],
    praise: ['danke {bank}, meine Überweisung war in fünf Minuten geklärt, super Service'],
    troll: ['{bank} ist ein Haufen hirnloser Versager'],
    question: ['erstattet {bank} die Gebühr, wenn eine Überweisung fehlschlägt?'],
    other: ['lange Schlange bei {bank} heute, Buch dabei'],
  },
  fr: {
    complaint: [
      '{bank} m’a débité {amt} deux fois, carte {card}. Remboursez-moi svp',
      'double prélèvement chez {bank} et personne ne répond, je veux mon argent',
      'encore {amt} de frais chez {bank} sans explication, bande de voleurs',
      "toujours pas de remboursement de {bank} après un double débit, c'est honteux",
    ],
    news: [
      '{bank} : bénéfice en hausse de 12% au {q}',
      '{bank} va supprimer 800 postes après des résultats décevants',
    ],
    praise: ['merci {bank}, mon virement a été réglé en cinq minutes, service au top'],
    troll: ['{bank} une bande de guignols sans cervelle'],
    question: ['est-ce que {bank} rembourse les frais si un virement échoue ?'],
    other: ['grosse file à l’agence {bank} aujourd’hui, j’ai pris un livre'],
  },
  es: {
    complaint: [
      '{bank} me cobró {amt} dos veces, tarjeta {card}. Devuélvanme el dinero',
      'cargo duplicado de {bank} y nadie lo soluciona, quiero mi reembolso',
      'otra vez {amt} de comisión en {bank} sin explicación, ladrones',
      'sigo sin el reembolso de {bank} después del doble cobro',
    ],
    news: [
      '{bank} eleva un 12% su beneficio en el {q}',
      '{bank} recortará 800 empleos tras unos resultados débiles',
    ],
    praise: ['gracias {bank}, me resolvieron la transferencia en cinco minutos, un servicio de diez'],
    troll: ['{bank} sois una panda de payasos sin cerebro'],
    question: ['¿{bank} devuelve la comisión si falla una transferencia?'],
    other: ['mucha cola hoy en la oficina de {bank}, me traje un libro'],
  },
  ar: {
    complaint: [
      '{bank} خصم مني {amt} مرتين، البطاقة {card}. أرجو استرجاع المبلغ',
      'سحب مكرر من حسابي في {bank} ولا أحد يحل المشكلة، أريد فلوسي',
      'مرة ثانية رسوم {amt} من {bank} بدون أي توضيح، يا لصوص',
      'لم يصلني الاسترداد من {bank} بعد الخصم المزدوج',
    ],
    news: ['{bank} يرفع أرباحه 12% في {q}', '{bank} يلغي 800 وظيفة بعد نتائج ضعيفة'],
    praise: ['شكرا {bank}، حلوا مشكلة التحويل في خمس دقائق، خدمة ممتازة'],
    troll: ['{bank} مجموعة مهرجين بلا عقول'],
    question: ['هل يعيد {bank} الرسوم إذا فشل التحويل؟'],
    other: ['طابور طويل اليوم في فرع {bank}، أحضرت كتابا'],
  },
  zh: {
    complaint: [
      '{bank}同一笔消费扣了我两次{amt}，卡号{card}，请退款',
      '{bank}重复扣费，一直没人处理，把钱退给我',
      '{bank}又莫名其妙扣了{amt}手续费，一群强盗',
      '{bank}重复扣款一周了还没退回来',
    ],
    news: ['{bank}{q}净利润增长12%', '{bank}业绩不及预期，将裁员800人'],
    praise: ['谢谢{bank}，五分钟就帮我处理好了转账，服务一流'],
    troll: ['{bank}就是一群没脑子的小丑'],
    question: ['转账失败的话{bank}会退手续费吗？'],
    other: ['今天{bank}网点排长队，带了本书'],
  },
}
