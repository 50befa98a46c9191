// Everyday German and the administration's words for the same things (same format as lexicon-german.ts):
// offices by their common names, colloquial words and short forms, life events said as people say them,
// urgency, and countries as "abroad". General language only — never a particular query or service.

export const germanLexiconEveryday = `
# offices as people name them: the word says what they want done there
einwohnermeldeamt, meldeamt, meldestelle, bürgeramt, bürgerbüro, kvr, kreisverwaltungsreferat > bürgerbüro, melden, anmeldung
zulassungsstelle, zulassungsamt, kfz-stelle, kfz-zulassungsstelle, straßenverkehrsamt > zulassung, fahrzeug, kfz
führerscheinstelle, fahrerlaubnisbehörde > führerschein, fahrerlaubnis
ausländerbehörde, ausländeramt, kva, migrationsamt, einwanderungsbehörde > aufenthaltstitel, aufenthalt, ausländerbehörde
arbeitsamt, arbeitsagentur, agentur für arbeit > jobcenter, arbeitslosengeld, bürgergeld
~ finanzamt > steuer
bauamt, bauaufsicht, lokalbaukommission, lbk, baubehörde > baugenehmigung, bau, bauantrag
~ ordnungsamt > kvr, verstoß, melden
gesundheitsamt > gesundheitsreferat, gesundheit
müllabfuhr, awm, abfallwirtschaft, stadtreinigung > abfall, müll, abfuhr

# papers and what they are called officially
meldezettel, meldebestätigung, meldenachweis, wohnsitznachweis, wohnsitzbestätigung > meldebescheinigung
~ zettel, wisch, schrieb, schreiben, brief > bescheinigung, schreiben, bescheid
notpass, notreisepass, ersatzpass, reiseausweis als ersatz > vorläufig, reisepass, notreisepass
notausweis, ersatzausweis, übergangsausweis, behelfsausweis > vorläufig, personalausweis, ersatzausweis
~ dringend, eilig, eilt, kurzfristig, schnell, notfall, sofort, last minute, auf die schnelle, nächste woche, übermorgen, in wenigen tagen > vorläufig, kurzfristig, sofort, express
~ flug, flieg, fliege, fliegen, flughafen, urlaub, reise, verreisen, reisen > reise, reisepass, ausland
duplikat, zweitschrift, neuausstellung, ersatz > ersatz, duplikat
erstmals, erstmalig, zum ersten mal, erster, erste, erstes, neu machen > erstmals, ersterteilung
~ kopie, kopien, abschrift, zweitschrift > bestellen, anfordern, beglaubigung

eingetragene partnerschaft, lebenspartnerschaft, gleichgeschlechtliche ehe, ehe für alle, homoehe, verpartnerung > eheschließung, heirat, ehe
arbeitserlaubnis, arbeitsgenehmigung, arbeitsvisum, erlaubnis zu arbeiten, arbeiten in deutschland > aufenthaltserlaubnis, aufenthaltstitel, erwerbstätigkeit
~ vormerken, vormerkung, einschreiben, einschreibung, registrieren, registrierung, eintragen, eintragung > anmelden, anmeldung, vormerken, registrieren
~ anmelden, anmeldung > vormerken, einschreibung, registrieren
urne, urnen > urnengrab, urnenbestattung
mpu, idiotentest > führerschein, fahrerlaubnis

# money and paying
~ kohle, knete, kies, zaster, kröten, moneten, moos, penunzen > geld
~ zahlen, bezahlen, begleichen, überweisen, blechen, abdrücken > zahlen, bezahlen
~ einspruch, widerspruch, anfechten, wehren, widersprechen, einspruch einlegen, nicht einverstanden > anfechten, einspruch, widerspruch
zu teuer, kann nicht zahlen, kann mir nicht leisten, nicht leisten > ermäßigung, zuschuss, ratenzahlung
~ essen, nahrung, lebensmittel > lebensmittel, lebensunterhalt

~ strafe, geldstrafe, strafzahlung, bußgeld > bußgeld, verwarnungsgeld
parkschein, parkticket, parkuhr, parkautomat, parkgebühr > parken, parkverstoß
parkplatz reservieren, parkplätze reservieren, parkplatz freihalten, parkplatz absperren, straße absperren, parkplatz für umzug > halteverbot, halteverbotszone
aufreißen, aufgerissen, aufbrechen, aufbruch, straße öffnen > aufgrabung, straßenaufbruch
chip, ausweischip, online-funktion, onlinefunktion, nfc > online-ausweis, eid, onlineausweisfunktion
späti, spätkauf, kiosk, friseursalon, nagelstudio, tattoostudio, onlineshop, online-shop, boutique, handwerksbetrieb > gewerbe, geschäft, laden

# things, stuff, clearing out
gelber sack, gelbe säcke, gelbe tonne, verpackung, verpackungen, verpackungsmüll, plastikmüll, plastik, dosen, joghurtbecher, tetrapak > wertstoffe, wertstoffinsel, wertstoffhof
schrottrad, schrottfahrrad, herrenloses fahrrad, altes fahrrad, fahrradwrack, schrottauto > fahrradleiche, mangel, anliegen
~ abstellen, hinstellen, stehen lassen > parken, stellfläche, abstellen
~ kram, zeug, krempel, gerümpel, plunder, sachen, ramsch > sperrmüll, gegenstände
entrümpeln, entrümpelung, ausmisten, haushaltsauflösung, wohnungsauflösung, keller ausräumen > sperrmüll, entsorgen
glotze, flimmerkiste, fernsehgerät, röhrenfernseher > fernseher, elektroschrott
spenden, verschenken, abgeben statt wegwerfen, gebraucht abgeben > spenden, sachspenden, gebrauchtwaren
klamotten, kleidung, anziehsachen > kleidung, sachspenden

# vehicles, colloquial
moped, mopped, vespa, roller, motorroller, scooter, töff > motorrad, kraftrad, fahrzeug, kfz
schlitten, kiste, karre, rostlaube, klapperkiste, kutsche > auto, fahrzeug
~ verkauft, verkaufen, verkaufe > abmelden, halterwechsel
~ gekauft, kaufen, kaufe, erworben, übernommen > halterwechsel, umschreibung, erwerben
nummer, autonummer, nummernschild, schild am auto > kennzeichen

# life events, said as people say them
papa, papi, vati, paps > vater
mama, mami, mutti > mutter
vater zahlt nicht, papa zahlt nicht, zahlt keinen unterhalt, zahlt nicht für das kind, kein unterhalt, unterhalt fehlt, unterhalt kommt nicht, ex zahlt nicht > unterhalt, unterhaltsvorschuss
frau nachholen, mann nachholen, familie nachholen, ehepartner nachholen, kinder nachholen, familie herholen, nachzug > familiennachzug, aufenthaltserlaubnis
ziehe nach münchen, nach münchen ziehen, nach münchen gezogen, nach münchen gekommen, nach münchen kommen, komme nach münchen, neu in münchen, neu in der stadt, neu in deutschland, nach deutschland gekommen, nach deutschland gezogen, in deutschland angekommen, angekommen, hergekommen, hierher gezogen > anmelden, anmeldung, zuzug
ziehe weg, ziehe zurück, gehe zurück, zurückziehen, zurück in die heimat, ins ausland ziehen, ziehe ins ausland, gehe ins ausland, ins ausland gehen, verlasse deutschland, deutschland verlassen, für immer weg > wegzug, abmelden, abmeldung, ausland
innerhalb umziehen, innerhalb der stadt, in der stadt umgezogen, neue wohnung in münchen, andere wohnung > ummelden, ummeldung, umzug
kind bekommen, kind kriegen, baby bekommen, baby kriegen, kind ist da, baby ist da, nachwuchs bekommen, eltern geworden, vater geworden, mutter geworden > geburt, geburtsurkunde
gestorben ist, ist gestorben, verstorben ist, ist tot, ums leben gekommen, nicht mehr da > sterbefall, tod, bestattung
heiraten wollen, wollen heiraten, heiraten möchten, sich trauen, ja sagen, vor den traualtar > heiraten, eheschließung
selbstständig machen, mache mich selbstständig, eigene firma, eigenes geschäft, eigener laden > gewerbe, gründen, existenzgründung
~ rente, in rente, rentner werden, ruhestand > rente, senioren

mieterrechte, mietrecht, rechte als mieter, rechte mieter, meine rechte mieter > mietrecht, mietberatung, mieterberatung

# address privacy and finding people: the administration's terms
adresse geheim, adresse geheim halten, adresse verbergen, adresse schützen, adresse sperren, adresse nicht rausgeben, adresse nicht weitergeben, daten nicht weitergeben, nicht gefunden werden > auskunftssperre, adressschutz, übermittlungssperre
~ rausgeben, herausgeben, weitergeben, preisgeben, weitergabe > weitergabe, auskunft, übermittlung
rausfinden, herausfinden, ausfindig machen, aufspüren, suchen nach > herausfinden, ermitteln, suche
stalker, stalking, gestalkt, verfolgt, bedroht > stalking, auskunftssperre, schutz

# abroad: countries and regions stand for "Ausland" (a loose hint, the country itself may matter too)
~ türkei, syrien, ukraine, russland, polen, rumänien, bulgarien, kroatien, serbien, bosnien, kosovo, albanien, griechenland, italien, spanien, portugal, frankreich, niederlande, holland, belgien, dänemark, schweden, norwegen, finnland, england, großbritannien, irland, schottland, österreich, schweiz, tschechien, ungarn, usa, amerika, vereinigte staaten, kanada, mexiko, brasilien, argentinien, indien, pakistan, china, japan, korea, vietnam, thailand, australien, afghanistan, iran, irak, ägypten, marokko, tunesien, nigeria, afrika, asien, südamerika, eu, ausland > ausland, ausländisch
`;
