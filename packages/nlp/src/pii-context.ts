/**
 * Words around a number that say what it is, in every language we serve (en, nl, de, fr,
 * es, it, pt, tr, id, ar, zh, hi in Latin script). Tested on short windows of the normalised
 * text (see pii-normalise.ts) just before or after a number: `…$` regexes end at the
 * number, `^…` ones start after it. Arabic spellings allow ة/ه and the alef variants, since
 * the normalised text keeps Arabic letters as written.
 */

/**
 * Ends a window that names an account ("account no.", "rekeningnummer", "رقم حسابي", "账号"),
 * from each language's banking vocabulary (German Konto compounds, "Kto.-Nr.", French "numéro de
 * compte", RIB, Spanish "número de cuenta", CCC, …). A bank's own code (BLZ, code banque, code
 * guichet) is not personal and not an account word: the account beside it is found by its own word.
 * A key of pasted JSON or code glues the words ("numeroCompte", "numeroCuenta", "numeroConta").
 */
export const ACCOUNT_BEFORE_RE =
  /(?:(?<!\p{L})(?:account|acct|acc|a\/c|rekening(?:nummer|nr)?|rek(?:\.|ening)?\s?nr|giro(?:nummer|rekening|nr)|postbank(?:nummer|rekening)|bankrekening|kontos?(?:nummer|nr)?|kto|bankverbindung|compte|cuenta|cta|conta|conto|c\/c|cbu|cvu|cci|hesap(?:\s?no)?|rekening|nomor rekening|no\.?\s?rek|rib|relevé d'identité bancaire|clabe|cuenta clabe|kontoverbindung|\p{L}{2,12}konto(?:nummer|nr)?|(?:n[uú]mero|num[eé]ro|num|nro|no)(?:de|do|di)?(?:compte|cuenta|conta|conto)|kontonr|depotnummer|depot-?nr|coordonnées bancaires|n° de compte|no de compte|numéro de compte|livret(?: a)?|número de cuenta|numero de cuenta|nº de cuenta|n° de cuenta|no\. de cuenta|cuenta corriente|cuenta bancaria|cuenta de ahorros?|ccc|cta\.? cte|c\.c\.c|\p{L}{2,10}rekening(?:nummer)?|betaalrekening|spaarrekening|bank account|current account|savings account|checking account|routing number|aba)(?:\s?(?:number|no|nr|num|nummer|numéro|número|numero|n°|nº|#|details?|bancaire|bancaria|bancário|corrente|courant))?|(?:账号|账户|帐号|帐户|户号|账户号码|户口号码|户口号|户口|银行账户|银行账号|卡号|银行卡号?|(?:工资|储蓄|借记|存款)卡号?|存折号?)|(?:رقم\s?(?:ال)?حساب(?:ي|ه|ك)?|(?:ال)?حساب(?:ي|ه|ك)?(?:\s?(?:رقم|البنكي|المصرفي))?|ايبان))(?:[^\p{L}\p{N}]|\s?(?:is|was|=|ist|lautet|est|es|é|è|هو|是|为|為|:|no|nr|number|nummer))*$/iu

// "numéro de compte Banque Lotus 0001…", "my account number with Lotus Bank is …", "رقم حسابي في
// بنك اللوتس …", "账号（莲花银行）…": a bank's name said between the account word and the number;
// or a name or purpose of one or two words after a preposition ("رقم حسابي في الراجحي …", "numéro
// de compte pour le virement : …"). Nothing else may come between.
const BANK_BETWEEN_TAIL_RE =
  /^\s(?:(?:with|at|in|from|chez|à|a|auprès de|bei|der|en|del|de|bij|van|في|فى|لدى|عند|من)\s)?(?:(?:the|la|le|el|die|de|het|der)\s)?(?:\p{L}+\s){0,2}(?:\p{L}*bank|banque|banco|sparkasse|بنك|مصرف)(?:\s\p{L}+){0,2}(?:\s?(?:is|est|es|ist|was|était|era|هو|:|=))?[^\p{L}\p{N}]*$|^\s(?:with|at|in|chez|auprès de|bei|en|bij|for|pour|para|voor|für|في|فى|لدى|عند)\s(?:(?:the|la|le|el|die|de|het|der|das)\s)?\p{L}+(?:\s\p{L}+)?(?:\s?(?:is|est|es|ist|هو|:|=))?[^\p{L}\p{N}]*$|^[^\p{L}\p{N}]*(?:在)?\p{sc=Han}{0,6}银行(?:的)?[^\p{L}\p{N}]*$/iu
// "mon numéro de compte est le …", "… es el …": an article after the copula.
const COPULA_ARTICLE_TAIL_RE = /(\s(?:est|es|is|ist|era|était))\s(?:le|la|el|the|der|die|das|het)(\s*)$/iu

// "numéro de compte néerlandais 55.30.26.186", "cuenta holandesa …": the country's adjective after
// the account word, as French, Spanish and Arabic place it (pii16).
// "número de cuenta correcto", "رقم الحساب الصحيح": right, new or old after the word too.
const NATION_TAIL_RE =
  /(\p{L})\s(?:correct|corrects?|correcte|exacte?|nouveau|nouvelle|ancien|ancienne|correcto|correcta|nuevo|nueva|antiguo|antigua|(?:ال)?صحيح|(?:ال)?جديد|(?:ال)?قديم|néerlandaise?|hollandaise?|belges?|française?|allemande?|espagnole?|britannique|anglaise?|holandés|holandesa|neerlandés|neerlandesa|belga|alemana?|alemán|francés|francesa|española?|británica?|británico|inglés|inglesa)(?:\s?(?:est|es|était|era|:))?[^\p{L}\p{N}]*$/iu

// "> Agent: please confirm the full account number > Me: 31846602": a pasted chat, the author's
// answer after a first-person speaker label (quotes and lines arrive joined, pii-normalise.ts).
// "… your account number please?": a question's politeness word after the account word.
const PLEASE_TAIL_RE =
  /\s(?:please|pls|plz|svp|s'il vous plaît|bitte|por favor|alstublieft|aub|graag)[\s?.!]*$/iu
// A named speaker answers too, right after the question ends ("… your account number? Maria:
// 31926819", "… rekeningnummer? Opa: …", pii16).
const SPEAKER_TAIL_RE =
  /(?:(?<![\p{L}'’])(?:me|I|ik|ich|moi|yo|我|أنا)|(?<=[?？؟]\s?)(?:\p{L}[\p{L}'’]{0,15}\s){0,2}\p{L}[\p{L}'’]{0,15}|(?<=[?？؟]\s?)\p{sc=Han}{1,4})\s?[:：]\s?$/iu

/** Whether `window` (the text right before a number) ends in an account word, a bank's name allowed between. */
export function accountWordBefore(window: string): boolean {
  if (ACCOUNT_BEFORE_RE.test(window)) return true
  const speaker = SPEAKER_TAIL_RE.exec(window)
  if (speaker !== null && ACCOUNT_BEFORE_RE.test(window.slice(0, speaker.index).replace(PLEASE_TAIL_RE, '')))
    return true
  const w = window.replace(COPULA_ARTICLE_TAIL_RE, '$1$2')
  if (w !== window && ACCOUNT_BEFORE_RE.test(w)) return true
  const national = window.replace(NATION_TAIL_RE, '$1')
  if (national !== window && ACCOUNT_BEFORE_RE.test(national)) return true
  // Each place the bank's name may start, from the number back (the window is 80 characters).
  for (let i = w.length - 1; i > 0; i--) {
    const c = w.charCodeAt(i)
    if (c !== 0x20 && c !== 0xa0 && !(c >= 0x4e00 && c <= 0x9fff) && !(c >= 0xff00 && c <= 0xff0f)) continue
    if (BANK_BETWEEN_TAIL_RE.test(w.slice(i)) && ACCOUNT_BEFORE_RE.test(`${w.slice(0, i)} `)) return true
  }
  return false
}

/**
 * Starts a window that names an account after the number, in every served language, with the
 * copula, possessive and number word people put between ("12345678 is my account number",
 * "… ist meine Kontonummer", "… c'est mon compte", "… es mi número de cuenta", "… هذا رقم
 * حسابي", "… 是我的账号").
 */
export const ACCOUNT_AFTER_RE =
  /^[^\p{L}\p{N}]{0,3}(?:(?:is|was|=|ist|war|lautet|est|c['’]est|c['’]était|c['’]etait|es|era|é|è|hier)\s?)?(?:(?:my|our|the|mijn|ons|onze|het|de|mein|meine|meiner|unser|unsere|das|mon|ma|le|notre|mi|el|la|nuestra|il mio|o meu)\s)?(?:(?:number|nummer|numéro|numero|número|n°|nº|no|nr)\.?\s(?:de|of|van|del)?\s?)?(?:account|acct|rekening|bankrekening|\p{L}{0,12}konto|compte|cuenta|conto|conta)|^[^\p{L}\p{N}]{0,3}(?:是|为)?(?:我的)?(?:银行)?(?:账号|账户|帐号|帐户)|^[^\p{L}\p{N}]{0,3}(?:(?:هو|هذا|هذه|ده)\s)?(?:رقم\s)?(?:ال)?حساب/iu

/** Card words: a card-shaped number after them is a card even after "order". */
export const CARD_CTX_RE =
  /(?:(?<!\p{L})(?:card|visa|mastercard|master card|amex|pan|kaart|pas|pinpas|creditcard|debitcard|tarjeta|carte|cb|karte|kreditkarte|carta|cartão|cartao|kart|kartu)|卡|بطاق[ةه])/iu

/**
 * Phone words in a window before a number. Payment apps that pay to a mobile number count as
 * phone words ("bizum al 678…", "MB WAY para 912…", "paylib au 06…", "Zelle to 917…", "فودافون
 * كاش 010…", "支付宝 138…"): Bizum (es), MB WAY (pt), Satispay (it), Paylib, Lydia and Wero (fr,
 * de, nl, be), Payconiq, Twint, Zelle, Paytm, PhonePe, GPay, UPI, GoPay, Vodafone Cash,
 * InstaPay, STC Pay, Alipay. Chinese says "call" and "dial" with one verb right before the number
 * ("有事打66123487", "拨 138…"): 打 and 拨 alone, not only in 打给我/拨打 (pii18).
 */
export const PHONE_BEFORE_RE =
  /(?:(?<!\p{L})(?:bizum|mb ?way|satispay|paylib|lydia|wero|payconiq|twint|zelle|paytm|phonepe|g ?pay|google pay|upi|gopay|vodafone cash|instapay|insta pay|stc ?pay|alipay|call|phone|tel|telephone|mobile|mob|cell|whatsapp|cel|whats app|whats|wats|whatsap|watsap|wasap|guasap|wsp|wpp|wa|text me|sms me|texts to|texted|sms(?:es)? to|ring|my number|number is|contact|reach me|landline|hotline|fijo|fixe|festnetz|vaste lijn|vast nummer|helpline|bel|bellen|terugbellen|bel me|mijn nummer|telefoon|telefoonnummer|mobiel|06-nummer|gsm|nummer|telefon|telefonnummer|handy|handynummer|rufnummer|anrufen|ruf|rückruf|ruft|téléphone|telephone|tél|portable|numéro|appelle|appelez|rappelez|rappeler|rappelle|joindre|teléfono|telefono|móvil|movil|celular|llama|llámame|llamar|ll[aá]m(?:ad|en|e|a)(?:me|nos)|llamen|llamad|contact[aá](?:d|me|nos|dme|dnos)|cont[aá]ct(?:e|en)me|escr[ií]b(?:id|e|a|an)me|contactez(?:-moi|-nous)?|número|numero|cellulare|chiama|chiamami|telemóvel|telemovel|ligue|liga|ligar|contato|telefone|ara|arayın|numaram|hubungi|nomor|no hp|hp)(?!\p{L})|电话|手机|手机号|号码|座机|電話|手機|手機號碼|號碼|固话|致电|联系|打给我|打我|请打|拨打|打|拨|微信|هاتف|هاتفي|جوال|جوالي|موبايل|رقمي|رقم الهاتف|رقم الجوال|اتصل|اتصلوا|واتساب|واتس|فون|فودافون كاش|انستاباي|انستا باي|支付宝|फोन|नंबर)[^\p{L}\p{N}]{0,12}(?:[a-zA-Z\u00C0-\u024F\u0600-\u06FF]{1,8}[^\p{L}\p{N}]{1,3}){0,2}(?:是|为|為|：)?[^\p{L}\p{N}]{0,3}$/iu

/** Phone words anywhere in a window ("llámame al … o al 612.345.678"): for shapes that need one. */
export const PHONE_NEAR_RE =
  /(?:(?<!\p{L})(?:bizum|mb ?way|paylib|wero|twint|zelle|call|called|calling|phone|phoned|tel|mobile|cell|cel|whatsapp|ring|rang|text me|texted|bel|bellen|belde|gebeld|telefoon|mobiel|anrufen|anrief|angerufen|ruf|telefon|handy|festnetz|appelle[zr]?|appelé|téléphone|portable|fixe|llámame|llama|llamar|llamó|llamaron|llamada|teléfono|telefono|móvil|movil|celular|fijo|landline|ll[aá]m(?:ad|en|e|a)(?:me|nos)|llamad|contact[aá](?:d|me|nos|dme|dnos)|cont[aá]ct(?:e|en)me|escr[ií]b(?:id|e|a|an)me|contact me|contactez(?:-moi|-nous)?|reach me|ring me|hit me up|hmu|schreib(?:t)? mir|schreiben sie mir|app me|app mij|écris-moi|ecris-moi|écrivez-moi|ecrivez-moi)(?!\p{L})|电话|手机|打来|联系我|加我|微信|打给我|جوال|اتصل|هاتف|تواصل(?:وا)? معي|كلموني|كلمني|راسلني|واتساب)/iu

/** A bank's own code before a number ("Routing 021000021", "BLZ 37040044"): public, no phone. */
export const BANK_CODE_BEFORE_RE =
  /(?<!\p{L})(?:routing|aba|blz|bankleitzahl|bank code|bankcode|sort code|swift|bic|code banque|code guichet|transit|ifsc)(?:\s?(?:number|no|nr|#|code))?[^\p{L}\p{N}]{0,4}$/iu

/** Phone words just after a number ("06 12345678 is mijn nummer", "… ist meine Nummer", "… c'est mon portable"). */
export const PHONE_AFTER_RE =
  /^[^\p{L}\p{N}]{0,3}(?:(?:is|ist|est|c['’]est|es|era|hier|هو|هذا)\s)?(?:(?:my|mijn|mein|meine|mon|ma|mi|is my|هو)\s?)?(?:number|nummer|numéro|número|numero|phone|mobile|portable|móvil|movil|celular|telefoon|telefon|handy|téléphone|teléfono|رقمي|رقم|جوالي)|^[^\p{L}\p{N}]{0,3}(?:是我的)?(?:电话|手机)/iu

/** Order, parcel, ticket, receipt and reference words (Latin script), one alternation shared by the rules below. */
export const ORDER_WORDS = String.raw`order|tracking|track|parcel|package|shipment|ref|reference|invoice|receipt|ticket de caisse|ticket de compra|kassenbon|kassenzettel|quittung|belegnummer|kassabon|bonnetje|recibo|factuur|factuurnummer|ticket|case|complaint|booking|transaction|transactie|txn|trx|id|bestelling|bestelnummer|zending|pakket|kenmerk|referentie|dossier|pedido|referencia|factura|commande|colis|facture|référence|bestellung|sendung|sendungsnummer|bestellnummer|auftrag|auftragsnummer|rechnung|rechnungsnummer|vorgang|vorgangsnummer|aktenzeichen|ordine|fattura|riferimento|pratica|encomenda|fatura|referência|sipariş|kargo|pesanan|resi|tiket|flight|vlucht|flug|vol|vuelo|volo|voo|serial|model|version|v|ip|ipv4|ip address|ip-adresse|adresse ip|dirección ip|direccion ip|part\s?(?:number|no|nr)|p\/n|sku|ean|gtin|isbn|artikelnummer|artikelnr|artikel|siret|siren|kvk|kvk-nummer|rsin|btw|ust-?id(?:nr)?|company number|companies house|crn`
/** The same words in Chinese and Arabic, which run on without a word boundary. */
export const ORDER_WORDS_RUN_ON = String.raw`订单号?|小票|收据|ip地址|عنوان ip|单号|快递单号|运单号|工单|流水号|交易号|رقم\s?(?:ال)?طلب|(?:ال)?طلب|رقم\s?(?:ال)?شحن[ةه]|رقم\s?(?:ال)?تذكر[ةه]|رقم\s?(?:ال)?مرجع|(?:ال)?فاتور[ةه]|(?:ال)?[إا]يصال`
/** What may follow an order word before its number ("order number", "Bestellnr", "n°"). */
export const ORDER_NUMBER_WORD = String.raw`(?:\s?(?:number|no|nr|num|nummer|número|numéro|numero|code|id|#|n°|nº))?`

/** Order, parcel, ticket, receipt and reference words: the number after them is not personal data. */
export const ORDER_BEFORE_RE = new RegExp(
  `(?:(?<!\\p{L})(?:${ORDER_WORDS})${ORDER_NUMBER_WORD}|${ORDER_WORDS_RUN_ON})[^\\p{L}\\p{N}]{0,6}$`,
  'iu',
)

/** A currency sign or code just before a number: an amount. */
export const CURRENCY_BEFORE_RE =
  /(?:[£$€¥₹₺₩₽¢]|(?<!\p{L})(?:usd|eur|gbp|chf|rs\.?|rp\.?|tl|aed|sar|egp|qar|kwd|rmb|cny|hkd|sgd|inr|mxn|brl|jpy|dhs?)|درهم|ريال|جنيه|دينار|元|人民币)\s?$/iu

/**
 * A currency, unit or count word just after a number: an amount or a measure. A whole word:
 * "… 43081117101 Franchement", "… wonderful", "… really" name no franc, won or real.
 */
export const AFTER_NUMBER_RE =
  /^\s?(?:[£$€¥₹₺%‰]|usd|eur|gbp|chf|euros?|dollars?|pounds?|quid|yuan|rmb|cny|元|块|万|亿|円|日元|美元|欧元|英镑|港币|港元|澳元|号(?!码)|درهم|دراهم|ريال|جنيه|دينار|lira|lire|rupees?|rupiah|rupias?|pesos?|reais|real|francs?|kr|sek|nok|dkk|zł|zloty|yen|won|dirhams?|riyals?|ringgit|baht|rp|aed|sar|egp|kg|km|mb|gb|kb|ms|mph|pts?|points?|followers|views|likes|retweets|subscribers|users|customers|klanten|kunden|clients|clientes|volgers|seguidores|abonnés|times|keer|mal|fois|veces|volte|vezes|people|mensen|leute|personnes|personas|persone|pessoas|مرة|شخص|عميل|人|次|个|位|名|(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?|seconden|minuten|uur|uren|dagen|weken|maanden|jaar|jaren|sekunden|stunden|tage[n]?|wochen|monate[n]?|jahre[n]?|secondes|heures|jours|semaines|mois|ans|années|segundos|minutos|horas|días|dias|semanas|meses|años)(?!\p{L})|秒|分钟|小时|天|周|个月|年|ثاني[ةه]|دقيق[ةه]|دقائق|ساع[ةه]|ساعات|يوم|أيام|ايام)(?![A-Za-z\u00C0-\u024F])/iu

/** Social security number words (US): a bare nine-digit number after them is an SSN. */
// "社安号", "社会安全号码" (Chinese), "número de seguro social" (US Spanish): the same number.
// "TIN" (taxpayer id) as a word: "matin", "Martin" name none.
// "they asked for my social, I gave …": Americans name the number "social"; social media,
// social credit and the like are not it (a 9-digit number must still pass the SSN rules).
export const SSN_CTX_RE =
  /(?:ssn|social security|social sec|soc\.? ?sec|ss ?#|ss no|ss number|(?<!\p{L})tin\b|itin|seguro social|社安号|社会安全号|社会安全码|(?<!\p{L})social(?!\s?-?(?:media|medium|network|networks|life|club|event|events|feed|post|posts|platform|platforms|credit|welfare|housing|worker|workers|service|services|responsibility|team|channel|channels|distancing|justice|impact|enterprise|bond|bonds|score)(?!\p{L})))/iu

/** Dutch citizen number words. */
export const BSN_CTX_RE =
  /(?:bsn|burger\s?-?service\s?-?(?:nummer|nr(?!\p{L}))|b(?:ü|ue)rgerservicenummer|sofi|citizen(?:'s)? service number|persoonsnummer|persoonlijk nummer|fiscaal nummer|sociaal[- ]fiscaal|numéro de service (?:au )?citoyen|numero de service citoyen|número de servicio (?:al )?ciudadano|numero de servicio al ciudadano|رقم (?:ال)?خدم[ةه] (?:ال)?(?:مدني[ةه]|مواطن)|رقم (?:ال)?مواطن|公民服务号|荷兰(?:的)?(?:公民|社会保障|社会保险|社保|税务|身份)(?:号|编号|证号))/iu

/**
 * A US SSN named in full ("social security number", "SSN"), not the loose "social" of
 * SSN_CTX_RE: a nine-digit number further on in the post (up to NAMED_ID_REACH characters)
 * that passes the number's own checks is the one named.
 */
export const SSN_NAMED_RE =
  /(?:(?<!\p{L})ssn(?!\p{L})|social security|soc\.? ?sec|seguro social|社安号|社会安全号)/iu

/**
 * How far before a nine-digit number a BSN or SSN word still names it ("mijn burgerservicenummer
 * stuur ik echt niet via twitter. Oh wacht. 583536189"): a sentence or two of running prose.
 */
export const NAMED_ID_REACH = 160

/**
 * A police report, case or claim number named a few words back ("Aangifte gedaan, nummer
 * 2026334870", "police report filed, number …", "Anzeige erstattet, Nummer …"): the number word
 * belongs to the report, not to a phone.
 */
export const REPORT_NUMBER_BEFORE_RE =
  /(?<!\p{L})(?:aangifte|proces-?verbaal|pv|police report|crime reference|crime number|incident|claim|schadeclaim|melding|anzeige|strafanzeige|plainte|dépôt de plainte|depot de plainte|denuncia|reclamación|reclamacion|expediente|reclamo|atestado|بلاغ|محضر|报警|报案|回执)(?:[^\p{L}\p{N}]{1,3}\p{L}{1,12}){0,2}[^\p{L}\p{N}]{1,3}(?:nummer|number|no|nr|numéro|numero|número|n°|nº|#|رقم|编号|号)[^\p{L}\p{N}]{0,4}$/iu

/**
 * Social security, tax and national id words of the other languages (a Dutch resident writing
 * in German, French, Spanish, Arabic or Chinese names the BSN so): a nine-digit number after
 * them that passes the 11-check is read as a BSN.
 */
export const NATIONAL_ID_CTX_RE =
  /(?:(?<!\p{L})(?:sozialversicherungsnummer|steuernummer|steuer-?id|steuer-identifikationsnummer|identifikationsnummer|personalausweisnummer|numéro (?:de )?sécurité sociale|numéro fiscal|numéro d'identification|número (?:de )?(?:la )?seguridad social|número de identificación|número fiscal|nif|nie|dni|national id|id number|identity number|tax number|persoonsgebonden nummer|identificatienummer)(?!\p{L})|رقم (?:ال)?ضمان (?:ال)?اجتماعي|رقم (?:ال)?هوي[ةه]|الرقم (?:ال)?(?:وطني|قومي|شخصي)|社会保障号|社保号|身份证号|身份号码|税号|纳税人识别号)/iu

/**
 * UK National Insurance words, in the served languages too ("رقم التأمين الوطني", "国民保险号");
 * "NI" bounded by Latin letters only, since Chinese runs on ("NI号码：…").
 */
export const NINO_CTX_RE =
  /(?:(?<![A-Za-z])ni(?![A-Za-z])|national insurance|nino|nin\b|ni number|ni no|(?:ال)?تأمين (?:ال)?وطني|(?:ال)?تامين (?:ال)?وطني|国民保险)/iu

/** UK sort code words. */
export const SORT_CODE_RE = /(?:sort\s?-?code|sortcode|sorting code|s\/c|sort)/iu

/** URLs: numbers in them (tweet ids, article ids) are not personal data. */
export const URL_RE = /(?:https?:\/\/|www\.)[^\s]{1,2000}/giu
