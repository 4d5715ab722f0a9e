// Fresh BLIND personal-data set 8 (issue 11). Written 2026-12-06 from 20:10 UTC by the redteam8p
// engineer BEFORE reading src/pii*.ts, the nlp README's PII sections or the posts and renderers
// of sets 1–7 (only set 7's header and export names, the eval script and the standards were
// read), and committed before it was first scored. Nothing here is tuned on: it is the
// session's held-out measurement of masking.
//
// Posts as customers write them in public, in each language's own idiom: complaints, app-store
// reviews, replies to a bank's "DM us", forum threads, chat messages and e-mail signatures pasted
// back, scam texts forwarded to the bank. Values take the form people actually type: the grouping
// the card, statement or app shows, or none at all when copied from an app; each country's habit
// for phones (07700 900… and +44 (0)… in the UK, 06-… in the Netherlands, 138 xxxx xxxx in China,
// 05x xxx xxxx in the Gulf, 010… in Egypt, 06 xx xx xx xx in France, 0171 … in Germany),
// Arabic-Indic digits where Arabic keyboards give them. No weighting toward "hard" forms.
//
// Markers (read by scripts/lib/pii-render-8.mjs):
//   ⟦kind:value⟧   a sensitive value exactly as written (kinds as in packages/schema PII_KINDS);
//                  the renderer writes it in up to three other forms.
//   ⟪…⟫            an ordinary number that must survive masking.
//
// Values are synthetic, with valid check digits where the format has one (Luhn in the issuer's
// range, ISO 13616 mod-97 with the national BBAN key where there is one, the BSN 11-proef, the
// CLABE weights); SSNs keep the SSA's rules, NI numbers HMRC's prefix rules; UK and US phones use
// Ofcom's drama ranges and NANP's 555-01xx. Ordinary long references fail Luhn, mod-97 or the
// 11-proef.
export const sensitive = [
  // ───────────── en (UK, IE, US) ─────────────
  [
    'en',
    `@HarbourlineBank your app froze halfway through adding my new card and now it says "card already registered"?? it's ⟦card:4131 6023 1841 8891⟧, can someone sort this before payday pls`,
  ],
  [
    'en',
    `Ordered a pizza, got charged 3 times. Card ⟦card:5148995588499353⟧ exp ⟪11/27⟫. £⟪18.50⟫ x3 = £⟪55.50⟫ gone. 1 star until I get it back`,
  ],
  [
    'en',
    `someone in Miami is using my amex ⟦card:3733 114649 97980⟧ at a Walgreens. I'm literally in Bristol. Fraud team line has been busy for 45 min`,
  ],
  [
    'en',
    `Discover customer service is a joke. Card number ⟦card:6011-1595-9545-3992⟧ was supposed to be closed in March and they still billed me the $⟪95⟫ annual fee`,
  ],
  [
    'en',
    `Replying to @NorthgateBank I've DMed you 4 times. Sort code ⟦uk_account:30-96-34 80158561⟧. The £⟪240⟫ standing order bounced and I got a £⟪12⟫ fee for YOUR mistake`,
  ],
  [
    'en',
    `my mum needs to send me money for rent, is this right? sort code 20 00 00 acc no ⟦uk_account:84768563⟧ Barclays. sorry if wrong place to ask lol`,
  ],
  [
    'en',
    `Tried to pay my landlord and the app said "payee details don't match". Account name J Patel, ⟦uk_account:60-16-13 / 18872066⟧. Confirmation of Payee is broken again?`,
  ],
  [
    'en',
    `Moving back to Dublin, can I get my salary paid to my AIB account from here? IBAN ⟦iban:IE51 AIBK 9311 5268 8432 23⟧`,
  ],
  [
    'en',
    `@ChaseSupport direct deposit still not showing. Routing is fine, my account number is ⟦account_number:4471 0098 2213⟧. Employer says it left Friday`,
  ],
  [
    'en',
    `The "verification" guy on the phone already had my SSN ⟦us_ssn:318-59-3042⟧ and my address. How does a scammer have that?? your bank is the only place I gave it`,
  ],
  [
    'en',
    `Form keeps rejecting my social. I type ⟦us_ssn:597558060⟧ exactly like on the card and it says invalid. Tried Safari and Chrome. Deadline is tomorrow`,
  ],
  [
    'en',
    `Filing for my dad, his SSN is ⟦us_ssn:426 09 2873⟧, account was frozen after he passed and nobody will tell me what paperwork you need. 3 weeks now.`,
  ],
  [
    'en',
    `IRS letter says a tax return was already filed under my SSN ⟦us_ssn:383-50-4151⟧. The only place that number went online was your loan application. Explain.`,
  ],
  [
    'en',
    `switching my salary over, is this right for santander? sort code 09-01-28 account ⟦uk_account:42931776⟧. HR needs it by friday`,
  ],
  [
    'en',
    `HMRC and the bank both want my NI number for the ISA transfer and the form won't take it: ⟦uk_nino:JG 10 37 29 B⟧. what am I doing wrong`,
  ],
  [
    'en',
    `Applied for the account online, NI no. ⟦uk_nino:NE382716D⟧, DOB ⟪14/03/1991⟫. Application ref ⟪APP-55201943⟫ "under review" for 12 days. Monzo took 10 minutes.`,
  ],
  [
    'en',
    `typed on my phone so sorry, no caps: ni number ⟦uk_nino:st486211a⟧, your form says "invalid format". it's literally on my payslip`,
  ],
  [
    'en',
    `Nobody has called me back. Third time asking: my mobile is ⟦phone:07700 900482⟧, I'm in from 6pm. Complaint ref ⟪CMP-0048213⟫`,
  ],
  [
    'en',
    `Kind regards,
Sarah Whitfield
Operations Manager, Whitfield Joinery Ltd
T: ⟦phone:+44 (0)161 496 0731⟧
M: ⟦phone:+44 7700 900417⟧
⟪Unit 4⟫, Pennine Trading Estate

-- forwarded because your business team still hasn't answered this email from ⟪2 Nov⟫`,
  ],
  [
    'en',
    `Got a text "your account is locked call ⟦phone:020 7946 0958⟧" - is that really you @HarbourlineBank or a scam? it had my name in it`,
  ],
  [
    'en',
    `@BankOfLakeside ok call me then. ⟦phone:(212) 555-0187⟧ any time after 3 EST. I'm done typing into a chatbot`,
  ],
  [
    'en',
    `Second request. Please email the statement to ⟦email:jenny.wright84@gmail.com⟧ - the app only shows the last ⟪90⟫ days and I need ⟪2023⟫ for my mortgage broker`,
  ],
  [
    'en',
    `Fraudster sent me this: "Your one-time code is ⟦otp:482913⟧. Do not share it." and then CALLED me asking for it. Tell people your staff never ask for codes!!`,
  ],
  [
    'en',
    `lesson learned I guess. "bank" rang, said read out the code they sent, I did (⟦otp:730 215⟧) and £⟪1,870⟫ left my account in 2 mins. Branch says nothing they can do`,
  ],
  [
    'en',
    `new app made me change my card PIN. old one was ⟦otp:1990⟧ (birth year, I know) and now it rejects every 4 digits I try as "too easy to guess". make it make sense`,
  ],
  [
    'en',
    `For anyone on the old forum: my login for the business portal was ⟦password:Whitfield2019!⟧ and it still worked after they "forced" a reset. That's how secure this is.`,
  ],
  // ───────────── nl (NL, BE) ─────────────
  [
    'nl',
    `@HavenbankNL mijn pas is ingeslikt bij de automaat op het station, nummer ⟦card:4877 4670 8040 6914⟧. Kan ik hem blokkeren zonder 40 min in de wacht te staan?`,
  ],
  [
    'nl',
    `Dubbel afgeschreven bij bol, ⟪2x⟫ €⟪64,99⟫. Creditcard ⟦card:5232 9686 2525 3072⟧. Graag terugboeken, dit is de tweede keer deze maand.`,
  ],
  [
    'nl',
    `Huur betaald naar verkeerde rekening omdat de app de oude IBAN bleef invullen. Het moest ⟦iban:NL61 INGB 0480 5973 53⟧ zijn. Hoe krijg ik die €⟪1.150⟫ terug??`,
  ],
  [
    'nl',
    `Kun je mij het geld overmaken? ⟦iban:NL41RABO0987434970⟧ t.n.v. M. de Vries. Alvast bedankt!! (ja ik weet dat dit openbaar is, mijn telefoon doet raar)`,
  ],
  [
    'nl',
    `Tikkie werkt al 2 dagen niet, dus hierbij: rekeningnummer ⟦iban:NL07 ABNA 0829 5459 86⟧, €⟪12,50⟫ p.p. voor het uitje van zaterdag`,
  ],
  [
    'nl',
    `Sinds de overstap naar jullie bank krijg ik mijn zorgtoeslag niet meer. Belastingdienst zegt dat ⟦iban:NL49 TRIO 0982 4731 62⟧ niet klopt. Hij klopt wel, het staat op mijn pas.`,
  ],
  [
    'nl',
    `Woon in Gent, werk in Breda. Loon moet naar ⟦iban:BE65 5962 8238 6696⟧ maar jullie systeem accepteert geen Belgische IBAN? Serieus?`,
  ],
  [
    'nl',
    `Voor de hypotheekaanvraag moest ik mijn BSN invullen: ⟦nl_bsn:550811382⟧. Daarna kreeg ik een foutmelding en nu weet ik niet of het is opgeslagen. Help?`,
  ],
  [
    'nl',
    `Beller deed zich voor als medewerker van de bank en wist mijn BSN (⟦nl_bsn:949 546 409⟧) en geboortedatum. Hoe kan dat?? Aangifte gedaan, zaaknummer ⟪2024-118734⟫.`,
  ],
  [
    'nl',
    `Mijn dochter (17) wil een rekening openen, formulier vraagt burgerservicenummer, ze vult ⟦nl_bsn:4908.22.125⟧ in zoals op haar ID staat en het wordt afgekeurd. Zonder puntjes ook niet.`,
  ],
  [
    'nl',
    `bsn ⟦nl_bsn:483042936⟧ geboortedatum ⟪12-05-1987⟫, kunnen jullie nu eindelijk mijn account ontgrendelen of moet ik nog een keer langs het kantoor`,
  ],
  [
    'nl',
    `Pensioenfonds wil mijn gegevens controleren via jullie iDIN, maar het loopt vast. BSN: ⟦nl_bsn:230 500 079⟧. Wie kan hier naar kijken?`,
  ],
  [
    'nl',
    `Bel me maar terug op ⟦phone:06-48213976⟧, ik ben vandaag de hele dag thuis. Klachtnummer ⟪KL-77102⟫.`,
  ],
  [
    'nl',
    `@HavenbankNL jullie chat zegt "we bellen u binnen 24 uur". Dat was vrijdag. ⟦phone:06 1749 2283⟧. Nu is het dinsdag.`,
  ],
  [
    'nl',
    `Met vriendelijke groet,

Pieter Bosman
Bosman Installatietechniek B.V.
T ⟦phone:020-5438812⟧ | M ⟦phone:+31 6 2385 1174⟧
KvK ⟪67241893⟫`,
  ],
  [
    'nl',
    `Kreeg een sms van "jullie" dat ik moest bellen naar ⟦phone:+32 470 21 84 55⟧ want mijn pas zou verlopen. Belgisch nummer?? Dit is toch phishing?`,
  ],
  [
    'nl',
    `Stuur de bevestiging maar naar ⟦email:m.dekker1979@hotmail.nl⟧, via de app lukt het niet (versie ⟪8.14.2⟫ op Android)`,
  ],
  [
    'nl',
    `Ik heb mijn verificatiecode ⟦otp:583 114⟧ aan een "medewerker" gegeven en nu is er €⟪2.300⟫ weg. Ik ben zo boos op mezelf maar ook op jullie dat dit kan.`,
  ],
  [
    'nl',
    `Nieuwe pas gekregen maar de pincode brief niet. Heb via de app een nieuwe aangevraagd, daar staat ⟦otp:4821⟧ maar de automaat zegt onjuist. Wat nu?`,
  ],
  [
    'nl',
    `Lang verhaal, sorry. Mijn vader is 82 en doet al jaren zijn bankzaken zelf, maar sinds de nieuwe app snapt hij er niks meer van. Elke week bel ik met hem om het uit te leggen, en elke week is er iets anders veranderd: knoppen verplaatst, een nieuw inlogscherm, dan weer een melding dat hij de app moet bijwerken. Vorige week heeft hij in paniek een "medewerker" gebeld die hem sms'te. Die man was heel vriendelijk, wist zijn naam en zijn adres en vroeg of hij even zijn wachtwoord wilde opnoemen om "de beveiliging te controleren". Mijn vader heeft het gewoon gegeven: ⟦password:Ajax1900pvd⟧. Binnen een uur waren er drie overboekingen gedaan. De bank zegt nu dat hij "grof nalatig" is geweest. Hij is 82!`,
  ],
  // ───────────── zh (CN; bank cards are UnionPay, phones 11 digits) ─────────────
  [
    'zh',
    `@莲花银行 我的卡号⟦card:6227 0353 6727 5023 823⟧被莫名其妙冻结了，打客服⟪95588⟫根本没人接，工资明天就到账了怎么办？？`,
  ],
  ['zh', `今天在ATM取钱，卡被吞了，卡号 ⟦card:6219328378246412113⟧，网点说要等三个工作日才能取回，真的服了`],
  [
    'zh',
    `有没有人遇到过？信用卡⟦card:6259 2857 1837 5522⟧昨天半夜在境外被刷了两笔，一笔⟪3,280⟫美元，我人根本在成都`,
  ],
  [
    'zh',
    `帮朋友问一下，转账到⟦card:6230-1901-9279-9133-592⟧这张卡一直显示"收款方账户异常"，是卡的问题还是你们系统的问题？`,
  ],
  [
    'zh',
    `退款一直没到，订单号⟪4200001873202406118834⟫，扣款卡是⟦card:6212254430586796⟧，客服说已经退了，我卡里就是没有`,
  ],
  [
    'zh',
    `公司账户转不了账，账号：⟦account_number:1100 1075 3000 5201 4478⟧，开户行北京分行，对方说收不到，已经⟪3⟫天了`,
  ],
  ['zh', `你们客户经理说会回电话，我手机⟦phone:139 1734 5286⟧，等了一整天都没人打过来。服务态度太差了。`],
  ['zh', `收到一条短信说我的信用卡积分要过期，让我打⟦phone:186-2107-3349⟧兑换，这是你们的号码吗？感觉是诈骗`],
  ['zh', `麻烦联系我：⟦phone:13588426170⟧（微信同号），贷款的事情还没说清楚`],
  ['zh', `我在香港，国内手机⟦phone:+86 135 0271 4419⟧收不到验证码，漫游已经开了，怎么办？`],
  ['zh', `营业部的电话⟦phone:010-6258 3374⟧一直打不通，是不是换号了？我就想问下房贷提前还款要预约吗`],
  ['zh', `深圳分行这边有人能处理吗，留个座机⟦phone:0755-8623 4471⟧，上班时间都在`],
  ['zh', `对账单请发到我的邮箱⟦email:zhangwei1988@163.com⟧，APP上导出一直失败，版本⟪7.2.1⟫`],
  ['zh', `邮件一直收不到，地址是⟦email:2839104472@qq.com⟧，你们系统是不是屏蔽QQ邮箱了？`],
  [
    'zh',
    `骗子冒充你们客服，说要帮我"注销校园贷"，让我把验证码⟦otp:605183⟧告诉他，我差点就说了，大家小心！！`,
  ],
  [
    'zh',
    `刚才收到 【莲花银行】您的验证码为⟦otp:392047⟧，您正在进行转账操作，请勿泄露。我根本没有操作转账！！谁在登录我的账户`,
  ],
  ['zh', `我妈把银行卡密码⟦otp:860219⟧告诉了"公安局的人"，卡里⟪4⟫万块钱全没了，现在报警了，银行能不能先冻结`],
  ['zh', `网银登录密码是⟦password:zw19880615⟧，我确定没输错，就是登不上，锁了三次了`],
  [
    'zh',
    `再发一次，卡号⟦card:6223 8633 3670 1685 667⟧，手机⟦phone:158 2264 0917⟧，这张卡的年费为什么又扣了⟪200⟫元？之前说好免年费的`,
  ],
  [
    'zh',
    `说实话我在你们行办了十年的业务，从来没有这么失望过。上个月开始，APP改版以后，每次转账都要人脸识别，识别十次有八次失败，去网点问，工作人员说是手机的问题，换了手机还是一样。打客服，排队四十分钟，接通以后说帮我反馈，然后就没有然后了。昨天又发生了一件事：我收到一个电话，对方准确说出了我的姓名、身份证后四位和开户网点，说我的账户涉嫌洗钱，要我配合调查。我当时就觉得不对，挂了电话。但是他们怎么知道我的信息的？你们是不是泄露了客户资料？我的卡号是⟦card:6210 7890 4584 4837 667⟧，请你们查一下最近谁查询过我的账户。`,
  ],
  // ───────────── ar (SA, AE, EG) ─────────────
  [
    'ar',
    `@بنك_الواحة بطاقتي مدى ⟦card:4462 0682 9253 4229⟧ انسحبت في الصراف بفرع العليا وما أحد رد علي، أبغى أوقفها الحين`,
  ],
  [
    'ar',
    `تم خصم ⟪٣٤٥⟫ ريال مرتين من بطاقتي ⟦card:٥٨٨٨ ٣٢٧٢ ٩٥٦٣ ٢٢١٣⟧ في متجر إلكتروني، أبي استرجاع المبلغ لو سمحتوا`,
  ],
  [
    'ar',
    `حد يفيدني؟ عملية غريبة على البطاقة الائتمانية ⟦card:4847214243628399⟧ بقيمة ⟪1,250⟫ درهم من موقع ما أعرفه`,
  ],
  [
    'ar',
    `بطاقة ميزة رقم ⟦card:5078 3824 9513 1953⟧ مش شغالة في أي ماكينة من امبارح، والفرع قال استنى أسبوع. ده كلام؟`,
  ],
  ['ar', `حولت الراتب على الآيبان ⟦iban:SA96 8039 1924 9587 4050 0635⟧ وللحين ما وصل، صار له ⟪٣⟫ أيام`],
  [
    'ar',
    `لو سمحت تأكدوا من الآيبان هذا ⟦iban:SA6620380520888000230343⟧ لأن التطبيق يقول "رقم غير صحيح" وأنا نسخته من كشف الحساب`,
  ],
  ['ar', `ايبان الشركة ⟦iban:AE76 0333 6210 2539 9392 479⟧، العميل حول المبلغ من اسبوع والبنك يقول ما في شي`],
  ['ar', `أرسل لي أخوي رقم الآيبان ⟦iban:AE030330863540848243846⟧ بس التحويل مرفوض كل مرة، ليش؟`],
  [
    'ar',
    `محتاج أحول فلوس من الإمارات لمصر، الايبان بتاعي ⟦iban:EG53 0019 0633 2377 2602 2832 9058 3⟧ صح كده ولا ناقص حاجة؟`,
  ],
  ['ar', `رقم الحساب ⟦account_number:0108 4567 2231 001⟧ والمبلغ ما نزل للحين، كلمت خدمة العملاء ⟪٤⟫ مرات`],
  ['ar', `ياريت حد من البنك يتواصل معايا، رقم حسابي ⟦account_number:١٠٠٣٤٥٨٢٧٦١٩⟧ والكارت اتسحب في الماكينة`],
  ['ar', `اتصلوا علي على ⟦phone:0552189043⟧ الله يعافيكم، الشكوى رقم ⟪٨٨٤٢١٠⟫ وما أحد رد`],
  ['ar', `جاني اتصال من ⟦phone:+966 54 731 2208⟧ يقول إنه من البنك ويبغى رمز التحقق، نصاب صح؟`],
  ['ar', `رقمي ⟦phone:٠٥٠ ٧٣٤ ١١٨٩⟧ تواصلوا معي بخصوص القرض الشخصي`],
  ['ar', `للتواصل واتساب ⟦phone:+971 56 220 4713⟧ أو على مكتب الشركة ⟦phone:04 339 1720⟧`],
  ['ar', `يا جماعة حد يرد عليا، رقمي ⟦phone:01004827316⟧ والمشكلة من أسبوعين مفيش حل`],
  ['ar', `الفرع رقم ⟪١٢⟫ في مدينة نصر قالولي اتصل بالخط الأرضي ⟦phone:02 2735 4418⟧ ومحدش بيرد خالص`],
  ['ar', `ابعتولي كشف الحساب على الإيميل ⟦email:ahmed.alharbi91@gmail.com⟧ لأن التطبيق ما يفتح`],
  [
    'ar',
    `وصلتني رسالة: رمز التحقق الخاص بك هو ⟦otp:٤٨٣٠٩٢⟧ لا تشاركه مع أحد. وأنا ما طلبت شي! أحد يحاول يدخل حسابي`,
  ],
  ['ar', `واحد اتصل وقال إنه من البنك وطلب الرمز اللي وصلني ⟦otp:771 204⟧ وعطيته 💔 راحت ⟪٨٠٠٠⟫ ريال`],
  [
    'ar',
    `الرقم السري للتطبيق ⟦password:Noura@2020⟧ ومع ذلك يقول كلمة المرور خطأ، جربت أكثر من مرة وانقفل الحساب`,
  ],
  // ───────────── es (ES, MX) ─────────────
  [
    'es',
    `@BancoLitoral me han clonado la tarjeta ⟦card:4660 4299 5593 9636⟧, cargos en Amazon de ⟪3⟫ compras que no he hecho. Llevo ⟪40⟫ minutos esperando al teléfono`,
  ],
  [
    'es',
    `Pagué la reserva del hotel con ⟦card:2500032538617634⟧ y me han cobrado dos veces ⟪189,90⟫ €. Quiero la devolución ya.`,
  ],
  [
    'es',
    `Me bloquearon la tarjeta ⟦card:5477-5249-0806-3789⟧ sin avisar y estoy en el súper con el carrito lleno. Gracias por nada.`,
  ],
  [
    'es',
    `Para la transferencia del alquiler: IBAN ⟦iban:ES81 0182 7442 0628 9164 2143⟧, titular Lucía Martín. Concepto: "junio"`,
  ],
  [
    'es',
    `La nómina no ha llegado y mi empresa dice que la mandó a ⟦iban:ES2500814458464235747076⟧. ¿Dónde está mi dinero?`,
  ],
  [
    'es',
    `Hice una transferencia a ⟦iban:ES95 0081 9674 2187 3625 6365⟧ y me ha salido como devuelta, pero el dinero no vuelve. ¿Cuánto tarda?`,
  ],
  [
    'es',
    `Domiciliación del recibo de la luz rechazada. Mi cuenta: ⟦iban:ES98-0049-7381-4209-0395-8409⟧. Tengo saldo de sobra. Explicadme qué pasa.`,
  ],
  [
    'es',
    `Mi CLABE es ⟦account_number:012180015049271638⟧ y la transferencia de mi papá desde Monterrey no llega, ya van ⟪2⟫ días hábiles`,
  ],
  [
    'es',
    `Número de cuenta ⟦account_number:0458 9921 3345⟧, me cobraron una comisión de ⟪$150⟫ pesos por "saldo mínimo" cuando tengo ⟪$8,200⟫. Expliquen`,
  ],
  ['es', `Llamadme al ⟦phone:612 48 93 27⟧ por favor, el chat no me deja adjuntar el justificante`],
  [
    'es',
    `Ya que no contestáis por privado: mi móvil es ⟦phone:655 123 456⟧, estoy disponible por las tardes.`,
  ],
  [
    'es',
    `Un saludo,
Javier Ortega
Asesoría Ortega & Asociados
Tel. ⟦phone:+34 91 402 33 18⟧ · Móvil ⟦phone:+34 699 21 43 87⟧
C/ Alcalá ⟪215⟫, ⟪28028⟫ Madrid`,
  ],
  [
    'es',
    `Me llamó un tal "ejecutivo de seguridad" desde el ⟦phone:55 4128 3390⟧ pidiendo el NIP de mi tarjeta. ¿Es de ustedes? Ya no sé en quién confiar`,
  ],
  ['es', `Mándenme el estado de cuenta a ⟦email:lucia.martin.g@yahoo.es⟧, en la app solo sale "error ⟪500⟫"`],
  [
    'es',
    `Hola, mi correo es ⟦email:carlos_mx87@hotmail.com⟧ por si alguien del banco me puede escribir, en sucursal no me resuelven`,
  ],
  [
    'es',
    `Me llegó un SMS "Su código de verificación es ⟦otp:829 441⟧" y yo no estaba haciendo nada. ¿Alguien está intentando entrar en mi cuenta?`,
  ],
  [
    'es',
    `Le di la clave ⟦otp:304917⟧ a un tipo que decía ser del banco y me vaciaron la cuenta. Ya puse la denuncia, ¿qué más hago?`,
  ],
  [
    'es',
    `Mi abuela apunta el PIN en un papel dentro de la cartera: ⟦otp:7305⟧. Se la robaron ayer. ¿Cómo le bloqueo la tarjeta si ella no sabe usar la app?`,
  ],
  [
    'es',
    `Cambié la contraseña a ⟦password:Lunita_89⟧ como pedía la app y ahora no me deja entrar con la nueva ni con la vieja. Fatal.`,
  ],
  [
    'es',
    `Os escribo porque ya no sé qué hacer. Hace tres semanas me mudé de Sevilla a Valencia y cambié la dirección en la app. Desde entonces no me llegan las notificaciones, la tarjeta nueva se mandó a la dirección vieja (la recibió el nuevo inquilino, menos mal que es buena gente) y cuando fui a la oficina me dijeron que tenía que llamar al teléfono de atención al cliente. Llamé cuatro veces. Cuatro. En la última me colgaron después de media hora. El gestor que tenía antes ya no está y nadie me da un nombre. Lo único que pido es que alguien me llame al ⟦phone:+34 622 80 19 45⟧ y me diga si la tarjeta vieja está anulada de verdad.`,
  ],
  // ───────────── fr (FR, BE, CH) ─────────────
  [
    'fr',
    `@BanqueRivage ma carte ⟦card:4307 1758 0328 1965⟧ a été avalée par le DAB de la gare. Je pars en vacances demain, vous pouvez faire quoi ?`,
  ],
  [
    'fr',
    `Prélèvement en double chez Leclerc : ⟪2⟫ × ⟪87,40⟫ € sur ma CB ⟦card:5559187459915624⟧. Remboursez-moi svp.`,
  ],
  [
    'fr',
    `Quelqu'un utilise mon Amex ⟦card:3428 950820 61748⟧ à Lisbonne alors que je suis à Lyon. Opposition faite mais le conseiller n'a rien compris.`,
  ],
  [
    'fr',
    `Pour le virement du loyer voici mon RIB : IBAN ⟦iban:FR76 3000 4091 9895 8895 9274 947⟧ — merci de mettre "loyer octobre" en libellé`,
  ],
  [
    'fr',
    `Mon employeur a viré mon salaire sur ⟦iban:FR7630004006290865660219257⟧ et vous me dites que le compte n'existe pas ?? C'est écrit sur votre propre RIB !`,
  ],
  [
    'fr',
    `Bonjour, le virement vers ⟦iban:FR76 3000 4009 4384 5455 7077 933⟧ est "en attente" depuis vendredi. Montant ⟪1 450,00⟫ €. C'est normal ?`,
  ],
  [
    'fr',
    `Frontalier, je touche mon salaire sur mon compte suisse ⟦iban:CH24 0076 2821 0024 3340 7⟧ et les frais de change sont délirants. Des conseils ?`,
  ],
  [
    'fr',
    `Belge ici. Mon IBAN ⟦iban:BE40 0964 7811 7263⟧ est refusé par votre formulaire de virement, il exige un IBAN français. En zone SEPA ? Sérieusement ?`,
  ],
  [
    'fr',
    `Rappelez-moi au ⟦phone:06 12 48 93 75⟧, je ne peux pas écrire en privé, l'appli plante à chaque fois`,
  ],
  [
    'fr',
    `Toujours pas de rappel de mon conseiller. Mon numéro : ⟦phone:07 81 23 44 60⟧. Dossier n° ⟪2024-00871⟫.`,
  ],
  [
    'fr',
    `J'ai reçu un SMS « votre carte est suspendue, appelez le ⟦phone:0145216800⟧ ». C'est vous ou c'est une arnaque ?`,
  ],
  [
    'fr',
    `Cordialement,
Isabelle Moreau
Cabinet Moreau Expertise
Tél. : ⟦phone:04 78 92 11 36⟧
Port. : ⟦phone:+33 6 45 21 87 09⟧
⟪12⟫ rue de la République, ⟪69002⟫ Lyon`,
  ],
  [
    'fr',
    `Envoyez-moi le relevé à ⟦email:isabelle.moreau@orange.fr⟧ svp, sur l'appli le PDF ne s'ouvre pas (version ⟪5.3.0⟫)`,
  ],
  [
    'fr',
    `Vous pouvez me contacter à ⟦email:thomas.lefebvre75@gmail.com⟧, ça fait ⟪3⟫ semaines que j'attends ma nouvelle carte`,
  ],
  [
    'fr',
    `On m'a appelé soi-disant du service fraude, il m'a demandé le code reçu par SMS : ⟦otp:518 204⟧. J'ai raccroché mais j'avais déjà donné le code… Que faire ?`,
  ],
  [
    'fr',
    `« Votre code de validation est ⟦otp:946127⟧ » reçu à 3h du matin alors que je dormais. Quelqu'un essaie d'utiliser ma carte ?`,
  ],
  [
    'fr',
    `Ma mère a donné son code confidentiel ⟦otp:2468⟧ à un faux livreur qui a récupéré sa carte. ⟪1 200⟫ € retirés. La banque dit qu'elle est responsable.`,
  ],
  [
    'fr',
    `J'ai mis ⟦password:soleil1987⟧ comme mot de passe et l'appli dit qu'il est "trop faible" alors que c'était accepté l'an dernier. Faudrait savoir.`,
  ],
  [
    'fr',
    `Ma carte ⟦card:4980 4510 7469 9019⟧ est bloquée et quand j'appelle le ⟦phone:01 42 68 53 00⟧ on me dit de passer en agence. L'agence me dit d'appeler. Génial.`,
  ],
  [
    'fr',
    `Je voulais raconter mon expérience parce que je pense que beaucoup de gens vivent la même chose. Depuis la fusion des deux banques, plus rien ne marche : les virements mettent trois jours au lieu d'un, l'appli me déconnecte toutes les deux minutes et mon conseiller a changé trois fois en six mois. La semaine dernière j'ai voulu faire opposition sur un prélèvement d'une salle de sport que j'avais résiliée. Impossible en ligne. Au téléphone, attente de quarante minutes. En agence, on m'a dit de remplir un formulaire papier, ce que j'ai fait, avec mon numéro de compte et tout. Le prélèvement est passé quand même. Je remets ici mon IBAN pour que quelqu'un de chez vous le retrouve enfin : ⟦iban:FR76 3000 4037 8505 6188 6165 190⟧.`,
  ],
  // ───────────── de (DE, AT, CH) ─────────────
  [
    'de',
    `@BankAmRhein meine Karte ⟦card:4410 1512 6216 0200⟧ wurde am Automaten eingezogen, Filiale hat zu. Wie komme ich jetzt an Bargeld?`,
  ],
  [
    'de',
    `Doppelt abgebucht bei Zalando, ⟪2×⟫ ⟪79,95⟫ €, Kreditkarte ⟦card:5277646251501594⟧. Bitte um Erstattung.`,
  ],
  [
    'de',
    `Jemand hat mit meiner Visa ⟦card:4888-5073-2750-4927⟧ in Rumänien eingekauft. Karte ist seit heute gesperrt, aber wer erstattet mir die ⟪612,00⟫ €?`,
  ],
  [
    'de',
    `Miete bitte auf ⟦iban:DE26 1007 3603 5416 8650 48⟧ überweisen, Verwendungszweck "Miete Juli". Danke!`,
  ],
  [
    'de',
    `Gehalt ist nicht angekommen. Arbeitgeber sagt, überwiesen an ⟦iban:DE50100774037885515723⟧. In der App: nichts. Seit ⟪3⟫ Tagen.`,
  ],
  [
    'de',
    `Lastschrift zurückgegangen, obwohl Geld drauf war. Mein Konto: IBAN ⟦iban:DE55 1007 5472 6719 1993 17⟧. Jetzt will der Stromanbieter ⟪7,50⟫ € Gebühr.`,
  ],
  [
    'de',
    `Hallo, ich bräuchte eine Bestätigung für das Konto ⟦iban:DE87 1007 2175 4280 6782 50⟧ für die Kita. Online finde ich das Formular nicht.`,
  ],
  [
    'de',
    `Überweisung aus Österreich kommt nicht an. Mein Wiener Konto ⟦iban:AT81 1904 3185 0808 2450⟧, die Bank sagt alles korrekt. Wo hängt das?`,
  ],
  [
    'de',
    `Meine alte Kontonummer ⟦account_number:0816349193⟧ wird im Formular nicht mehr akzeptiert, BLZ ⟪100 717 49⟫. Muss ich jetzt wirklich die IBAN ausrechnen??`,
  ],
  ['de', `Rückruf bitte unter ⟦phone:0171 4823917⟧, ich erreiche die Hotline seit Tagen nicht.`],
  [
    'de',
    `Hab eine SMS bekommen "Ihr pushTAN-Verfahren wird deaktiviert, rufen Sie ⟦phone:0152 29384711⟧ an". Ist das von euch??`,
  ],
  [
    'de',
    `Mit freundlichen Grüßen
Markus Hoffmann
Hoffmann Elektrotechnik GmbH
Tel.: ⟦phone:+49 (0)89 41238850⟧
Mobil: ⟦phone:+49 160 9182 3374⟧
⟪Hauptstraße 12⟫, ⟪80331⟫ München`,
  ],
  [
    'de',
    `Eure Filiale in Köln ist telefonisch nicht erreichbar, ⟦phone:030 2847193⟧ ist meine Festnetznummer, bitte ruft mich zurück wegen der Baufinanzierung`,
  ],
  [
    'de',
    `Kontoauszüge bitte an ⟦email:m.hoffmann@web.de⟧ schicken, das Postfach in der App zeigt seit dem Update ⟪6.8.1⟫ nichts mehr an`,
  ],
  [
    'de',
    `Ich bin über ⟦email:sabine.krueger@gmx.de⟧ erreichbar. Mein Beschwerdeschreiben vom ⟪12.10.2024⟫ ist immer noch unbeantwortet.`,
  ],
  [
    'de',
    `Achtung Betrug: Anrufer wollte die TAN ⟦otp:481 937⟧ haben, die mir gerade aufs Handy kam. Hab aufgelegt. Bitte warnt eure Kunden!`,
  ],
  [
    'de',
    `Habe leider die mTAN ⟦otp:620485⟧ am Telefon vorgelesen, ⟪4.980⟫ € sind weg. Die Bank sagt grob fahrlässig. Kann ich was tun?`,
  ],
  [
    'de',
    `Neue Karte, neue PIN ⟦otp:3917⟧ per Post bekommen, Automat sagt "PIN falsch". Dreimal. Jetzt gesperrt. Danke für nichts.`,
  ],
  [
    'de',
    `Mein Passwort für das Onlinebanking lautet ⟦password:Hund123!Bello⟧, trotzdem "ungültige Zugangsdaten". Support antwortet nicht.`,
  ],
  [
    'de',
    `Maestro-Karte ⟦card:6759 0367 8424 8657 902⟧ funktioniert im Ausland nicht mehr, obwohl es vorher ging. Stehe gerade in Italien an der Kasse.`,
  ],
  [
    'de',
    `Ich muss das jetzt mal loswerden. Seit über zwanzig Jahren bin ich Kunde bei euch, und so schlecht wie in den letzten Monaten war es noch nie. Erst wurde die Filiale in unserem Ort geschlossen, dann der Geldautomat abgebaut, und jetzt soll ich alles über eine App erledigen, die auf meinem Handy ständig abstürzt. Letzte Woche wollte ich eine Überweisung für die Handwerkerrechnung machen, die App hat sie zweimal ausgeführt. Zweimal! Der Handwerker war ehrlich und hat das Geld zurückgeschickt, aber auf welches Konto, wenn nicht einmal ich weiß, was jetzt los ist. Ich schreibe meine Daten hier rein, damit endlich jemand reagiert: Rückruf bitte unter ⟦phone:0221 9432 2107⟧.`,
  ],
]

export const ordinary = [
  // ───────────── en ─────────────
  [
    'en',
    `Waited ⟪45⟫ minutes on hold at ⟪08:15⟫ this morning. Branch ⟪414⟫ on King St closed at ⟪3pm⟫ on a weekday?`,
  ],
  [
    'en',
    `Order ⟪#112-4839201-7734519⟫ refunded by Amazon on ⟪12/11/2024⟫ but not in my account yet. £⟪1,249.99⟫ is a lot to float`,
  ],
  [
    'en',
    `Royal Mail tracking ⟪TT 4829 3310 5GB⟫ says delivered, no card arrived. Is it normal for the new card to take ⟪10⟫ working days?`,
  ],
  [
    'en',
    `App version ⟪4.12.0⟫ (build ⟪20241105.3⟫) crashes on iOS ⟪17.6.1⟫. Worked on ⟪4.11.2⟫. iPhone ⟪13⟫.`,
  ],
  [
    'en',
    `Savings rate dropped from ⟪4.75%⟫ to ⟪3.9%⟫ with no notice. Deposits of $⟪25,000⟫ and you do this?`,
  ],
  [
    'en',
    `Flight ⟪BA 2490⟫ cancelled, refund reference ⟪REF-8834201957⟫, and my card statement shows the charge of £⟪612.40⟫ twice`,
  ],
  [
    'en',
    `Case number ⟪04829361⟫ - still no answer after ⟪21⟫ days. The ombudsman's deadline is ⟪8 weeks⟫ and I will use it`,
  ],
  [
    'en',
    `The transaction ID in the app is ⟪TXN4485920117364028⟫, the merchant says they never got it. Who has my £⟪89⟫?`,
  ],
  [
    'en',
    `Login page on ⟪192.168.0.1⟫? no I mean your site keeps redirecting to an error page ⟪503⟫. Postcode check fails for ⟪SW1A 1AA⟫ too`,
  ],
  ['en', `Been a customer since ⟪1998⟫. ⟪26⟫ years. And a ⟪£35⟫ overdraft fee is how you thank me`],
  [
    'en',
    `Ticket ⟪INC0048213⟫ opened ⟪3 Dec⟫. Phone queue position ⟪17⟫. Mortgage offer expires ⟪31/12/2024⟫.`,
  ],
  // ───────────── nl ─────────────
  ['nl', `Al ⟪35⟫ minuten in de wacht. Filiaal ⟪0341⟫ is om ⟪16:00⟫ dicht, dus daar kan ik ook niet heen.`],
  [
    'nl',
    `Bestelling ⟪2046381957⟫ bij Coolblue, €⟪1.249,00⟫, dubbel gereserveerd op mijn rekening. Wanneer komt dat vrij?`,
  ],
  [
    'nl',
    `PostNL track & trace ⟪3SABCD4829301⟫ zegt bezorgd. Geen nieuwe pas in de brievenbus. Postcode ⟪1017 AB⟫.`,
  ],
  [
    'nl',
    `Rente op spaarrekening van ⟪2,25%⟫ naar ⟪1,5%⟫. Met ⟪€ 40.000⟫ erop is dat gewoon honderden euro's per jaar.`,
  ],
  [
    'nl',
    `App versie ⟪8.14.2⟫ (⟪20241102⟫) werkt niet meer op Android ⟪14⟫. Vorige versie ⟪8.13.0⟫ ging prima.`,
  ],
  [
    'nl',
    `Vlucht ⟪KL 1775⟫ geannuleerd op ⟪14-11⟫, de terugbetaling van €⟪389,20⟫ is nog steeds niet binnen.`,
  ],
  ['nl', `Referentie van de overboeking: ⟪827364518⟫. Ontvanger zegt niks ontvangen, bank zegt verwerkt.`],
  ['nl', `Klantnummer ⟪735662427⟫ doet het niet in het formulier. Hoeveel cijfers moet dat eigenlijk zijn?`],
  ['nl', `Sinds ⟪2019⟫ klant. Storing van ⟪09:00⟫ tot ⟪13:30⟫ en geen enkele melding. Bedankt.`],
  [
    'nl',
    `Betalingskenmerk ⟪7014 2938 1147 6620⟫ van de Belastingdienst werkt niet in jullie app, “ongeldig kenmerk”.`,
  ],
  // ───────────── zh ─────────────
  ['zh', `排队等了⟪45⟫分钟，柜台只开了⟪2⟫个窗口，⟪11:30⟫就说午休了，这效率？`],
  ['zh', `订单号⟪4200001873202406112245⟫，退款⟪1,299.00⟫元三天了还没到账，客服只会说等`],
  ['zh', `顺丰单号⟪SF1428830926571⟫显示已签收，但信用卡根本没收到，谁签的？`],
  ['zh', `APP更新到⟪8.3.5⟫以后一直闪退，iOS ⟪17.5⟫，之前⟪8.2.0⟫好好的`],
  ['zh', `大额存单利率从⟪2.15%⟫降到⟪1.75%⟫，才半年就降这么多`],
  ['zh', `航班⟪CA1831⟫取消，机票钱⟪2,460⟫元退回了信用卡，但是账单上还是显示扣款`],
  ['zh', `投诉编号⟪20241105008837⟫，已经⟪15⟫个工作日了没有任何回复`],
  ['zh', `客服热线⟪95588⟫打了⟪6⟫次都占线，网点营业时间⟪9:00-17:00⟫，上班族根本去不了`],
  ['zh', `交易流水号⟪202411081630450012⟫，商户说没收到钱，银行说已扣款，钱去哪了？`],
  ['zh', `房贷每月还⟪6,842.17⟫元，提前还款⟪20⟫万居然要收违约金？合同上没写啊`],
  // ───────────── ar ─────────────
  ['ar', `انتظرت ⟪٤٥⟫ دقيقة على خدمة العملاء والفرع ⟪١٢٣⟫ يسكر الساعة ⟪٢⟫ الظهر`],
  ['ar', `رقم الطلب ⟪٧٧٤٢٩١٠٣⟫ من نون، المبلغ ⟪١٬٢٤٩⟫ ريال انخصم مرتين`],
  ['ar', `رقم الشحنة ⟪SMSA 290384711⟫ يقول تم التسليم والبطاقة ما وصلت`],
  ['ar', `التطبيق إصدار ⟪5.2.1⟫ ما يشتغل على آيفون ⟪15⟫، الإصدار ⟪5.1.9⟫ كان تمام`],
  ['ar', `نسبة المرابحة ⟪٤٫٥٪⟫ وفجأة صارت ⟪٥٫٢٥٪⟫ بدون أي إشعار`],
  ['ar', `رحلة ⟪SV 1022⟫ انلغت ورجعوا ⟪2,850⟫ ريال على البطاقة بس ما ظهرت في الكشف`],
  ['ar', `رقم البلاغ ⟪20241107-5531⟫ ولا أحد تواصل معي من ⟪١٠⟫ أيام`],
  ['ar', `عميل عندكم من سنة ⟪٢٠٠٨⟫، و⟪١٥⟫ سنة ما صار معي زي كذا`],
  ['ar', `رقم العملية ⟪FT24312840055917⟫ والمستفيد يقول ما وصله شي`],
  ['ar', `الرمز البريدي ⟪12271⟫ مرفوض في التطبيق وعنواني في الرياض من ⟪5⟫ سنين`],
  // ───────────── es ─────────────
  ['es', `⟪40⟫ minutos de espera y la oficina ⟪0732⟫ cierra a las ⟪14:00⟫. Así no hay quien trabaje.`],
  ['es', `Pedido ⟪ES-2024-0088437⟫, me cobraron ⟪1.249,00⟫ € y el producto nunca llegó`],
  [
    'es',
    `Seguimiento de Correos ⟪PQ4B2C0618734520128001D⟫: "entregado". La tarjeta nueva no está en el buzón.`,
  ],
  ['es', `La versión ⟪7.4.0⟫ de la app no abre en Android ⟪13⟫. La ⟪7.3.2⟫ iba bien.`],
  ['es', `Me subieron el diferencial de la hipoteca del ⟪0,99 %⟫ al ⟪1,49 %⟫. ¿Desde cuándo se puede?`],
  [
    'es',
    `Vuelo ⟪IB 3166⟫ cancelado, me devolvieron ⟪312,45⟫ € pero el banco lo muestra como "pendiente" desde hace ⟪9⟫ días`,
  ],
  ['es', `Número de incidencia ⟪INC-00318842⟫. Nadie me ha contestado en ⟪2⟫ semanas.`],
  ['es', `Cliente desde ⟪2005⟫ y me cobráis ⟪$350.00⟫ MXN por una tarjeta que no pedí`],
  ['es', `Código postal ⟪46002⟫ no lo acepta el formulario. Tampoco ⟪28013⟫. ¿Qué códigos aceptáis?`],
  ['es', `Referencia de la operación ⟪2411 0817 3045 5813⟫, el comercio dice que no le ha llegado`],
  // ───────────── fr ─────────────
  ['fr', `⟪45⟫ minutes d'attente et l'agence ⟪00412⟫ ferme à ⟪16h30⟫. Merci pour le service.`],
  ['fr', `Commande n° ⟪FR-48203917⟫, débitée de ⟪1 249,00⟫ € deux fois sur mon compte`],
  ['fr', `Suivi Colissimo ⟪6A18293047561⟫ indique « livré » mais je n'ai jamais reçu ma carte`],
  ['fr', `L'appli en version ⟪5.3.0⟫ plante sur iOS ⟪17.6⟫, la ⟪5.2.4⟫ marchait très bien`],
  ['fr', `Le taux du livret passe de ⟪3 %⟫ à ⟪2,4 %⟫ au ⟪1er février⟫, merci de prévenir un peu avant`],
  ['fr', `Vol ⟪AF 1148⟫ annulé, remboursement de ⟪428,60⟫ € toujours pas reçu après ⟪6⟫ semaines`],
  ['fr', `Réclamation n° ⟪RCL-2024-118420⟫ ouverte le ⟪04/11/2024⟫, toujours sans réponse`],
  ['fr', `Client depuis ⟪1996⟫, ⟪28⟫ ans de fidélité et vous me facturez ⟪8⟫ € de frais de tenue de compte`],
  ['fr', `Référence de l'opération ⟪VIR-20241108-884213⟫, le vendeur dit n'avoir rien reçu`],
  ['fr', `Code postal ⟪75011⟫ refusé par votre formulaire, il faut que j'habite où ?`],
  // ───────────── de ─────────────
  [
    'de',
    `⟪40⟫ Minuten Warteschleife, Filiale ⟪0815⟫ hat nur noch dienstags von ⟪9:00⟫ bis ⟪12:00⟫ offen. Toll.`,
  ],
  ['de', `Bestellnummer ⟪302-4839201-7734519⟫, ⟪1.249,00⟫ € doppelt abgebucht`],
  ['de', `DHL Sendungsnummer ⟪00340434161094015902⟫ sagt zugestellt, die neue Karte ist aber nicht da`],
  ['de', `App-Version ⟪6.8.1⟫ stürzt auf Android ⟪14⟫ ab, ⟪6.7.3⟫ lief ohne Probleme`],
  ['de', `Zinsen aufs Tagesgeld von ⟪3,5 %⟫ auf ⟪2,25 %⟫ gesenkt, und das bei ⟪25.000⟫ € Einlage`],
  ['de', `Flug ⟪LH 2034⟫ gestrichen, Erstattung über ⟪389,90⟫ € seit ⟪5⟫ Wochen nicht da`],
  ['de', `Vorgangsnummer ⟪2024-118-47720⟫, keine Rückmeldung seit dem ⟪15.11.2024⟫`],
  ['de', `Seit ⟪1987⟫ Kunde, und jetzt ⟪4,95⟫ € Kontoführungsgebühr im Monat`],
  ['de', `Die PLZ ⟪10115⟫ wird im Formular nicht akzeptiert, ⟪80331⟫ auch nicht`],
  ['de', `Referenz der Überweisung ⟪RF40 4881 2930 07⟫, Empfänger hat nichts bekommen`],
]
