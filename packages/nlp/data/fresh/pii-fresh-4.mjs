// Fresh personal-data set 4. Written 2026-12-06 11:17 UTC by the "pii2" engineer AFTER set 3's
// fixes and committed BEFORE being scored: the held-out "after" figure of that round (set 3's
// es/fr/de half stopped being held out when its misses were read). Its author had read
// src/pii*.ts, so it is not blind to the rules, but nothing here was tuned on. It aims at forms
// set 3 did not have: codes in SMS brackets (【482913】), French RIBs, Mexican CLABEs, Madrid
// landlines 2-3-2-2, "0 30 / 12 34 56 78", "+31 (0)6", upper-case and IDN addresses, "login
// pass:", "code secret", "الرقم السري", SSNs with dots; and ordinary numbers that look like
// them: SIRET numbers, IP addresses, coordinates, ISBNs, postcodes, 12-digit order numbers.
// Same markers and renderer as the other fresh sets; values synthetic or the standards' own
// published examples (IBAN registry examples, the CLABE example).
export const sensitive = [
  ['en', `card no: ⟦card:4929 5074 6401 8310⟧ , they charged ⟪£1,499.99⟫ in ⟪3⟫ payments I never agreed to`],
  ['en', `my sortcode is ⟦uk_account:60-16-13⟧ and account ⟦uk_account:31926819⟧ , still no refund`],
  ['en', `SSN: ⟦us_ssn:536.22.8471⟧ (yes I know I shouldn't post it)`],
  ['en', `text me on ⟦phone:07700900123⟧ or ⟦phone:0044 7700 900 123⟧ after ⟪5pm⟫`],
  ['en', `Your one-time passcode: ⟦otp:90 21 77⟧ , never share it. lol too late`],
  ['en', `login pass: ⟦password:Blue$ky99⟧ , same as my email, what can go wrong`],
  ['en', `write to ⟦email:JOHN.DOE@EXAMPLE.COM⟧ , caps because the app uppercases it`],
  ['en', `Amex ⟦card:3714 594172 88361⟧ was cloned at a petrol station on the ⟪M25⟫`],
  ['en', `GB IBAN ⟦iban:GB29 NWBK 6016 1331 9268 19⟧ , ref ⟪INV-2026-118⟫`],
  ['nl', `IBAN: ⟦iban:nl91 abna 0417 1643 00⟧ , bedrag ⟪€ 12.345,67⟫`],
  ['nl', `sofinummer: ⟦nl_bsn:456789017⟧ en ook nog mijn geboortedatum ⟪12-03-1985⟫`],
  ['nl', `bel ⟦phone:+31 (0)6 12345678⟧ of ⟦phone:06 - 123 456 78⟧ , niet na ⟪21.00⟫ uur`],
  ['nl', `mijn inlogcode is ⟦otp:58 22 19⟧ en die werkt niet`],
  ['nl', `pincode ⟦otp:4821⟧ ingetypt bij de kassa en toen was ⟪€ 200⟫ weg`],
  ['nl', `Mastercard ⟦card:5168 1238 9560 3097⟧ dubbel afgeschreven`],
  ['zh', `银行卡号：⟦card:6217 7768 7482 5777 588⟧ 被冻结，⟪2026年12月5日⟫ 还能用`],
  ['zh', `手机：⟦phone:+86-138-0013-8000⟧，邮编 ⟪100000⟫`],
  ['zh', `【某银行】验证码【⟦otp:482913⟧】，5分钟内有效，请勿泄露`],
  ['zh', `我的邮箱 ⟦email:wang@例子.公司⟧ 收不到验证邮件`],
  ['zh', `银联卡 ⟦card:6250 1507 4843 2652⟧ 和 JCB ⟦card:3566 3170 3549 5074⟧ 都刷不了`],
  ['ar', `رقم جوالي ⟦phone:0505551234⟧ تواصلوا معي`],
  ['ar', `الايبان ⟦iban:SA03 8000 0000 6080 1016 7519⟧ وصلني منه تحويل ⟪٥٠٠⟫ ريال`],
  ['ar', `رمز OTP: ⟦otp:773120⟧ لا تعطيه لأحد`],
  ['ar', `الرقم السري ⟦otp:1234⟧ للبطاقة انكشف`],
  ['ar', `حسابي رقم ⟦account_number:1234567890123⟧ في البنك الأهلي`],
  ['ar', `بطاقة مدى ⟦card:9682 0376 1445 1704⟧ انسحب منها مبلغ`],
  ['ar', `الآيبان المصري ⟦iban:EG38 0019 0005 0000 0000 2631 8000 2⟧`],
  ['es', `número de tarjeta: ⟦card:5425-7617-6898-3259⟧ , cargo de ⟪1.234,56 €⟫`],
  ['es', `cuenta ⟦iban:ES91 2100 0418 4502 0005 1332⟧ , la de siempre`],
  ['es', `tel. ⟦phone:91 123 45 67⟧ o móvil ⟦phone:600 12 34 56⟧`],
  ['es', `mi clave es ⟦password:Sevilla#2026⟧ y me la han bloqueado`],
  ['es', `código: ⟦otp:55-29-10⟧ , me llegó tarde`],
  ['es', `cuenta CLABE ⟦account_number:032180000118359719⟧ para el reembolso`],
  ['es', `Maestro ⟦card:6703 1484 5341 1816 9⟧ de 17 dígitos, no la aceptan`],
  ['fr', `RIB : ⟦account_number:30004 00550 00012345678 27⟧ , virement de ⟪1 250,00 €⟫`],
  ['fr', `IBAN ⟦iban:FR76 3000 6000 0112 3456 7890 189⟧ pour le remboursement`],
  ['fr', `tél : ⟦phone:01.42.68.53.00⟧ ou ⟦phone:+33 (0)6 12 34 56 78⟧`],
  ['fr', `mon code secret ⟦otp:4821⟧ a été vu par quelqu'un au distributeur`],
  ['fr', `mdp: ⟦password:Marseille13!⟧`],
  ['fr', `compte belge ⟦iban:BE68 5390 0754 7034⟧ , carte ⟦card:2698 7880 7173 2187⟧`],
  ['de', `IBAN: ⟦iban:DE89 3704 0044 0532 0130 00⟧ , Rechnungsnr. ⟪2026-00042⟫`],
  ['de', `Tel.: ⟦phone:0 30 / 12 34 56 78⟧ , Handynr. ⟦phone:0151-23456789⟧`],
  ['de', `mTAN ⟦otp:583920⟧ kam doppelt`],
  ['de', `Kennwort: ⟦password:Hamburg2026$⟧`],
  ['de', `Schweizer Nummer ⟦phone:+41 44 668 18 00⟧ , IBAN ⟦iban:CH93 0076 2011 6238 5295 7⟧`],
  ['de', `aus Österreich ⟦phone:+43 664 1234567⟧ , Konto ⟦iban:AT61 1904 3002 3457 3201⟧`],
  ['de', `Discover ⟦card:6011 1384 3773 8349⟧ , Visa ⟦card:4000 3006 0123 1430⟧`],
]

export const ordinary = [
  ['en', `flight ⟪BA 2490⟫ at ⟪11:59 PM⟫ on ⟪12/31/2026⟫, app ⟪v2.14.0-beta.3⟫`],
  ['en', `ISBN ⟪978-0-306-40615-7⟫ , ⟪51.5074, -0.1278⟫ , postcode ⟪SW1A 1AA⟫`],
  ['en', `server ⟪192.168.1.254⟫ down since ⟪2026-12-06 14:35:07⟫, ⟪99.95%⟫ uptime my foot`],
  ['en', `card ending ⟪4821⟫ , ⟪3⟫ payments of ⟪£1,499.99⟫`],
  ['nl', `KvK ⟪12345678⟫ , postcode ⟪1012 AB⟫ , ⟪€ 12.345.678,90⟫ omzet in week ⟪49⟫`],
  ['zh', `⟪2026-12-06 14:35:07⟫ 发布第 ⟪3⟫ 季度营收 ⟪1,234.5⟫ 亿元，邮编 ⟪100000⟫`],
  ['ar', `بتاريخ ⟪٢٠٢٦/١٢/٠٦⟫ بنسبة ⟪٣٫٥٪⟫ ورقم الطلب ⟪123456789012⟫`],
  ['es', `⟪1.234.567,89 €⟫ , CP ⟪28013⟫ , expediente ⟪2026/001234⟫ , el ⟪15/01/2026⟫ a las ⟪10:30⟫`],
  ['fr', `SIRET ⟪732 829 320 00074⟫ , TVA ⟪20 %⟫ , le ⟪06/12/2026⟫ à ⟪14h35⟫`],
  ['de', `PLZ ⟪80331⟫ , Kurs ⟪1,0845⟫ , Aktenzeichen ⟪12 O 345/26⟫ , ⟪1.234.567⟫ Aufrufe`],
]
