// Fresh BLIND personal-data set 5 (issue 11). Written 2026-12-06 13:55 UTC by the redteam5
// engineer BEFORE reading src/pii*.ts, the nlp README's PII section or the posts of sets 1–4
// (only their export names and row format, the eval script and the standards were read), and
// committed before it was first scored. Nothing here is tuned on; once scored, set 5 is the
// held-out "after" figure for the round that did not see it.
//
// Posts as customers, victims of scams and careless relatives write them to banks on X,
// Facebook, Reddit, app stores and forums, in each language's own idiom: complaints with a card
// or IBAN pasted in, replies to a bank's "DM us" with everything in public, SMS codes and
// passwords handed to fake agents, phone numbers national and international, e-mail addresses
// (QQ's digits-only, hyphenated and plus-addressed), UnionPay and Mada cards, 12–19-digit cards,
// Gulf and Maghreb IBANs, Spanish CCCs and Argentine CBUs, HK and TW account numbers.
//
// Markers: ⟦kind:value⟧ is a sensitive value (kinds as in packages/schema PII_KINDS); a space
// inside a value is where a customer puts a group separator, and the set-5 renderer
// (scripts/eval-pii-fresh.mjs --set 5) replaces it with one of the separators people and
// phones produce. ⟪…⟫ is an ordinary number that must survive masking. Digits are written in
// ASCII here; the renderer writes them in the post's digit script.
//
// Values are synthetic with valid check digits where the format has one (Luhn for cards in
// their issuers' ranges, ISO 13616 mod-97 for IBANs plus the French RIB key, Belgian,
// Spanish and Dutch national checks, the BSN 11-proef); UK/US/HK/TW/AR account numbers and
// phone numbers have no check digit and use fictional ranges where a country reserves one.
// The ordinary 16- and 19-digit references fail Luhn, the 9-digit ones fail the 11-proef.
export const sensitive = [
  // en (UK, IE, US, CA)
  [
    'en',
    `@HarbourlineHelp been on hold 40 mins. full card number since your bot keeps asking: ⟦card:4076 0105 4176 9451⟧ charged twice for the same ⟪£63.40⟫ Tesco shop. sort it out`,
  ],
  [
    'en',
    `★☆☆☆☆ App logged me out mid-transfer, tried again and it sent ⟪£250⟫ to a payee I never set up. Sort code ⟦uk_account:40 47 84⟧ acc ⟦uk_account:71226893⟧ is MY account, not theirs. Update ⟪5.12.0⟫ is garbage.`,
  ],
  [
    'en',
    `Throwaway. Ex opened a loan in my name at Harbourline. Their letter quotes my NI number ⟦uk_nino:JG 10 37 59 A⟧ and an address I left in ⟪2019⟫. What do I even do first? r/UKPersonalFinance help`,
  ],
  [
    'en',
    `@RheinfelsUS my SSN is ⟦us_ssn:412 73 5586⟧ and your rep STILL says she can't find my application from March. call me back ⟦phone:+1 202 555 0143⟧ not tomorrow, today`,
  ],
  [
    'en',
    `Amex declined at the pump lol. ⟦card:3458 655293 52833⟧ works literally everywhere else. ⟪3rd⟫ time this week`,
  ],
  [
    'en',
    `Got a text "Harbourline: your one-time code is ⟦otp:604 218⟧. Do not share" — I didn't try to log in?? is someone in my account`,
  ],
  [
    'en',
    `to whoever runs this page: my email is ⟦email:dan.oconnell+bank@outlook.ie⟧ , nobody has replied in ⟪11⟫ days`,
  ],
  [
    'en',
    `ok so the "fraud team" on whatsapp asked for my online banking password and like an idiot I gave it: ⟦password:Snowdon!2019⟧ how screwed am I`,
  ],
  [
    'en',
    `IBAN for the refund as your DM asked: ⟦iban:GB44 LOYD 6442 7239 1739 53⟧ name P Shah. ref ⟪TRN 88213⟫`,
  ],
  [
    'en',
    `sent €⟪1,200⟫ to ⟦iban:IE25 AIBK 8218 1576 6870 17⟧ on Friday and it bounced back minus ⟪€12⟫ in fees?? Thanks a bunch`,
  ],
  [
    'en',
    `Mastercard ⟦card:5309751782544576⟧ blocked in Lisbon AGAIN. Called ⟪3⟫ times, ⟪47⟫ minutes each. I'm standing at a hotel desk`,
  ],
  ['en', `ring me back on ⟦phone:07700 900123⟧ please, not the 0800 number, that just loops`],
  [
    'en',
    `My account number is ⟦account_number:1045 7781 29⟧ routing is on your website, the deposit from ⟪12/01⟫ never posted`,
  ],
  [
    'en',
    `Discover card ⟦card:6011 4828 5640 3608 196⟧ shows "GOOGLE *TEMP" for ⟪$1.00⟫ then ⟪$489.99⟫ an hour later. not me`,
  ],
  [
    'en',
    `the diners club card ⟦card:3695 675768 1797⟧ (yes they still exist) got skimmed at a restaurant in Soho`,
  ],
  [
    'en',
    `lmao my nan just commented "my pin is ⟦otp:7302⟧ in case i forget" under your christmas post, please hide it`,
  ],
  [
    'en',
    `Name: Tom Reyes / SSN ⟦us_ssn:627-41-0932⟧ / cell ⟦phone:(312) 555-0199⟧ / email ⟦email:treyes77@gmail.com⟧ — please escalate case ⟪#4471839⟫`,
  ],
  [
    'en',
    `2FA code came through as ⟦otp:88 31 07⟧ but the app says expired after ⟪30⟫ seconds. ⟪4th⟫ time today. Canadian customer, call ⟦phone:416 555 0172⟧`,
  ],
  [
    'en',
    `new Visa ⟦card:4488 3620 4023 5589⟧ arrived already activated?? I never asked for it. Also my NI is ⟦uk_nino:PW 45 29 03 B⟧ if you need to check`,
  ],
  [
    'en',
    `Sort code ⟦uk_account:20-32-06⟧ account number ⟦uk_account:53718842⟧ , the standing order to my landlord has failed ⟪3⟫ months running`,
  ],
  [
    'en',
    `need the CHAPS to land in ⟦uk_account:30 94 57⟧ / ⟦uk_account:11823409⟧ by ⟪4pm⟫ or I lose the house. ⟪2⟫ hours on hold so far`,
  ],
  [
    'en',
    `@RheinfelsUS my W-2 shows SSN ⟦us_ssn:301 58 2274⟧ but your 1099 has someone else's. fix it before tax season`,
  ],
  [
    'en',
    `HMRC letter and the bank both have my national insurance no. ⟦uk_nino:SK 73 04 51 C⟧ but the app says "identity not verified"`,
  ],
  // nl (NL, BE)
  [
    'nl',
    `@Veldbank al ⟪3⟫ dagen geen salaris binnen. Mijn rekening ⟦iban:NL85 INGB 0037 3011 01⟧ , werkgever zegt dat het op ⟪25⟫ november is overgemaakt`,
  ],
  [
    'nl',
    `Waarom vraagt jullie chatbot om mijn BSN?? Heb het nu ingetypt: ⟦nl_bsn:368595870⟧ kan iemand dat even verwijderen`,
  ],
  ['nl', `bel me aub terug op ⟦phone:06 48213977⟧ ipv steeds te mailen, ik zit de hele dag op de bouw`],
  ['nl', `Jullie medewerker belde vanaf ⟦phone:+31 20 794 3381⟧ en vroeg naar mijn pincode. Echt of nep?`],
  [
    'nl',
    `★ App accepteert mijn pas niet meer. Pasnummer ⟦card:5507 7219 4548 7690⟧ , saldo ⟪€ 1.245,60⟫ . Versie ⟪8.3.1⟫ , Samsung`,
  ],
  [
    'nl',
    `Mijn BSN ⟦nl_bsn:162 012 299⟧ staat gewoon op de brief die jullie naar het VERKEERDE adres stuurden. Top.`,
  ],
  ['nl', `De sms-code was ⟦otp:593 014⟧ maar ik heb hem aan niemand gegeven, toch is er ⟪€ 2.500⟫ weg`],
  [
    'nl',
    `wachtwoord is ⟦password:Fietsen#88⟧ , dat heeft die "medewerker" van de helpdesk nu ook dus ja. blokkeer maar alles`,
  ],
  [
    'nl',
    `Overschrijving naar ⟦iban:BE70 9224 3002 8825⟧ staat al ⟪5⟫ werkdagen op "in behandeling". Gestructureerde mededeling ⟪+++090/9337/55493+++⟫ klopt gewoon`,
  ],
  ['nl', `mailen kan naar ⟦email:j.devries@ziggo.nl⟧ want jullie app doet het niet op mijn oude iPad`],
  ['nl', `mijn rekeningnummer is ⟦account_number:43 92 71 508⟧ (de oude, van voor IBAN) staat die nog open?`],
  [
    'nl',
    `Maestro ⟦card:6759 8934 8830 3466 46⟧ werkt niet meer sinds ⟪1⟫ juli, in de winkel gewoon geweigerd`,
  ],
  ['nl', `Scherm zei: uw verificatiecode is ⟦otp:713926⟧ . Nu ben ik ⟪€ 890⟫ kwijt en niemand neemt op`],
  ['nl', `Mijn nummer is ⟦phone:0031 6 2847 1190⟧ , ik woon in Spanje dus bel met landcode`],
  [
    'nl',
    `Volledige creditcard: ⟦card:4562 6225 0782 0689⟧ — ja ik weet het, maar ik word gek van jullie klantenservice`,
  ],
  ['nl', `BSN: ⟦nl_bsn:439094410⟧ geboren ⟪1987⟫ , dossiernummer ⟪D-2026-44817⟫ , nu actie aub`],
  [
    'nl',
    `ik krijg steeds sms'jes van ⟦phone:+31 6 8391 2274⟧ die zeggen dat ze van Veldbank zijn, melden jullie dat?`,
  ],
  ['nl', `IBAN ⟦iban:NL58ABNA0879381922⟧ ten name van mijn moeder, pas gestorven, wie regelt dit`],
  ['nl', `Belg hier. Rekening ⟦iban:BE33 6942 2304 8846⟧ , gsm ⟦phone:0472 38 19 55⟧ , bel me voor ⟪17⟫ uur`],
  [
    'nl',
    `Heb mijn burgerservicenummer ⟦nl_bsn:9494 12 338⟧ (zo staat het in mijn paspoort) al ⟪2⟫ keer opgestuurd`,
  ],
  ['nl', `sofinummer ⟦nl_bsn:882006587⟧ (ja zo oud ben ik) en nog steeds geen rekening`],
  // de (DE, AT, CH)
  [
    'de',
    `@RheinfelsBank seit ⟪3⟫ Wochen keine Antwort. IBAN ⟦iban:DE43 0891 3675 2754 2386 05⟧ , Rückbuchung über ⟪1.249,00 €⟫ fehlt immer noch`,
  ],
  [
    'de',
    `Meine Handynummer ⟦phone:0151 23456789⟧ – bitte um Rückruf, eure Hotline ist seit ⟪8⟫ Uhr dauerbesetzt`,
  ],
  ['de', `Rückruf bitte unter ⟦phone:+49 30 2847 1193⟧ , ich bin im Homeoffice`],
  [
    'de',
    `Die TAN war ⟦otp:839201⟧ und ZACK ⟪2.000 €⟫ weg. Ich hab die nur in das Formular auf der "Bankseite" eingegeben!!!`,
  ],
  [
    'de',
    `Passwort: ⟦password:Sommer2025!⟧ hab ich dem angeblichen Bankmitarbeiter am Telefon gesagt. Was jetzt? Bitte dringend`,
  ],
  [
    'de',
    `Kreditkarte ⟦card:5152 3026 0156 9432⟧ wurde in Polen belastet, ich war nie in Polen. Sperre läuft?`,
  ],
  ['de', `Grüezi, Zahlung an ⟦iban:CH35 1454 8982 8399 1339 8⟧ über ⟪CHF 1'250.50⟫ hängt seit Montag`],
  [
    'de',
    `Konto ⟦iban:AT51 5739 2308 0080 4841⟧ gesperrt wegen "Sicherheitsprüfung", ohne Vorwarnung. Servus Miete`,
  ],
  [
    'de',
    `meine alte Visa ⟦card:4250 4755 0201 6⟧ (die 13-stellige!) wurde plötzlich belastet, die hab ich seit Jahren nicht mehr`,
  ],
  ['de', `Schreibt mir an ⟦email:k.mueller-schmidt@web.de⟧ , telefonisch komm ich nicht durch`],
  ['de', `pushTAN-Code ⟦otp:45 92 17⟧ kam per SMS obwohl ich pushTAN habe?! Ist das Phishing?`],
  [
    'de',
    `Handy: ⟦phone:0176 8830 1142⟧ , Festnetz: ⟦phone:089 3302 7719⟧ – irgendeiner wird ja wohl anrufen können`,
  ],
  [
    'de',
    `Mein PayPal ist mit der Karte ⟦card:2221 3366 2021 5308⟧ verbunden und jetzt ist alles doppelt abgebucht`,
  ],
  ['de', `Meine PIN ⟦otp:2749⟧ steht ja wohl nicht in eurem Chatverlauf?? Der Bot hat danach gefragt`],
  ['de', `Überweisung an ⟦iban:PL26 6806 0029 6525 2054 9124 2540⟧ (meine Mutter in Breslau) kommt nicht an`],
  [
    'de',
    `Auslandsüberweisung an ⟦iban:TR41 1874 9376 5069 4182 8656 29⟧ – ⟪6⟫ Tage, Gebühr ⟪35 €⟫ , Service null`,
  ],
  ['de', `JCB ⟦card:3530 9714 6881 8625⟧ aus Japan geht hier nirgends, nicht mal am Automaten`],
  ['de', `Kontonummer ⟦account_number:0532 0130 00⟧ , seit der Fusion kommt keine Post mehr an`],
  [
    'de',
    `Bitte löschen!! Mein Mann hat unsere Kontodaten gepostet: ⟦iban:DE15 1043 5679 7144 9619 20⟧ und Handy ⟦phone:+49 160 4471 2839⟧`,
  ],
  [
    'de',
    `Ich wohne in Venlo, BSN ⟦nl_bsn:407 692 289⟧ , und die Bank will trotzdem meine deutsche Steuer-ID`,
  ],
  // fr (FR, BE, CH, CA, Maghreb)
  [
    'fr',
    `@BanqueLumiere mon IBAN ⟦iban:FR76 3000 7951 0000 0506 0613 541⟧ , le virement de ⟪1 850,00 €⟫ n'est toujours pas arrivé`,
  ],
  ['fr', `Rappelez-moi au ⟦phone:06 12 84 37 90⟧ svp, ça fait ⟪2⟫ semaines que j'attends`],
  ['fr', `mon numéro ⟦phone:+33 6 45 21 88 03⟧ (je suis à l'étranger, pas joignable sur le fixe)`],
  [
    'fr',
    `Le code reçu par SMS : ⟦otp:55 91 03⟧ . Je ne l'ai donné à personne et pourtant ⟪740 €⟫ ont disparu`,
  ],
  [
    'fr',
    `mot de passe : ⟦password:soleil2024!⟧ — oui je l'ai donné au faux conseiller, je sais, merci de bloquer`,
  ],
  ['fr', `Ma carte ⟦card:4777 1496 6806 7018⟧ a été débitée de ⟪89,99 €⟫ par un site que je ne connais pas`],
  ['fr', `compte ⟦iban:BE33 6942 2304 8846⟧ bloqué, personne ne répond depuis le ⟪3⟫ décembre. Bravo`],
  ['fr', `écrivez-moi à ⟦email:marie.lefevre@orange.fr⟧ merci, votre messagerie sécurisée plante`],
  [
    'fr',
    `virement vers la Tunisie ⟦iban:TN13 3721 8234 6854 0926 5769⟧ bloqué depuis ⟪10⟫ jours, c'est pour le loyer de ma mère`,
  ],
  ['fr', `Amex ⟦card:3779 783603 64675⟧ refusée chez Carrefour devant tout le monde, la honte`],
  ['fr', `frais de ⟪15 €⟫ pour un virement SEPA vers ⟦iban:LU24 1183 6690 4382 9127⟧ , sérieusement ?`],
  ['fr', `fixe : ⟦phone:01 42 68 53 00⟧ , portable coupé. merci de me rappeler avant ⟪18h⟫`],
  [
    'fr',
    `Desjardins ou pas, mon cell c'est ⟦phone:514 555 0182⟧ , ça fait ⟪3⟫ fois que je laisse un message`,
  ],
  ['fr', `ma mère a écrit son code confidentiel ⟦otp:4821⟧ en commentaire sous votre pub 🤦 supprimez svp`],
  ['fr', `Carte ⟦card:2720 4274 1747 1497⟧ : double prélèvement de ⟪42,50 €⟫ chez Total`],
  ['fr', `mail ⟦email:kevin_93@hotmail.fr⟧ tel ⟦phone:07 81 22 45 60⟧ on m'a dit de poster ici`],
  [
    'fr',
    `mon IBAN ⟦iban:FR76 3000 5814 4100 0042 3095 732⟧ pour le remboursement, et le code de validation c'était ⟦otp:208 447⟧`,
  ],
  ['fr', `n° de compte ⟦account_number:0004 2309 573⟧ , agence de Lyon, personne ne décroche`],
  [
    'fr',
    `depuis Casa: ⟦phone:+212 661 23 45 78⟧ , mon RIB français ⟦iban:FR76 3000 7715 9800 0562 2798 122⟧ , merci de traiter vite`,
  ],
  // es (ES, MX, AR, CO)
  [
    'es',
    `@BancoSolera me habéis cobrado ⟪2⟫ veces ⟪49,90 €⟫ . Tarjeta ⟦card:4256 8469 2039 1551 596⟧ , quiero la devolución ya`,
  ],
  [
    'es',
    `Mi IBAN es ⟦iban:ES04 2100 4041 7156 6395 0314⟧ , devolvedme el dinero que me debéis desde ⟪octubre⟫`,
  ],
  [
    'es',
    `número de cuenta ⟦account_number:2085 2663 47 5105720190⟧ , la transferencia de la nómina no aparece`,
  ],
  ['es', `llamadme al ⟦phone:655 21 87 43⟧ que por chat no hay manera`],
  ['es', `Me llamaron del ⟦phone:+34 912 48 33 07⟧ diciendo que eran del banco, ¿es vuestro?`],
  ['es', `El código de verificación era ⟦otp:382 914⟧ y no se lo di a nadie, ¿cómo han entrado?`],
  ['es', `contraseña: ⟦password:Madrid_1990⟧ (ya la he cambiado, no seáis pesados) pero el cargo sigue ahí`],
  ['es', `Desde CDMX, mi cel ⟦phone:+52 55 4821 7730⟧ , nadie me contesta en la sucursal`],
  ['es', `mi CBU ⟦account_number:0170 0995 4000 0012 3456 78⟧ , el sueldo no entró, Banco Solera Argentina`],
  ['es', `escribidme a ⟦email:lucia.fdez@yahoo.es⟧ , el teléfono de atención es un bucle infinito`],
  ['es', `Maestro ⟦card:5018 3126 8682⟧ (tarjeta vieja, ⟪12⟫ dígitos) ¿todavía vale?`],
  ['es', `transferencia a ⟦iban:ES08 0049 4098 1716 4481 0614⟧ devuelta sin explicación, comisión ⟪3,00 €⟫`],
  ['es', `mi abuela ha puesto el PIN ⟦otp:5531⟧ en un comentario de Facebook, borradlo por favor`],
  ['es', `clave SMS ⟦otp:718 305⟧ recibida a las ⟪03:12⟫ de la madrugada sin hacer nada yo`],
  ['es', `Vivo en Oporto, cuenta ⟦iban:PT89 1378 2538 3967 7758 6254 8⟧ , ¿por qué tarda ⟪4⟫ días?`],
  ['es', `Desde Bogotá: mi número es ⟦phone:+57 310 482 2291⟧ y el correo ⟦email:andres.p.gomez@gmail.com⟧`],
  ['es', `Diners ⟦card:3014 341404 2491⟧ cobrada en dólares sin avisar`],
  [
    'es',
    `Tarjeta ⟦card:4021 1820 1280 7171⟧ bloqueada en el extranjero, teléfono ⟦phone:0034 622 19 08 44⟧ urgente`,
  ],
  ['es', `IBAN ⟦iban:ES96 0182 5587 6794 6211 3255⟧ titular Jorge R., el recibo de ⟪85,40 €⟫ está duplicado`],
  [
    'es',
    `trabajo en Texas, mi número de seguro social ⟦us_ssn:545-10-8837⟧ no coincide con el que tiene el banco`,
  ],
  // ar (Gulf, Egypt, Levant, Maghreb; MSA and dialects, some Arabizi)
  [
    'ar',
    `@مصرف_الواحة خصموا مني ⟪350⟫ ريال مرتين، بطاقة مدى رقمها ⟦card:5888 4812 5207 9577⟧ وين الاسترجاع؟`,
  ],
  ['ar', `رقم الآيبان ⟦iban:SA68 4507 3521 2502 4464 7570⟧ حولوا الراتب عليه من ⟪3⟫ ايام وما وصل`],
  ['ar', `جوالي ⟦phone:055 482 1937⟧ اتصلوا علي ضروري`],
  ['ar', `ارجو التواصل على الرقم ⟦phone:+966 50 381 2297⟧ بخصوص الشكوى رقم ⟪88120⟫`],
  ['ar', `حسابي في الإمارات ⟦iban:AE20 2171 2659 5564 7310 146⟧ التحويل معلق من يوم الخميس`],
  ['ar', `واتساب ⟦phone:+971 55 238 4410⟧ لو سمحتم ردوا`],
  ['ar', `يا جماعة رقمي ⟦phone:0102 847 3361⟧ البنك بيقولي الكارت اتوقف من غير سبب`],
  ['ar', `الحساب بتاعي ⟦iban:EG08 8778 4648 2796 1741 4657 9823 8⟧ والتحويل من السعودية لسه موصلش`],
  ['ar', `رمز التحقق ⟦otp:604 839⟧ وصلني وانا ما طلبته! احد يحاول يدخل حسابي`],
  ['ar', `كلمة المرور ⟦password:Ahmed@1985⟧ عطيتها للموظف اللي اتصل علي، طلع نصاب. ايش اسوي؟`],
  ['ar', `الايميل ⟦email:m.alharbi94@gmail.com⟧ راسلوني عليه`],
  ['ar', `رقم الحساب ⟦account_number:0108 0573 9921 44⟧ انسحب منه ⟪2,500⟫ درهم بدون علمي`],
  ['ar', `حولت على ⟦iban:QA87 QNBA 1972 0503 2771 6285 1110 4⟧ والمبلغ رجع ناقص`],
  ['ar', `ايباني ⟦iban:KW45 NBOK 0414 6281 7853 2474 4750 07⟧ الرجاء اعادة المبلغ`],
  ['ar', `رقم حسابي الأردني ⟦iban:JO47 CBJO 4839 6046 0010 0002 3077 30⟧ الحوالة من ⟪5⟫ ايام`],
  ['ar', `ya jama3a el visa ⟦card:4406 4700 1248 0080⟧ et5asamet menha ⟪2⟫ marat, 7ad yerod`],
  ['ar', `البحرين: ⟦iban:BH05 NBOB 2533 6684 0377 93⟧ وجوالي ⟦phone:+973 3612 8840⟧`],
  ['ar', `امي كتبت رمز الصراف ⟦otp:4417⟧ في تعليق على صفحتكم، احذفوه لو سمحتم`],
  ['ar', `من المغرب ⟦phone:+212 661 90 33 12⟧ البطاقة ⟦card:4158 5594 4127 6307⟧ تم رفضها في الخارج`],
  ['ar', `لبنان: حسابي ⟦iban:LB71 4985 4548 5153 1829 7919 0097⟧ ما فيني اسحب شي من ⟪2019⟫`],
  ['ar', `انا في لندن ورقم التأمين الوطني ⟦uk_nino:NH 61 88 20 D⟧ والبنك رفض فتح الحساب`],
  ['ar', `sort code ⟦uk_account:09 01 28⟧ رقم الحساب ⟦uk_account:40213377⟧ الراتب ما نزل`],
  // zh (mainland, HK, TW)
  ['zh', `莲花银行的客服太慢了，我的卡号 ⟦card:6221 6360 5451 0260 354⟧ 被盗刷了 ⟪3⟫ 笔，到现在没人管`],
  ['zh', `手机 ⟦phone:139 1826 4473⟧ 请尽快回电，排队 ⟪40⟫ 分钟了`],
  ['zh', `我人在国外，联系电话 ⟦phone:+86 186 2107 5539⟧ ，微信同号`],
  ['zh', `刚收到短信：您的验证码为 ⟦otp:385712⟧ ，但是我根本没有登录，是不是被盗号了？`],
  ['zh', `密码是 ⟦password:wang123456⟧ 被骗子知道了怎么办，急！`],
  ['zh', `邮箱 ⟦email:8842193077@qq.com⟧ 有问题发邮件给我`],
  ['zh', `请联系 ⟦email:lihua_sz@163.com⟧ ，电话打不通`],
  ['zh', `银联卡 ⟦card:6205 2654 7238 6738⟧ 在境外刷不了，客服说系统升级`],
  ['zh', `香港手機 ⟦phone:+852 6148 2290⟧ ，請回覆我`],
  ['zh', `我的手機 ⟦phone:0933 482 116⟧ ，信用卡被重複扣款 ⟪NT$1,280⟫`],
  ['zh', `转账账号 ⟦account_number:6294 9975 6368 2508 2⟧ ，工资到现在还没到账`],
  ['zh', `老人把支付密码 ⟦otp:880417⟧ 告诉了"客服"，钱全没了`],
  ['zh', `我在德国的账户 ⟦iban:DE15 1043 5679 7144 9619 20⟧ ，国际汇款 ⟪5⟫ 天还没到`],
  ['zh', `匯豐戶口號碼 ⟦account_number:482 193774 838⟧ ，轉賬失敗三次`],
  ['zh', `帳號 ⟦account_number:0123 4567 8901 23⟧ 被凍結，分行說要本人去`],
  ['zh', `信用卡 ⟦card:6293 7702 7735 4859⟧ 还款日是 ⟪15⟫ 号，怎么 ⟪10⟫ 号就扣了`],
  ['zh', `动态码 ⟦otp:27 44 91⟧ 我没给别人，为什么账户少了 ⟪¥8,600⟫`],
  ['zh', `Visa ⟦card:4273 4289 5825 6542⟧ 在日本被拒，电话 ⟦phone:+86 131 4482 0917⟧`],
  ['zh', `登录密码：⟦password:Lh@20190315⟧ 我刚发给了一个自称莲花银行的人……`],
  ['zh', `我在美国的社安号 ⟦us_ssn:219 44 7391⟧ 被泄露了，银行还让我自己去报警`],
]

// Hard negatives: ordinary numbers that look like sensitive ones (prices and amounts with each
// locale's thousands separators, dates, times, order and tracking numbers, versions, years,
// branch numbers, percentages, counts, references failing Luhn or the 11-proef).
export const ordinary = [
  [
    'en',
    `Paid ⟪£1,249.99⟫ for a laptop on ⟪28/11/2026⟫, refund of ⟪£312.50⟫ promised by the ⟪14th⟫. Still nothing.`,
  ],
  ['en', `order ⟪#112-4839201-4829301⟫ charged but tracking ⟪1Z999AA10123456784⟫ says returned to sender`],
  ['en', `app ⟪v5.12.0⟫ (build ⟪51204⟫) crashes on ⟪iOS 18.1.1⟫ every time I open Payments`],
  ['en', `rate went from ⟪4.75%⟫ to ⟪5.25%⟫ on a ⟪£185,000⟫ mortgage, that's ⟪£96⟫ more a month`],
  ['en', `queued ⟪45⟫ minutes, you have ⟪1,247,000⟫ customers and apparently ⟪2⟫ agents`],
  ['en', `branch ⟪#0418⟫ on ⟪221⟫ High St closing ⟪31/01/2027⟫, next one is ⟪14⟫ miles away`],
  ['en', `Case ref ⟪CAS-58213-K8T1V2⟫ opened ⟪12/06/2026⟫ at ⟪09:42⟫, no update`],
  ['en', `Transaction ID ⟪7221180886849374⟫ shows ⟪$2,340.00⟫ pending since ⟪Nov 30⟫`],
  ['en', `Invoice ⟪INV-2026-004417⟫ for ⟪$12,480.00⟫ due ⟪12/15/2026⟫, wire cut-off ⟪5:00 PM⟫ ET`],
  ['en', `your ad: ⟪0%⟫ APR for ⟪18⟫ months then ⟪24.9%⟫. been a customer since ⟪1998⟫, lol`],
  ['nl', `Prijs ⟪€ 1.299,00⟫ , korting ⟪15%⟫ , toch ⟪€ 1.299,00⟫ afgeschreven`],
  ['nl', `storing van ⟪14:05⟫ tot ⟪16:30⟫ op ⟪6-12-2026⟫ , weer geen iDEAL`],
  ['nl', `ordernummer ⟪4501928374⟫ , Track & Trace ⟪3SDEVC1234567⟫ , betaald maar niet geleverd`],
  ['nl', `versie ⟪8.3.1⟫ crasht, ⟪2⟫ sterren totdat het werkt`],
  ['nl', `hypotheekrente ⟪4,15%⟫ voor ⟪10⟫ jaar vast, ⟪€ 312.000⟫ , serieus?`],
  ['nl', `jullie hebben ⟪12.345.678⟫ klanten en ⟪1⟫ chatbot`],
  ['nl', `ticketnummer ⟪INC0048213⟫ , factuur ⟪2026-00871⟫ , KvK ⟪69599084⟫`],
  ['nl', `kantoor ⟪1012 AB⟫ nummer ⟪221⟫ is dicht sinds ⟪2024⟫`],
  ['nl', `referentie ⟪908930487⟫ , bedrag ⟪€ 45,00⟫ , datum ⟪03-12-2026⟫`],
  ['de', `Gewinn von ⟪12.500.000 €⟫ aber mir ⟪1.249,00 €⟫ nicht zurückzahlen`],
  ['de', `Sendungsnummer ⟪JJD000390007827490⟫ , Bestellnummer ⟪302-4839201-4829301⟫`],
  ['de', `am ⟪6.⟫ Dezember ⟪2026⟫ um ⟪14:35⟫ Uhr war die App wieder down`],
  ['de', `Version ⟪24.11.2⟫ , Android ⟪14⟫ , Zinsen ⟪3,5 %⟫ statt ⟪3,75 %⟫`],
  ['de', `Filiale Nr. ⟪0417⟫ in ⟪10115⟫ Berlin geschlossen`],
  ['de', `Vorgangsnummer ⟪4653834564007560⟫ seit ⟪14⟫ Tagen offen`],
  ['de', `Rechnung an USt-IdNr. ⟪DE123456789⟫ über ⟪2.380,00 €⟫`],
  ['de', `⟪1.234.567⟫ Kunden betroffen laut Handelsblatt, Aktie ⟪-4,2 %⟫`],
  ['de', `Kontoführung ⟪9,90 €⟫ im Monat, das sind ⟪118,80 €⟫ im Jahr`],
  ['fr', `le virement de ⟪1 850,00 €⟫ a été refusé le ⟪06/12/2026⟫ à ⟪9h30⟫`],
  ['fr', `commande n° ⟪FR-2026-118843⟫ , suivi ⟪6A12345678901⟫`],
  ['fr', `Livret A à ⟪2,4 %⟫ , plafond ⟪22 950 €⟫ , merci pour rien`],
  ['fr', `version ⟪7.2.0⟫ de l'appli, ⟪3 000⟫ avis à une étoile`],
  ['fr', `agence n° ⟪00412⟫ , ⟪75008⟫ Paris, fermée le samedi`],
  ['fr', `frais de tenue de compte ⟪2,50 €⟫ × ⟪12⟫ = ⟪30 €⟫`],
  ['fr', `dossier ⟪2026-DL-004482⟫ ouvert depuis ⟪45⟫ jours`],
  ['fr', `⟪1,2⟫ milliard de bénéfice et ⟪800⟫ agences fermées`],
  ['fr', `réf. ⟪9437372149517400⟫ du ⟪02/12⟫ , montant ⟪129,00 €⟫`],
  ['es', `me cobraron ⟪1.299,99 €⟫ y la TAE es del ⟪3,5 %⟫`],
  ['es', `pedido ⟪#ES-40219938⟫ llegó el ⟪06/12/2026⟫ a las ⟪18:45⟫`],
  ['es', `oficina ⟪1500⟫ , código postal ⟪28013⟫ , Madrid`],
  ['es', `versión ⟪4.18.2⟫ de la app, ⟪1.234.567⟫ descargas y sigue fallando`],
  ['es', `en México me cobraron ⟪$12,500.00 MXN⟫ de comisión`],
  ['es', `número de referencia ⟪7315035000977358⟫ , importe ⟪230,00 €⟫`],
  ['es', `Euríbor al ⟪2,17 %⟫ y mi cuota sube ⟪64 €⟫`],
  ['es', `esperé ⟪52⟫ minutos, turno ⟪A-117⟫ , pantalla en ⟪A-088⟫`],
  ['es', `ticket ⟪2026120614302218⟫ de la incidencia`],
  ['ar', `خصموا ⟪12,500⟫ ريال رسوم وانا عميل من سنة ⟪2009⟫`],
  ['ar', `الساعة ⟪10:30⟫ مساء يوم ⟪6/12/2026⟫ التطبيق وقف`],
  ['ar', `رقم الطلب ⟪#AE-7730918⟫ والمبلغ ⟪1,499⟫ درهم`],
  ['ar', `رفعوا النسبة الى ⟪4.5%⟫ بدل ⟪3.9%⟫`],
  ['ar', `تحديث ⟪5.2.1⟫ خرب التطبيق`],
  ['ar', `فرع رقم ⟪112⟫ مسكر، والزحمة ⟪60⟫ شخص`],
  ['ar', `البنك عنده ⟪1,200,000⟫ عميل وخدمة عملاء وحدة`],
  ['ar', `رقم الشحنة ⟪290448821773⟫ والبطاقة ما وصلت`],
  ['ar', `الرقم المرجعي ⟪7221180886849374⟫ من ⟪14⟫ يوم`],
  ['ar', `رمضان ⟪1447⟫ هـ والعروض ⟪0%⟫ فوائد`],
  ['zh', `年费 ¥⟪12,800⟫ ，利率 ⟪3.85%⟫ ，太坑了`],
  ['zh', `⟪2026⟫年⟪12⟫月⟪6⟫日 ⟪14:30⟫ APP 又崩了`],
  ['zh', `订单号 ⟪2026120614302218834⟫ 付款成功但是没到账`],
  ['zh', `快递单号 ⟪SF1428837719203⟫ 卡片一直没送到`],
  ['zh', `版本 ⟪6.2.0⟫ 更新之后登录不了`],
  ['zh', `莲花银行今年净利润 ⟪1.2⟫ 亿，裁员 ⟪800⟫ 人`],
  ['zh', `网点编号 ⟪0417⟫ ，排队 ⟪38⟫ 人，只开了 ⟪2⟫ 个窗口`],
  ['zh', `工单号 ⟪KF20261206008812⟫ 三天没人处理`],
  ['zh', `股价 ⟪4.56⟫ 港元，跌了 ⟪3.2%⟫`],
  ['zh', `貸款 ⟪NT$1,500,000⟫ ，月付 ⟪12,480⟫ 元`],
]
