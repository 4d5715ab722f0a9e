// Fresh BLIND personal-data set 6 (issue 11). Written 2026-12-06 from 17:05 UTC by the redteam6p
// engineer BEFORE reading src/pii*.ts, the nlp README's PII sections or the posts of sets 1–5
// (only set 5's export names and row format, the eval script and the standards were read), and
// committed before it was first scored. Nothing here is tuned on: it is the session's held-out
// measurement of masking.
//
// Posts as customers, scam victims and their relatives write them in public: complaints and
// app reviews, replies to a bank's "DM us", voice-note and screen-reader transcripts, OCR of
// screenshots, rows of CSV/JSON pasted from an app, phishing links quoted back. Weight is on
// forms earlier sets may not have: digits spelled as words (whole, or mixed with numerals; 幺 and
// 零 in Chinese, Arabic digit words, French/Dutch phone numbers read in pairs), values inside
// URLs, query strings and hashtags, sort code and account run together, values split over two
// lines or two sentences, letter-for-digit typos (O for 0, l for 1), keycap emoji digits,
// IBANs in lower case or odd grouping, phones with an extension, "(0)" or vanity letters, and
// e-mail addresses written "name at domain dot com" in each language.
//
// Markers (read by scripts/lib/pii-render-6.mjs):
//   ⟦kind:value⟧          a sensitive value (kinds as in packages/schema PII_KINDS); a space in
//                         the value is where the customer puts a group separator, and the
//                         renderer writes it in several forms (see pii-render-6.mjs).
//   ⟦kind:value¦shown⟧    the value exactly as the customer wrote it (words, typos, inside a
//                         URL); `value` is the canonical form, checked for its check digits.
//                         An empty `shown` keeps `value` as written, never re-rendered.
//   ⟦kind#id.n:…⟧         part n of a value split over the post (parts joined in n order).
//   ⟪…⟫                   an ordinary number that must survive masking.
//
// Values are synthetic, with valid check digits where the format has one (Luhn in the issuer's
// range for cards, ISO 13616 mod-97 for IBANs plus the French RIB key, the Spanish DC and the
// Belgian mod-97, the BSN 11-proef, the CLABE weights); SSNs keep the SSA's rules (no 000, 666
// or 9xx area, no 00 group, no 0000 serial); NI numbers the HMRC prefix rules; phones use the
// fictional ranges a country reserves where it has one (Ofcom 07700 900xxx / 020 7946 0xxx,
// NANP 555-01xx, ARCEP 06 39 98). Ordinary long references fail Luhn / the 11-proef.
export const sensitive = [
  // en (UK, IE, US, CA)
  [
    'en',
    `@HarbourlineHelp your chatbot asked me to "type the long number on the front" so fine: ⟦card:4798 3911 4962 9652⟧. Still charged ⟪£42.99⟫ twice for one Deliveroo order. Fix it.`,
  ],
  [
    'en',
    `Transcript of my voicemail to you since nobody answers: "hi it's Carol, card ⟦card:4019975665221754¦four zero one nine 9756 six five two two 1754⟧, I didn't buy anything in Lisbon, please call back". That was ⟪3⟫ days ago.`,
  ],
  [
    'en',
    `Paid my rent to the wrong account because the app autofilled. It should have gone to ⟦uk_account:60161363768454¦⟧ (sort code then account, no gaps, the way your payee box wants it). ⟪£875⟫ gone and branch says wait ⟪10⟫ working days.`,
  ],
  [
    'en',
    `Card ends ⟦card#a.2:1152⟧. First part is ⟦card#a.1:4344 0022 7836⟧ if that helps your fraud team, they keep asking me to DM and I'm not on DMs. Just block it.`,
  ],
  [
    'en',
    `Copied the text off my screenshot for the complaint form:\n"Card number ⟦card:5134244958384689¦5l34 2449 5838 4689⟧\nStatus: BLOCKED\nReason: suspected fraud"\nI never asked for that, I'm stuck abroad with no card.`,
  ],
  [
    'en',
    `the "tax refund" guy on the phone literally got my grandpa to read his social out slowly. he said ⟦us_ssn:219447053¦two one nine, four four, seven oh five three⟧ before I grabbed the phone. @MeridianBankUS please put a flag on his accounts`,
  ],
  [
    'en',
    `Typed out the top of my nan's HMRC letter for the benefits helpline: "National Insurance number: ⟦uk_nino:PE 48 21 96 C⟧". They still say they can't find her. Three weeks of this.`,
  ],
  [
    'en',
    `Ring me back on ⟦phone:+44 (0)7700 900461⟧ not the landline, or at work on ⟦phone:020 7946 0321⟧ ext. 214 between ⟪9⟫ and ⟪5⟫. Complaint ref ⟪HB-2291-0457⟫.`,
  ],
  [
    'en',
    `@MeridianBankUS your "we'll call you" never happens. Shop line is ⟦phone:19175552253¦1 (917) 555-BAKE⟧ (yes it spells BAKE), ask for Dina. Merchant account deposits missing since ⟪Nov 28⟫.`,
  ],
  [
    'en',
    `Not DMing a bot. Email me like a normal bank: ⟦email:dina.okafor88@gmail.com¦dina.okafor88 at gmail dot com⟧`,
  ],
  [
    'en',
    `PSA. This "verify" link came by text: https://harbourline-secure.help/v?email=⟦email:tom.briggs@outlook.com¦tom.briggs%40outlook.com⟧&card=⟦card:5187588669521047¦⟧&src=sms - how do they already have my card number??`,
  ],
  [
    'en',
    `A man "from your fraud team" rang and I read him the code from the text, ⟦otp:731 604⟧, because he knew my name and address. ⟪£2,340⟫ gone in ⟪4⟫ minutes. Are you even going to refund this?`,
  ],
  [
    'en',
    `my dad just posted on facebook "new card came, PIN is ⟦otp:7294⟧ so I don't forget it" 🤦‍♀️ how do I get the bank to cancel it before someone sees`,
  ],
  [
    'en',
    `@HarbourlineHelp can't log in, tried everything. username darren_w77 password ⟦password:Chelsea1905!⟧ please just reset it, on hold for ⟪52⟫ mins`,
  ],
  [
    'en',
    `Refund still not here. Gave your branch my IBAN on the form: ⟦iban:IE18AIBK93115244942435¦ie18aibk 931152 44942435⟧ (AIB). Cheque was for ⟪€1,150.00⟫ dated ⟪14/11/2026⟫.`,
  ],
  [
    'en',
    `Since you want "proof", here's the export from your own app:\ndate,description,amount,sort_code,account\n⟪2026-11-28⟫,DD NETFLIX,⟪-10.99⟫,⟦uk_account#c.1:60-16-13¦⟧,⟦uk_account#c.2:99923009¦⟧\n⟪2026-11-28⟫,DD NETFLIX,⟪-10.99⟫,same again. Charged twice.`,
  ],
  [
    'en',
    `> @MeridianBankUS: Please DM us, never share card details publicly.\nToo late lol, it's ⟦card:3791 101327 37768⟧ and you charged the ⟪$695⟫ annual fee after I cancelled on ⟪Oct 3⟫.`,
  ],
  [
    'en',
    `Direct deposit never landed. Routing ⟪021000021⟫, checking account # ⟦account_number:483920175564⟧. Payroll says it left them ⟪12/01⟫.`,
  ],
  [
    'en',
    `Can't believe my son put this in his gaming bio: "add me, PIN for the family card is #⟦otp:8361¦⟧ lol". Card cancelled. #parenting #banking`,
  ],
  [
    'en',
    `The IVR read my own number back to me wrong so I typed it digit by digit: ⟦card:6011557144651562¦6 0 1 1 5 5 7 1 4 4 6 5 1 5 6 2⟧ and now it says "card not recognised". Discover it is.`,
  ],
  [
    'en',
    `The code came as 4 emojis??? ⟦otp:905318¦9️⃣0️⃣5️⃣3️⃣1️⃣8️⃣⟧ is what the text said, then "do not share". Someone is messing with my account @HarbourlineHelp`,
  ],
  // zh (mainland, HK, TW, overseas)
  [
    'zh',
    `@莲花银行 客服电话一直占线，麻烦直接回我：⟦phone:13905712846¦幺三九 零五七幺 二八四六⟧，我的卡昨晚被盗刷了⟪3⟫笔，一共⟪¥12,800⟫。`,
  ],
  [
    'zh',
    `我的卡号⟦card:6241 2527 1523 0143⟧，今天凌晨⟪2:17⟫收到境外消费短信，人在国内根本没出过门！！到现在都没人处理`,
  ],
  [
    'zh',
    `语音转文字发的，别嫌乱：卡号是⟦card:6203516917639734173¦六二零三 五一六九 一七六三 九七三四 一七三⟧，户名王建国，帮我查一下为什么被冻结`,
  ],
  [
    'zh',
    `刚才有人冒充客服打电话，让我把验证码念给他，我傻傻地说了⟦otp:583027¦五八三零二七⟧，然后卡里⟪4,600⟫块就没了。报警回执号⟪20261206001873⟫`,
  ],
  [
    'zh',
    `有问题请发邮件到 ⟦email:20479318@qq.com⟧ 或者 ⟦email:lihua.bj@163.com¦lihua.bj艾特163点com⟧，私信我看不到`,
  ],
  ['zh', `手机号⟦phone:+86 186 2017 5539⟧，注册网银的时候一直提示"该号码已绑定"，可我从来没办过你们的卡`],
  [
    'zh',
    `戶口號碼 ⟦account_number:502 381764 833⟧，上星期轉咗⟪HK$8,000⟫入去到而家都未見，打去熱線等咗⟪40⟫分鐘`,
  ],
  [
    'zh',
    `台灣這邊的客服都不回，我的手機 ⟦phone:0918 274 365⟧，帳號 ⟦account_number:0081 2345 6789 01¦⟧ 被鎖住了`,
  ],
  [
    'zh',
    `卡号⟦card:6222770771025936¦6222 7707 七一零二 5936⟧，手打的不知道对不对，反正就是这张卡，ATM吞卡了`,
  ],
  ['zh', `网银密码是 ⟦password:lh19880512⟧，我妈非要我发到家族群里让她登录，结果群里有陌生人……现在怎么办`],
  ['zh', `卡号前12位 ⟦card#z.1:6256 9367 3528⟧\n后四位 ⟦card#z.2:1613⟧\n分开发应该安全吧？帮我冻结一下谢谢`],
  [
    'zh',
    `APP里复制出来的：{"cardNo":"⟦card:6241324125453811240¦⟧","holder":"王*","status":"LOCKED"} 为什么锁我的卡？？`,
  ],
  [
    'zh',
    `在德国留学，莲花银行的跨境汇款退回了，德国账户IBAN: ⟦iban:DE07 3704 0044 8365 4327 09⟧，汇款金额⟪€2.350,00⟫`,
  ],
  ['zh', `微信不用了，直接打我电话 tel:⟦phone:+8613761429058¦⟧ 或者香港号 ⟦phone:+852 9123 4876⟧`],
  ['zh', `老人家把取款密码⟦otp:9036⟧写在卡背面，卡又丢了，还发了朋友圈……求助怎么挂失`],
  [
    'zh',
    `在美国的朋友帮个忙：报税软件让填社安号，我填的是⟦us_ssn:458-71-2093⟧，系统说和名字不匹配，是不是被人冒用了`,
  ],
  ['zh', `#莲花银行盗刷# 我的卡⟦card:3530 2450 8569 5827⟧（JCB）在日本被刷了⟪¥98,000⟫日元，⟪11月30日⟫的事`],
  [
    'zh',
    `截图识别出来的文字：“卡号 ⟦card:3530730094468803¦353O 73OO 9446 88O3⟧ 有效期 ⟪08/29⟫”，请帮我看看是不是盗刷`,
  ],
  ['zh', `短信验证码：⟦otp:206 815⟧，不是我本人申请的！！有人在用我的手机号⟦phone:137-6142-9058⟧登录`],
  // ar (Gulf, Egypt, Levant, Maghreb)
  [
    'ar',
    `بطاقة مدى رقمها ⟦card:5888 4548 5307 6375⟧ انسحب منها ⟪٢٬٥٠٠⟫ ريال وانا نايم، وخدمة العملاء تقول انتظر ⟪٧⟫ ايام عمل`,
  ],
  [
    'ar',
    `تفريغ رسالة صوتية لأمي للبنك: رقم البطاقة ⟦card:5888450857544343¦٥٨٨٨ ٤٥٠٨ خمسة سبعة خمسة اربعة ٤٣٤٣⟧ وما سحبت شي من الصراف`,
  ],
  ['ar', `الايبان حقي ⟦iban:SA71 8095 5338 0533 5680 6200⟧ تحويل الراتب ما نزل من ⟪٢٧⟫ الشهر، وش السالفة؟`],
  ['ar', `كلموني على جوالي ⟦phone:+966 55 218 4470⟧ بدل الرد الآلي، المشكلة من اسبوع ورقم البلاغ ⟪٤٥١٢٠٩⟫`],
  [
    'ar',
    `واحد اتصل وقال انه من البنك وطلب كود التحقق، قريته له: ⟦otp:640281¦ستة اربعة صفر اثنين ثمانية واحد⟧ وبعدها راحت فلوسي`,
  ],
  [
    'ar',
    `ارسلوا لي على الايميل ⟦email:ahmed.q92@gmail.com¦ahmed.q92 ات جيميل دوت كوم⟧ لاني ما اقدر ادخل التطبيق`,
  ],
  [
    'ar',
    `رقمي ⟦phone:0100 482 7713⟧ وحسابي ⟦iban:EG33 0019 0005 9212 6963 2464 29533¦⟧ والتحويل متعلق من يوم ⟪٣⟫ ديسمبر`,
  ],
  ['ar', `IBAN: ⟦iban:AE24 0335 1521 9808 3388 967⟧ الحوالة من عند الشركة ⟪١٥٬٧٥٠⟫ درهم ما وصلت للحين`],
  ['ar', `كلمة السر للتطبيق ⟦password:Noor@2024⟧ ولسا مكتوب "بيانات الدخول غير صحيحة"، صلحوا التطبيق`],
  ['ar', `ابوي نشر في قروب العيلة "الرقم السري للبطاقة ⟦otp:4815⟧" عشان ما ينساه 😂 كيف الغيها بسرعة`],
  [
    'ar',
    `اول ١٢ رقم من البطاقة ⟦card#b.1:6207 5689 6010⟧ والباقي ⟦card#b.2:3666 933⟧ ، بطاقة يونيون باي من الصين وما تشتغل بالصراف عندكم`,
  ],
  [
    'ar',
    `الرقم الأرضي ⟦phone:02 2735 9140⟧ داخلي ٣٠٥، اسألوا عن استاذ حسام، وعندي شكوى رقم ⟪CMP-2026-18834⟫`,
  ],
  [
    'ar',
    `نسخت من التطبيق: {"iban":"⟦iban:JO33CBJO0010360224108763299845¦⟧","name":"محمد خليل"} الحوالة رجعت لي بدون سبب`,
  ],
  [
    'ar',
    `حسابي في قطر ⟦iban:qa08 dohb 6346 5982 7167 7773 2179 4¦qa08dohb 634659827167 777321794⟧ والبنك يقول الرقم خطأ، جربت اكثر من مرة`,
  ],
  [
    'ar',
    `Mon RIB pour le virement: ⟦iban:MA51 0115 1989 8049 4573 5505 0787⟧ ، صافي خويا؟ ولا مازال ؟ ⟪٣⟫ أيام وأنا كنتسنى`,
  ],
  [
    'ar',
    `تم تحويل ⟪٥٠٠⟫ دينار لحساب غلط رقم الحساب الصحيح ⟦account_number:0110 2233 4587 009⟧ فرع ⟪٢١٤⟫ ساعدوني`,
  ],
  ['ar', `رقم واتسابي ⟦phone:+971 50 739 2816⟧ واسمي على الحساب ريم، ردوا علي لو سمحتوا`],
  ['ar', `كود التفعيل ⟦otp:318904¦٣١٨٩٠٤⟧ وصلني وانا ما طلبته، وبعده على طول رسالة بتحويل ⟪١٬٢٠٠⟫ جنيه`],
  [
    'ar',
    `رقم جوال الوالد ⟦phone:0552184470¦صفر خمسة خمسة اثنين واحد ثمانية اربعة اربعة سبعة صفر⟧ هو المسجل بالحساب بس الرسايل ما توصله`,
  ],
  [
    'ar',
    `حسابي بالبحرين ⟦iban:BH89 NBOB 3062 2426 4533 80⟧، وبطاقتي ⟦card:6011 4459 1362 3428⟧ كلها موقوفة بدون اشعار`,
  ],
  // nl (NL, BE)
  [
    'nl',
    `Belastingdienst-brief overgetypt voor de klachtenlijn: "Burgerservicenummer: ⟦nl_bsn:409798927⟧". Jullie zeggen dat mijn identiteit niet te verifiëren is. Al ⟪3⟫ weken.`,
  ],
  [
    'nl',
    `Deze phishing-link kreeg ik: https://mijn-bank-verificatie.nl/aanvraag?bsn=⟦nl_bsn:459527265¦⟧&stap=2 — hoe hebben ze mijn BSN al?? Aangifte gedaan.`,
  ],
  [
    'nl',
    `Terugstorting graag op ⟦iban:NL27ABNA1228829054¦nl27abna 1228 829 054⟧ (van mijn bankpas overgetypt). Bedrag ⟪€ 1.249,95⟫.`,
  ],
  [
    'nl',
    `Bel me gewoon terug: ⟦phone:0648219357¦nul zes achtenveertig eenentwintig drieënnegentig zevenenvijftig⟧ (zo spreek ik het in, de spraakherkenning maakt er wat van)`,
  ],
  [
    'nl',
    `Mail mij maar op ⟦email:jan.devries@ziggo.nl¦jan punt devries apenstaartje ziggo punt nl⟧, ik zit niet op Twitter DM`,
  ],
  [
    'nl',
    `"Hoi mam, nieuw nummer" en mijn moeder heeft de sms-code ⟦otp:318 552⟧ doorgestuurd. ⟪€ 2.800⟫ weg. @HarbourlineNL wat nu?`,
  ],
  [
    'nl',
    `Opa heeft zijn nieuwe pincode ⟦otp:0862⟧ op Facebook gezet "zodat ik hem niet vergeet". Kan iemand de pas blokkeren, hij neemt niet op`,
  ],
  [
    'nl',
    `Tikkie was te ingewikkeld dus gewoon: maak ⟪€ 37,50⟫ over naar ⟦iban:NL47 RABO 2278 3883 65⟧ t.n.v. S. Bakker, onder vermelding van ⟪bestelling 1043⟫`,
  ],
  [
    'nl',
    `Rekeningnummer begint met ⟦iban#n.1:NL47RABO⟧. De rest is ⟦iban#n.2:2278388365⟧. Toch geen geld ontvangen, hoe kan dat`,
  ],
  [
    'nl',
    `Vlaamse klant hier, mijn rekening ⟦iban:BE53 1371 4850 9053⟧ staat al ⟪2⟫ dagen geblokkeerd zonder uitleg`,
  ],
  [
    'nl',
    `OCR van mijn brief: "BSN ⟦nl_bsn:646771681¦64677l68l⟧ Datum ⟪01-12-2026⟫". Waarom staat dit in een brief over een lening die ik nooit heb afgesloten?`,
  ],
  [
    'nl',
    `Mijn DigiD-wachtwoord is ⟦password:Zomer2026!!⟧, kan iemand van de bank inloggen en kijken? Ik kom er niet meer uit`,
  ],
  [
    'nl',
    `Zakelijk nummer ⟦phone:+31 (0)20 794 6021⟧ toestel 12, privé ⟦phone:06-31 72 58 04⟧. Bel voor ⟪17:00⟫ aub`,
  ],
  [
    'nl',
    `BSN van mijn dochter (voor de kinderrekening): ⟦nl_bsn:132291058¦een drie twee twee negen een nul vijf acht⟧, zo aan de telefoon doorgegeven en toch "onbekend"`,
  ],
  ['nl', `Pincode gewijzigd naar ⟦otp:4917¦4️⃣9️⃣1️⃣7️⃣⟧ en de app zegt nog steeds "pincode onjuist" 😤`],
  [
    'nl',
    `Creditcard ⟦card:5111 4926 0458 7018⟧ is ⟪2x⟫ belast voor dezelfde bestelling van ⟪€ 89,00⟫. Dispuut ingediend op ⟪28 nov⟫.`,
  ],
  [
    'nl',
    `> @HarbourlineNL: Stuur ons een DM met je gegevens.\nNee hoor, hier: kaartnummer ⟦card:3530 2773 1252 8588⟧, gewoon blokkeren.`,
  ],
  [
    'nl',
    `CSV uit de app (klopt niks van):\nDatum;Omschrijving;Bedrag;Tegenrekening\n⟪30-11-2026⟫;Albert Heijn;⟪-56,23⟫;⟦iban:NL27ABNA1228829054¦⟧\nIk heb daar nooit geboden`,
  ],
  [
    'nl',
    `Nieuw mobiel nummer ⟦phone:+31 6 2940 1187⟧, het oude nummer krijgt nog steeds de codes. Al ⟪4⟫ keer gebeld.`,
  ],
  [
    'nl',
    `Burgerservicenr. ⟦nl_bsn#q.1:7832⟧ ⟦nl_bsn#q.2:58872⟧ (staat zo op mijn paspoort-kopie), Mijn Overheid zegt "onjuist"`,
  ],
  // es (ES, MX, CO, AR, US)
  [
    'es',
    `@BancoLoto me habéis cobrado ⟪2⟫ veces la cuota. Mi IBAN para la devolución: ⟦iban:ES78 2100 8236 7460 7999 3730¦ES78 2100 8236 74 6079993730⟧. Ya van ⟪15⟫ días.`,
  ],
  [
    'es',
    `Transcripción del audio que le mandé al banco: "la tarjeta es ⟦card:4359455398608¦cuatro tres cinco nueve, cuatro cinco cinco tres, nueve ocho seis cero ocho⟧, yo no compré nada en Amazon"`,
  ],
  [
    'es',
    `Llamadme al ⟦phone:+34 612 489 370⟧ que por aquí no me entero. Incidencia ⟪INC-0048213⟫ abierta desde el ⟪2 de diciembre⟫.`,
  ],
  [
    'es',
    `Mi CLABE es ⟦account_number:012180001183594272⟧ y la transferencia de ⟪$18,500.00⟫ MXN sigue "en proceso". Pésimo servicio.`,
  ],
  [
    'es',
    `Escribidme a ⟦email:maria.lopez.84@gmail.com¦maria.lopez.84 arroba gmail punto com⟧ por favor, el chat de la app no funciona`,
  ],
  [
    'es',
    `Me llamó uno "del departamento de seguridad" y le di el código del SMS, ⟦otp:274019¦dos siete cuatro cero uno nueve⟧. Ahora tengo ⟪3⟫ cargos que no son míos.`,
  ],
  [
    'es',
    `Ya sé que no debería, pero llevo ⟪2⟫ horas: usuario carlos.mtz, contraseña ⟦password:Barcelona1899⟧. Que alguien de soporte entre y lo arregle.`,
  ],
  [
    'es',
    `Hazme un bizum al ⟦phone:678 41 29 05⟧ y te devuelvo lo de la cena, que la app del banco no me deja transferir`,
  ],
  [
    'es',
    `Los últimos 4 son ⟦card#s.2:0009⟧ y los primeros ⟦card#s.1:6011 4361 2543⟧. Bloqueadla ya, la perdí en el metro.`,
  ],
  [
    'es',
    `Copio lo que sale en la captura: "IBAN ⟦iban:ES3221009247098435676486¦ES32 21OO 9247 O984 3567 6486⟧ Titular: J. Ruiz". ¿Por qué me la rechazan?`,
  ],
  [
    'es',
    `Cuidado con este enlace: https://bbva-verificacion.info/confirmar?iban=⟦iban:ES7821001995907389908592¦⟧&tel=⟦phone:34655128407¦⟧ me llegó por SMS con MIS datos`,
  ],
  [
    'es',
    `Mi número de seguro social es ⟦us_ssn:603-28-4417⟧, el banco en Houston me pide confirmarlo otra vez y ya lo di ⟪3⟫ veces`,
  ],
  [
    'es',
    `Desde Colombia: mi celular ⟦phone:+57 310 482 9176⟧, la cuenta de ahorros ⟦account_number:4820 1937 552⟧ no me deja retirar en cajero`,
  ],
  [
    'es',
    `El pin nuevo es ⟦otp:5530¦5️⃣5️⃣3️⃣0️⃣⟧ y el cajero me dice "pin incorrecto". Tarjeta retenida, oficina ⟪0182⟫ cerrada.`,
  ],
  [
    'es',
    `> @BancoLoto: Por tu seguridad no compartas datos por aquí.\nPues ahí va: tarjeta ⟦card:3616 223896 9915⟧, me la clonaron en Cancún el ⟪28/11⟫`,
  ],
  [
    'es',
    `Tarjeta ⟦card:2343 7667 9560 5292⟧ (Mastercard), cargo de ⟪1.249,00 €⟫ en una tienda de Hong Kong. No he salido de Sevilla.`,
  ],
  [
    'es',
    `Mi número es ⟦phone:+52 55 4129 8830⟧ ext. 118 (oficina), de ⟪9⟫ a ⟪6⟫. Llevo esperando desde el ⟪lunes⟫.`,
  ],
  [
    'es',
    `JSON que me devuelve vuestra API de open banking (soy dev): {"accountId":"acc_93jd","iban":"⟦iban:ES3221009247098435676486¦⟧","balance":⟪1520.33⟫} y el saldo está mal`,
  ],
  [
    'es',
    `Tarjeta de débito ⟦card:675945296464⟧ (Maestro de las antiguas, ⟪12⟫ dígitos), ya no funciona en ningún datáfono`,
  ],
  [
    'es',
    `Amex ⟦card:379868119125998¦3798 681191 25998⟧, cobro de ⟪US$ 420⟫ duplicado, caso ⟪#77120⟫ sin respuesta`,
  ],
  // fr (FR, BE, CH, LU, CA, Maghreb)
  [
    'fr',
    `@BanqueLotus voilà mon IBAN pour le remboursement puisque personne ne répond en MP : ⟦iban:FR76 3000 4036 5299 8985 3340 963⟧. ⟪3⟫ semaines d'attente, c'est une blague.`,
  ],
  [
    'fr',
    `Rappelez-moi au ⟦phone:0639984712¦zéro six, trente-neuf, quatre-vingt-dix-huit, quarante-sept, douze⟧ (c'est la dictée vocale qui écrit comme ça, désolé)`,
  ],
  [
    'fr',
    `Mon portable : ⟦phone:06 39 98 21 65⟧, fixe ⟦phone:+33 (0)1 99 00 42 17⟧ poste 304. Dossier ⟪n° 2026-11-4471⟫.`,
  ],
  [
    'fr',
    `Écrivez-moi à ⟦email:claire.martin@orange.fr¦claire point martin arobase orange point fr⟧, je ne reçois pas vos SMS`,
  ],
  [
    'fr',
    `Carte bancaire ⟦card:4970 5601 0701 1901⟧ débitée de ⟪149,90 €⟫ pour un abonnement que j'ai résilié le ⟪12 octobre⟫.`,
  ],
  [
    'fr',
    `Transcription de mon message vocal au service client : « ma carte c'est ⟦card:4970881532840080¦quatre neuf sept zéro, huit huit un cinq, trois deux huit quatre, zéro zéro huit zéro⟧, elle est bloquée depuis hier »`,
  ],
  [
    'fr',
    `Un faux conseiller m'a demandé le code reçu par SMS et je l'ai donné : ⟦otp:407 218⟧. Résultat ⟪1 850 €⟫ de virement instantané. Merci la sécurité.`,
  ],
  [
    'fr',
    `Mon mot de passe c'est ⟦password:Loulou2012*⟧ et l'appli me dit "identifiants incorrects" depuis la mise à jour ⟪8.4.1⟫`,
  ],
  [
    'fr',
    `Compte en Suisse : ⟦iban:CH7900762034366086276¦CH79 0076 2034 3660 8627 6⟧, le virement de ⟪CHF 2’400.–⟫ n'est jamais arrivé`,
  ],
  [
    'fr',
    `Au Luxembourg, IBAN ⟦iban:LU84 0015 8059 3179 9647⟧ — le salaire de novembre n'est pas arrivé, la banque dit que le compte est "inconnu"`,
  ],
  [
    'fr',
    `Les ⟪12⟫ premiers chiffres : ⟦card#f.1:3634 2530 5899⟧\net les deux derniers : ⟦card#f.2:71⟧\nc'est une Diners, opposition svp`,
  ],
  [
    'fr',
    `J'ai scanné mon RIB avec l'appli et ça donne « ⟦iban:FR7630004806856795489484576¦FR76 3OOO 48O6 8567 9548 9484 576⟧ », c'est pour ça que le virement est rejeté ?`,
  ],
  [
    'fr',
    `Du Québec : rappelez-moi au ⟦phone:514 555-0199⟧ poste 2231, ou sur mon cell ⟦phone:438 555-0162⟧. Ça fait ⟪45⟫ minutes d'attente.`,
  ],
  [
    'fr',
    `Mon code confidentiel c'est ⟦otp:3381⟧, je l'ai écrit ici parce que je l'oublie tout le temps 🙃 (oui je sais)`,
  ],
  [
    'fr',
    `Lien reçu par SMS : https://banque-lotus-securite.fr/valider?carte=⟦card:4970129786624333¦⟧&code=⟦otp:662190¦⟧ — c'est du phishing non ? Ils ont ma vraie carte`,
  ],
  [
    'fr',
    `Export de l'appli : {"titulaire":"M. Dupont","numeroCompte":"⟦account_number:00012345678¦⟧","agence":"⟪00482⟫"} le solde affiché est faux`,
  ],
  [
    'fr',
    `Mon numéro de compte ⟦account_number:52 814 903 117⟧ à l'agence ⟪Lyon Part-Dieu⟫, prélèvement de ⟪29,99 €⟫ en double`,
  ],
  [
    'fr',
    `Mastercard ⟦card:2347 2882 5190 3224⟧ refusée partout depuis le ⟪1er décembre⟫ alors que j'ai ⟪2 300 €⟫ sur le compte`,
  ],
  [
    'fr',
    `Au Maroc : RIB ⟦iban:MA73 0115 1974 1078 8473 8732 0369⟧ ⟪800⟫ dirhams débités deux fois au guichet de l'agence`,
  ],
  [
    'fr',
    `Code de validation ⟦otp:591046¦5️⃣9️⃣1️⃣0️⃣4️⃣6️⃣⟧ reçu sans rien demander, puis un appel du "service fraude"… je n'ai pas décroché`,
  ],
  [
    'fr',
    `En Tunisie, mon RIB ⟦iban:TN8710006453496669676407¦TN87 10 006 4534966696764 07⟧ ne marche pas pour le virement international`,
  ],
  // de (DE, AT, CH)
  [
    'de',
    `@LotusBankDE Erstattung bitte auf ⟦iban:DE59370400441083564464¦de59 3704 0044 1083 5644 64⟧, ich warte seit ⟪14⟫ Tagen auf die ⟪249,00 €⟫!`,
  ],
  [
    'de',
    `Ruft mich bitte zurück: ⟦phone:015148273390¦null eins fünf eins, vier acht zwo sieben, drei drei neun null⟧ (Sprachnachricht, deshalb so geschrieben)`,
  ],
  [
    'de',
    `Handy ⟦phone:+49 (0)170 5523 918⟧, Festnetz ⟦phone:030 / 901 820 44⟧ Durchwahl -17. Ticketnummer ⟪4711-2026-889⟫.`,
  ],
  [
    'de',
    `Schreibt mir an ⟦email:max.mueller@web.de¦max.mueller (at) web (punkt) de⟧, euer Chat hängt seit dem Update ⟪7.3⟫`,
  ],
  [
    'de',
    `Ein "Sparkassen-Mitarbeiter" hat mich angerufen und ich habe ihm die pushTAN ⟦otp:846 203⟧ vorgelesen. ⟪3.900 €⟫ weg. Ich könnte heulen.`,
  ],
  [
    'de',
    `Meine Oma hat ihre Geheimzahl ⟦otp:2758⟧ in die Familien-WhatsApp geschrieben, "damit ihr sie für mich aufhebt". Wie sperre ich die Karte am Wochenende?`,
  ],
  [
    'de',
    `Passwort fürs Online-Banking ist ⟦password:Hasenbraten#77⟧, ich komm trotzdem nicht rein, bitte prüft das mal`,
  ],
  [
    'de',
    `Kreditkarte ⟦card:2344 4762 7665 2578⟧ wurde in den USA belastet, ⟪1.120,40 €⟫, ich war nie in den USA`,
  ],
  [
    'de',
    `Aus Österreich: IBAN ⟦iban:AT61 1904 3503 9478 9214⟧, die Überweisung vom ⟪3.12.⟫ ist zurückgekommen`,
  ],
  [
    'de',
    `Konto in Zürich ⟦iban:CH33 0076 2175 1385 2807 0⟧, Lohn ⟪CHF 6’850.00⟫ nicht eingegangen, Hotline ⟪45⟫ Minuten Warteschleife`,
  ],
  [
    'de',
    `Kontonr. ⟦account_number:1083564464⟧, BLZ ⟪370 400 44⟫ (ja, ich schreib das noch so), Lastschrift doppelt abgebucht`,
  ],
  [
    'de',
    `Die Karte endet auf ⟦card#d.2:0003⟧, vorne steht ⟦card#d.1:4640 6191 7⟧. Bitte sofort sperren, mir wurde das Portemonnaie geklaut.`,
  ],
  [
    'de',
    `Export aus eurer App:\n{"empfaenger":"K. Wagner","iban":"⟦iban:DE07370400448365432709¦⟧","betrag":"⟪89.90⟫"}\nDie Überweisung hängt seit ⟪Montag⟫`,
  ],
  [
    'de',
    `Texterkennung vom Kontoauszug: "IBAN ⟦iban:AT851904306418492131¦AT85 l9O4 3O64 l849 2l3l⟧" – die App lehnt die IBAN ab, was stimmt da nicht?`,
  ],
  [
    'de',
    `> @LotusBankDE: Bitte keine Kartendaten öffentlich posten.\nZu spät: ⟦card:3717 627476 01819⟧ – Amex, Jahresgebühr ⟪2x⟫ abgebucht.`,
  ],
  [
    'de',
    `Phishing-Mail mit Link https://lotus-bank-sicherheit.de/login?user=⟦email:j.schneider@gmx.de¦j.schneider%40gmx.de⟧&tan=⟦otp:557031¦⟧ – woher haben die meine Adresse?`,
  ],
  [
    'de',
    `Neue Handynummer ⟦phone:0176/38291047⟧, die TANs gehen immer noch an die alte. Seit ⟪2⟫ Wochen kein Online-Banking.`,
  ],
  ['de', `Maestro-Karte ⟦card:6759 7297 1237⟧ (alte ⟪12⟫-stellige), geht an keinem Automaten mehr`],
  ['de', `Bestätigungscode ⟦otp:730154¦7️⃣3️⃣0️⃣1️⃣5️⃣4️⃣⟧ kam per SMS, ich habe nichts beantragt!! @LotusBankDE`],
  [
    'de',
    `Bin in Wien, ruft mich unter ⟦phone:+43 664 381 2297⟧ an. Vertragsnummer ⟪V-20261204-33⟫, Filiale ⟪1010⟫ Wien.`,
  ],
  [
    'de',
    `Schweizer Handy: ⟦phone:079 482 61 93⟧, E-Mail ⟦email:urs.keller@bluewin.ch¦urs.keller[ät]bluewin.ch⟧. Karte ⟦card:3616 994157 0245⟧ ist gesperrt.`,
  ],
]

// Hard negatives: numbers a masker must leave readable.
export const ordinary = [
  // en
  [
    'en',
    `Order ⟪4307 5677 0008 7202 642⟫ still says "processing" after ⟪11⟫ days. Paid ⟪£1,249.99⟫ on ⟪28/11/2026⟫ at ⟪14:32⟫. Not impressed, Harbourline.`,
  ],
  [
    'en',
    `Flight ⟪BA 2490⟫ cancelled, refund of ⟪£318.40⟫ was meant to land by ⟪Dec 4⟫. Booking ref ⟪XK7P2Q⟫, case number ⟪00418273⟫.`,
  ],
  [
    'en',
    `App update ⟪5.14.2⟫ (build ⟪20261203⟫) broke Face ID. Rolled back to ⟪5.13.9⟫ and it works. ⟪iOS 18.1⟫, iPhone ⟪15⟫.`,
  ],
  [
    'en',
    `Savings rate dropped from ⟪4.75%⟫ to ⟪3.9%⟫ with ⟪30⟫ days' notice. On ⟪£25,000⟫ that's ⟪£212⟫ a year less. Branch ⟪1047⟫ in ⟪SW1A 1AA⟫ couldn't explain it.`,
  ],
  [
    'en',
    `Parcel tracking ⟪1Z 999 AA1 01 2345 6784⟫ and Royal Mail ⟪RN 4721 9385 6GB⟫, neither has moved since ⟪Tuesday⟫. Ordered with your card offer code ⟪XMAS25⟫.`,
  ],
  [
    'en',
    `Waited ⟪forty five⟫ minutes, got cut off at ⟪5:59pm⟫, called back, another ⟪twenty⟫. ⟪2⟫ stars only because the branch staff at ⟪Unit 12⟫ were nice.`,
  ],
  [
    'en',
    `Reference on my statement: ⟪1841 6425 7419 7363⟫ — that's not a card number, it's your "transaction ID", and it's for ⟪$1,024.50⟫ I don't recognise. Zip ⟪10027⟫.`,
  ],
  [
    'en',
    `The PIN reader asked ⟪3⟫ times, then the code text took ⟪10⟫ minutes. Passwords need ⟪8–64⟫ characters now? Your security page says ⟪12⟫.`,
  ],
  [
    'en',
    `Mortgage offer: ⟪£312,500⟫ over ⟪25⟫ years at ⟪4.29%⟫, ⟪£1,703.18⟫ a month, fee ⟪£999⟫. Application ⟪MTG-2026-004417⟫.`,
  ],
  // zh
  [
    'zh',
    `订单号⟪6452 0375 7660 4224⟫一直显示待发货，付了⟪¥3,299.00⟫，⟪2026年11月28日⟫下的单，客服说⟪48⟫小时内处理`,
  ],
  ['zh', `航班⟪CA1831⟫延误了⟪三个⟫小时，退款⟪¥1,280⟫说⟪7⟫个工作日到账，工单号⟪GD20261204-0093⟫`],
  ['zh', `APP更新到⟪8.2.0⟫以后闪退，安卓⟪14⟫，小米⟪13⟫，重装了⟪两次⟫都不行`],
  ['zh', `存款利率从⟪2.15%⟫降到⟪1.85%⟫，⟪10万⟫块存⟪3⟫年少了好几百，网点⟪0371⟫的经理也说不清楚`],
  ['zh', `快递单号⟪SF1428573906214⟫，寄到北京⟪100020⟫，说好的信用卡礼品到现在没收到，⟪12月1日⟫就说发了`],
  ['zh', `下午⟪3:45⟫到网点排队，前面⟪二十八⟫个人，等到⟪5点半⟫才办完，人民币⟪伍仟元⟫的业务而已`],
  ['zh', `交易流水号⟪4002 8817 3326 1195 007⟫，金额⟪¥58.60⟫，这笔不是我的，请核查`],
  ['zh', `信用卡年费⟪¥600⟫，积分⟪12,450⟫分，兑换比例⟪1:0.5⟫，这也太坑了`],
  ['zh', `房贷⟪120万⟫，⟪30⟫年，利率⟪3.95%⟫，月供⟪5,694.27⟫元，合同编号⟪HT2026-0458812⟫`],
  // ar
  ['ar', `رقم الطلب ⟪٩٧٤٥٨٤٨٩٤٢٥٧٥٦٧⟫ والمبلغ ⟪١٬٢٤٩٫٠٠⟫ ريال، من ⟪١٠⟫ ايام وما وصل شي`],
  ['ar', `رحلة ⟪EK 202⟫ تأخرت ⟪ثلاث⟫ ساعات، والاسترداد ⟪٨٥٠⟫ درهم، رقم الحجز ⟪QF7T2M⟫`],
  ['ar', `حدثت التطبيق لنسخة ⟪6.1.3⟫ وصار يطلع لي خطأ ⟪503⟫، جوالي ايفون ⟪14⟫`],
  ['ar', `نسبة الربح ⟪٤٫٢٥٪⟫ على وديعة ⟪١٠٠٬٠٠٠⟫ ريال لمدة ⟪١٢⟫ شهر، فرع ⟪٣١٢⟫ بالرياض قالوا كذا`],
  ['ar', `انتظرت من الساعة ⟪٩:١٥⟫ الى ⟪١١:٤٠⟫ في الفرع، وكان رقمي ⟪٨٧⟫ والشاشة على ⟪٤٢⟫`],
  ['ar', `رقم الشحنة ⟪JD014600003948217593⟫ من ⟪٥⟫ ديسمبر، والرمز البريدي ⟪11564⟫، هدية البنك ما وصلت`],
  ['ar', `القسط الشهري ⟪٢٬٨٥٠⟫ جنيه لمدة ⟪٦٠⟫ شهر، والفايدة ⟪٢٢٪⟫، عقد رقم ⟪٢٠٢٦/٤٥٨٨⟫`],
  ['ar', `رقم العملية ⟪1969359656774⟫ بتاريخ ⟪2026-12-02⟫ بمبلغ ⟪75.500⟫ دينار، ما اعرفها`],
  ['ar', `رسوم التحويل ⟪٢٥⟫ ريال + ⟪١٥٪⟫ ضريبة، يعني ⟪٢٨٫٧٥⟫، ليش؟`],
  // nl
  [
    'nl',
    `Bestelling ⟪880209234⟫ nog steeds niet geleverd, betaald ⟪€ 1.299,00⟫ op ⟪28-11-2026⟫ om ⟪14.32⟫ uur. Postcode ⟪1012 AB⟫, huisnummer ⟪17⟫.`,
  ],
  [
    'nl',
    `Vlucht ⟪KL1234⟫ geannuleerd, terugbetaling ⟪€ 412,80⟫ zou voor ⟪4 december⟫ binnen zijn. Dossiernummer ⟪773387678⟫.`,
  ],
  ['nl', `App-versie ⟪9.21.0⟫ crasht op Android ⟪15⟫. Versie ⟪9.20.4⟫ werkte prima. ⟪3⟫ sterren.`],
  [
    'nl',
    `Spaarrente van ⟪2,25%⟫ naar ⟪1,75%⟫, op ⟪€ 40.000⟫ scheelt dat ⟪€ 200⟫ per jaar. Filiaal ⟪Utrecht 0312⟫ wist van niks.`,
  ],
  [
    'nl',
    `PostNL ⟪3SABCD1234567⟫ ligt al ⟪5⟫ dagen in het sorteercentrum, pakket met de nieuwe pas. Klantnummer ⟪253216057⟫.`,
  ],
  [
    'nl',
    `Ik heb ⟪vijfenveertig⟫ minuten in de wacht gestaan en daarna nog ⟪twintig⟫. Om ⟪17:00⟫ sluit de lijn, dus morgen weer.`,
  ],
  [
    'nl',
    `Hypotheek ⟪€ 385.000⟫, ⟪30⟫ jaar vast op ⟪3,89%⟫, maandlasten ⟪€ 1.813,42⟫. Offertenummer ⟪HYP-2026-118204⟫.`,
  ],
  [
    'nl',
    `Transactiekenmerk ⟪1233 5505 4490 7374⟫ bij een betaling van ⟪€ 64,95⟫ — geen idee waar dat van is. Datum ⟪02-12-2026⟫.`,
  ],
  [
    'nl',
    `De pincode moest ⟪5⟫ cijfers worden? Nee, ⟪4⟫ volgens de folder. En het wachtwoord minimaal ⟪12⟫ tekens. Nieuwe pas kost ⟪€ 7,50⟫.`,
  ],
  // es
  [
    'es',
    `Pedido ⟪6452037576604224⟫ sin enviar, pagué ⟪1.299,00 €⟫ el ⟪28/11/2026⟫ a las ⟪14:32⟫. Código postal ⟪28013⟫, Madrid.`,
  ],
  [
    'es',
    `Vuelo ⟪IB3166⟫ cancelado, reembolso de ⟪412,80 €⟫ prometido para el ⟪4 de diciembre⟫. Localizador ⟪ZK4P7R⟫.`,
  ],
  ['es', `La versión ⟪4.18.1⟫ de la app no abre en Android ⟪13⟫. Con la ⟪4.17⟫ iba bien. ⟪1⟫ estrella.`],
  [
    'es',
    `En México me cobran ⟪$1,850.00⟫ MXN de anualidad más ⟪16%⟫ de IVA, o sea ⟪$2,146.00⟫. Sucursal ⟪0482⟫ de Polanco.`,
  ],
  [
    'es',
    `Estuve ⟪cuarenta y cinco⟫ minutos esperando y me colgaron. Volví a llamar a las ⟪18:05⟫ y otros ⟪veinte⟫.`,
  ],
  [
    'es',
    `Hipoteca de ⟪180.000 €⟫ a ⟪25⟫ años al ⟪3,1 %⟫ TAE, cuota ⟪862,47 €⟫. Expediente ⟪HIP-2026-00731⟫.`,
  ],
  ['es', `Número de operación ⟪974584894257567⟫ por ⟪59,90 €⟫ que no reconozco, del ⟪02/12⟫.`],
  [
    'es',
    `Envío ⟪ES2026120400481733⟫ de Correos, la tarjeta nueva lleva ⟪9⟫ días "en reparto". En Argentina serían ⟪$ 45.000⟫ de multa jaja`,
  ],
  [
    'es',
    `El PIN me pide ⟪4⟫ dígitos y la contraseña ⟪8⟫ caracteres, pero el SMS tarda ⟪10⟫ minutos. Así no hay quien opere.`,
  ],
  // fr
  [
    'fr',
    `Commande ⟪1841642574197363⟫ toujours pas livrée, payée ⟪1 299,00 €⟫ le ⟪28/11/2026⟫ à ⟪14h32⟫. Code postal ⟪75008⟫ Paris.`,
  ],
  [
    'fr',
    `Vol ⟪AF 1234⟫ annulé, remboursement de ⟪412,80 €⟫ promis avant le ⟪4 décembre⟫. Réservation ⟪TQ8M4K⟫.`,
  ],
  ['fr', `La mise à jour ⟪7.2.0⟫ fait planter l'appli sous Android ⟪14⟫. La ⟪7.1.5⟫ marchait. ⟪2⟫ étoiles.`],
  [
    'fr',
    `Livret passé de ⟪3 %⟫ à ⟪2,4 %⟫, sur ⟪22 950 €⟫ ça fait ⟪137,70 €⟫ de moins par an. Agence ⟪00482⟫, personne n'était au courant.`,
  ],
  [
    'fr',
    `J'ai attendu ⟪quarante-cinq⟫ minutes au téléphone, puis encore ⟪vingt⟫. Ouvert jusqu'à ⟪18h⟫ seulement.`,
  ],
  ['fr', `Prêt immo ⟪250 000 €⟫ sur ⟪20⟫ ans à ⟪3,65 %⟫, mensualité ⟪1 472,36 €⟫. Dossier ⟪PR-2026-558201⟫.`],
  [
    'fr',
    `Suivi Colissimo ⟪6A12345678901⟫, la nouvelle carte devait arriver en ⟪48 h⟫. À Genève on paie ⟪CHF 1’250.50⟫ pour le même service.`,
  ],
  [
    'fr',
    `Référence de l'opération ⟪4307 5677 0008 7202 642⟫, montant ⟪89,00 €⟫, date ⟪02.12.2026⟫. Ce n'est pas moi.`,
  ],
  [
    'fr',
    `Le code PIN doit faire ⟪4⟫ chiffres, le mot de passe ⟪8⟫ caractères minimum et le code SMS expire au bout de ⟪5⟫ minutes.`,
  ],
  // de
  [
    'de',
    `Bestellung ⟪1233550544907374⟫ immer noch nicht da, bezahlt ⟪1.299,00 €⟫ am ⟪28.11.2026⟫ um ⟪14:32⟫ Uhr. PLZ ⟪10115⟫ Berlin.`,
  ],
  [
    'de',
    `Flug ⟪LH 400⟫ gestrichen, Erstattung ⟪412,80 €⟫ bis ⟪4. Dezember⟫ versprochen. Buchungscode ⟪Y7KQ2P⟫.`,
  ],
  ['de', `Version ⟪3.42.1⟫ stürzt auf Android ⟪14⟫ ab, ⟪3.41.0⟫ lief. ⟪1⟫ Stern, sorry.`],
  [
    'de',
    `Tagesgeld von ⟪3,25 %⟫ auf ⟪2,5 %⟫ gesenkt, bei ⟪50.000 €⟫ sind das ⟪375 €⟫ weniger im Jahr. Filiale ⟪0815⟫ in ⟪80331⟫ München.`,
  ],
  [
    'de',
    `Ich hing ⟪fünfundvierzig⟫ Minuten in der Warteschleife, dann nochmal ⟪zwanzig⟫. Hotline nur bis ⟪18 Uhr⟫.`,
  ],
  [
    'de',
    `Baufinanzierung ⟪420.000 €⟫, ⟪15⟫ Jahre Zinsbindung, ⟪3,79 %⟫, Rate ⟪1.982,14 €⟫. Vorgangsnummer ⟪BF-2026-0072219⟫.`,
  ],
  [
    'de',
    `DHL Sendungsnummer ⟪00340434161094042557⟫, die neue Karte liegt seit ⟪3⟫ Tagen in der Filiale. In der Schweiz kostet das ⟪CHF 2’400.–⟫.`,
  ],
  [
    'de',
    `Umsatz-Referenz ⟪6452 0375 7660 4224⟫ über ⟪39,99 €⟫ vom ⟪02.12.2026⟫, kenne ich nicht. Aktenzeichen ⟪120398024⟫.`,
  ],
  [
    'de',
    `Die PIN muss ⟪6⟫ Stellen haben? In der App steht ⟪4⟫. Das Passwort mindestens ⟪10⟫ Zeichen, die TAN gilt ⟪5⟫ Minuten.`,
  ],
]
