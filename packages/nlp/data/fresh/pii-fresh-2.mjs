// A second fresh personal-data set, written 2026-12-06 05:45 UTC AFTER the fixes of that round
// (so its author had read parts of src/pii*.ts), never tuned on: the clean "after" figure for
// the round. Same markers and renderer as pii-fresh.mjs; values synthetic, check digits computed.
export const sensitive = [
  [
    'en',
    `hi @CrestBank my debit card ⟦card:4620 9665 4287 0724⟧ got cloned, someone spent ⟪£1,870⟫ at ⟪3⟫ different shops overnight`,
  ],
  [
    'en',
    `Visa ⟦card:4353 8614 0831 6008 699⟧ (the 19 digit one they sent me) refuses contactless since ⟪Tuesday⟫`,
  ],
  ['en', `mastercard ⟦card:2221 9370 4505 2851⟧ , expiry ⟪11/29⟫ , refused for a ⟪£7.50⟫ coffee lol`],
  ['en', `please ring me on ⟦phone:+44 (0)20 7946 0321⟧ or my mobile ⟦phone:07911 123456⟧ before ⟪5pm⟫`],
  [
    'en',
    `my NI no is ⟦uk_nino:NH 38 22 51 D⟧ and HMRC says Northwind reported the wrong interest of ⟪£41.20⟫`,
  ],
  [
    'en',
    `email ⟦email:anna+bank@example.org⟧ and password ⟦password:hunter2!!⟧ , yes I know, changing it now`,
  ],
  ['en', `SSN ⟦us_ssn:219 09 9999⟧ was on the form they emailed back to me unencrypted, case ⟪#77120⟫`],
  [
    'en',
    `Sort code: ⟦uk_account:30 96 34⟧ Account: ⟦uk_account:44315290⟧ , still waiting on ⟪£600⟫ from ⟪June 2nd⟫`,
  ],
  ['nl', `IBAN ⟦iban:NL18 INGB 0793 7541 88⟧ ipv mijn oude rekening, graag ⟪€ 250,00⟫ terugstorten`],
  ['nl', `mijn bsn is ⟦nl_bsn:807171098⟧ , ik heb het al ⟪2⟫ keer doorgegeven`],
  ['nl', `bel me op ⟦phone:020 1234567⟧ of ⟦phone:+31 20 123 4567⟧ , dank`],
  ['nl', `wachtwoord = ⟦password:Zomer#2025⟧ werkt niet meer sinds versie ⟪6.2⟫`],
  ['de', `IBAN ⟦iban:DE21 0020 8723 3552 5137 79⟧ , Betrag ⟪1.250,00 €⟫ fehlt seit ⟪3⟫ Tagen`],
  ['de', `meine Nummer: ⟦phone:030 12345678⟧ , Festnetz, bitte ab ⟪14 Uhr⟫`],
  ['fr', `mon IBAN ⟦iban:FR34 5107 2463 8238 9762 7113 486⟧ , virement de ⟪480 €⟫ perdu`],
  ['fr', `fixe ⟦phone:01 42 68 53 00⟧ , portable ⟦phone:+33 7 81 23 45 67⟧`],
  [
    'es',
    `IBAN ⟦iban:ES08 0469 6242 0705 7862 2256⟧ y teléfono ⟦phone:912 345 678⟧ , el cargo fue de ⟪99,90 €⟫`,
  ],
  ['es', `tarjeta ⟦card:5329 7102 8225 1237⟧ bloqueada, llevo ⟪40⟫ minutos esperando`],
  ['ar', `الآيبان ⟦iban:AE06 0335 7148 3344 0271 762⟧ ورقمي ⟦phone:04 123 4567⟧`],
  ['ar', `حسابي ⟦iban:SA93 1051 1213 3290 5997 0662⟧ انخصم منه ⟪٣٥٠⟫ ريال بدون سبب`],
  ['ar', `رقم بطاقتي ⟦card:3759 665425 98742⟧ انسرقت امس الساعة ⟪٩⟫`],
  [
    'ar',
    `الآيبان القطري ⟦iban:QA14 QNBA 4840 1877 1803 3738 7464 1⟧ والمصري ⟦iban:EG66 8381 3732 5355 0943 2772 5951 3⟧`,
  ],
  ['zh', `动态码是 ⟦otp:5 2 8 1 9 3⟧，刚才被人骗走了，卡号 ⟦card:6293 4673 6532 6808 613⟧`],
  ['zh', `手机 ⟦phone:139 1234 5678⟧，邮箱 ⟦email:wang.lei88@example.cn⟧，麻烦尽快联系`],
  ['zh', `我的 JCB 卡 ⟦card:3567 7373 1976 8632⟧ 在日本用不了，消费 ⟪15,800⟫ 日元`],
  [
    'en',
    `IBAN ⟦iban:PL24 3461 9770 5044 3577 0575 7522⟧ for my Polish account and ⟦iban:TR15 0149 4700 4916 1248 2921 12⟧ for my Turkish one`,
  ],
  [
    'en',
    `Discover ⟦card:6571 7429 2474 1161⟧ and the new Italian one ⟦iban:IT49 K848 0978 7102 7344 4366 480⟧ both show ⟪2⟫ pending charges`,
  ],
]

export const ordinary = [
  ['en', `Mortgage at ⟪4.19%⟫ for ⟪25⟫ years on ⟪£285,000⟫, monthly ⟪£1,532.88⟫`],
  ['en', `Got ⟪1,204,558⟫ views on my budgeting video, thanks! Next one on ⟪01/02/2027⟫`],
  ['en', `ticket ⟪INC0012345⟫ opened ⟪2026-11-30⟫ at ⟪14:05⟫, still ⟪open⟫`],
  ['nl', `Pakket ⟪3SABCD1234567⟫ sinds ⟪28-11-2026⟫ onderweg, ⟪€ 3,95⟫ verzendkosten`],
  ['de', `Kontostand ⟪12.345,67 €⟫ am ⟪01.12.2026⟫, Dispo ⟪2.000 €⟫`],
  ['fr', `Livret A à ⟪3 %⟫, plafond ⟪22 950 €⟫, intérêts ⟪688,50 €⟫ en ⟪2026⟫`],
  ['es', `Hipoteca al ⟪3,1 %⟫, cuota ⟪812,45 €⟫, quedan ⟪217⟫ meses`],
  ['ar', `سعر الصرف ⟪٣٫٦٧⟫ والمبلغ ⟪١٥٠٠٠⟫ درهم يوم ⟪٢٠٢٦/١٢/٠١⟫`],
  ['zh', `快递单号 ⟪SF1234567890123⟫，⟪12月3日⟫ 发货，运费 ⟪23⟫ 元`],
  ['zh', `版本 ⟪8.4.12⟫ 更新后，登录要等 ⟪30⟫ 秒`],
]
