// Fresh BLIND personal-data set 9 (issue 11). Written 2026-12-06/07 from 22:57 UTC by the
// redteam9p engineer BEFORE reading src/pii*.ts, the nlp README's PII sections or the posts and
// renderers of sets 1–8 (only set 8's header and export names, the eval script and the standards
// were read), and committed before it was first scored. Nothing here is tuned on: it is the
// session's held-out measurement of masking.
//
// Posts in each language's own idiom and from several voices: angry one-liners, app reviews,
// replies to a bank's "DM us", elderly customers and their children, scam calls retold, long
// rambling complaints with the value near the end, e-mail signatures, money requests among
// friends. Values are typed the way each country types them: cards grouped by four (Amex 4-6-5)
// or run together as copied from an app; IBANs grouped or bare, now and then in lower case;
// each country's phone habits (07700 900… and +44 (0)…, 06-…, 0171 …/030 …, 06 12 …, 612 34 …,
// 05x xxx xxxx, 010 xxxx xxxx, 138 xxxx xxxx); Arabic-Indic digits in about a third of the
// Arabic posts and full-width digits in a few Chinese ones, as phone keyboards produce them.
// Chinese bank PINs are six digits; several "passwords" are the weak ones people really use.
//
// Markers (read by scripts/lib/pii-render-9.mjs):
//   ⟦kind:value|other|other⟧  a sensitive value exactly as written (kinds as in packages/schema
//                              PII_KINDS), then up to two other ways the same person might
//                              have written it (other grouping, international form, "at"/"dot");
//   ⟪…⟫                        an ordinary number that must survive masking.
//
// Values are synthetic with valid check digits (Luhn in the issuer's range: Visa, Mastercard
// 51–55 and 2221–2720, Amex, Discover, Diners, JCB, UnionPay 16 and 19, Maestro; ISO 13616
// mod-97 with the French RIB key and the Spanish CCC digits; the BSN 11-proef; the CLABE
// weights); SSNs keep the SSA's rules, the NI number HMRC's prefix rules; UK and US phones use
// Ofcom's drama ranges and NANP's 555-01xx. Long ordinary references fail Luhn.
export const sensitive = [
  // ───────────── en (UK, IE, US) ─────────────
  [
    'en',
    `@LotusBankUK been on hold ⟪47⟫ mins. someone took £⟪312.40⟫ off my debit card ⟦card:4780 8197 2891 3204⟧ at a petrol station in Leeds, ive never been to Leeds. just freeze it FFS`,
  ],
  ['en', `card number ⟦card:5199213563686863⟧ exp ⟪09/28⟫ got declined at tesco AGAIN`],
  [
    'en',
    `Hi, replying to your DM request as the DMs won't open on my phone. Amex ⟦card:3753 239047 09774⟧, the charge is $⟪1,249.00⟫ from "DIGITAL SVCS" on ⟪Nov 29⟫ that I did not make. Please call me back on ⟦phone:(202) 555-0143|202-555-0143|+1 202 555 0143⟧ after ⟪5pm⟫ EST.`,
  ],
  [
    'en',
    `so my nan posted her card on facebook asking "is this the right number for the bank" 🤦‍♀️ ⟦card:4162-1185-8891-9148⟧ … took it down but pls block it @LotusBankUK`,
  ],
  [
    'en',
    `Discover card ⟦card:6011 2075 6350 4534⟧ — replacement never arrived, ticket #⟪88213⟫. 3rd time asking.`,
  ],
  [
    'en',
    `New account details for the rent from ⟪1st Jan⟫: sort code ⟦uk_account:20-45-77 63019284|204577 63019284⟧ (name: J Okafor). Old one is closed so pls dont pay into that`,
  ],
  [
    'en',
    `lads if anyone owes me for the stag do its ⟦uk_account:Sort code 40-11-62 Acc no 21873345|40 11 62 21873345⟧ cheers 🍻 £⟪85⟫ each`,
  ],
  [
    'en',
    `Paid my invoice to IBAN ⟦iban:GB20 NWBK 9094 3432 8450 47|GB20NWBK90943432845047⟧ like the email said and now the supplier says they never changed bank. was it a scam?? @LotusBankUK please help, it was £⟪4,750⟫`,
  ],
  [
    'en',
    `Irish customer here, salary goes into ⟦iban:IE04AIBK01279516579347|IE04 AIBK 0127 9516 5793 47⟧ and your transfer form says "invalid IBAN". It is NOT invalid, I've used it for ⟪6⟫ years`,
  ],
  [
    'en',
    `they asked for my social on the phone and i gave it, ⟦us_ssn:212-43-8870|212 43 8870|212438870⟧, then hung up. was that actually the bank or did i just get scammed`,
  ],
  [
    'en',
    `Hello, my checking account ⟦account_number:4402198837|4402 198 837⟧ was charged an overdraft fee of $⟪35⟫ even though the deposit posted at ⟪9:02am⟫. Routing is on the app. Please reverse.`,
  ],
  [
    'en',
    `HMRC letter wants my NI number confirmed with the bank for the ISA?? It's ⟦uk_nino:JM 45 81 27 B|JM458127B|jm458127b⟧ — sorry if that's the wrong place to post 😅`,
  ],
  [
    'en',
    `@LotusBankUK your text says call 0345 600 2290 but the number on the back of my card is different? who do I trust. My mobile is ⟦phone:07700 900461|07700900461|+44 7700 900461⟧ if someone real wants to ring me`,
  ],
  [
    'en',
    `just got a text: "Lotus Bank: your one-time code is ⟦otp:583021⟧. Do not share it." and 10 seconds later a guy calls asking me to read it out. lmao nice try`,
  ],
  [
    'en',
    `Verification code ⟦otp:804 117|804117⟧ wasnt accepted, tried ⟪3⟫ times, now locked out. great app guys ⭐`,
  ],
  [
    'en',
    `forgot my pin again lol it's ⟦otp:4821⟧ isn't it?? or was that the old card. why do i do this to myself`,
  ],
  [
    'en',
    `App review ⭐⭐ - login keeps failing. Username jsmith88, password ⟦password:Chelsea1905!⟧ - I KNOW it's right because it works on the website. v⟪5.14.2⟫ on iPhone ⟪13⟫.`,
  ],
  [
    'en',
    `Email me instead please, ⟦email:priya.raman87@gmail.com|priya.raman87 at gmail dot com|PRIYA.RAMAN87@GMAIL.COM⟧, I can't take calls at work`,
  ],
  [
    'en',
    `@LotusBankHelp Still waiting on the complaint ref ⟪CMP-2291846⟫ — you said ⟪5⟫ working days, it's been ⟪14⟫. You can reach me at ⟦email:d.whitfield@outlook.co.uk|d.whitfield (at) outlook.co.uk⟧ or ⟦phone:+44 (0)161 496 0734|0161 496 0734|01614960734⟧.`,
  ],
  [
    'en',
    `Long story but bear with me. Moved from Cork to Manchester in ⟪2021⟫, kept my old account, opened a new one here, then in ⟪March⟫ the app made me re-verify everything. I sent the photo of my passport, the utility bill, the lot. Three weeks later a letter comes saying the documents "could not be verified". Called, waited, got cut off. Called again on ⟪Tuesday⟫, spoke to a lovely woman called Sandra who said it's fine now. Then yesterday my card gets declined buying nappies at Asda, £⟪23.17⟫, with a baby screaming in the trolley. The app says the card ending ⟪3489⟫ is "restricted". Just to be clear which card, the full number is ⟦card:5130 3107 2917 3489⟧. I'm not posting the CVV, I'm not daft. Sort it out.`,
  ],
  [
    'en',
    `US customer - wire from my Chase acct ⟦account_number:acct # 000123948815|000123948815⟧ never showed up in my Lotus account. Wire ref ⟪20261203MMQFMP2K000451⟫, amount $⟪12,000.00⟫. Call me ⟦phone:415.555.0187|(415) 555-0187|+14155550187⟧`,
  ],
  [
    'en',
    `I'm 74 and dont use the app. my grandson set it up and the password is ⟦password:Bobby2015⟧ can somebody ring me at home ⟦phone:020 7946 0518|02079460518|+44 20 7946 0518⟧ because the letter says i need to "log in" thank you`,
  ],
  [
    'en',
    `Can you confirm you've got my new details for the standing order? Lotus Bank, s/c ⟦uk_account:30-96-26 acc 01847729|309626 01847729|30 96 26 01847729⟧. It bounced last month and my landlord is not happy`,
  ],
  [
    'en',
    `To whoever keeps paying into my old account by mistake (it's closed!!) the right one is ⟦uk_account:sort 60-83-71, account 20194476|608371 20194476⟧. Yes I know posting this is daft, deleting in an hour`,
  ],
  [
    'en',
    `Filling in the W-9 for my freelance gig and the portal rejected my SSN ⟦us_ssn:529-81-3307|529 81 3307|529813307⟧ twice?? Is the bank's identity check down or is it me`,
  ],
  [
    'en',
    `My elderly father got a letter "from the bank" asking him to confirm his social security number. He wrote it on the form and posted a photo here asking if it's legit: ⟦us_ssn:318 62 4417|318-62-4417|318624417⟧. Please advise, and please hide this`,
  ],
  [
    'en',
    `New job starts Monday and payroll wants my national insurance no. + bank details by DM. NI ⟦uk_nino:NR 73 90 15 A|NR739015A|nr 73 90 15 a⟧ — is it safe to send via the app chat or should I go in?`,
  ],
  [
    'en',
    `ISA transfer form says "NI number does not match our records". I've typed ⟦uk_nino:PC482610D|PC 48 26 10 D⟧ about ten times now. Nothing.`,
  ],
  // ───────────── nl (NL, BE) ─────────────
  [
    'nl',
    `@LotusBankNL al ⟪3⟫ dagen geen salaris binnen op ⟦iban:NL81 INGB 0005 2780 78|NL81INGB0005278078|nl81ingb0005278078⟧, werkgever zegt dat het ⟪28 nov⟫ is overgemaakt. wat is hier aan de hand??`,
  ],
  [
    'nl',
    `Tikkie voor het etentje van vrijdag: €⟪27,50⟫ pp, mag ook gewoon naar ⟦iban:NL87ABNA0030578244|NL87 ABNA 0030 5782 44⟧ tnv M. de Boer 🍕`,
  ],
  [
    'nl',
    `Mijn moeder (⟪81⟫) heeft gisteren aan de telefoon haar rekeningnummer ⟦iban:NL50 RABO 0490 5792 74|NL50RABO0490579274⟧ én haar pas gegeven aan een "medewerker van de bank". Ze is helemaal van slag. Hoe blokkeren we dit zo snel mogelijk?`,
  ],
  [
    'nl',
    `storing?? kan niks overmaken vanaf ⟦iban:NL92SNSB0737060762|NL92 SNSB 0737 0607 62⟧ , foutcode ⟪E-4012⟫`,
  ],
  [
    'nl',
    `Belgische klant hier. Terugbetaling graag op ⟦iban:BE07 3017 7221 5566|BE07301772215566⟧, niet op mijn oude rekening. Dossiernummer ⟪2026/11/4471⟫.`,
  ],
  [
    'nl',
    `Heb bij de belastingdienst mijn BSN ingevuld (⟦nl_bsn:755791289|7557.91.289|75 57 91 289⟧) en nu vraagt de bank het ook nog via de app. Is dat normaal of phishing?`,
  ],
  [
    'nl',
    `Reactie op @LotusBankNL: ja ik heb jullie DM gezien maar ik stuur mijn burgerservicenummer echt niet via twitter. Oh wacht. ⟦nl_bsn:583536189|5835.36.189⟧ 🙈 verwijderen kan niet meer`,
  ],
  [
    'nl',
    `bsn ⟦nl_bsn:878801650|878 801 650⟧ staat verkeerd in jullie systeem, mijn hypotheekaanvraag loopt daardoor al ⟪6⟫ weken vertraging op`,
  ],
  [
    'nl',
    `Mijn zoon van ⟪16⟫ heeft zijn betaalpas ⟦card:6759 7486 5207 2324 361|6759748652072324361⟧ laten zien in een TikTok 🤦 alles behalve de pincode gelukkig. Kunnen jullie een nieuwe sturen?`,
  ],
  [
    'nl',
    `Creditcard ⟦card:5341 9431 2795 6728|5341943127956728⟧ is dubbel belast bij Booking, €⟪412,18⟫ twee keer. Ik word gek van jullie klantenservice`,
  ],
  [
    'nl',
    `Bel me aub terug op ⟦phone:06-48213907|06 4821 3907|+31 6 48213907⟧, ik ben de hele dag bereikbaar behalve tussen ⟪12:00⟫ en ⟪13:00⟫`,
  ],
  [
    'nl',
    `Jullie hebben mijn nieuwe nummer nog steeds niet: ⟦phone:+31 (0)6 2741 8850|06-27418850|0031627418850⟧. Oude nummer gebruik ik niet meer sinds ⟪2024⟫.`,
  ],
  [
    'nl',
    `Vaste lijn thuis is ⟦phone:020-5736412|020 573 6412|+31 20 573 6412⟧ (mijn vader neemt op, hij is slechthorend dus even doorbellen)`,
  ],
  [
    'nl',
    `Antwerpen hier, gsm ⟦phone:0470 12 84 56|0470128456|+32 470 12 84 56⟧ — de kaartlezer geeft steeds ⟪ERROR 7⟫`,
  ],
  [
    'nl',
    `Kreeg net een sms "Uw verificatiecode is ⟦otp:739104⟧" terwijl ik niks aan het doen was. Iemand probeert in te loggen denk ik?`,
  ],
  [
    'nl',
    `pincode vergeten, dacht dat het ⟦otp:0815⟧ was maar na ⟪3⟫ pogingen is de pas geblokkeerd. Kom ik er nu bij de balie in ⟪Zwolle⟫ vanaf?`,
  ],
  [
    'nl',
    `Wachtwoord ⟦password:Fietsen!2023⟧ werkt niet meer na de update, en "wachtwoord vergeten" stuurt geen mail. App versie ⟪8.4.0⟫.`,
  ],
  [
    'nl',
    `Mail me op ⟦email:sanne.vd.berg@ziggo.nl|sanne.vd.berg apenstaartje ziggo punt nl⟧ want jullie chat sluit steeds na ⟪2⟫ minuten`,
  ],
  [
    'nl',
    `Lang verhaal, sorry. Vorige maand ben ik verhuisd van Utrecht naar Den Bosch en heb ik mijn adres in de app aangepast. Daarna kreeg ik een brief dat ik mijn identiteit opnieuw moest bevestigen, met een kopie van mijn ID en een recente afschrift. Gedaan, via de upload-knop, ⟪twee⟫ keer zelfs omdat de eerste upload bleef hangen op ⟪99%⟫. Toen belde iemand van "de fraudeafdeling" die al mijn gegevens had: naam, geboortedatum, zelfs mijn rekening. Hij vroeg om de code uit de app en die heb ik gegeven, ⟦otp:482 913|482913⟧. Een uur later was er €⟪2.450⟫ weg naar ⟦iban:NL13ASNB0899881277|NL13 ASNB 0899 8812 77⟧. Aangifte gedaan, nummer ⟪2026334870⟫. Wat nu?`,
  ],
  [
    'nl',
    `rekeningnummer ⟦account_number:0437 8812 90|437881290⟧ (oud Postbank nummer nog) wordt niet herkend bij het koppelen in de app`,
  ],
  [
    'nl',
    `Visa ⟦card:4606865121100511|4606 8651 2110 0511⟧ geweigerd in Spanje terwijl reizen aan staat. Sta nu bij de kassa met €⟪96⟫ aan boodschappen 😤`,
  ],
  [
    'nl',
    `@LotusBankNL mailadres bij jullie klopt niet meer, moet ⟦email:k.jansen1974@hotmail.com|K.Jansen1974@Hotmail.com⟧ zijn. telnr ⟦phone:010 - 412 33 87|0104123387⟧`,
  ],
  [
    'nl',
    `Voor de huurtoeslag moest ik mijn BSN ⟦nl_bsn:301864809|3018.64.809⟧ doorgeven aan de bank?? Sinds wanneer is dat zo, klinkt als oplichting`,
  ],
  [
    'nl',
    `@LotusBankNL in jullie formulier staat bij "burgerservicenummer" nog steeds het nummer van mijn ex: ⟦nl_bsn:991709123|991 709 123⟧. Het mijne is ⟦nl_bsn:169400128|1694.00.128|169 400 128⟧. Graag aanpassen!`,
  ],
  [
    'nl',
    `bsn-nummer ⟦nl_bsn:511032158⟧ en geboortedatum ⟪12-03-1987⟫ heb ik al ⟪3⟫ keer opgestuurd voor de KYC-check. Hoe vaak nog?`,
  ],
  // ───────────── de (DE, AT, CH) ─────────────
  [
    'de',
    `@LotusBankDE Seit ⟪3⟫ Tagen keine Gutschrift auf ⟦iban:DE75 8816 7877 3966 9581 40|DE75881678773966958140⟧. Arbeitgeber hat am ⟪28.11.⟫ überwiesen. Was ist da los???`,
  ],
  [
    'de',
    `Miete bitte ab Januar auf mein neues Konto: ⟦iban:DE90597863537556283646|DE90 5978 6353 7556 2836 46⟧ (Kontoinhaber: S. Yilmaz). Danke euch 🙏`,
  ],
  [
    'de',
    `Hab aus Versehen die IBAN von meinem Vermieter falsch eingegeben, ⟦iban:DE58 5092 9409 2049 4852 28|DE58509294092049485228|de58509294092049485228⟧ statt seiner. Kann man die Überweisung über €⟪1.150,00⟫ zurückholen?`,
  ],
  [
    'de',
    `Österreicher hier – Rückerstattung bitte auf ⟦iban:AT45 3049 5304 9980 6523|AT453049530499806523⟧, NICHT auf die Kreditkarte. Fallnummer ⟪A-77120⟫.`,
  ],
  [
    'de',
    `Grüezi, meine Lohnzahlung auf ⟦iban:CH09 1605 5477 3975 4519 2|CH0916055477397545192⟧ ist verschwunden. Bitte um Rückruf.`,
  ],
  [
    'de',
    `Kontonummer Kto.-Nr. ⟦account_number:3517725488|3517 7254 88⟧ BLZ ⟪210 795 04⟫ – so stand es noch auf meinem alten Überweisungsträger, das Onlinebanking nimmt nur IBAN. Wie rechne ich das um??`,
  ],
  [
    'de',
    `Kreditkarte ⟦card:5585 4025 3693 0308|5585402536930308⟧ wurde in Rumänien belastet, €⟪847,20⟫. Ich war nie in Rumänien. Karte ist gesperrt, aber das Geld will ich zurück!!`,
  ],
  [
    'de',
    `Meine Visa ⟦card:4444674815651433⟧ läuft ⟪12/26⟫ ab und die neue ist immer noch nicht da. Wie soll ich über Weihnachten bezahlen`,
  ],
  [
    'de',
    `girocard hat ja keine sichtbare Nummer mehr, aber die Debit Mastercard schon: ⟦card:2221 2017 1151 6990|2221201711516990⟧ – die wurde gestern bei Amazon ⟪2x⟫ abgebucht.`,
  ],
  [
    'de',
    `Ruft mich bitte zurück: ⟦phone:0171 4829017|0171/4829017|+49 171 4829017⟧. Nach ⟪18 Uhr⟫ am besten.`,
  ],
  [
    'de',
    `Festnetz: ⟦phone:030 83927451|030/83 92 74 51|+49 (0)30 83927451⟧, Handy geht grad nicht wegen Displaybruch 📱💥`,
  ],
  [
    'de',
    `@LotusBankDE meine Nummer hat sich geändert, neu: ⟦phone:+49 151 23968804|0151 23968804|0049 151 23968804⟧ – bitte im System ändern, die pushTAN geht sonst an die alte`,
  ],
  [
    'de',
    `Wien, Festnetz ⟦phone:01 5123344|+43 1 5123344⟧ oder Handy ⟦phone:0664 3829104|+43 664 3829104⟧. Danke.`,
  ],
  [
    'de',
    `Bekomme SMS mit TAN ⟦otp:518 204|518204⟧ für eine Überweisung über €⟪3.900⟫, die ich nie gemacht habe!!! Sofort sperren!!!`,
  ],
  [
    'de',
    `die mTAN war ⟦otp:730916⟧, hab sie eingegeben und trotzdem "Transaktion abgelehnt". App ⟪7.21.0⟫ Android.`,
  ],
  [
    'de',
    `Oma hat ihre PIN ⟦otp:2580⟧ auf einen Zettel im Portemonnaie geschrieben und das wurde geklaut. Sie ist ⟪86⟫. Wer haftet da jetzt?`,
  ],
  [
    'de',
    `Passwort ist ⟦password:Sommer2024!⟧ und es wird als falsch angezeigt, obwohl ich es gerade erst geändert habe. Einfach nur peinlich diese App`,
  ],
  [
    'de',
    `Schreibt mir an ⟦email:thomas.mueller.ffm@web.de|thomas.mueller.ffm(at)web.de|thomas.mueller.ffm [at] web [dot] de⟧, am Telefon hänge ich sonst wieder ⟪40⟫ Minuten in der Warteschleife`,
  ],
  [
    'de',
    `Mit freundlichen Grüßen
Dr. Katharina Vogel
Steuerberatung Vogel & Partner
Tel. ⟦phone:089 / 2388 4710|089 23884710|+49 89 23884710⟧
⟦email:k.vogel@vogel-partner.de|K.Vogel@vogel-partner.de⟧`,
  ],
  [
    'de',
    `Also ich versuche das jetzt mal ruhig zu erklären. Ich bin seit ⟪1998⟫ Kunde, habe nie Probleme gemacht, und seit der Umstellung auf die neue App im ⟪Oktober⟫ geht gar nichts mehr. Erst wollte die App eine neue Registrierung, dann einen Aktivierungsbrief, der nach ⟪zwei⟫ Wochen kam, dann war der Code abgelaufen. Der zweite Brief kam, der Code ging, aber die pushTAN-Verbindung nicht. In der Filiale (Nr. ⟪412⟫) sagte man mir, ich solle die Hotline anrufen. Die Hotline sagt, ich soll in die Filiale. Inzwischen sind drei Lastschriften geplatzt, jeweils €⟪7,50⟫ Gebühr. Meine Steuer-ID steht auch irgendwo in euren Unterlagen, aber die brauche ich hier nicht. Mein Konto zum Nachsehen: ⟦iban:DE62 2107 9504 5245 1069 90|DE62210795045245106990⟧. Ich erwarte einen Rückruf.`,
  ],
  [
    'de',
    `sry für den post aber mein bruder hat mir die karte "geliehen" ⟦card:4350 0419 6606 4117⟧ und jetzt sind ⟪600⟫ € weg. anzeige ist raus`,
  ],
  [
    'de',
    `Zugangsdaten fürs Onlinebanking: Anmeldename lukas.b, Passwort ⟦password:Bayern#1900⟧ – funktioniert seit heute Morgen nicht. Bitte um Hilfe.`,
  ],
  // ───────────── fr (FR, BE, CH) ─────────────
  [
    'fr',
    `@LotusBankFR toujours pas reçu mon virement sur ⟦iban:FR76 8124 0572 0246 2428 4207 357|FR7681240572024624284207357⟧ alors que l'employeur l'a fait le ⟪28/11⟫. C'est une blague ?`,
  ],
  [
    'fr',
    `Bonjour, suite à votre demande en MP (qui ne s'ouvre pas) voici mon RIB : ⟦iban:FR7642893368412567273065741|FR76 4289 3368 4125 6727 3065 741⟧. Merci de rembourser les ⟪89,90⟫ € prélevés deux fois.`,
  ],
  [
    'fr',
    `jai donné mon iban ⟦iban:FR76 3153 4339 4454 7821 0152 105|fr76 3153 4339 4454 7821 0152 105⟧ a un acheteur leboncoin et maintenant il me demande un "code de validation" 🤔 c normal ?`,
  ],
  [
    'fr',
    `Remboursement à faire sur mon compte belge ⟦iban:BE41 4427 5282 4710|BE41442752824710⟧ svp, pas sur la carte. Réf. dossier ⟪BX-4410⟫`,
  ],
  [
    'fr',
    `Luxembourg : salaire versé sur ⟦iban:LU28 4770 7833 9197 7194|LU284770783391977194⟧ bloqué depuis ⟪lundi⟫, aucune explication de votre part.`,
  ],
  [
    'fr',
    `Ma carte ⟦card:4409 1319 7048 1190|4409131970481190⟧ a été débitée de ⟪1 249,00⟫ € chez un marchand en ligne que je ne connais pas. Opposition faite à ⟪23h10⟫ mais je veux être remboursé !!`,
  ],
  [
    'fr',
    `Carte Visa Premier ⟦card:4858723863961167⟧ refusée au péage de l'A7, j'étais coincé avec ⟪3⟫ enfants à l'arrière. Merci @LotusBankFR 😡`,
  ],
  [
    'fr',
    `ma mère a envoyé le numéro de sa carte ⟦card:5429 2983 6139 7567⟧ et la date ⟪04/29⟫ par SMS à un "livreur Colissimo"… elle a ⟪78⟫ ans. Comment on bloque tout ?`,
  ],
  [
    'fr',
    `American Express ⟦card:3440 641412 89216|344064141289216⟧ : frais de ⟪35⟫ € facturés sans raison. Service client injoignable.`,
  ],
  [
    'fr',
    `Rappelez-moi au ⟦phone:06 12 48 93 27|06.12.48.93.27|+33 6 12 48 93 27⟧ svp, je suis dispo toute la journée sauf entre ⟪12h⟫ et ⟪14h⟫`,
  ],
  [
    'fr',
    `Mon numéro a changé : ⟦phone:+33 (0)7 81 22 94 60|07 81 22 94 60|0781229460⟧. Le code de sécurité arrive toujours sur l'ancien…`,
  ],
  [
    'fr',
    `Fixe : ⟦phone:01 42 68 53 07|01.42.68.53.07|+33 1 42 68 53 07⟧ (bureau), je ne réponds pas aux numéros masqués.`,
  ],
  ['fr', `Genève ici, vous pouvez me joindre au ⟦phone:079 412 56 83|+41 79 412 56 83⟧. Agence n° ⟪218⟫.`],
  [
    'fr',
    `reçu un sms "Votre code de confirmation est ⟦otp:627 391|627391⟧" pour un paiement de ⟪749⟫ € que je n'ai jamais fait!!! c quoi ce bordel`,
  ],
  [
    'fr',
    `Le code reçu par SMS (⟦otp:804512⟧) ne marche pas, et au bout de ⟪3⟫ essais le compte est bloqué. Bravo.`,
  ],
  [
    'fr',
    `j'ai oublié mon code, c'est ⟦otp:1984⟧ ou ⟦otp:1948⟧ je sais plus 😭 carte avalée au distributeur de la gare`,
  ],
  [
    'fr',
    `Mot de passe ⟦password:Marseille13!⟧ refusé alors que je viens de le créer. Appli v⟪9.4.2⟫ sur Android.`,
  ],
  ['fr', `Écrivez-moi plutôt à ⟦email:claire.dubois59@orange.fr|claire.dubois59 arobase orange.fr⟧, merci.`],
  [
    'fr',
    `Cordialement,
Jean-Marc Lefèvre
Cabinet Lefèvre Expertise
Tél. : ⟦phone:04 91 33 72 15|04.91.33.72.15|+33 4 91 33 72 15⟧
Mail : ⟦email:jm.lefevre@lefevre-expertise.fr|JM.Lefevre@lefevre-expertise.fr⟧`,
  ],
  [
    'fr',
    `Alors je vous raconte. En ⟪septembre⟫ j'ai changé d'adresse, j'ai tout mis à jour dans l'appli, et depuis plus rien ne marche : la carte est refusée une fois sur deux, les virements restent "en attente" pendant ⟪5⟫ jours, et le conseiller de l'agence de Lille ne répond plus aux mails. La semaine dernière quelqu'un m'appelle en se présentant comme "service fraude", il connaissait mon nom, mon adresse, même mon ancienne agence. Il m'a demandé de valider une "opération de sécurité" et j'ai lu le code à voix haute, ⟦otp:319 027|319027⟧. Résultat : ⟪2 300⟫ € partis vers ⟦iban:PT81 0356 2380 9954 1777 7109 7|PT81035623809954177771097⟧. J'ai porté plainte (n° ⟪2026/PL/48812⟫). Je veux savoir ce que vous comptez faire.`,
  ],
  [
    'fr',
    `numéro de compte ⟦account_number:00028914560|000 289 145 60⟧ , agence ⟪00418⟫ : toujours pas de chéquier après ⟪6⟫ semaines`,
  ],
  [
    'fr',
    `ptdr la banque qui me demande mon mdp par mail. non. (c'était ⟦password:loulou2012⟧ de toute façon je l'ai changé)`,
  ],
  [
    'fr',
    `Expat à Londres : la banque me demande mon numéro de National Insurance, c'est ⟦uk_nino:SK 20 41 93 B|SK204193B⟧, et mon sort code ⟦uk_account:20-71-74 compte 53881920|207174 53881920⟧. Je dois vraiment l'envoyer par l'appli ?`,
  ],
  // ───────────── es (ES, MX, AR) ─────────────
  [
    'es',
    `@LotusBankES llevo ⟪3⟫ días sin la nómina en ⟦iban:ES93 9286 6323 2893 2049 4596|ES9392866323289320494596⟧ y la empresa dice que la mandó el ⟪28⟫. Qué está pasando???`,
  ],
  [
    'es',
    `Para el bizum que no me funciona, hazme transferencia a ⟦iban:ES1223175421617032569731|ES12 2317 5421 6170 3256 9731⟧ porfa, son ⟪45⟫€ de la cena`,
  ],
  [
    'es',
    `Mi padre (⟪79⟫ años) dio por teléfono su cuenta ⟦iban:ES47 2875 0938 9396 7713 7234|ES4728750938939677137234⟧ a uno que decía ser del banco. ¿Cómo se bloquea todo ya?`,
  ],
  [
    'es',
    `devolución a la cuenta ⟦iban:es68 6957 0315 8466 6035 0387|ES68 6957 0315 8466 6035 0387|ES6869570315846660350387⟧ x favor, no a la tarjeta. nº de incidencia ⟪INC-204417⟫`,
  ],
  [
    'es',
    `me han cobrado ⟪2⟫ veces ⟪89,95⟫€ en la tarjeta ⟦card:4417 3187 1338 2302|4417318713382302⟧, Amazon dice que es cosa del banco y el banco que es cosa de Amazon 🙃`,
  ],
  [
    'es',
    `Tarjeta ⟦card:5116736847100301⟧ rechazada en el súper con el carro lleno. Vergüenza ajena. Saldo ⟪1.240,50⟫€.`,
  ],
  [
    'es',
    `México: mi tarjeta ⟦card:5204 8699 9592 9180|5204-8699-9592-9180⟧ tiene un cargo de $⟪3,499.00⟫ MXN de una tienda que no conozco. Ya la reporté, folio ⟪MX-88201⟫.`,
  ],
  [
    'es',
    `CLABE para el depósito: ⟦account_number:002180701234508812|002 180 70123450881 2⟧ (BBVA). Gracias!!`,
  ],
  ['es', `Llámame al ⟦phone:612 34 87 90|612348790|+34 612 34 87 90⟧ cuando podáis, estoy toda la tarde`],
  [
    'es',
    `Mi número nuevo es ⟦phone:+34 678 901 234|678 90 12 34|0034 678901234⟧, el antiguo ya no lo uso desde ⟪octubre⟫`,
  ],
  ['es', `Fijo de casa ⟦phone:91 448 27 36|914 48 27 36|+34 914 482 736⟧, mi madre no usa el móvil`],
  [
    'es',
    `CDMX, cel ⟦phone:55 4871 2390|5548712390|+52 55 4871 2390⟧, me pueden marcar después de las ⟪6⟫ de la tarde`,
  ],
  [
    'es',
    `me llegó un SMS "Su código de verificación es ⟦otp:738 201|738201⟧" y yo no estaba haciendo nada 😨 alguien intenta entrar a mi cuenta?`,
  ],
  ['es', `El código que me mandan (⟦otp:906413⟧) no vale, dice "caducado" al segundo. App versión ⟪4.18.0⟫.`],
  ['es', `olvidé el pin, creo q era ⟦otp:7391⟧ pero después de ⟪3⟫ intentos el cajero se tragó la tarjeta`],
  ['es', `Contraseña ⟦password:Betis1907*⟧ y no me deja entrar, ya la cambié ⟪2⟫ veces hoy. Un desastre.`],
  [
    'es',
    `Escribidme a ⟦email:lucia.fdez.garcia@gmail.com|lucia.fdez.garcia arroba gmail punto com⟧ que por teléfono es imposible`,
  ],
  [
    'es',
    `Saludos cordiales,
Alejandro Ruiz Ortega
Director Financiero · Construcciones Ruiz S.L.
Tel. ⟦phone:+34 934 12 56 78|934 12 56 78|934125678⟧
⟦email:aruiz@construccionesruiz.es⟧`,
  ],
  [
    'es',
    `A ver, os cuento porque ya no sé qué hacer. En ⟪septiembre⟫ me cambié de piso y actualicé la dirección en la app. Desde entonces no me llegan las cartas, la tarjeta nueva se perdió en correos y la que tengo caduca el mes que viene. Fui a la oficina de la calle Mayor, me dijeron que llamara al teléfono de atención. Llamé, ⟪45⟫ minutos de espera, me colgaron. Volví a llamar y un chico muy majo me dijo que estaba todo arreglado. Pues no. Ayer me llamó alguien "del departamento de seguridad", sabía mi DNI y mi dirección, y me pidió que le dijera el código que me iba a llegar: ⟦otp:552 018|552018⟧. Se lo di. Hoy me faltan ⟪1.900⟫€. Denuncia puesta, número ⟪2026-MAD-0448172⟫. ¿Alguien de Lotus va a hacer algo?`,
  ],
  [
    'es',
    `nº de cuenta ⟦account_number:2100 0418 4502 0005 1332|21000418450200051332⟧ para la devolución, titular Carmen López`,
  ],
  [
    'es',
    `jajaja mi abuela me manda por whatsapp "la clave del banco es ⟦password:manolo1958⟧ no se la digas a nadie" 😂😂 abuela esto es público`,
  ],
  [
    'es',
    `Buenos Aires: el correo de contacto que tienen es viejo, el bueno es ⟦email:martin_gomez_ba@yahoo.com.ar⟧. Cel ⟦phone:11 4827-3910|+54 9 11 4827 3910⟧`,
  ],
  [
    'es',
    `Vivo en Texas y el banco me pide el número de seguro social para abrir la cuenta. Ya lo puse, ⟦us_ssn:461-27-8830|461 27 8830|461278830⟧, y sale "no válido". ¿Alguien sabe por qué?`,
  ],
  // ───────────── ar (SA, AE, EG) ─────────────
  [
    'ar',
    `@LotusBankSA صار لي ⟪3⟫ أيام والراتب ما نزل في حسابي ⟦iban:SA45 8037 1006 3787 6335 2888|SA4580371006378763352888⟧ والشركة تقول حولوه يوم ⟪28⟫. وش السالفة؟`,
  ],
  [
    'ar',
    `الرجاء تحويل المبلغ المسترد إلى الآيبان ⟦iban:SA2910671775640891604813|SA29 1067 1775 6408 9160 4813⟧ وليس إلى البطاقة. رقم الطلب ⟪REQ-77120⟫`,
  ],
  [
    'ar',
    `أبوي عطى رقم حسابه ⟦iban:SA35 4501 8829 4863 5757 0426⟧ لواحد اتصل عليه يقول انه من البنك 😢 كيف نوقف كل شي بسرعة`,
  ],
  [
    'ar',
    `ايبان حسابي ⟦iban:AE٨٩ ٠٣٣٤ ٦٣٧٥ ٠١٣٥ ٩٢٩٤ ٢٣٤|AE٨٩٠٣٣٤٦٣٧٥٠١٣٥٩٢٩٤٢٣٤⟧ والفلوس ما وصلت من ⟪٥⟫ ايام`,
  ],
  [
    'ar',
    `من مصر: حسابي ⟦iban:EG35 5635 6614 6555 3454 1919 6923 5|EG355635661465553454191969235⟧ اتخصم منه ⟪2,500⟫ جنيه من غير ما أعمل أي عملية`,
  ],
  [
    'ar',
    `بطاقتي ⟦card:٤١٨٤ ١٦٥٦ ٢٤٤١ ٠٧٦٨|٤١٨٤١٦٥٦٢٤٤١٠٧٦٨⟧ انسحب منها ⟪١,٢٥٠⟫ ريال من متجر ما أعرفه الساعة ⟪٢⟫ الفجر!! أوقفوها`,
  ],
  [
    'ar',
    `بطاقة مدى ⟦card:4992237860475227|4992 2378 6047 5227⟧ مرفوضة في كل مكان من امس، وش المشكلة يا @LotusBankSA`,
  ],
  [
    'ar',
    `يا جماعة امي نشرت صورة بطاقتها في القروب وفيها الرقم ⟦card:5475 9984 4253 7528⟧ 🤦‍♂️ مسحتها بس احتياط اوقفوا البطاقة`,
  ],
  ['ar', `البطاقة الائتمانية ⟦card:٣٧٤٢ ٤٩٢٢٨٧ ١٢٤٦٠|٣٧٤٢٤٩٢٢٨٧١٢٤٦٠⟧ عليها رسوم ⟪٣٥٠⟫ درهم ما لها داعي`],
  ['ar', `اتصلوا علي على ⟦phone:0558307412|055 830 7412|+966 55 830 7412⟧ بعد العصر`],
  [
    'ar',
    `رقمي الجديد ⟦phone:+٩٦٦ ٥٠ ٤٨٢ ٩١٧٣|٠٥٠٤٨٢٩١٧٣|٠٠٩٦٦٥٠٤٨٢٩١٧٣⟧ الرجاء تحديثه، الرقم القديم ما عاد يستقبل رسائل`,
  ],
  [
    'ar',
    `دبي: جوالي ⟦phone:050 739 2814|+971 50 739 2814|0507392814⟧ والثابت ⟦phone:04 328 1957|+971 4 328 1957⟧`,
  ],
  ['ar', `ارجو الاتصال على موبايلي ⟦phone:٠١٠٢٧٤٩٣٨١٦|٠١٠ ٢٧٤٩ ٣٨١٦|+٢٠ ١٠ ٢٧٤٩ ٣٨١٦⟧ ضروري`],
  ['ar', `التليفون الأرضي ⟦phone:02 2735 9048|0227359048|+20 2 2735 9048⟧ أنا في البيت طول اليوم`],
  [
    'ar',
    `وصلتني رسالة "رمز التحقق الخاص بك هو ⟦otp:482917⟧ لا تشاركه مع أحد" وبعدها بدقيقة واحد اتصل يطلبه 😂 محاولة فاشلة`,
  ],
  ['ar', `كود التفعيل ⟦otp:٥٠٩٣ ٧١|٥٠٩٣٧١⟧ ما يشتغل، جربت ⟪٣⟫ مرات والحساب انقفل`],
  ['ar', `نسيت الرقم السري للبطاقة، أظن كان ⟦otp:7264⟧ بس الصراف سحب البطاقة`],
  ['ar', `كلمة المرور ⟦password:Riyadh@2024⟧ صحيحة ومع ذلك التطبيق يقول خطأ. الإصدار ⟪3.9.1⟫`],
  [
    'ar',
    `راسلوني على الايميل ⟦email:ahmed.alharbi92@gmail.com|ahmed.alharbi92 at gmail dot com⟧ لأن الجوال ما يرد`,
  ],
  [
    'ar',
    `السلام عليكم، أكتب لكم للمرة الثالثة. فتحت حساب قبل ⟪شهرين⟫ في فرع العليا، وكل شي كان تمام لين حدثت التطبيق. بعدها طلب مني التطبيق أحدث بياناتي وأرفع الهوية، رفعتها مرتين ولا صار شي. اتصلت على خدمة العملاء وانتظرت ⟪40⟫ دقيقة وبعدين انقطع الخط. وامس اتصل علي واحد يقول انه من قسم الاحتيال وكان يعرف اسمي ورقم جوالي، وطلب مني الرمز اللي وصلني ⟦otp:913 402|913402⟧ وأنا للأسف عطيته. اليوم اكتشفت ان ⟪4,800⟫ ريال انسحبت وتحولت لحساب ⟦iban:AE24 0264 0147 1927 6228 600|AE240264014719276228600⟧. سويت بلاغ رقم ⟪2026/1148⟫. ايش الحل؟`,
  ],
  ['ar', `رقم الحساب ⟦account_number:٦٨٢٠٠٤١٨٨٣٣٠٠١|٦٨٢٠ ٠٤١٨ ٨٣٣٠ ٠١⟧ ارجو التأكد من التحويل`],
  ['ar', `كلمة السر حقتي ⟦password:nora1234⟧ هل هي قوية كفاية؟ 😅 التطبيق قبلها`],
  [
    'ar',
    `أنا مقيم في لندن، رقم الحساب البريطاني ⟦uk_account:sort code 23-14-70 account 19284736|231470 19284736⟧ عشان التحويل من السعودية`,
  ],
  // ───────────── zh (CN, HK, TW) ─────────────
  [
    'zh',
    `@莲花银行 我的储蓄卡 ⟦card:6228210343114133342|6228 2103 4311 4133 342⟧ 昨晚凌晨⟪2⟫点被刷了⟪3,000⟫块，我人在家睡觉！！赶紧冻结`,
  ],
  ['zh', `卡号⟦card:6217642797254868010⟧，工资⟪28⟫号就该到账了，到现在还没有，客服电话一直占线`],
  ['zh', `信用卡⟦card:６２２２ ７８２３ ６６０７ ４２５２⟧年费⟪３００⟫元说好免的又扣了，什么意思？`],
  [
    'zh',
    `我妈把银行卡号⟦card:6212 0146 7735 4601 019|6212014677354601019⟧发到家族群里问"这个卡还能用吗"😂 已撤回，但保险起见还是帮忙挂失一下吧`,
  ],
  [
    'zh',
    `留学生求助：英国的Visa卡 ⟦card:4816 1757 4204 6317|4816175742046317⟧ 在国内刷不了，莲花银行APP也绑不上`,
  ],
  ['zh', `JCB卡⟦card:3566 3640 1047 6398|3566364010476398⟧在日本被盗刷⟪58,000⟫日元，已报警，怎么申请退款？`],
  [
    'zh',
    `收款账号：⟦account_number:6230 5820 0001 8847 216|6230582000018847216⟧ 户名：王芳 开户行：莲花银行上海分行 谢谢大家帮忙转发`,
  ],
  [
    'zh',
    `对公账户⟦account_number:31050161393600002715|3105 0161 3936 0000 2715⟧转账失败，提示"账户状态异常"，财务急死了`,
  ],
  [
    'zh',
    `在英国读书，学校退款要转到我的IBAN ⟦iban:GB33 HBUK 5711 5922 3766 41|GB33HBUK57115922376641⟧，莲花银行能办境外汇款吗`,
  ],
  ['zh', `请回电 ⟦phone:138 0013 8524|13800138524|+86 138-0013-8524⟧，白天都在`],
  [
    'zh',
    `我的手机号换了，新号码⟦phone:１５９-２１７６-４８３０|１５９２１７６４８３０|+８６ １５９ ２１７６ ４８３０⟧，麻烦更新一下，验证码一直发到旧手机上`,
  ],
  ['zh', `座机⟦phone:021-6888 1352|(021) 68881352|+86 21 6888 1352⟧，手机信号不好的时候打这个`],
  ['zh', `香港客户，电话 ⟦phone:9123 4867|+852 9123 4867⟧，要求跨境理财通的专员联系我`],
  ['zh', `收到短信"您的验证码为⟦otp:638201⟧，请勿泄露"，我根本没有在操作啊？？是不是有人在登录我的账户`],
  ['zh', `验证码⟦otp:４９２ ８０７|４９２８０７⟧输了⟪３⟫次都说错误，账号被锁⟪２４⟫小时，服务太差`],
  ['zh', `银行卡密码忘了，应该是⟦otp:135790⟧吧？去柜台重置要排⟪2⟫个小时😩`],
  ['zh', `登录密码⟦password:wang19880512⟧明明是对的，APP ⟪6.3.0⟫版本一直提示密码错误`],
  [
    'zh',
    `有问题发我邮箱 ⟦email:zhangwei_1990@163.com|zhangwei_1990@163.com⟧ 或者 QQ邮箱 ⟦email:418827391@qq.com⟧`,
  ],
  [
    'zh',
    `说来话长。上个月我搬家了，在APP里改了地址，结果新卡寄丢了。去网点问，网点说要打客服，打客服排了⟪40⟫分钟，转了三次人工，最后说已经处理。前天有个自称"莲花银行风控部"的人打电话来，他知道我的名字、身份证后四位，还知道我上周在哪里刷过卡。他说我的账户有风险，让我把收到的验证码告诉他，我当时脑子一热就说了，⟦otp:507 316|507316⟧。结果半小时后卡里的⟪12,800⟫元被转走，转到了一个账号⟦account_number:6217 0012 3004 8891 527|6217001230048891527⟧。已经报警了，回执编号⟪110-2026-48817⟫。银行到底管不管？`,
  ],
  ['zh', `工资卡⟦card:6298889127308769⟧被冻结了，说是"涉嫌电诈"，我就是个普通上班族😭`],
  ['zh', `他们让我在微信上发支付密码⟦otp:802614⟧确认身份，这肯定是骗子吧？已经发了怎么办`],
  [
    'zh',
    `台湾这边的朋友问：转账到我的帐户 ⟦account_number:0407-5561-2093-88|04075561209388⟧ 要多久？中国信托`,
  ],
  [
    'zh',
    `在英国留学，房东要我的sort code和账号：⟦uk_account:40-47-84 71209385|404784 71209385⟧，直接发给他安全吗？`,
  ],
]

// Posts whose numbers must all survive: prices, rates, dates, times, versions and builds, order,
// tracking, case and ticket numbers, flights, postcodes, IPs, transaction ids, long references
// that fail Luhn, amounts with each locale's separators, bank results.
export const ordinary = [
  // en
  [
    'en',
    `@LotusBankUK app v⟪6.2.1⟫ (build ⟪40213⟫) crashes on launch since the update on ⟪04/12/2026⟫. iPhone ⟪15⟫ Pro, iOS ⟪18.1.1⟫.`,
  ],
  [
    'en',
    `Mortgage rate went from ⟪4.19%⟫ to ⟪5.34%⟫ overnight, that's £⟪186⟫ more a month on a £⟪245,000⟫ loan. cheers for nothing`,
  ],
  [
    'en',
    `Flight ⟪BA2490⟫ cancelled, refunded £⟪1,312.66⟫ on ⟪28 Nov⟫ but still not in my account. Transaction ID ⟪TXN8833920174⟫`,
  ],
  [
    'en',
    `Branch at ⟪221⟫ High St closes at ⟪4:30pm⟫ now?? Used to be ⟪5⟫. Postcode ⟪M1 4BT⟫ if anyone from HQ cares`,
  ],
  [
    'en',
    `Order #⟪112-4839201-7730218⟫ from amazon refunded but statement shows ⟪2⟫ pending charges of $⟪64.99⟫`,
  ],
  [
    'en',
    `Royal Mail tracking ⟪JD014600006282945013⟫ says delivered, my new card is not here. Case ⟪00493817⟫`,
  ],
  [
    'en',
    `Interest paid: £⟪0.83⟫ on £⟪10,000⟫ for the whole of ⟪2025⟫. ⟪0.01%⟫ AER. Incredible. Moving to a building society.`,
  ],
  [
    'en',
    `Server at ⟪192.168.1.254⟫ and your status page both say fine but I get error ⟪503⟫ on every login attempt since ⟪07:45⟫`,
  ],
  [
    'en',
    `Ticket ⟪INC0048213⟫: ATM at the station ate my card at ⟪23:14⟫ on ⟪5 December⟫, withdrew nothing, balance down $⟪200⟫`,
  ],
  [
    'en',
    `Reference number ⟪4539 1488 0343 6467 1⟫ on the letter doesn't work on your site. (yes I typed it right)`,
  ],
  [
    'en',
    `Lotus Bank results for ⟪Q3 2026⟫: net profit up ⟪12.4%⟫ to £⟪1.82bn⟫, CET1 ⟪14.1%⟫. Shares ⟪+3%⟫ at ⟪8:05⟫.`,
  ],
  // nl
  [
    'nl',
    `Rente spaarrekening verlaagd naar ⟪1,25%⟫ per ⟪1 januari 2027⟫. Op €⟪15.000⟫ scheelt dat ⟪75⟫ euro per jaar. Bedankt hoor.`,
  ],
  [
    'nl',
    `Postcode ⟪3521 AZ⟫, huisnummer ⟪14⟫: pas nog steeds niet bezorgd na ⟪10⟫ werkdagen. Zendingnummer ⟪3SDOJ0412899⟫`,
  ],
  [
    'nl',
    `app v⟪12.3⟫ blijft hangen op het laadscherm, Android ⟪14⟫, Samsung A⟪54⟫. Al ⟪2x⟫ opnieuw geïnstalleerd.`,
  ],
  [
    'nl',
    `Bestelnummer ⟪NL-88291044⟫ bij bol is terugbetaald (€⟪149,99⟫) maar staat na ⟪8⟫ dagen nog niet op mijn rekening`,
  ],
  [
    'nl',
    `Trein ⟪3541⟫ van ⟪17:42⟫ uitgevallen en nu ook de ov-chipkaart geweigerd: "saldo ontoereikend" terwijl er €⟪1.204,55⟫ op staat`,
  ],
  [
    'nl',
    `Kenmerk van de brief is ⟪7020 4411 9823 1056⟫ maar dat accepteert de website niet. Klachtnummer ⟪KL-20261204-0093⟫.`,
  ],
  [
    'nl',
    `Hypotheekrente ⟪3,89%⟫ bij jullie tegen ⟪3,61%⟫ elders. Bij €⟪320.000⟫ is dat ruim €⟪70⟫ per maand. Ik stap over.`,
  ],
  [
    'nl',
    `Pinautomaat in de ⟪Kalverstraat 92⟫ geeft biljetten van €⟪50⟫ niet meer, alleen ⟪20⟫ en ⟪10⟫. Sinds ⟪vrijdag⟫.`,
  ],
  [
    'nl',
    `Vlucht ⟪KL1342⟫ geannuleerd, KLM zegt terugbetaald op ⟪2-12⟫. Transactie ⟪ID 884201937⟫ niet te zien.`,
  ],
  ['nl', `Jaarcijfers ⟪2026⟫: Lotus Bank NL ⟪1,2 miljard⟫ winst, ⟪4.300⟫ banen weg. Mooi is dat.`],
  ['nl', `Storing om ⟪08:15⟫ weer, derde keer deze week. Foutmelding ⟪0x80070005⟫ op de desktop-app.`],
  // de
  ['de', `Dispozins ⟪13,75%⟫?! Bei ⟪1.200⟫ € Minus sind das über ⟪160⟫ € im Jahr. Wechsel zur Sparkasse.`],
  ['de', `App Version ⟪5.32.1⟫ (Build ⟪2026112801⟫) stürzt beim Öffnen ab. iOS ⟪18.2⟫, iPhone ⟪12⟫.`],
  ['de', `Sendungsnummer ⟪00340434161094042557⟫ – DHL sagt zugestellt, die neue Karte ist nicht da.`],
  [
    'de',
    `Filiale ⟪Königsallee 14⟫, ⟪40212⟫ Düsseldorf: Automat seit ⟪Montag⟫ außer Betrieb. Öffnungszeiten ⟪9–13 Uhr⟫ reichen nicht.`,
  ],
  [
    'de',
    `Überweisung vom ⟪02.12.2026⟫ über ⟪2.480,00⟫ EUR immer noch "in Bearbeitung". Auftragsnummer ⟪TRX-58830217⟫.`,
  ],
  ['de', `Flug ⟪LH 1722⟫ annulliert, Erstattung ⟪389,90⟫ € angekündigt für ⟪KW 49⟫. Nichts da.`],
  [
    'de',
    `Kundennummer? Nein danke. Vorgangsnummer ⟪4011 2736 9918 4420⟫ reicht ja wohl. Seit ⟪14⟫ Tagen keine Antwort.`,
  ],
  [
    'de',
    `Quartalszahlen ⟪Q3⟫: Lotus Bank Deutschland ⟪+8,2 %⟫ Ertrag, ⟪312 Mio.⟫ € Gewinn. Aktie ⟪24,18⟫ €.`,
  ],
  [
    'de',
    `Um ⟪22:40⟫ Uhr am ⟪5.12.⟫ eine Abbuchung von ⟪19,99⟫ € von "DIGITAL*SVCS", Rechnungsnr. ⟪R-2026-118733⟫. Kennt das wer?`,
  ],
  ['de', `Server ⟪10.0.14.2⟫ nicht erreichbar laut Fehlermeldung, Code ⟪ERR_5021⟫. Ist das bei euch?`],
  ['de', `Zinsen fürs Tagesgeld: ⟪2,1 %⟫ für ⟪3 Monate⟫, danach ⟪0,75 %⟫. Lockangebot.`],
  // fr
  [
    'fr',
    `Taux du livret passé à ⟪2,4 %⟫ au ⟪1er février⟫, sur ⟪22 950⟫ € ça fait une sacrée différence. Merci l'État.`,
  ],
  ['fr', `L'appli v⟪10.1.3⟫ plante depuis la mise à jour du ⟪03/12/2026⟫, iPhone ⟪14⟫ sous iOS ⟪18.1⟫.`],
  [
    'fr',
    `Colis n° ⟪6A24719038254⟫ livré selon La Poste, la carte n'est pas dans ma boîte. Code postal ⟪69003⟫.`,
  ],
  [
    'fr',
    `Prélèvement de ⟪1 480,00⟫ € le ⟪02/12⟫ pour le loyer, frais de rejet ⟪20⟫ €. Alors que le salaire était là à ⟪8h⟫.`,
  ],
  ['fr', `Vol ⟪AF 1148⟫ annulé, remboursement de ⟪612,35⟫ € promis sous ⟪7⟫ jours. On est à ⟪21⟫.`],
  ['fr', `Numéro de réclamation ⟪RC-2026-0448172⟫, envoyée le ⟪14 novembre⟫. Toujours rien.`],
  [
    'fr',
    `Agence du ⟪12 rue de la République⟫ fermée le samedi maintenant ?? Ouverte de ⟪9h30⟫ à ⟪12h30⟫ avant.`,
  ],
  ['fr', `Référence de l'opération : ⟪5021 8840 1937 2264⟫. Le conseiller dit qu'il ne la trouve pas.`],
  [
    'fr',
    `Résultats du ⟪T3⟫ : produit net bancaire ⟪+5,1 %⟫, ⟪1,4 Md⟫€ de bénéfice. Et toujours ⟪2⟫ € de frais de tenue de compte.`,
  ],
  ['fr', `Erreur ⟪500⟫ à ⟪7h42⟫, puis ⟪404⟫. Adresse ⟪172.16.0.1⟫ dans le message d'erreur, bizarre.`],
  ['fr', `Commande ⟪FR-4410983⟫ remboursée ⟪59,99⟫ € le ⟪29/11⟫, toujours pas crédité.`],
  // es
  [
    'es',
    `Han subido la comisión de mantenimiento a ⟪12⟫€ al mes desde el ⟪1 de enero⟫. ⟪144⟫€ al año por nada.`,
  ],
  ['es', `La app versión ⟪7.3.12⟫ se cierra sola en Android ⟪13⟫. Xiaomi Redmi Note ⟪12⟫.`],
  ['es', `Pedido ⟪408-8823491-2290417⟫ devuelto, reembolso de ⟪129,99⟫€ el ⟪30/11⟫, no aparece.`],
  [
    'es',
    `Vuelo ⟪IB3166⟫ cancelado y Iberia dice que devolvió ⟪342,80⟫€ hace ⟪15⟫ días. Localizador ⟪K7X2QP⟫.`,
  ],
  ['es', `La oficina ⟪0418⟫ de la calle Alcalá ⟪212⟫ cierra a las ⟪14:00⟫ ahora. Código postal ⟪28028⟫.`],
  ['es', `Hipoteca al ⟪3,25%⟫ TAE con un préstamo de ⟪180.000⟫€ a ⟪25⟫ años: cuota de ⟪877⟫€. ¿Es normal?`],
  ['es', `Número de seguimiento ⟪PQ4B8F0712837650128004X⟫ de Correos, la tarjeta no llega.`],
  ['es', `Referencia de la operación: ⟪9301 4472 0058 1136⟫. Me dicen en la oficina que no existe.`],
  ['es', `México: comisión de $⟪1,250.00⟫ MXN por disposición en cajero. Ticket ⟪TK-00918274⟫.`],
  ['es', `Resultados ⟪2026⟫: beneficio de ⟪2.140⟫ millones, ⟪+9,8%⟫. Y cierran ⟪120⟫ oficinas.`],
  ['es', `Error ⟪E-0042⟫ a las ⟪9:17⟫ al intentar hacer bizum de ⟪25⟫€.`],
  // ar
  ['ar', `رسوم التحويل الدولي صارت ⟪75⟫ ريال بدل ⟪35⟫، يعني زيادة ⟪114%⟫. حرام عليكم`],
  ['ar', `التطبيق الإصدار ⟪٤.٢.٧⟫ يقفل لحاله على الآيفون ⟪١٥⟫ من تحديث ⟪٢٠٢٦/١٢/٠٣⟫`],
  ['ar', `رقم الشحنة ⟪SMSA 290418833712⟫ والبطاقة ما وصلت من ⟪10⟫ أيام`],
  ['ar', `فرع رقم ⟪١١٨⟫ في شارع التحلية يقفل الساعة ⟪٢:٣٠⟫ ظهرا، مو منطقي`],
  ['ar', `تم خصم ⟪1,499.00⟫ درهم مرتين بتاريخ ⟪04/12/2026⟫، رقم العملية ⟪TRN80019274⟫`],
  ['ar', `رحلة ⟪SV١٠٢٤⟫ انلغت والاسترداد ⟪٢,٣١٠⟫ ريال ما وصل للحين`],
  ['ar', `رقم الشكوى ⟪CMP-4418270⟫ ومر عليها ⟪14⟫ يوم بدون رد`],
  ['ar', `الرقم المرجعي ⟪٧١٢٠ ٣٣٨٤ ٩٠٢١ ٥٥٦٣⟫ ما يطلع في النظام حسب كلام الموظف`],
  ['ar', `أرباح البنك في الربع الثالث ⟪3.2⟫ مليار ريال بزيادة ⟪11%⟫ وما زالت الرسوم مرتفعة`],
  ['ar', `الخدمة واقفة من الساعة ⟪٩:٤٠⟫ صباحا، رسالة الخطأ ⟪٥٠٢⟫`],
  ['ar', `قسط التمويل العقاري ⟪4,250⟫ ريال شهريا على ⟪20⟫ سنة بنسبة ⟪5.5%⟫، كثير ولا عادي؟`],
  // zh
  ['zh', `存款利率又降了，一年期⟪1.35%⟫，存⟪10⟫万一年才⟪1,350⟫元利息`],
  ['zh', `APP更新到⟪8.2.1⟫版本（build ⟪20261203⟫）后闪退，华为Mate ⟪60⟫，鸿蒙⟪4.2⟫`],
  ['zh', `快递单号⟪SF１４０８８２７３９０１５５⟫，新卡显示已签收但我根本没收到`],
  ['zh', `⟪12⟫月⟪5⟫日晚上⟪22:41⟫被扣了⟪199⟫元"会员费"，订单号⟪4200002281202612051847⟫，这是什么？`],
  ['zh', `网点⟪3⟫号窗口排了⟪90⟫分钟，前面还有⟪27⟫个号`],
  ['zh', `莲花银行前三季度净利润⟪４１２.６⟫亿元，同比增长⟪６.８%⟫`],
  ['zh', `航班⟪MU5137⟫取消，退款⟪1,860⟫元说⟪7⟫个工作日到账，现在第⟪12⟫天了`],
  ['zh', `投诉编号⟪TS20261128004471⟫，到现在没人回复`],
  ['zh', `转账⟪50,000⟫元手续费⟪25⟫元？其他银行都免费`],
  ['zh', `交易流水号⟪6029 1884 3307 1152⟫，客服说查不到这笔`],
  ['zh', `客服热线⟪95588⟫根本打不通，⟪8:30⟫打到⟪9:15⟫`],
]
