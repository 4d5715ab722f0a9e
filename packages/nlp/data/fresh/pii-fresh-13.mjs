// Fresh BLIND personal-data set 13 (issue 11). Written 2026-12-07 from 08:10 UTC (session 4) by
// the redteam13 engineer BEFORE reading src/pii*.ts, the nlp README's PII sections or the posts
// and renderers of sets 1–12 (only set 11's header comment and export names, the eval script, the
// schema's PII_KINDS and the standards were read), and committed before it was first scored.
// Nothing here is tuned on: it is the session's held-out measurement of the FINAL code's masking.
//
// A different author from sets 1–12, asked to write like the real stream rather than tidy
// one-topic posts: most values sit in posts about something else (a rant about a branch with a
// phone number as a side remark, a marketplace deal with the IBAN in the middle), replies that
// only make sense as replies, voice-to-text ("my number is oh seven seven…" left as the phone
// keyboard typed it), OCR text pasted from screenshots (O for 0, l for 1, broken lines), e-mail
// signatures, chat-app forwards. Phones and e-mails outnumber cards and IBANs, as in a real
// stream; OTPs, PINs, passwords and national ids are rarer. Written in a few minutes (the
// session's deadline), each language on its own, so it is still tidier than a real stream, and
// some post types (voice-to-text phone, OCR'd IBAN, club treasurer's signature, grandparent who
// gave a PIN away) recur in most languages.
//
// Markers (read by scripts/lib/pii-render-13.mjs):
//   ⟦kind:value|other|other⟧  a sensitive value exactly as written, then up to two other ways the
//                              same author might have written it;
//   ⟪…⟫                        an ordinary number that must survive masking.
// Values are synthetic with valid check digits (Luhn, ISO 13616 mod-97 with national keys, the
// BSN 11-proef, CLABE weights; SSA and HMRC rules; Ofcom drama ranges and US 555-01xx).
// Long ordinary references fail Luhn or mod-97.

/** @type {[string, string][]} */
export const sensitive = [
  // ───────────── en ─────────────
  [
    'en',
    `@LotusBankUK not being funny but 3rd time this week the app's logged me out mid transfer. anyway can someone actually ring me instead of this chatbot ⟦phone:07700 900417|07700900417|+44 7700 900417⟧ after ⟪5⟫ pls`,
  ],
  [
    'en',
    `> Did you get the refund yet?\nno. they said "within ⟪10⟫ working days" on the ⟪14th⟫. ref they gave me was ⟪CX-88213⟫. card ending ⟪4471⟫ btw not that it matters`,
  ],
  [
    'en',
    `lol my nan just posted her whole card on the family whatsapp asking if it's "still working" ⟦card:4782 4093 1827 7356|4782409318277356⟧ exp ⟪09/27⟫ 😭😭 deleted it and rang the bank for her`,
  ],
  [
    'en',
    `Screenshot text for anyone who can help (the app won't let me copy):\nPayee: J Whitfield\nSort code ⟦uk_account:20-00-00 22242000|200000 22242000⟧\nAmount £⟪1,250.00⟫\nStatus: Pending review\nThat was ⟪9⟫ days ago`,
  ],
  [
    'en',
    `so apparently i need to email complaints and not DM?? fine. if anyone from @CrestBank sees this im ⟦email:dazza.moss84@gmail.com|dazza dot moss84 at gmail dot com⟧ and ive been waiting since october`,
  ],
  [
    'en',
    `they rang me "from fraud team" said read the code back, I did, ⟦otp:318 402|318402⟧, then £⟪900⟫ gone in 2 mins. how is that MY fault when it literally came from your number`,
  ],
  [
    'en',
    `Kind regards,\nMargaret Ellery\nTreasurer, Pollington Bowls Club\nTel: ⟦phone:01632 960 233|01632960233⟧\nMob: ⟦phone:07700 900 871|07700900871⟧\n(sent from my iPad)`,
  ],
  [
    'en',
    `voice to text sorry. my number is ⟦phone:07700 900 562|oh seven seven double oh nine double oh five six two⟧ call me back the branch was shut again and the machine ate my card`,
  ],
  [
    'en',
    `US folks: the IRS scam is back. they had my SSN already ⟦us_ssn:195-78-7671|195787671⟧ which is what made it believable. froze my credit with all 3 bureaus. @USAA anything else i should do`,
  ],
  [
    'en',
    `HMRC letter says my NI is wrong on the ISA form, it's ⟦uk_nino:JP 48 21 63 C|JP482163C⟧ not whatever the bank put. 45 min on hold to fix a typo they made`,
  ],
  [
    'en',
    `@ChaseSupport my card got declined at costco with ⟪$300⟫ of groceries in the cart. call me at ⟦phone:(212) 555-0143|212-555-0143|+1 212 555 0143⟧ i'm not doing this over DM`,
  ],
  [
    'en',
    `Selling my old bike (£⟪120⟫ ono) — pay to ⟦iban:GB90 NWBK 6016 1313 6441 31|GB90NWBK60161313644131⟧ and I'll post it, or collect from Leeds LS6`,
  ],
  [
    'en',
    `my password for the app is literally ⟦password:Tottenham!1882|Tottenham!1882⟧ and it still says incorrect. reset it twice. i give up`,
  ],
  [
    'en',
    `ocr from the letter:\nAccount numb er: ⟦account_number:4l87 2O93|41872093⟧\nSort c0de: ⟦uk_account:6O-16-13|60-16-13⟧\nwhy is the font so small`,
  ],
  [
    'en',
    `replying to @hollykbrown — mine too!! i got texts to ⟦phone:+1 415 555 0188|4155550188⟧ saying my account was locked but the link was a fake site. reported it`,
  ],
  [
    'en',
    `amex ⟦card:3743 182142 15802|374318214215802⟧ charged twice for the same hotel in Lisbon (€⟪412⟫ each) and the dispute form keeps timing out`,
  ],
  [
    'en',
    `if ur still looking for someone to sort out ur car finance i did mine thru them and they were decent, dm me or text ⟦phone:07700 900 334|07700900334⟧ x`,
  ],
  [
    'en',
    `pin is ⟦otp:7291|7 2 9 1⟧ if anyone finds a green purse on the 38 bus, no money in it just the card and my kid's photos, please hand it in`,
  ],
  // ───────────── zh ─────────────
  [
    'zh',
    `家人们谁懂啊，招行APP又闪退，转账转到一半就没了。我手机号⟦phone:138 2749 6615|13827496615⟧，客服说会回电，等了两天了`,
  ],
  [
    'zh',
    `回复 @小鹿不迷路：我也是！！卡号⟦card:6268 3530 4372 2336|6268353043722336⟧被冻结，说是异常交易，可那笔只有¥⟪58⟫啊`,
  ],
  [
    'zh',
    `帮朋友转发：谁捡到一个棕色钱包，里面有工行卡，尾号不重要，麻烦联系 ⟦phone:159-1062-3378|15910623378⟧ 王先生，必有重谢🙏`,
  ],
  [
    'zh',
    `截图文字：\n收款人：李*华\n账号：⟦card:6213 8231 7060 5727 873|6213823170605727873⟧\n金额：⟪3,000.00⟫元\n状态：处理中\n都三天了还在处理中？？`,
  ],
  [
    'zh',
    `我妈把验证码⟦otp:604913|六零四九一三⟧直接发给了“客服”，然后卡里⟪2万⟫没了。报警了，派出所说这种很多`,
  ],
  [
    'zh',
    `有没有人知道中行境外汇款要多久？我汇到德国 ⟦iban:DE04 6064 3892 2531 7086 87|DE04606438922531708687⟧ 已经⟪5⟫个工作日了，对方还没收到`,
  ],
  [
    'zh',
    `邮箱 ⟦email:chenxiaoyu_1993@163.com|chenxiaoyu_1993@163.com⟧ 收到“银行”邮件说要更新信息，点进去就要输密码，大家别上当`,
  ],
  [
    'zh',
    `唉，今天去网点排了⟪一个半小时⟫，柜员说身份证过期不能办。顺便吐槽一下客服电话根本打不通，我留了电话⟦phone:+86 186 0023 9471|18600239471⟧也没人理`,
  ],
  [
    'zh',
    `香港朋友求助：匯豐張卡俾人盜用咗，卡號 ⟦card:4933 1128 9765 8313|4933112897658313⟧，打去熱線等咗四十分鐘都未有人聽`,
  ],
  ['zh', `语音输入的不好意思 我的电话是⟦phone:一三九 零一八七 五五二六|13901875526⟧ 麻烦银行的人回个电话`],
  [
    'zh',
    `淘宝买家让我把银行卡号给他退款，我给了⟦card:6234407585945779|6234 4075 8594 5779⟧，结果他又要验证码，这是骗子吧？`,
  ],
  [
    'zh',
    `微信上有人冒充建行客服加我，说账户要升级，发了个链接让我填密码，我差点填了⟦password:wy19880312|wy19880312⟧这个……赶紧改了`,
  ],
  [
    'zh',
    `快递单 ⟪SF1402837744921⟫ 都到了，信用卡还款却扣了两次，客服让我发邮件到他们邮箱，我的是 ⟦email:ljm.work@qq.com|ljm点work艾特qq点com⟧ 等回复吧`,
  ],
  [
    'zh',
    `在英国留学的同学注意：汇丰让我填 sort code 和账号，我的是 ⟦uk_account:40-47-84 71829304|404784 71829304⟧，填错一位就退回了，手续费还要扣`,
  ],
  ['zh', `谁能告诉我这个验证码为什么是⟦otp:88 31 20|883120⟧还没用就过期了？？？反复发了五次`],
  ['zh', `澳门的朋友打⟦phone:+853 6612 3487|66123487⟧找我，银行那边我已经说清楚了`],
  [
    'zh',
    `OCR识别的：\n卡 号 ：⟦card:62O7 6O1O 6O55 8296|6207601060558296⟧\n有效期 ⟪12/28⟫\n交易失败 原因：风控`,
  ],
  // ───────────── ar ─────────────
  [
    'ar',
    `والله البنك الاهلي صار يقهر، التطبيق يطلعني كل شوي. المهم اللي يقدر يساعد يكلمني ⟦phone:٠٥٥٣٢١٧٤٨٩|0553217489|+966 55 321 7489⟧`,
  ],
  [
    'ar',
    `رد على @alrajhibank: حولت على الايبان ⟦iban:SA76 8011 5529 2310 3566 9844|SA7680115529231035669844⟧ من امس وللحين ما وصل، والراتب متأخر اصلاً`,
  ],
  [
    'ar',
    `يا جماعة انتبهوا، وصلتني رسالة فيها رمز ⟦otp:٤٨٢٩١٣|482913⟧ وبعدها اتصل واحد يقول انا من البنك اعطني الرمز. ما عطيته الحمدلله`,
  ],
  [
    'ar',
    `امي عطت رقم بطاقة مدى ⟦card:4464 0450 9747 6275|4464045097476275⟧ لواحد على الواتس قال انه من ابشر 💔 راح ⟪٣٠٠٠⟫ ريال`,
  ],
  [
    'ar',
    `ممكن حد من بنك مصر يرد عليا؟ الفيزا اتسحبت في المكنة، رقمي ⟦phone:٠١٠٠٢٣٤٨٨١٧|01002348817|+20 100 234 8817⟧ ومش عارف اعمل ايه`,
  ],
  [
    'ar',
    `للبيع ايفون ⟪١٣⟫ نظيف، التحويل على ⟦iban:AE72 0338 3113 5284 9387 177|AE720338311352849387177⟧ والاستلام من دبي مارينا، جادين فقط`,
  ],
  [
    'ar',
    `مرسل من الايميل: ⟦email:m.alqahtani88@hotmail.com|m.alqahtani88@hotmail.com⟧ ، ارجو التواصل بخصوص الشكوى رقم ⟪٢٠٤٧٧١⟫`,
  ],
  [
    'ar',
    `نص الصورة:\nرقم الحساب: ⟦iban:SA88 8O87 4677 2O26 9665 O3O3|SA8880874677202696650303⟧\nالمبلغ: ⟪١٥٠٠⟫\nتمت العملية`,
  ],
  [
    'ar',
    `Mada card t3ti ⟦card:5888 4583 7782 7478|5888458377827478⟧ etsara2et w el bank ma yrdon 😤 call me ⟦phone:0501234567|050 123 4567⟧`,
  ],
  [
    'ar',
    `حد يعرف ليش CIB قفلوا الكارت؟ الكارت ميزة رقمه ⟦card:5078 0355 9720 6889|5078035597206889⟧ واستخدمته مرة واحدة بس في كارفور`,
  ],
  [
    'ar',
    `اخوي غير كلمة السر حقته وحطها ⟦password:Riyadh@2024|Riyadh@2024⟧ وكتبها في قروب العائلة 🤦‍♂️ حد يقوله`,
  ],
  [
    'ar',
    `تحويل رواتب الموظفين على حسابي ⟦iban:EG55 5331 2573 0948 3088 6777 4441 5|EG555331257309483088677744415⟧ اتأخر اسبوع والبنك بيقول السيستم واقع`,
  ],
  ['ar', `الرقم الصحيح للتواصل ⟦phone:+971 50 418 2267|0504182267⟧ مو اللي في البايو، البايو قديم`],
  [
    'ar',
    `رقم الطلب ⟪٧٧٨١٢⟫ والرمز السري للبطاقة الجديدة ⟦otp:٩٠٣٧|9037⟧ وصلني بنفس الظرف!! كيف يرسلونه مع البطاقة؟`,
  ],
  ['ar', `تسجيل صوتي محول لنص: رقمي صفر خمسة اربعة ⟦phone:٠٥٤ ٨٨١ ٢٠٣٦|0548812036⟧ كلموني بخصوص القرض`],
  [
    'ar',
    `يا بنك الرياض، ايميلي ⟦email:noura.s@outlook.sa|noura.s@outlook.sa⟧ وصل له تنبيه دخول من جهاز غريب الساعة ⟪٣⟫ الفجر`,
  ],
  [
    'ar',
    `الاخ يبي يحول لي من الامارات، هذا الايبان ⟦iban:SA9580886637554854897206|SA95 8088 6637 5548 5489 7206⟧ وارسلت له صورة البطاقة كمان`,
  ],
  [
    'ar',
    `بطاقتي الائتمانية ⟦card:5451 6331 8417 4812|5451633184174812⟧ انسحب منها ⟪٨٩⟫ دولار لاشتراك ما اعرفه`,
  ],
  // ───────────── nl ─────────────
  [
    'nl',
    `Tikkie komt niet door dus maak maar over naar ⟦iban:NL43 INGB 4974 6774 20|NL43INGB4974677420⟧ tnv M. Jansen, die ⟪12,50⟫ van de pizza ook he`,
  ],
  [
    'nl',
    `@ING_news app ligt er weer uit en ik moet vandaag de huur betalen. bel me maar ⟦phone:06-12345678|0612345678|+31 6 12345678⟧ want de chat is echt waardeloos`,
  ],
  [
    'nl',
    `Reactie op @joost: jij ook?? Ik kreeg een sms met "uw pas verloopt" en een link. Mijn BSN ⟦nl_bsn:325600545|325 600 545⟧ hadden ze al, geen idee hoe`,
  ],
  [
    'nl',
    `Marktplaats koper wil dat ik eerst €⟪0,01⟫ overmaak "ter verificatie" naar ⟦iban:NL81RABO1420045811|NL81 RABO 1420 0458 11⟧. dat is toch oplichting?`,
  ],
  [
    'nl',
    `Met vriendelijke groet,\nAnneke de Vries\nPenningmeester VV De Zwaluwen\n⟦phone:020 - 753 41 88|0207534188⟧\n⟦email:penningmeester@vvdezwaluwen.nl|penningmeester@vvdezwaluwen.nl⟧`,
  ],
  [
    'nl',
    `pinpas ingeslikt bij de automaat op het station, pincode was ⟦otp:4417|4 4 1 7⟧ dus als iemand hem eruit krijgt ben ik de sjaak`,
  ],
  [
    'nl',
    `ocr van de brief van de belastingdienst:\nBurgerservicenummer: ⟦nl_bsn:1O4 872 3l7|104872317⟧\nTe betalen: €⟪1.284⟫\nwaarom staat dit nu op mijn oude adres`,
  ],
  [
    'nl',
    `ja hoor weer een nep-bericht van "ABN". mail was naar ⟦email:k.bakker1979@ziggo.nl|k.bakker1979@ziggo.nl⟧ en de afzender was iets met .ru 🙄`,
  ],
  [
    'nl',
    `Vlaams hier: KBC app doet raar, overschrijving naar ⟦iban:BE75 8622 8030 2351|BE75862280302351⟧ blijft hangen op "in verwerking". iemand hetzelfde?`,
  ],
  [
    'nl',
    `mijn gsm is ⟦phone:0478 12 34 56|0478123456|+32 478 12 34 56⟧ als iemand van Belfius me eindelijk wil terugbellen, ik heb al ⟪3⟫ keer gebeld`,
  ],
  [
    'nl',
    `@bunq die creditcard ⟦card:5310 6746 5452 4616|5310674654524616⟧ wordt overal geweigerd in Spanje, ook bij de Mercadona. super handig op vakantie`,
  ],
  [
    'nl',
    `heb per ongeluk mijn wachtwoord in de groepsapp gezet ipv in de app 🤡 ⟦password:Feyenoord010!|Feyenoord010!⟧ nu snel veranderen`,
  ],
  [
    'nl',
    `spraakbericht: mijn nummer is nul zes ⟦phone:06 87 65 43 21|0687654321⟧ bel me even over die afschrijving van de verzekering`,
  ],
  [
    'nl',
    `vraagje: sms-code ⟦otp:281 554|281554⟧ komt pas na ⟪10⟫ minuten binnen en is dan al verlopen. ligt dat aan mij of aan @Rabobank`,
  ],
  [
    'nl',
    `huur gaat naar ⟦iban:NL12ABNA6371681442|NL12 ABNA 6371 6814 42⟧ t.n.v. Stichting Woonzorg, maar de bank zegt dat de naam niet klopt (naam-nummercheck) 😩`,
  ],
  [
    'nl',
    `BSN van mijn dochter ⟦nl_bsn:208468171|208 46 81 71⟧ staat op de aanvraag maar de bank wil het "nog een keer" per post. welk jaar is het`,
  ],
  [
    'nl',
    `kan iemand mij vertellen of dit een echt nummer van de ING is? ⟦phone:+31 20 228 8800|020 228 8800⟧ ze vroegen om mijn pasnummer`,
  ],
  [
    'nl',
    `schoonvader heeft zijn pasje ⟦card:4760 2201 9554 6136|4760220195546136⟧ op facebook gezet omdat hij dacht dat het een "winactie" was. ouderen en internet...`,
  ],
  // ───────────── es ─────────────
  [
    'es',
    `@BBVA_Mex llevo 3 días sin poder entrar a la app y hoy tengo que pagar la renta, mi cel ⟦phone:55 1234 5678|5512345678|+52 55 1234 5678⟧ márquenme porfa`,
  ],
  [
    'es',
    `Bizum no funciona así que pásame a la cuenta ⟦iban:ES92 9294 0385 8251 8509 1134|ES9292940385825185091134⟧ lo de la cena del sábado (⟪23⟫€ cada uno)`,
  ],
  [
    'es',
    `me llegó un SMS "su cuenta ha sido bloqueada" y puse el código ⟦otp:572 119|572119⟧ en la web… ya sé, ya sé. me han quitado ⟪1.200⟫€`,
  ],
  [
    'es',
    `> ¿Te devolvieron el dinero?\nnada, y eso que les mandé correo a reclamaciones desde ⟦email:maripaz.gomez62@yahoo.es|maripaz.gomez62@yahoo.es⟧ hace ⟪2⟫ semanas`,
  ],
  [
    'es',
    `transferencia SPEI a la CLABE ⟦account_number:012180040097612735|012 180 04009761273 5⟧ y el banco dice que no existe, pero es la que me dio mi casero`,
  ],
  [
    'es',
    `texto de la captura:\nTitular: R. Fdez\nIBAN ⟦iban:ES68 3345 3O9O 5650 3613 O922|ES6833453090565036130922⟧\nImporte ⟪450,00⟫ EUR\n¿por qué me lo devuelven?`,
  ],
  [
    'es',
    `mi abuela tiene ⟪84⟫ años y le pidieron el PIN por teléfono, lo dio: ⟦otp:3058|tres cero cinco ocho⟧. el banco dice que es culpa de ella. vergüenza`,
  ],
  [
    'es',
    `Si alguien de Santander me lee: fijo ⟦phone:91 123 45 67|911234567⟧, móvil ⟦phone:612 34 56 78|612345678⟧. Por favor llamen, en la oficina no me atienden sin cita`,
  ],
  [
    'es',
    `la tarjeta ⟦card:4521 3382 4335 8229|4521338243358229⟧ me la clonaron en un cajero de Cancún, ⟪5⟫ cargos en Oxxo en una hora`,
  ],
  [
    'es',
    `dictado por voz perdón: mi correo es ⟦email:jlramirez.mx@gmail.com|jl ramirez punto mx arroba gmail punto com⟧ manden el estado de cuenta ahí`,
  ],
  [
    'es',
    `Alguien sabe si es normal que CaixaBank pida la contraseña por WhatsApp? me escribieron del ⟦phone:+34 600 112 233|600112233⟧`,
  ],
  [
    'es',
    `ayuda!! pagué en Wallapop a ⟦iban:ES4757631713595934292882|ES47 5763 1713 5959 3429 2882⟧ y el vendedor ya no contesta, ¿el banco puede hacer algo?`,
  ],
  [
    'es',
    `la contraseña que me pusieron por defecto era ⟦password:Banorte2024*|Banorte2024*⟧ y ahora no me deja cambiarla jajaja qué seguridad`,
  ],
  [
    'es',
    `argentina: me debitaron dos veces el resumen de la visa ⟦card:4890 4145 2580 6947|4890414525806947⟧, llamé al ⟪0810⟫ y me cortaron`,
  ],
  [
    'es',
    `oye @Banamex, mi número es ⟦phone:33 1098 7654|3310987654⟧ (Guadalajara), sigo esperando la llamada que me prometieron el lunes`,
  ],
  [
    'es',
    `el amigo de mi primo me pidió la cuenta para "depositarme" y le di la CLABE ⟦account_number:012180241330395042|012180241330395042⟧, ahora me bloquearon por movimientos raros`,
  ],
  [
    'es',
    `tarjeta de débito Mastercard ⟦card:5597 9581 4974 4515|5597958149744515⟧ rechazada en la gasolinera pero el saldo está bien. nadie sabe nada en la línea`,
  ],
  [
    'es',
    `Chile: el Banco Estado me mandó la clave ⟦otp:918273|918 273⟧ y un tipo me llamó haciéndose pasar por ellos, casi se la doy`,
  ],
  // ───────────── fr ─────────────
  [
    'fr',
    `@BNPParibas ça fait 3 jours que l'appli plante au moment de valider le virement. Rappelez-moi au ⟦phone:06 12 34 56 78|0612345678|+33 6 12 34 56 78⟧ svp, le conseiller est injoignable`,
  ],
  [
    'fr',
    `Vends canapé ⟪150⟫€, paiement par virement sur ⟦iban:FR76 0911 9559 9187 2949 6658 142|FR7609119559918729496658142⟧ ou espèces, à récupérer à Villeurbanne`,
  ],
  [
    'fr',
    `> t'as reçu le code ?\noui ⟦otp:745 120|745120⟧ mais il a expiré avant que la page charge. merci la Société Générale`,
  ],
  [
    'fr',
    `Cordialement,\nPhilippe Marchand\nTrésorier – Amicale des pompiers de Saint-Lô\nTél. ⟦phone:02 33 57 41 90|0233574190⟧\n⟦email:p.marchand.amicale@orange.fr|p.marchand.amicale@orange.fr⟧`,
  ],
  [
    'fr',
    `Texte de la capture :\nRIB\nIBAN : ⟦iban:FR76 8158 8276 2313 92O1 7132 372|FR7681588276231392017132372⟧\nBIC : ⟪AGRIFRPP881⟫\npourquoi le virement revient ??`,
  ],
  [
    'fr',
    `ma mère a donné son code de carte bleue ⟦otp:6620|6 6 2 0⟧ à un faux conseiller au téléphone. la banque refuse de rembourser, "négligence grave" qu'ils disent`,
  ],
  [
    'fr',
    `dictée vocale désolé : mon numéro c'est le ⟦phone:07 81 22 90 14|zéro sept quatre-vingt-un vingt-deux quatre-vingt-dix quatorze⟧ rappelez-moi pour le prêt`,
  ],
  [
    'fr',
    `Québec: Desjardins m'a bloqué ma carte ⟦card:4494 4139 7200 9419|4494413972009419⟧ pendant que j'étais en Floride, ⟪2⟫ heures au téléphone pour la débloquer`,
  ],
  [
    'fr',
    `j'ai mis mon mot de passe ⟦password:Loulou2015!|Loulou2015!⟧ dans la barre de recherche au lieu du champ mdp, en plein live Twitch 💀`,
  ],
  [
    'fr',
    `Si quelqu'un du Crédit Agricole passe par là : ⟦email:sandrine.leroux@free.fr|sandrine point leroux arobase free point fr⟧, j'attends toujours la réponse à ma réclamation`,
  ],
  [
    'fr',
    `Belgique: Belfius me demande de confirmer le compte ⟦iban:BE45 2506 0483 4289|BE45250604834289⟧ par sms, c'est du phishing non ?`,
  ],
  [
    'fr',
    `CB ⟦card:4970 5514 2507 0281|4970551425070281⟧ débitée deux fois chez Leclerc (⟪87,40⟫ €) et le service client me dit d'attendre la fin du mois`,
  ],
  [
    'fr',
    `Suisse: UBS veut que j'envoie mon IBAN ⟦iban:CH41 0076 2911 3773 1098 5|CH4100762911377310985⟧ par mail non chiffré, sérieux ?`,
  ],
  [
    'fr',
    `le faux conseiller m'a appelé du ⟦phone:01 86 95 42 17|0186954217⟧, numéro affiché "Banque Postale". faites gaffe`,
  ],
  ['fr', `code reçu par sms : ⟦otp:O93 4l7|093417⟧ (capture floue désolé) je le tape et ça me dit invalide`],
  [
    'fr',
    `Mon fils a acheté des skins avec ma carte ⟦card:5138 2837 5047 7073|5138283750477073⟧ 🙃 ⟪230⟫ € en une soirée. la banque dit que c'est "autorisé"`,
  ],
  [
    'fr',
    `Bonjour, je suis au ⟦phone:+33 7 58 44 12 03|0758441203⟧, merci de me rappeler concernant le dossier ⟪2024-118734⟫`,
  ],
  [
    'fr',
    `paiement du loyer sur le compte ⟦iban:FR7663722777971733782681119|FR76 6372 2777 9717 3378 2681 119⟧ refusé "coordonnées invalides" alors que c'est le même depuis 2 ans`,
  ],
  // ───────────── de ─────────────
  [
    'de',
    `@Sparkasse App ist seit heute früh down und ich muss die Miete überweisen. Ruft mich bitte an ⟦phone:0151 23456789|015123456789|+49 151 23456789⟧, Hotline ist dauerbesetzt`,
  ],
  [
    'de',
    `Kleinanzeigen Käufer will per Überweisung zahlen, ich hab ihm ⟦iban:DE97 4383 3182 0751 9070 86|DE97438331820751907086⟧ geschickt und jetzt will er meine Handynummer für "PayPal Käuferschutz" 🙄`,
  ],
  [
    'de',
    `> Hast du die TAN bekommen?\nja ⟦otp:483 920|483920⟧ aber die Überweisung ist trotzdem abgelehnt worden. danke Commerzbank`,
  ],
  [
    'de',
    `Mit freundlichen Grüßen\nDr. Heike Baumann\nKassenwartin, TSV Oberhaching e.V.\nTel. ⟦phone:089 6134275|089/6134275⟧\n⟦email:kasse@tsv-oberhaching.de|kasse@tsv-oberhaching.de⟧`,
  ],
  [
    'de',
    `OCR aus dem Kontoauszug:\nEmpfänger IBAN\n⟦iban:DE63 9555 5930 98l6 4l52 92|DE63955559309816415292⟧\nBetrag ⟪49,99⟫ EUR\nund ich wurde zweimal belastet`,
  ],
  [
    'de',
    `Oma hat am Telefon ihre PIN ⟦otp:8264|acht zwei sechs vier⟧ gesagt weil der "Bankmitarbeiter" so nett war. ⟪4.000⟫ € weg. Die Bank zahlt nicht.`,
  ],
  [
    'de',
    `Sprachnachricht abgetippt: meine Nummer ist null eins sieben sechs ⟦phone:0176 98765432|017698765432⟧ bitte zurückrufen wegen der Kreditkarte`,
  ],
  [
    'de',
    `@N26 meine Karte ⟦card:5326 2934 2274 4844|5326293422744844⟧ wurde gesperrt, weil ich in Italien getankt habe. super, stehe jetzt an der Tankstelle`,
  ],
  [
    'de',
    `Schweiz hier: die Postfinance will meine Handynummer nochmal, ⟦phone:079 123 45 67|0791234567|+41 79 123 45 67⟧, hab ich doch schon dreimal angegeben`,
  ],
  [
    'de',
    `Passwort war ⟦password:Schalke04!!|Schalke04!!⟧, ich schwöre, und trotzdem "falsches Passwort". Zurücksetzen geht nur per Post. 2026 Leute.`,
  ],
  [
    'de',
    `Österreich: Erste Bank hat meine Überweisung auf ⟦iban:AT38 2585 6685 4001 7689|AT382585668540017689⟧ zurückgebucht, ohne Grund`,
  ],
  [
    'de',
    `Wer von der @comdirect liest mit? Schreibt mir an ⟦email:thomas.k.weber@web.de|thomas.k.weber@web.de⟧, ich warte seit ⟪6⟫ Wochen auf die Kontoschließung`,
  ],
  [
    'de',
    `Kreditkarte ⟦card:4699 6692 0119 6979|4699669201196979⟧ wurde bei Amazon.com mit ⟪412⟫ USD belastet, ich war's nicht. Sperr-Notruf ⟪116 116⟫ hat sofort geholfen immerhin`,
  ],
  [
    'de',
    `Festnetz ⟦phone:030 9016 2847|030/90162847⟧ geht nicht, Handy ⟦phone:0160 5512 8834|0160 55128834⟧ schon. Falls die Filiale mich erreichen will.`,
  ],
  [
    'de',
    `Der Betrüger hat mir sogar die TAN ⟦otp:771 034|771034⟧ vorgelesen als "Beweis" dass er von der Bank ist. zum Glück aufgelegt`,
  ],
  [
    'de',
    `Miete bitte weiterhin auf ⟦iban:DE66346356870350313993|DE66 3463 5687 0350 3139 93⟧, das alte Konto bei der Postbank ist zu – steht auch im Aushang im Treppenhaus`,
  ],
  [
    'de',
    `Girocard ⟦card:6759 5357 8693 1597 26|675953578693159726⟧ im Automaten steckengeblieben, Filiale hat erst Montag wieder auf. Wochenende ohne Geld 👍`,
  ],
  [
    'de',
    `Sohn hat die Steuer-ID und meine Handynummer ⟦phone:0172 4418 390|01724418390⟧ auf so ein Gewinnspiel eingetragen. Jetzt kommen täglich Anrufe.`,
  ],
]

/** Posts whose numbers are ordinary and must survive masking. */
/** @type {[string, string][]} */
export const ordinary = [
  // en
  [
    'en',
    `waited ⟪47⟫ mins on hold, then got cut off at ⟪4:59pm⟫. case ref ⟪CRM-20261204-0093⟫. love that for me`,
  ],
  ['en', `app update ⟪8.14.2⟫ broke face id again. iphone ⟪15⟫, iOS ⟪18.1⟫. fix it pls`],
  ['en', `rate went from ⟪4.1%⟫ to ⟪5.35%⟫ on my fix, so £⟪1,842⟫ a month now instead of £⟪1,516⟫. cheers`],
  [
    'en',
    `parcel tracking ⟪JD014600004517834219⟫ says delivered, the card reader never came. branch ⟪0412⟫ say they can't help`,
  ],
  ['en', `transaction id ⟪4281773423389508⟫ shows twice in the app. only went to tesco once`],
  [
    'en',
    `flight ⟪BA 2490⟫ delayed ⟪6⟫ hours and my card got blocked at the airport lol. ⟪2026⟫ is something`,
  ],
  ['en', `ordered on the ⟪3rd⟫, its the ⟪19th⟫, still nothing. postcode ⟪LS6 2AB⟫ if that matters`],
  ['en', `they moved the branch to ⟪221⟫ High St and it's only open ⟪10-2⟫ tues and thurs`],
  ['en', `Ticket #⟪5510293⟫. 2nd time I'm asking. IP ⟪192.168.0.12⟫ is my router not a fraudster`],
  // zh
  ['zh', `订单号⟪20261203884710295⟫，退款⟪199.00⟫元到现在还没到，都⟪12⟫天了`],
  ['zh', `APP升级到⟪9.3.0⟫以后就打不开了，华为⟪Mate 60⟫，有同样问题的吗`],
  ['zh', `房贷利率从⟪4.9%⟫降到⟪3.85%⟫，每月少还⟪1,320⟫块，还是挺开心的`],
  ['zh', `航班⟪CA1832⟫延误，信用卡在机场又被风控了，客服说⟪24⟫小时内处理`],
  ['zh', `今天⟪2026年12月7日⟫网点排队排到⟪68⟫号，叫号叫到⟪31⟫，我先撤了`],
  ['zh', `流水号⟪4426837522428198⟫那笔到底是什么扣款？我不认识`],
  ['zh', `工单编号⟪GD-77410382⟫，说⟪3-5⟫个工作日回复，现在是第⟪8⟫天`],
  ['zh', `邮编⟪200120⟫，地址填对了，卡还是没寄到`],
  ['zh', `双十一花了⟪8,888⟫，看到账单的那一刻沉默了😂`],
  // ar
  ['ar', `انتظرت ⟪٤٥⟫ دقيقة في الفرع ورقمي كان ⟪١٢٧⟫ وهم على ⟪٨٩⟫، رجعت البيت`],
  ['ar', `تحديث التطبيق ⟪٥.٢.١⟫ خرب البصمة، حد عنده نفس المشكلة؟`],
  ['ar', `الفايدة صارت ⟪٥.٧٥٪⟫ والقسط زاد ⟪٤٠٠⟫ ريال، الله المستعان`],
  ['ar', `رقم الشحنة ⟪SMSA 290038817742⟫ والبطاقة للحين ما وصلت`],
  ['ar', `رحلة ⟪SV1023⟫ تأخرت ⟪٣⟫ ساعات والبطاقة انرفضت في المطار كمان`],
  ['ar', `رقم العملية ⟪4657064104422271⟫ مكرر مرتين في كشف الحساب`],
  ['ar', `الراتب نزل ⟪١٢,٥٠٠⟫ بدل ⟪١٣,٠٠٠⟫ وما احد يرد`],
  ['ar', `موعدي في البنك يوم ⟪١٥/١٢⟫ الساعة ⟪١٠:٣٠⟫ الصبح`],
  ['ar', `رقم الشكوى ⟪CMP-2026-004417⟫ ولا رد من اسبوعين`],
  // nl
  ['nl', `⟪45⟫ minuten in de wacht, daarna opgehangen om ⟪16:58⟫. referentie ⟪SR-9912034⟫`],
  ['nl', `sinds update ⟪7.41.0⟫ werkt de scanner niet meer op mijn Pixel ⟪8⟫`],
  ['nl', `hypotheekrente naar ⟪3,92%⟫, dat scheelt €⟪86,40⟫ per maand. eindelijk goed nieuws`],
  ['nl', `pakket ⟪3SABCD1234567⟫ staat op bezorgd maar de nieuwe pas is er niet`],
  ['nl', `filiaal op ⟪Kalverstraat 92⟫ is dicht, dichtstbijzijnde is ⟪4⟫ km verderop`],
  ['nl', `postcode ⟪3512 JK⟫ en ze blijven de post naar het oude adres sturen`],
  [
    'nl',
    `betalingskenmerk ⟪7009 1234 5678 9012⟫ staat er, maar de Belastingdienst zegt dat de betaling niet is gekoppeld`,
  ],
  ['nl', `€⟪1.249,95⟫ voor een wasmachine afgeschreven en nog steeds geen wasmachine`],
  [
    'nl',
    `trein ⟪3548⟫ had ⟪25⟫ min vertraging, en de OV-pas was leeg door de mislukte automatische oplading`,
  ],
  // es
  ['es', `⟪40⟫ minutos esperando en la línea y a las ⟪14:00⟫ cierran. número de incidencia ⟪INC-7741902⟫`],
  ['es', `la app versión ⟪6.12.3⟫ no abre en mi Xiaomi ⟪13⟫`],
  ['es', `el Euríbor a ⟪2,41%⟫ y la cuota sube ⟪63,20⟫€. genial`],
  ['es', `pedido ⟪402-8837261-1190344⟫ reembolsado pero no aparece en la cuenta`],
  ['es', `vuelo ⟪IB3166⟫ cancelado y la tarjeta rechazada en el hotel, ⟪2026⟫ va fuerte`],
  ['es', `me cobraron ⟪$1,499.00⟫ MXN de anualidad sin avisar`],
  ['es', `la sucursal ⟪0231⟫ de Av. Insurgentes cerró, ahora hay que ir a la ⟪0457⟫`],
  ['es', `código postal ⟪28013⟫ y la tarjeta sigue sin llegar después de ⟪3⟫ semanas`],
  ['es', `referencia ⟪2611 0734 5589 2104⟫ que me dio el proveedor no es válida dice el banco`],
  // fr
  ['fr', `⟪35⟫ min d'attente puis raccroché à ⟪17h58⟫. dossier n° ⟪DOS-4478120⟫`],
  ['fr', `depuis la mise à jour ⟪4.22.1⟫ l'appli plante sur mon Samsung ⟪S23⟫`],
  ['fr', `taux du livret A à ⟪2,4 %⟫, ⟪1 250⟫ € d'intérêts cette année. pas mal`],
  ['fr', `colis ⟪6A12345678901⟫ livré chez le voisin, carte toujours pas reçue`],
  ['fr', `vol ⟪AF1148⟫ annulé et ma carte refusée à l'aéroport de Roissy`],
  ['fr', `agence du ⟪12⟫ rue de la République fermée le ⟪24/12⟫, ouverte le ⟪26⟫`],
  ['fr', `prélèvement de ⟪1 340,50⟫ € passé deux fois, référence ⟪PRLV-88123004⟫`],
  ['fr', `code postal ⟪69003⟫, et la nouvelle carte part toujours à Lille`],
  ['fr', `transaction ⟪4281773423389509⟫ inconnue sur mon relevé`],
  // de
  ['de', `⟪50⟫ Minuten Warteschleife, um ⟪17:59⟫ aufgelegt. Vorgangsnummer ⟪VG-20261207-4412⟫`],
  ['de', `seit Version ⟪5.31.0⟫ stürzt die App auf meinem iPhone ⟪13⟫ ab`],
  ['de', `Bauzins ⟪3,45 %⟫, Rate jetzt ⟪1.487,20⟫ € statt ⟪1.312,00⟫ €`],
  ['de', `Sendungsnummer ⟪00340434161094027981⟫, Karte kommt einfach nicht`],
  ['de', `Filiale ⟪Hauptstraße 14⟫ schließt zum ⟪31.03.2027⟫, nächste ist ⟪12⟫ km weg`],
  ['de', `Flug ⟪LH 1402⟫ gestrichen, Kreditkarte am Schalter abgelehnt, perfekt`],
  ['de', `PLZ ⟪80331⟫ und die PIN-Briefe gehen trotzdem nach Hamburg`],
  ['de', `Verwendungszweck ⟪RE-2026-118273⟫ stand drauf und trotzdem nicht zugeordnet`],
  ['de', `Mandatsreferenz ⟪000123987456321⟫ im Auszug?? Kenn ich nicht, was ist das`],
]
