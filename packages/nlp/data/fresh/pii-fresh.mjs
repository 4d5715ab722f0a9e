// Fresh held-out personal-data posts. Written 2026-12-06 05:05 UTC by the intent engineer
// before reading src/pii*.ts or the existing PII set, by a different method: whole posts a
// customer might write, one or more values marked in place; `scripts/eval-pii-fresh.mjs`
// renders every post in several digit scripts and separator kinds (rotating, seeded by the
// row number), so each value appears in forms the post's author never typed.
//   ⟦kind:value⟧  a sensitive value (a space marks where the renderer puts a separator)
//   ⟪value⟫       an ordinary number that must stay readable
// Values are synthetic (check digits computed), never real people's.
export const sensitive = [
  [
    'en',
    `@NorthwindHelp why is my card ⟦card:4453 3314 7893 2885⟧ declined everywhere today?? I've got ⟪£312.40⟫ in there`,
  ],
  [
    'en',
    `ok so I stupidly posted this on facebook earlier but here's the card they charged twice ⟦card:5204 0723 8625 5113⟧ exp ⟪09/27⟫ pls refund the ⟪£64.99⟫`,
  ],
  [
    'en',
    `Long story. On ⟪14 March⟫ I transferred ⟪£2,450⟫ to my landlord from account ⟦uk_account:20-00-00 55779911⟧ and it never arrived. I rang three times, spent ⟪47⟫ minutes on hold the last time, got reference ⟪REF 88213⟫ and still nothing. My phone is ⟦phone:07700 900456⟧ if anyone from Northwind actually reads this. Also tried from my wife's account, same problem. I've been a customer since ⟪2009⟫ and I'm done.`,
  ],
  ['en', `sort code ⟦uk_account:40 47 84⟧ acc no ⟦uk_account:31926819⟧ , payment of ⟪£120⟫ bounced twice`],
  ['en', `my SSN is ⟦us_ssn:536 22 1947⟧ and Crest still says they can't verify me, what more do u want`],
  ['en', `NI number ⟦uk_nino:JG 10 37 59 A⟧ , they asked me to post it here?? is that normal`],
  ['en', `the code from the text was ⟦otp:482 913⟧ and it still said invalid. tried ⟪3⟫ times`],
  [
    'en',
    `omg I just realised my password is literally ⟦password:Tulip!2024x⟧ and I typed it in the public chat 🤦`,
  ],
  [
    'en',
    `email me at ⟦email:jo.harris77@examplemail.co.uk⟧ not my old one, Crest keeps sending statements to the wrong address`,
  ],
  ['en', `Call me back on ⟦phone:+44 7700 900123⟧ please, order ⟪#5512093⟫ still not sorted`],
  ['en', `US customer here, call ⟦phone:+1 415 555 0132⟧ or text. card ending ⟪4821⟫`],
  [
    'en',
    `Amex ⟦card:3479 811351 19710⟧ got hit with ⟪2⟫ foreign transactions I never made, ⟪$89⟫ and ⟪$1,204⟫`,
  ],
  [
    'nl',
    `Mijn rekening ⟦iban:NL81 RABO 0312 3456 78⟧ is geblokkeerd sinds ⟪3 januari⟫, wie kan me helpen? Bel ⟦phone:06 12345678⟧`,
  ],
  ['nl', `Havenbank vraagt om mijn BSN ⟦nl_bsn:4312 22 009⟧ via whatsapp, is dat echt?? voelt als phishing`],
  ['nl', `burgerservicenummer ⟦nl_bsn:386996787⟧ staat op de brief maar ze zeggen dat het niet klopt`],
  [
    'nl',
    `Pas ⟦card:4056 1489 7071 6⟧ werkt niet meer bij de Jumbo, al ⟪2⟫ dagen. ⟪€45,60⟫ boodschappen laten staan`,
  ],
  [
    'nl',
    `mijn verificatiecode was ⟦otp:739 14 2⟧ maar de app zegt verlopen. bel me op ⟦phone:+31 6 1234 5678⟧`,
  ],
  ['nl', `wachtwoord: ⟦password:Fietsje#88⟧ werkt niet meer na de update, help`],
  [
    'de',
    `Meine IBAN ⟦iban:DE44 5001 0517 5407 3249 31⟧ wurde doppelt belastet, ⟪2x 73,20 €⟫, bitte zurückbuchen`,
  ],
  ['de', `Karte ⟦card:2720 8487 3331 1382⟧ gesperrt, Rückruf bitte unter ⟦phone:0151 2345 6789⟧`],
  ['de', `Habe die TAN ⟦otp:5 8 2 0 1 7⟧ eingegeben und trotzdem Fehler. Versuch ⟪3⟫.`],
  ['de', `Passwort ist ⟦password:Sommer2026!⟧ und wird nicht akzeptiert, Ticket ⟪#40417⟫`],
  ['de', `Ruft mich an: ⟦phone:+49 151 23456789⟧ , seit ⟪08:30⟫ in der Warteschleife`],
  [
    'fr',
    `Ma carte ⟦card:6011 8147 8158 0699⟧ a été débitée deux fois de ⟪89,90 €⟫ le ⟪12/11/2026⟫, remboursez-moi`,
  ],
  ['fr', `IBAN ⟦iban:FR17 3000 6000 0123 4567 8901 890⟧ , le virement de ⟪1 250 €⟫ n'est jamais arrivé`],
  ['fr', `rappelez-moi au ⟦phone:06 12 34 56 78⟧ svp, dossier ⟪n° 2026-0412⟫`],
  [
    'fr',
    `mon code de vérification ⟦otp:904 417⟧ ne marche pas, et mon mot de passe ⟦password:Chaton_75!⟧ non plus`,
  ],
  ['fr', `écrivez-moi sur ⟦email:claire.dubois@exemple.fr⟧ , pas par courrier`],
  ['es', `Me han cobrado dos veces en la tarjeta ⟦card:6298 3397 6260 0070⟧ , ⟪64,30 €⟫ cada una`],
  [
    'es',
    `mi cuenta ⟦iban:ES60 0049 1500 0512 3456 7892⟧ está bloqueada desde el lunes, llamadme al ⟦phone:+34 612 345 678⟧`,
  ],
  ['es', `el código de verificación es ⟦otp:6 1 8 4 0 2⟧ y me dice que no es válido, ya van ⟪5⟫ intentos`],
  ['es', `contraseña: ⟦password:Sevilla*1990⟧ no funciona desde la actualización ⟪4.12.1⟫`],
  ['ar', `بطاقتي ⟦card:4453 3314 7893 2885⟧ انخصم منها ⟪٢٥⟫ درهم مرتين`],
  ['ar', `رقم الآيبان ⟦iban:AE07 0331 2345 6789 0123 456⟧ والتحويل ما وصل من ⟪٣⟫ ايام`],
  ['ar', `حسابي ⟦iban:SA03 8000 0000 6080 1016 7519⟧ موقوف، اتصلوا على ⟦phone:050 123 4567⟧`],
  ['ar', `رمز التحقق ⟦otp:731 904⟧ ما اشتغل، وكلمة المرور ⟦password:Noor@2025⟧ بعد`],
  ['ar', `جوالي ⟦phone:+971 50 123 4567⟧ كلموني بخصوص الطلب رقم ⟪88231⟫`],
  ['ar', `رقم بطاقتي ⟦card:5204 0723 8625 5113⟧ وعليها عملية ما سويتها بقيمة ⟪١٢٠٠⟫ ريال`],
  ['zh', `我的莲花银行卡号 ⟦card:6298 3397 6260 0070⟧ 被盗刷了 ⟪3⟫ 笔，一共 ⟪2,380⟫ 元`],
  ['zh', `验证码 ⟦otp:482 913⟧ 一直提示错误，手机号 ⟦phone:138 0013 8000⟧`],
  ['zh', `客服让我发账号 ⟦account_number:6222 0212 3456 7890⟧ 到微博私信，这正常吗？`],
  ['zh', `密码 ⟦password:lianhua888⟧ 登不上，⟪10⟫ 点之前就这样`],
  ['zh', `香港电话 ⟦phone:+852 9123 4567⟧，卡号 ⟦card:3600 3171 6712 35⟧，麻烦回电`],
  [
    'en',
    `Maestro ⟦card:6759 2481 0756 9007 20⟧ swallowed by the ATM on Oxford St at ⟪22:14⟫, need it blocked`,
  ],
  [
    'en',
    `BE account ⟦iban:BE68 5390 0754 7034⟧ and GB ⟦iban:GB29 NWBK 6016 1331 9268 19⟧ both show the same failed payment of ⟪€310⟫`,
  ],
  ['nl', `bsn ⟦nl_bsn:111 222 333⟧ ingevuld bij de aanvraag, nu zeggen ze dat het fout is ⟪3e⟫ keer al`],
]

export const ordinary = [
  [
    'en',
    `Paid ⟪£1,249.99⟫ for a laptop on ⟪03/12/2026⟫ and the refund of ⟪£1,249.99⟫ still isn't back after ⟪14⟫ days`,
  ],
  ['en', `tracking number ⟪1Z 999 AA1 0123 4567 84⟫ says delivered, it wasn't`],
  ['en', `app version ⟪7.42.1⟫ crashes on iOS ⟪17.5⟫, build ⟪20241118⟫`],
  ['en', `rates up ⟪0.25%⟫ again, that's ⟪5⟫ rises since ⟪2022⟫`],
  ['en', `order ⟪#4411 2398 7712⟫ arrived damaged, paid ⟪$349⟫`],
  ['en', `queue at ⟪09:45⟫ was ⟪37⟫ people long, left at ⟪11:20⟫`],
  ['en', `We have ⟪12,500⟫ followers now 🎉 thanks all, next stop ⟪20k⟫`],
  ['nl', `Op ⟪15-11-2026⟫ ⟪€ 1.250,00⟫ overgemaakt, pas op ⟪19-11⟫ binnen`],
  ['nl', `Bestelnummer ⟪2026 4471 9903⟫ nog steeds niet geleverd, ⟪3⟫ weken`],
  ['nl', `rente naar ⟪2,5%⟫ en ik krijg ⟪€ 12,30⟫ per jaar lol`],
  ['de', `Am ⟪24.12.2026⟫ um ⟪18:30⟫ ⟪1.499,00 €⟫ abgebucht`],
  ['de', `Sendungsnummer ⟪00340434161234567890⟫ hängt seit ⟪5⟫ Tagen`],
  ['de', `Zins ⟪3,25 %⟫ für ⟪12⟫ Monate, ab ⟪2027⟫ nur noch ⟪2 %⟫`],
  ['fr', `Le ⟪12/11/2026⟫ à ⟪14h30⟫, virement de ⟪1 250,00 €⟫`],
  ['fr', `commande ⟪n° 4417 2209 8813⟫ jamais reçue, payé ⟪79,99 €⟫`],
  ['es', `El ⟪15/11/2026⟫ pagué ⟪1.250,00 €⟫ y me devolvieron ⟪250 €⟫`],
  ['es', `pedido ⟪2026-114-5532⟫ con ⟪3⟫ artículos, versión de la app ⟪5.3.0⟫`],
  ['ar', `حولت ⟪١٢٥٠⟫ درهم يوم ⟪١٥/١١/٢٠٢٦⟫ الساعة ⟪١٠:٣٠⟫`],
  ['ar', `رقم الطلب ⟪٤٤١٧٢٢٠٩⟫ وما وصل من ⟪٥⟫ ايام`],
  ['ar', `الفائدة ⟪٢٫٥٪⟫ على ⟪١٢⟫ شهر`],
  ['zh', `⟪2026年11月15日⟫ 转账 ⟪12,500⟫ 元，到现在 ⟪3⟫ 天了`],
  ['zh', `订单号 ⟪4417220988131⟫ 还没发货`],
  ['zh', `利率降到 ⟪1.45%⟫，存 ⟪100000⟫ 元一年才 ⟪1450⟫`],
  ['en', `population of ⟪8,982,000⟫ and ⟪4,111⟫ branches nationwide`],
  ['en', `Flight ⟪BA 2490⟫ at ⟪06:55⟫, seat ⟪23C⟫, paid ⟪£1,111.11⟫`],
]
