// More general German public-administration vocabulary (continued from lexicon-german.ts, same format):
// waste, streets, neighbours, business, migration, building, health, culture and online services.

export const germanLexiconMore = `
# waste
müll, abfall, abfälle, dreck, unrat
tonne, tonnen, mülltonne, abfalltonne, mülleimer, behälter
biomüll, bioabfall, bioabfälle, biotonne
küchenabfälle, speisereste, essensreste, lebensmittelreste, essensabfälle, obstschalen, kompost, braune tonne > biomüll, bioabfall, biotonne
restmüll, restmülltonne, graue tonne, schwarze tonne, hausmüll
altpapier, papiertonne, blaue tonne, pappe, karton, kartons
sofa, couch, schrank, matratze, möbel, möbelstück, kommode, regal, sessel, bettgestell, teppich > sperrmüll
kühlschrank, waschmaschine, fernseher, tv, computer, laptop, drucker, herd, spülmaschine, geschirrspüler, trockner, mikrowelle, elektrogerät, elektrogeräte > elektroschrott, elektroaltgeräte
sondermüll, problemabfall, problemabfälle, schadstoffe, giftmüll
chemikalien, farbe, farben, farbreste, lack, lacke, batterien, batterie, akku, akkus, altöl, energiesparlampe, leuchtstoffröhre > problemabfall, sondermüll, schadstoffe
gartenabfall, gartenabfälle, grüngut, grünschnitt, strauchschnitt, baumschnitt, gartenmüll
laub, blätter, rasenschnitt, christbaum, weihnachtsbaum, tannenbaum, heckenschnitt > gartenabfall, grüngut
wertstoffhof, recyclinghof, müllplatz, deponie, recycling, schrottplatz
müllabfuhr, abholung, leerung, abfuhr, abgeholt, geleert, abholtermin, abfuhrtermin
wilder müll, illegaler müll, abgeladen, ablagerung, vermüllt, müllberg, abgestellt > müllablagerung, wilder müll
glascontainer, altglas, flaschen, containerplatz, wertstoffinsel
entsorgen, entsorgung, wegwerfen, wegschmeißen, loswerden, wohin mit, beseitigen

# streets, public space, damage
schlagloch, schlaglöcher, straßenschaden, straßenschäden, belagschaden
loch, löcher, riss, risse > schlagloch, straßenschaden
gehweg, bürgersteig, trottoir, fußweg, gehsteig
graffiti, schmiererei, spielplatz, spielgerät, ampel, verkehrsschild, straßenschild, schild, brunnen, autowrack, schrottauto, fahrradleiche, ohne nummernschild, ohne kennzeichen > mangel, mängelmelder, anliegen
~ kaputt, kaputte, kaputter, defekt, defekte, beschädigt, schaden, zerstört, funktioniert nicht, geht nicht, mangel, mängel, demoliert
straßenlaterne, laterne, straßenlampe, straßenbeleuchtung, beleuchtung, lampe, licht aus
ast, äste, zweig, zweige > baum
umgestürzt, umgefallen, abgebrochen, morsch
schnee, glätte, glatteis, vereist, eisglätte, eis, winterdienst, streuen, räumen, schneeräumen, schnee schippen
baustelle, bauarbeiten, aufgrabung, aufgraben, graben
grillen, grill, bbq, barbecue, grillplatz, grillzone
grünanlage, grünfläche, parkanlage

# neighbours and nuisance
lärm, laut, lauter, krach, ruhestörung, lärmbelästigung, lärmbeschwerde, zu laut
laubbläser, rasenmäher, presslufthammer, bellen, bellt, bellender hund, hundegebell, dröhnt > lärm, ruhestörung
nervt, stört, belästigt, belästigung > belästigung, beschwerde
gestank, geruch, stinkt, gerüche, rauch, qualm, abgase, ruß, geruchsbelästigung
nachbar, nachbarn, nachbarin, nebenan
tierquälerei, gequält, quälen, misshandelt, vernachlässigt, tierschutz
hund, hunde, welpe, welpen, hündin
kampfhund, kampfhunde, listenhund, gefährlicher hund, pitbull, pit bull, pit-bull, staffordshire, staffordshire terrier, american staffordshire, amstaff, bullterrier, bull terrier, rottweiler, tosa, tosa inu, bandog, mastiff, bullmastiff, dogo argentino, cane corso, fila brasileiro, dogue de bordeaux, mastino > kampfhund, listenhund
ungeziefer, kakerlaken, kakerlake, schaben, ratten, ratte, mäuse, maus > ungeziefer, hygiene
schimmel, feuchtigkeit, feuchte wand, mietmangel, wohnungsmangel, heizung kaputt > mietrecht, mieterberatung, mangel
terrasse vor dem lokal, draußen sitzen, außenbereich, tische draußen > freischankfläche, außengastronomie
restaurant, gaststätte, kneipe, wirtschaft, wirtshaus, lokal, bar, café, cafe, bistro, imbiss, gastronomie, gastro, biergarten
ausschank, ausschenken, alkohol, bier, getränke, getränkeverkauf
fest, feier, party, event, veranstaltung, festival, konzert, geburtstagsfeier, jubiläum, sommerfest, straßenfest, vereinsfest, kirchweih, kirta, stadtteilfest, hoffest, dorffest
demo, demonstration, kundgebung, protest, versammlung, mahnwache, protestieren, demonstrieren
feuerwerk, böller, raketen, pyrotechnik, knaller, silvesterknaller
plakat, plakate, poster, aushang, werbeplakat, plakatieren, plakatwerbung
straßenmusik, straßenmusiker, musizieren, straßenkünstler, gitarre spielen
markt, wochenmarkt, bauernmarkt, viktualienmarkt, marktstand, markthändler
weihnachtsmarkt, christkindlmarkt, adventsmarkt, dult
wiesn, oktoberfest

# work and business
gewerbe, firma, unternehmen, betrieb, geschäft, laden, selbstständig, selbständig, selbstständigkeit, startup, start-up, existenzgründung, gründen, gründung, freiberuflich, kleingewerbe, nebengewerbe
schließen, aufgeben, aufhören, auflösen, dichtmachen, zumachen > abmelden, aufgeben, schließen
eröffnen, aufmachen, starten, beginnen > eröffnen, gründen, anmelden
makler, immobilienmakler, maklerin
haustürgeschäft, haustürverkauf, hausierer, von tür zu tür > reisegewerbe, reisegewerbekarte
foodtruck, imbisswagen, verkaufswagen, verkaufsstand > reisegewerbe, verkaufsstand, sondernutzung
büro, büroräume, werkstatt, gewerberaum, gewerbefläche, ladenfläche, halle

# migration
einbürgerung, einbürgern, eingebürgert, staatsbürgerschaft, staatsangehörigkeit, deutscher pass, deutscher werden, deutsche staatsangehörigkeit
visum, visa, aufenthaltstitel, aufenthaltserlaubnis, aufenthaltsgenehmigung, eat, aufenthalt
niederlassungserlaubnis, daueraufenthalt, unbefristet, unbefristeter aufenthalt
ausländerbehörde, ausländeramt, migration, zuwanderung > aufenthaltstitel, aufenthalt
deutschkurs, sprachkurs, integrationskurs, deutsch lernen
diplom, abschluss, studienabschluss, ausbildung, berufsabschluss > abschluss, berufsabschluss
einladung, einladen, besuch, besucher, verwandtenbesuch > verpflichtungserklärung, einladung, besuch
abgelaufen, ablaufen, läuft ab, ungültig, verlängern, verlängerung, erneuern, erneuerung

# building and property
garage, carport, anbau, umbau, ausbau, dachausbau, aufstockung, wintergarten, gartenhaus, terrasse, balkon anbauen > bauantrag, baugenehmigung
bauen, bau, bauantrag, baugenehmigung, neubau, hausbau, haus bauen
fällen, baumfällung, roden, umhauen, absägen, abholzen
denkmal, denkmalschutz, denkmalgeschützt, baudenkmal
grundstück, bauland, flurstück, grund
grundstückspreis, grundstückspreise, bodenpreis, bodenrichtwert, immobilienpreis, grundstückswert, immobilienwert
solar, photovoltaik, pv, solaranlage, solarpanel, solarmodul, balkonkraftwerk, steckersolar, solarstrom
heizung, wärmepumpe, heizungstausch, dämmung, sanierung, sanieren, energie, energiesparen
abwasser, kanal, kanalisation, kanalanschluss, entwässerung
brunnen, grundwasser, erdwärme
stadtplan, karte, landkarte, lageplan, stadtkarte

# taxes and payments
steuer, steuern, abgabe, abgaben
versteuern, besteuert, besteuerung, steuerpflichtig > steuer
raten, ratenzahlung, abstottern, stundung, zahlungsaufschub, später zahlen, nicht zahlen können
lastschrift, abbuchung, bankeinzug, einzugsermächtigung, sepa
mahnung, zahlungserinnerung, gemahnt
~ ärger, streit, konflikt, zoff > beratung, beschwerde

# health
impfung, impfen, impfpass, spritze, geimpft
amtsarzt, untersuchung, attest, gutachten, ärztlich, amtsärztlich
hiv, aids, sti, geschlechtskrankheit, geschlechtskrankheiten, syphilis, chlamydien, tripper
gesundheitszeugnis, rote karte, hygienebelehrung, belehrung

# culture, leisure, church, elections
bibliothek, bücherei, stadtbibliothek, onleihe, bibliotheksausweis, büchereiausweis
ebook, ebooks, e-book, e-books, hörbuch, hörbücher, buch, bücher, medien, ausleihen, leihen > bücher, onleihe, ausleihen, bibliothek
musikschule, musikunterricht
instrument, klavier, gitarre, geige, singen, gesang, gitarrenunterricht, klavierunterricht > musikschule, musikunterricht
sport, turnhalle, sporthalle, sportplatz, verein, sportverein
kleingarten, schrebergarten, parzelle, gemüsegarten, garten pachten
kunst, künstler, künstlerin, kultur, kulturprojekt, kunstprojekt
archiv, ahnenforschung, stammbaum, familienforschung, vorfahren
kirchenaustritt, austreten, austritt
katholisch, evangelisch, kirchensteuer > kirche, kirchenaustritt
wahl, wählen, briefwahl, wahlschein, wahlzettel, stimmzettel, abstimmen, wahlunterlagen
fischen, angeln, angler, angelschein, fischereischein
waffe, waffen, waffenschein, waffenbesitzkarte, schusswaffe, jäger, jagd

# online and general
online, internet, digital, web, webseite, website, homepage, portal
konto, account, login, nutzerkonto, servicekonto, bundid, bayernid, anmelden online
barrierefrei, barrierefreiheit, screenreader, blind, sehbehindert
fehler, funktioniert nicht, klappt nicht, geht nicht, störung, support, technisch
verloren, verlust, verlegt, abhanden, vermisst, vermisse, weg
gestohlen, geklaut, diebstahl, entwendet, geraubt, beklaut
gefunden, fund, fundsache, fundbüro, fundstück
schlüssel, schlüsselbund, handy, smartphone, geldbeutel, portemonnaie, geldbörse, brieftasche, tasche, rucksack > fundsache, verloren
genehmigung, erlaubnis, bewilligung, gestattung, lizenz, konzession
~ melden, meldung, anzeigen, anzeige, hinweis, beschwerde, beschweren, reklamieren, mitteilen
~ ändern, änderung, umschreiben, wechseln, korrigieren, berichtigen
umtausch, umtauschen, tauschen, umschreiben, umschreibung
~ ausland, ausländisch, international, im ausland
`;
