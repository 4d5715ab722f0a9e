// Fresh BLIND personal-data set 7 (issue 11). Written 2026-12-06 from 18:38 UTC by the redteam7p
// engineer BEFORE reading src/pii*.ts, the nlp README's PII sections or the posts of sets 1–6
// (only set 6's header and export names, the eval script and the standards were read), and
// committed before it was first scored. Nothing here is tuned on: it is the session's held-out
// measurement of masking.
//
// Posts as customers write them in public in the seven languages: complaints, app-store
// reviews, replies to a bank's "DM us", forum threads, DMs and scam messages pasted back. The
// forms are the ones people actually type: the grouping their bank's card, app or statement
// shows, their country's habit for phone numbers (0x xx xx xx xx in France, 06-… in the
// Netherlands, 138 xxxx xxxx in China, 05x xxx xxxx in the Gulf), Arabic-Indic digits where
// Gulf keyboards give them, and the odd typo. No weighting toward "hard" forms.
//
// Markers (read by scripts/lib/pii-render-7.mjs):
//   ⟦kind:value⟧   a sensitive value exactly as the customer wrote it (kinds as in
//                  packages/schema PII_KINDS); the renderer writes it in up to three other forms.
//   ⟪…⟫            an ordinary number that must survive masking.
//
// Values are synthetic, with valid check digits where the format has one (Luhn in the issuer's
// range, ISO 13616 mod-97, the BSN 11-proef); SSNs keep the SSA's rules, NI numbers the HMRC
// prefix rules; UK and US phones use the Ofcom / NANP fictional ranges. Ordinary long references
// fail Luhn, mod-97 or the 11-proef.
export const sensitive = [
  // en (UK, IE, US)
  [
    'en',
    `@HarbourlineHelp been on hold 40 mins. Card ending 1903 blocked for no reason, full number is ⟦card:4525 9658 9092 1903⟧ - pls unblock before I go to the shops`,
  ],
  [
    'en',
    `Why does your app keep declining my card?? ⟦card:5164 1822 4730 4196⟧ exp ⟪09/28⟫. Worked fine at Tesco yesterday. 1 star`,
  ],
  [
    'en',
    `someone used my amex ⟦card:3432 645949 05612⟧ on a $⟪1,249.00⟫ "Best Buy" order in Ohio. I live in Leeds. how is this not flagged`,
  ],
  [
    'en',
    `Replying to @NorthgateBank: ok DMs aren't working so here: sort code ⟦uk_account:20-45-77 41238876⟧, the refund of £⟪86.40⟫ still hasn't landed`,
  ],
  [
    'en',
    `Can someone at @NorthgateBank explain why my salary went to the wrong account? It should go to ⟦uk_account:30-94-12 01837462⟧ not the old one I closed in ⟪2023⟫`,
  ],
  [
    'en',
    `ok so I got a text saying "your OTP is ⟦otp:482917⟧ do not share it" and then a guy rang asking for it. I didn't give it. Is this you or a scam?`,
  ],
  [
    'en',
    `lol the "bank" called and asked me to read out the code, it was ⟦otp:730 166⟧, I hung up. reporting to Action Fraud`,
  ],
  [
    'en',
    `My mum gave her PIN ⟦otp:4471⟧ to a man on the phone who said he was from your fraud team. She's ⟪82⟫. What are you going to do about it`,
  ],
  [
    'en',
    `Can't log in. Username dave_mcc, password ⟦password:Liverpool1892!⟧ — it says wrong details but it's right. Reset link never arrives.`,
  ],
  [
    'en',
    `please call me back on ⟦phone:07700 900381⟧ I've been waiting since Monday about the frozen account`,
  ],
  [
    'en',
    `@HarbourlineHelp my number changed to ⟦phone:+44 7700 900917⟧, can't get the code because it goes to the old phone`,
  ],
  [
    'en',
    `reach me at ⟦phone:(202) 555-0147⟧ or ⟦email:tanya.brooks84@gmail.com⟧ — third time asking for a callback re: claim`,
  ],
  [
    'en',
    `They still have my SSN wrong on the 1099. It's ⟦us_ssn:287-65-4321⟧ not what's printed. Who do I talk to?`,
  ],
  [
    'en',
    `filled in the form twice, SSN ⟦us_ssn:512387704⟧, and the app says "identity could not be verified". ridiculous`,
  ],
  [
    'en',
    `HMRC letter says my NI number ⟦uk_nino:JG 10 37 82 A⟧ doesn't match what the bank has for the ISA. Can you check`,
  ],
  [
    'en',
    `Account no. ⟦account_number:11842093⟧ — direct debit to British Gas bounced twice, now I have a £⟪25⟫ fee. Sort this`,
  ],
  [
    'en',
    `transfer to my Irish account ⟦iban:IE89 AIBK 8663 7139 9213 56⟧ has been "pending" for ⟪6⟫ days. Euro transfers shouldn't take this long`,
  ],
  [
    'en',
    `Pay me back here: ⟦iban:GB84NWBK41966064116068⟧ (that's my NatWest). You owe me £⟪310⟫ from the double charge`,
  ],
  [
    'en',
    `card number ⟦card:4743522825083⟧ is my old visa, why is it still being charged for Netflix after I cancelled it?`,
  ],
  [
    'en',
    `Discover card ⟦card:6011-0207-7504-8418⟧ was charged twice at Walmart. Call me ⟦phone:+1 646 555 0139⟧`,
  ],
  [
    'en',
    `pay it back to sort code ⟦uk_account:601613 31926819⟧ (account name J Okafor). Refund the £⟪45⟫ charge please, you said ⟪48⟫ hours`,
  ],
  [
    'en',
    `Your advisor asked for my national insurance number in the chat and I gave it: ⟦uk_nino:PN482219D⟧. Now I'm worried, is the chat secure?`,
  ],
  [
    'en',
    `IRS letter + the bank froze my account. ssn ⟦us_ssn:401 22 8834⟧, DOB ⟪03/14/1988⟫. Who do I even call`,
  ],
  // nl
  [
    'nl',
    `@ING_Helpdesk al 3 dagen geen geld op mijn rekening, het gaat om ⟦iban:NL70 INGB 3686 8641 94⟧. Graag actie`,
  ],
  [
    'nl',
    `Hoezo duurt een terugboeking ⟪10⟫ werkdagen?? Stort het maar terug op ⟦iban:NL58ABNA5402536930⟧ en snel ook`,
  ],
  [
    'nl',
    `Ik word gebeld door "de fraudeafdeling" van de Rabo, ze wisten mijn rekeningnummer ⟦iban:NL70 RABO 3127 9567 28⟧ en mijn BSN ⟦nl_bsn:279516575⟧. Hoe komen ze daaraan???`,
  ],
  [
    'nl',
    `Voor de hypotheekaanvraag moest ik mijn BSN ⟦nl_bsn:9347.88.169⟧ in een gewone mail sturen. Is dat echt de bedoeling?`,
  ],
  [
    'nl',
    `bsn is ⟦nl_bsn:787 739 662⟧ en mijn geboortedatum ⟪12-03-1979⟫, kunnen jullie nu eindelijk die toeslag koppelen`,
  ],
  ['nl', `Bel me terug op ⟦phone:06-41832795⟧, ik zit al ⟪45⟫ minuten in de wacht bij de klantenservice`],
  [
    'nl',
    `Mijn nieuwe nummer is ⟦phone:+31 6 2874 1190⟧ maar de app stuurt de sms-code nog steeds naar het oude nummer`,
  ],
  [
    'nl',
    `kreeg een sms: "Uw verificatiecode is ⟦otp:591 204⟧" terwijl ik niks had aangevraagd. Iemand probeert in te loggen op mijn account!`,
  ],
  [
    'nl',
    `Mijn vader (⟪79⟫) heeft zijn pincode ⟦otp:8826⟧ aan een "bankmedewerker" aan de deur gegeven. Pas is nu leeggehaald`,
  ],
  [
    'nl',
    `Ik had mijn creditcard ⟦card:5325 5879 2243 7598⟧ al geblokkeerd maar er is toch €⟪389,95⟫ afgeschreven bij Bol.com`,
  ],
  [
    'nl',
    `Inloggen lukt niet. gebruikersnaam jvdberg, wachtwoord ⟦password:Zomer2024!!⟧ en toch "onjuiste gegevens"`,
  ],
  ['nl', `Mail me gewoon op ⟦email:j.vandenberg@ziggo.nl⟧ want bellen lukt niet met jullie`],
  [
    'nl',
    `Er staat een onbekende incasso op mijn rekening ⟦iban:NL30SNSB3020171151⟧ van €⟪14,99⟫ per maand. Nooit iets afgesloten!`,
  ],
  [
    'nl',
    `@bunq mijn pas ⟦card:5575-9358-4378-8127⟧ wordt overal geweigerd sinds de update. Ik sta nu bij de kassa`,
  ],
  ['nl', `Vast nummer ⟦phone:010 - 714 2298⟧ werkt niet meer, bel mijn mobiel ⟦phone:06 1952 4470⟧ aub`],
  [
    'nl',
    `mijn oude rekeningnummer ⟦account_number:3127956728⟧ moet worden opgeheven, hoe vaak moet ik dit nog vragen`,
  ],
  ['nl', `Mijn BSN staat verkeerd in de app, het moet ⟦nl_bsn:958140595⟧ zijn. Kan iemand dit aanpassen?`],
  [
    'nl',
    `Geld overmaken naar Duitsland, ⟦iban:DE93 6997 3666 6700 0329 29⟧, ⟪3⟫ keer geprobeerd en 3 keer foutmelding`,
  ],
  ['nl', `Tikkie van €⟪22,50⟫ kwam nooit aan. Telefoon ⟦phone:+31 (0)6 3391 0872⟧, bel maar`],
  // de (DE, AT, CH)
  [
    'de',
    `@Sparkasse seit ⟪3⟫ Tagen keine Gutschrift auf ⟦iban:DE79 8361 3975 6532 3904 70⟧. Das Gehalt ist weg?!`,
  ],
  [
    'de',
    `Überweisung an ⟦iban:DE67977406414128921207⟧ wurde zurückgebucht, Grund "unbekannt". Sehr hilfreich, danke für nichts`,
  ],
  ['de', `Bitte ruft mich zurück: ⟦phone:0151 23849107⟧. Die Hotline legt nach ⟪20⟫ Minuten einfach auf`],
  [
    'de',
    `Handynummer hat sich geändert, neue ist ⟦phone:+49 170 4829163⟧, TAN kommt trotzdem aufs alte Handy`,
  ],
  ['de', `Festnetz ⟦phone:030 / 8847 2210⟧, bin ab ⟪17⟫ Uhr erreichbar`],
  [
    'de',
    `Ich hab eine SMS bekommen: "Ihre mTAN lautet ⟦otp:738104⟧". Ich habe keine Überweisung gemacht!! Was ist da los`,
  ],
  [
    'de',
    `Meine Oma hat ihre PIN ⟦otp:1964⟧ am Telefon genannt, weil der Anrufer sagte er sei von der Bank. ⟪2.400⟫ € abgehoben`,
  ],
  [
    'de',
    `Kreditkarte ⟦card:2221 3016 8252 1662⟧ wurde in Spanien belastet, ich war nie in Spanien. Karte sperren bitte`,
  ],
  [
    'de',
    `Die neue Visa ⟦card:4300 6987 0642 8083⟧ kam heute an, Aktivierung über die App klappt nicht. Fehler ⟪403⟫`,
  ],
  [
    'de',
    `Kontonummer ⟦account_number:0532390470⟧, BLZ ⟪836 139 75⟫ – so steht es auf dem alten Vertrag, ist das noch gültig?`,
  ],
  ['de', `Login geht nicht mehr. Passwort ist ⟦password:Schalke04!Schalke⟧, das hat jahrelang funktioniert`],
  ['de', `Schreibt mir an ⟦email:m.schneider1971@web.de⟧, am Telefon erreicht man euch ja nie`],
  [
    'de',
    `Aus Wien: meine Überweisung auf ⟦iban:AT07 5635 0453 0741 3431⟧ ist seit Freitag unterwegs. Normal?`,
  ],
  ['de', `Gehalt aus der Schweiz kommt nicht an, IBAN ⟦iban:CH37 3378 6439 1175 6026 3⟧. Bitte prüfen`],
  [
    'de',
    `Mastercard ⟦card:5358657512989611⟧ gesperrt ohne Vorwarnung, stehe an der Tankstelle. Ruft an: ⟦phone:0176-33019284⟧`,
  ],
  [
    'de',
    `Der "Bankmitarbeiter" wollte meinen Code aus der pushTAN App, es war ⟦otp:492 118⟧. Ich hab ihn zum Glück nicht gesagt`,
  ],
  [
    'de',
    `Wer hat sich das ausgedacht, dass ich meine IBAN ⟦iban:DE75115922376641111350⟧ dreimal eingeben muss? App-Bewertung: ⟪1⟫ Stern`,
  ],
  ['de', `Tel. ⟦phone:+41 79 482 16 30⟧ (Schweiz), bitte auf Deutsch zurückrufen, Vertragsnummer ⟪88310274⟫`],
  ['de', `Amex ⟦card:3767 508448 71836⟧ doppelt belastet, ⟪59,90⟫ € und nochmal ⟪59,90⟫ €`],
  // fr (FR, BE, CH, MA)
  [
    'fr',
    `@BNPParibas ça fait ⟪15⟫ jours que j'attends le remboursement sur mon compte ⟦iban:FR70 7682 5398 6936 4010 4763 978⟧, c'est inadmissible`,
  ],
  ['fr', `Virement refusé vers ⟦iban:FR9723660742521034311413334⟧ sans explication. Merci de me rappeler`],
  ['fr', `Rappelez-moi au ⟦phone:06 39 98 12 47⟧ svp, personne ne répond au ⟪3477⟫`],
  ['fr', `Mon nouveau numéro c'est le ⟦phone:+33 6 39 98 55 10⟧, je ne reçois plus les codes de validation`],
  [
    'fr',
    `J'ai reçu un SMS "Votre code de sécurité est ⟦otp:602 381⟧" alors que je n'ai rien demandé. Quelqu'un essaie d'accéder à mon compte ?`,
  ],
  [
    'fr',
    `Ma mère a donné son code ⟦otp:5309⟧ à un faux conseiller. ⟪1 850⟫ € retirés en ⟪2⟫ jours. Scandaleux`,
  ],
  [
    'fr',
    `Carte ⟦card:4107 7888 7031 6324⟧ débitée deux fois chez Carrefour, ⟪87,43⟫ € x2. Je veux être remboursée`,
  ],
  [
    'fr',
    `Pourquoi ma carte ⟦card:4738524542863758⟧ est bloquée ?? Je suis à l'étranger et je n'ai plus rien`,
  ],
  ['fr', `Mdp : ⟦password:Chouchou75*⟧ et identifiant 0612… ça ne marche plus depuis la mise à jour`],
  ['fr', `Écrivez-moi à ⟦email:claire.dubois@orange.fr⟧, le chat ne fonctionne jamais`],
  [
    'fr',
    `N° de compte ⟦account_number:00012345679⟧ agence ⟪00476⟫ : prélèvement EDF rejeté, frais de ⟪20⟫ € encore`,
  ],
  [
    'fr',
    `Depuis Bruxelles : virement sur ⟦iban:BE25 6427 9725 4868⟧ pas arrivé. Tél ⟦phone:+32 470 12 34 56⟧`,
  ],
  ['fr', `Le Luxembourg aussi ça compte : ⟦iban:LU58 0101 4677 3546 0101⟧, salaire bloqué`],
  ['fr', `Fixe : ⟦phone:01 99 00 27 63⟧, je suis joignable après ⟪18⟫h`],
  [
    'fr',
    `Le faux conseiller m'a demandé mon code reçu par SMS (⟦otp:847 220⟧) pour "annuler une opération". J'ai failli le donner`,
  ],
  ['fr', `Carte Mastercard ⟦card:2720 9926 1833 6187⟧ avalée par le DAB de la gare. Agence fermée. Super`],
  ['fr', `Au Maroc, mon numéro ⟦phone:+212 6 61 23 45 78⟧, mais la banque en France m'appelle jamais`],
  ['fr', `contactez moi ⟦phone:0639981093⟧ ou ⟦email:k.benali92@hotmail.fr⟧ pour le dossier de prêt`],
  ['fr', `Ma carte ⟦card:5020 1335 9559 9956⟧ ne passe plus en sans contact depuis hier`],
  // es (ES, MX, AR, CO)
  [
    'es',
    `@BBVA llevo ⟪4⟫ días esperando la devolución en mi cuenta ⟦iban:ES92 7486 5207 2324 3634 0041⟧. ¿Alguien me explica?`,
  ],
  ['es', `Transferencia rechazada a ⟦iban:ES3655476385152595366456⟧ y encima me cobran ⟪2,50⟫ € de comisión`],
  ['es', `Llamadme al ⟦phone:612 34 56 78⟧ por favor, en el chat no contesta nadie`],
  ['es', `mi móvil nuevo es ⟦phone:+34 655 123 456⟧, no me llegan los SMS de confirmación`],
  [
    'es',
    `Me llegó un SMS "Tu código es ⟦otp:381902⟧, no lo compartas" y luego me llamó un tal "Carlos del banco" pidiéndomelo`,
  ],
  [
    'es',
    `A mi abuela le sacaron el PIN ⟦otp:2580⟧ por teléfono y le vaciaron la cuenta, ⟪3.200⟫ €. Vergüenza`,
  ],
  ['es', `Tarjeta ⟦card:4352 0554 2407 2189⟧ cobrada dos veces en Mercadona, ⟪64,30⟫ € cada una`],
  ['es', `¿Por qué bloquean mi tarjeta ⟦card:6521 5536 1819 1204⟧ si estoy de vacaciones? Avisé por la app`],
  ['es', `no puedo entrar, la contraseña es ⟦password:Betis1907sevilla⟧ y me dice incorrecta`],
  ['es', `Escribidme a ⟦email:lucia.martin.garcia@gmail.com⟧ que por teléfono es imposible`],
  ['es', `Desde México: mi cel ⟦phone:+52 55 4821 7730⟧, el cargo de $⟪1,499.00⟫ MXN no lo reconozco`],
  ['es', `Número de cuenta ⟦account_number:2100 0418 45 0200051332⟧, recibo de la luz devuelto otra vez`],
  [
    'es',
    `El "del banco" me pidió el código que me llegó, ⟦otp:904 615⟧, y se lo di. Ya no tengo nada. Ayuda`,
  ],
  ['es', `Fijo ⟦phone:91 482 06 73⟧, a partir de las ⟪17:00⟫`],
  [
    'es',
    `Argentina: tarjeta ⟦card:4701 4960 1777 7404⟧ con un consumo en dólares que no hice. Mi celu ⟦phone:+54 9 11 4823-7719⟧`,
  ],
  [
    'es',
    `cuenta ⟦iban:ES72 1808 8379 4300 4869 9959⟧ bloqueada sin aviso, tengo que pagar el alquiler el día ⟪5⟫`,
  ],
  ['es', `Visa ⟦card:4266 4622 0890 3370⟧ me la clonaron en un cajero de Gran Vía`],
  ['es', `Portugal a España, ⟦iban:PT39 1871 3382 3001 6736 8471 0⟧, ⟪8⟫ días y nada`],
  ['es', `Colombia: Mi número ⟦phone:+57 310 482 7716⟧, llevo una semana sin acceso a la app`],
  // zh (CN, HK, TW)
  [
    'zh',
    `@莲花银行客服 我的卡号⟦card:6264 6000 1409 3129⟧昨天被盗刷了⟪3⟫笔，一共⟪4,860⟫元，到现在没人处理！`,
  ],
  ['zh', `银行卡⟦card:6234597512774077012⟧一直显示冻结，打了五次客服电话都说等通知，气死了`],
  ['zh', `信用卡⟦card:6268 1565 1431 6219⟧年费⟪680⟫元凭什么扣？办卡时说好终身免年费的`],
  ['zh', `有事打我电话⟦phone:139 1086 4471⟧，APP里的在线客服根本没人回`],
  ['zh', `我的手机号⟦phone:18621953307⟧换了，验证码一直收不到，没法登录`],
  ['zh', `客服你好，我换号了，新号码⟦phone:+86 150-2834-6619⟧，麻烦更新一下`],
  ['zh', `刚收到短信“您的验证码为⟦otp:583021⟧，请勿泄露”，然后就有人打电话问我要，是不是骗子？`],
  ['zh', `我妈把银行卡密码⟦otp:135790⟧告诉了一个自称“公安局”的人，卡里⟪5⟫万块全没了`],
  ['zh', `网银登录不了，密码是⟦password:zhang1988520⟧，明明没错，一直提示密码错误`],
  ['zh', `请发邮件到⟦email:wangfang1990@163.com⟧，电话一直占线`],
  ['zh', `对公账号⟦account_number:1202 0210 0910 0123 456⟧的转账⟪3⟫天了还没到，供应商天天催`],
  ['zh', `收款账号：⟦account_number:4100 0102 0900 1236 871⟧ 户名：张伟，退款请打到这个账户`],
  ['zh', `香港的朋友帮忙看看，我电话⟦phone:+852 9123 4567⟧，汇丰转账到内地要几天？`],
  ['zh', `我的Visa卡⟦card:4669 2436 6216 0274⟧在海外被刷了$⟪899⟫，人在上海根本没出国`],
  ['zh', `我发你邮箱了 ⟦email:lixiaoming_sh@qq.com⟧ 收到回一下`],
  ['zh', `台湾这边：手机⟦phone:0912-345-678⟧，信用卡⟦card:3528 3226 5858 5166⟧被盗刷日币⟪32,000⟫`],
  ['zh', `骗子让我把收到的动态码⟦otp:720 418⟧报给他，说是“解冻账户”，还好我没报`],
  ['zh', `工资卡被锁了，卡号⟦card:4812163592699660⟧，这个月房租⟪3,200⟫还没交，急！`],
  ['zh', `投诉了⟪2⟫次都没用，麻烦尽快回电⟦phone:13760225814⟧`],
  // ar (SA, AE, EG, JO, QA, KW)
  ['ar', `@AlRajhiBank من ⟪٣⟫ ايام ما نزل الراتب في حسابي ⟦iban:SA27 0309 9223 7860 4752 2988⟧ وش السالفة؟`],
  ['ar', `تحويل لحساب ⟦iban:AE948912730876577872017⟧ مرفوض بدون سبب، ابي احد يتواصل معي`],
  ['ar', `كلموني على ⟦phone:0551234876⟧ خدمة العملاء ما ترد`],
  ['ar', `رقمي الجديد ⟦phone:+966 50 482 7713⟧ ورسائل التحقق تروح للرقم القديم`],
  ['ar', `جاتني رسالة "رمز التحقق ⟦otp:٤٨٢٩١٥⟧ لا تشاركه مع أحد" وبعدها اتصل واحد يطلبه! هل هذا منكم؟`],
  ['ar', `امي عطت الرقم السري ⟦otp:٧٧٤١⟧ لواحد قال انه من البنك وسحبوا ⟪١٢٬٠٠٠⟫ ريال`],
  ['ar', `بطاقتي ⟦card:٤١٨٥ ٨٨٩١ ٩١٤٣ ٥٠٠٢⟧ انخصم منها مرتين من نون، ارجعوا فلوسي`],
  ['ar', `البطاقة ⟦card:4406 4712 3098 5710⟧ موقوفة وانا مسافر، كيف افعلها؟`],
  ['ar', `ما اقدر ادخل التطبيق، كلمة المرور ⟦password:Nasser@2020⟧ وكل مرة يقول خطأ`],
  ['ar', `راسلوني على ⟦email:ahmed.alotaibi88@gmail.com⟧ لأن الاتصال ما يشتغل`],
  ['ar', `رقم الحساب ⟦account_number:٠١٢٣٤٥٦٧٨٩٠١٢⟧ فيه مبلغ مجهول ⟪٣٥٠⟫ ريال، مين حطه؟`],
  ['ar', `من الإمارات: اتصلوا على ⟦phone:050 987 6543⟧ او ⟦phone:+971 55 318 2204⟧`],
  ['ar', `مصر: موبايلي ⟦phone:01012345678⟧، الكارت ⟦card:4415 0324 7793 8551 551⟧ اتسحب منه ⟪٥٠٠٠⟫ جنيه`],
  ['ar', `الحرامي طلب مني الكود اللي وصلني ⟦otp:903 281⟧ وقال عشان يحدث بياناتي، وعطيته 😭`],
  ['ar', `قطر: الآيبان ⟦iban:QA54 QNBA 9318 4165 6244 1076 0303 1⟧ التحويل له ⟪٥⟫ ايام معلق`],
  ['ar', `الكويت ⟦iban:KW86NBOK0729173485337809195774⟧ ليش التحويل ياخذ كل هالوقت`],
  ['ar', `الأردن: رقمي ⟦phone:079 123 4567⟧ والآيبان ⟦iban:JO24 ARAB 3752 9554 4792 7267 8442 49⟧`],
  ['ar', `رقم الجوال ⟦phone:٠٥٠٣٣٨٢٧١٤⟧ اتصلوا علي ضروري`],
  ['ar', `بطاقة مدى ⟦card:5888-4851-7290-3469⟧ ما تشتغل بالصراف`],
]

export const ordinary = [
  // en
  [
    'en',
    `Order #⟪4282107950452455⟫ from your "rewards shop" never arrived. Ordered ⟪14/11/2026⟫, it's now December`,
  ],
  [
    'en',
    `£⟪1,250.00⟫ overdraft fee on a £⟪12.99⟫ direct debit. Version ⟪8.14.2⟫ of the app still shows the wrong balance too`,
  ],
  [
    'en',
    `Complaint ref ⟪CMP-20261204-88213⟫. Told I'd hear back in ⟪5⟫ working days. That was ⟪3⟫ weeks ago`,
  ],
  [
    'en',
    `Flight ⟪BA2490⟫ cancelled, refund of £⟪486.20⟫ goes to the card in ⟪7-10⟫ days they say. Meanwhile your rate is ⟪4.75%⟫ APR lol`,
  ],
  ['en', `branch at ⟪221⟫ High St, ⟪LS1 5AB⟫ closed at ⟪3:30pm⟫ on a Tuesday?? sign said ⟪9-5⟫`],
  ['en', `tracking number ⟪1Z 999 AA1 01 2345 6784⟫ for the new card, UPS says delivered, it wasn't`],
  ['en', `Paid $⟪2,340.17⟫ in fees in ⟪2025⟫. Switching to a credit union, ⟪10/10⟫ would recommend leaving`],
  ['en', `Case number ⟪7340018842219956⟫ — still nothing. Ticket ⟪#558201⟫ closed without reply`],
  ['en', `Transaction ID ⟪4773975451928124⟫ shows "pending" since ⟪02:14⟫ this morning`],
  // nl
  ['nl', `Bestelling ⟪4106990304953045⟫ nooit ontvangen, betaald op ⟪28-11-2026⟫ €⟪74,95⟫`],
  ['nl', `Rente van ⟪3,25%⟫ naar ⟪2,1%⟫ en de app (versie ⟪5.62.1⟫) laat nog steeds het oude bedrag zien`],
  ['nl', `Klachtnummer ⟪256727306⟫, al ⟪2⟫ keer gebeld, niemand weet ervan`],
  [
    'nl',
    `Filiaal ⟪Damrak 42⟫, ⟪1012 LM⟫ Amsterdam is ineens dicht. Om ⟪16.30⟫ uur stond ik voor een dichte deur`,
  ],
  ['nl', `Hypotheek €⟪312.500⟫, maandlast €⟪1.184,37⟫. Waarom rekenen jullie nu ineens €⟪1.240,00⟫?`],
  ['nl', `Vlucht ⟪KL1002⟫ geannuleerd en de creditcard-verzekering betaalt niet uit. Dossier ⟪2026-004471⟫`],
  ['nl', `Betalingskenmerk ⟪3000 0012 3456 7890⟫ wordt niet herkend door de Belastingdienst`],
  ['nl', `Sinds ⟪1 januari 2026⟫ €⟪4,95⟫ per maand extra. Waarvoor precies?`],
  ['nl', `Ordernummer ⟪573153433⟫ bij de webshop, terugbetaling van €⟪129,-⟫ staat nog open`],
  // de
  ['de', `Bestellnummer ⟪4998065231605546⟫, Lieferung seit ⟪14.11.2026⟫ überfällig`],
  ['de', `Kontoführungsgebühr von ⟪4,90⟫ € auf ⟪9,90⟫ € erhöht, das sind ⟪102%⟫ mehr. Frechheit`],
  [
    'de',
    `Filiale ⟪Königstraße 12⟫, ⟪70173⟫ Stuttgart einfach geschlossen. Öffnungszeiten ⟪9:00–12:30⟫ stand dran`,
  ],
  ['de', `Baufinanzierung über ⟪285.000⟫ €, Zins ⟪3,45⟫ %. Die Rate von ⟪1.312,58⟫ € stimmt nicht`],
  ['de', `Vorgangsnummer ⟪VG-2026-118834⟫, Rückruf versprochen am ⟪02.12.⟫ – nichts`],
  ['de', `Flug ⟪LH 441⟫ gestrichen, Erstattung ⟪612,40⟫ € immer noch nicht auf der Karte`],
  ['de', `App Version ⟪24.11.0⟫ stürzt bei jeder Überweisung ab. iOS ⟪18.1⟫`],
  ['de', `Sendungsnummer ⟪00340434161094042557⟫, die neue Karte ist seit ⟪10⟫ Tagen unterwegs`],
  ['de', `Referenz ⟪DE44500105175407324932⟫ steht auf der Mahnung, Betrag ⟪1.050,00⟫ €`],
  // fr
  ['fr', `Commande n° ⟪4405720246242845⟫ jamais reçue, payée le ⟪03/11/2026⟫`],
  ['fr', `Frais de tenue de compte passés de ⟪2⟫ € à ⟪3,50⟫ € par mois. ⟪75 %⟫ d'augmentation, bravo`],
  ['fr', `Agence du ⟪12⟫ rue de la République, ⟪69002⟫ Lyon, fermée à ⟪14h30⟫ un mercredi`],
  ['fr', `Prêt immo ⟪245 000⟫ € à ⟪3,9⟫ %, mensualité ⟪1 158,62⟫ €, et vous me prélevez ⟪1 210⟫ € ?`],
  ['fr', `Dossier ⟪SAV-2026-55120⟫ ouvert le ⟪4 novembre⟫. Toujours rien`],
  ['fr', `Vol ⟪AF1148⟫ annulé, remboursement de ⟪389,00⟫ € promis sous ⟪15⟫ jours`],
  ['fr', `L'appli version ⟪7.3.12⟫ plante à chaque connexion sur Android ⟪14⟫`],
  ['fr', `Numéro de suivi ⟪6A12345678901⟫ pour la carte, La Poste dit livrée`],
  ['fr', `Référence du virement ⟪20261128-000487215⟫, montant ⟪2 400,00⟫ €`],
  // es
  ['es', `Pedido ⟪4207342893368417⟫ sin llegar desde el ⟪12/11/2026⟫`],
  ['es', `Comisión de mantenimiento de ⟪12⟫ € a ⟪18⟫ €, un ⟪50 %⟫ más sin avisar`],
  ['es', `Hipoteca de ⟪180.000⟫ € al ⟪2,95 %⟫, cuota ⟪742,18⟫ € y me cobran ⟪790,00⟫ €`],
  ['es', `Oficina de la calle Alcalá ⟪145⟫, ⟪28009⟫ Madrid, cerrada a las ⟪13:00⟫`],
  ['es', `Reclamación nº ⟪R-2026-0098431⟫, me dicen ⟪48⟫ horas y van ⟪10⟫ días`],
  ['es', `Vuelo ⟪IB3166⟫ cancelado, reembolso de ⟪254,30⟫ € a la tarjeta, nada`],
  ['es', `En México me cobraron $⟪12,450.00⟫ MXN de anualidad, ¿en serio?`],
  ['es', `App versión ⟪10.4.1⟫ no deja hacer Bizum desde ayer`],
  ['es', `Número de seguimiento ⟪PK4R8Z0091234567⟫ de Correos para la tarjeta`],
  // zh
  ['zh', `订单号⟪4282107950452455⟫一直没发货，⟪11月28日⟫下的单`],
  ['zh', `年费从⟪300⟫元涨到⟪680⟫元，涨了⟪126%⟫，太离谱`],
  ['zh', `房贷⟪120万⟫，利率⟪3.95%⟫，月供⟪5,694.32⟫元，这个月扣了⟪5,800⟫`],
  ['zh', `人民路⟪88⟫号的网点下午⟪4:30⟫就关门了，白跑一趟`],
  ['zh', `投诉工单号⟪2026120400318⟫，客服说⟪3⟫个工作日回复`],
  ['zh', `航班⟪MU5101⟫取消，退款⟪1,280⟫元还没到信用卡`],
  ['zh', `APP升级到⟪9.2.0⟫版之后一直闪退，iPhone ⟪15⟫`],
  ['zh', `快递单号⟪SF1402578836201⟫，新卡寄了⟪7⟫天还没到`],
  ['zh', `⟪2026⟫年第三季度净利润⟪38.6⟫亿元，同比增长⟪4.2%⟫`],
  // ar
  ['ar', `رقم الطلب ⟪4106990304953045⟫ ما وصلني للحين، طلبته ⟪٢٨/١١/٢٠٢٦⟫`],
  ['ar', `رسوم ⟪٢٥⟫ ريال على كل تحويل؟ قبل كانت ⟪٥⟫ ريال بس`],
  ['ar', `تمويل ⟪٣٥٠٬٠٠٠⟫ ريال بنسبة ⟪٤٫٥٪⟫ والقسط ⟪٣٬٢١٠⟫ ريال، ليش خصمتوا ⟪٣٬٥٠٠⟫؟`],
  ['ar', `فرع ⟪٢١⟫ في طريق الملك فهد مسكر الساعة ⟪١٢:٣٠⟫`],
  ['ar', `رقم البلاغ ⟪20261204-7731⟫ وللحين ما احد رد علي`],
  ['ar', `رحلة ⟪SV1021⟫ انلغت والاسترداد ⟪١٬٤٥٠⟫ ريال ما نزل`],
  ['ar', `التطبيق إصدار ⟪6.8.3⟫ يطلع خطأ عند تسجيل الدخول`],
  ['ar', `رقم الشحنة ⟪8834 0021 9976⟫ للبطاقة الجديدة، أرامكس يقول تم التسليم`],
  ['ar', `أرباح البنك في الربع الثالث ⟪٢٬٨⟫ مليار ريال بزيادة ⟪١٢٪⟫ عن ⟪٢٠٢٥⟫`],
]
