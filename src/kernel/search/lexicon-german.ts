// General knowledge of how people name public-administration things in German: colloquial words,
// synonyms and the formal terms they stand for. Written as domain knowledge, for any city's catalogue.
//
// One entry per line. "a, b, c" is a ring: each word stands for the others. "a, b > c, d": a and b (what
// people say) stand for c and d (what the administration writes), not the other way round. A leading "~"
// marks a loose relation that counts less. Multi-word entries match consecutive words of the query.

export const germanLexicon = `
# documents and identity
perso, persos, personalausweis, id-karte, ausweiskarte, identitätskarte
perso > ausweis
reisepass, pass, reisepässe, ePass
lappen, grauer lappen, rosa lappen > führerschein
führerschein, fahrerlaubnis, führerscheinkarte, fahrerlaubnisse
pin, geheimzahl, puk, transport-pin > pin-brief, online-ausweis, eid
kinderpass, kinderausweis, kinderreisepass
führungszeugnis, strafregister, vorstrafen, leumundszeugnis, polizeiliches führungszeugnis
beglaubigen, beglaubigung, beglaubigt, amtliche kopie, abschrift
~ kopie, kopien, abschrift
~ urkunde, bescheinigung, nachweis, bestätigung, zertifikat
geburtsurkunde, abstammungsurkunde
nachname, familienname, vorname, name, namen
trans, transgender, nichtbinär, divers, geschlecht, geschlechtseintrag

# registration and moving
umzug, umziehen, umgezogen, ziehe um, zieht um, umzugs
gezogen, ziehe, ziehen, hergezogen, hingezogen > umzug, zuzug
zugezogen, zuziehen, zuzug, neu hier, hergezogen > anmeldung, anmelden, zuzug
wegziehen, weggezogen, wegzug, auswandern, ausgewandert, auswanderung > abmelden, abmeldung, wegzug
einziehen, eingezogen, einzug > anmelden, einzug
~ wohnung, wohnsitz, adresse, anschrift, wohnort, meldeadresse, zuhause
ummelden, ummeldung, adressänderung, adresse ändern, neue adresse
zweitwohnung, zweitwohnsitz, nebenwohnung, nebenwohnsitz, zweiter wohnsitz
vermieter, vermieterin, wohnungsgeber, hausverwaltung, hausbesitzer, eigentümer
vermieter, vermieterin, hausverwaltung > mietrecht, mieterberatung
vermieterbestätigung, vermieterbescheinigung, einzugsbestätigung > wohnungsgeberbestätigung
mieter, mieterin, mieterinnen, mietwohnung
kaution, mietkaution
nebenkosten, nebenkostenabrechnung, betriebskosten, betriebskostenabrechnung, heizkostenabrechnung > nebenkostenabrechnung, mietrecht, mieterberatung
~ miete, mietzins, mietpreis
mieterhöhung, miete erhöht, miete zu hoch, mietsteigerung > mieterhöhung, mietspiegel, mietberatung
kündigung, gekündigt, rauswurf, rausgeworfen, räumung, zwangsräumung, eigenbedarf > räumungsklage, wohnungslosigkeit, mietrecht
obdachlos, obdachlosigkeit, wohnungslos, wohnungslosigkeit, auf der straße, keine wohnung, notunterkunft
leerstehend, leer stehend, steht leer, unbewohnt, unbenutzt, verwaist, verlassen > leerstand, leer
ferienwohnung, airbnb, kurzzeitvermietung, ferienvermietung, untervermietung
sozialwohnung, wohnberechtigungsschein, wbs, geförderte wohnung, sozialbau
mietzuschuss, mietbeihilfe, wohngeld, zuschuss zur miete

# family, birth, marriage, death
baby, neugeborenes, säugling, nachwuchs, kind bekommen, entbindung, entbunden > geburt
geburt, geboren, niederkunft
trauschein, heiratsurkunde, eheurkunde, heiratsnachweis
heiraten, heirat, hochzeit, eheschließung, trauung, vermählung, standesamtlich, ehe, verheiratet, ja-wort
scheidung, geschieden, getrennt, trennung
tod, todesfall, gestorben, verstorben, sterben, sterbefall, ableben, tot, verstorbene, verstorbener
beerdigung, bestattung, beisetzung, begräbnis, trauerfeier, bestatter, einäscherung
grab, grabstelle, grabstätte, friedhof, urnengrab
oma, opa, großmutter, großvater, mama, papa, verwandte > angehörige, angehöriger
alleinerziehend, alleinerziehende, alleinerziehender
unterhalt, alimente, unterhaltszahlung, kindesunterhalt
sorgerecht, sorge, gemeinsames sorgerecht
schwanger, schwangerschaft, schwangere, kind erwarten
rente, rentner, rentnerin, altersrente, ruhestand, pension, senioren, senior
kita, kindertagesstätte, krippe, kinderkrippe, kindergarten, kinderbetreuung, betreuungsplatz
tagesmutter, tagesvater, tagespflege, kindertagespflege
babysitter, babysitterin, kinderfrau, nanny > tagesmutter, kindertagespflege
hort, mittagsbetreuung, nachmittagsbetreuung, ganztag, ganztagsbetreuung, ganztagsschule
einschulung, schuleinschreibung, schulanmeldung, schulanfang, erstklässler, schulanfänger, abc-schütze
schulranzen, schulsachen, schulbedarf, klassenfahrt, schulausflug, nachhilfe > teilhabe, bildungspaket, schulbedarf
schulweg, schulbus, schülerticket, schülerfahrkarte, schülerbeförderung

# money and social help
hartz, hartz 4, hartz iv, alg 2, alg ii, arbeitslosengeld 2 > bürgergeld, jobcenter
stütze, stütze vom amt, sozialleistung, sozialleistungen > bürgergeld, sozialhilfe, grundsicherung
arbeitslos, arbeitslosigkeit, job verloren, jobverlust, ohne arbeit, keine arbeit > bürgergeld, jobcenter, arbeitslosengeld
~ zuschuss, zuschüsse, förderung, fördergeld, beihilfe, unterstützung, finanzielle hilfe, subvention, geld
~ ermäßigung, rabatt, vergünstigung, ermäßigt, günstiger
armut, wenig geld, geringes einkommen, kein geld, pleite > einkommen, sozialhilfe, lebensunterhalt
zu wenig rente, kleine rente > grundsicherung, altersarmut
pflege, pflegeheim, altenheim, seniorenheim, pflegebedürftig, pflegedienst, altenpflege, pflegeplatz
behindert, behinderung, schwerbehindert, schwerbehinderung, handicap, rollstuhl, rollstuhlfahrer, gehbehindert
behindertenparkplatz, behindertenparken, rollstuhlparkplatz > behindertenparkausweis, parkerleichterung, behinderung

# vehicles and traffic
auto, autos, kfz, pkw, wagen, fahrzeug, fahrzeuge, kraftfahrzeug, karre, kiste
motorrad, moped, roller, kraftrad, mofa > fahrzeug, kfz
gebrauchtwagen, gebrauchtes auto, auto gekauft > fahrzeug, halterwechsel, umschreibung
neuwagen, neues auto > fahrzeug, neuzulassung
stilllegen, stilllegung > außerbetriebsetzung, abmelden, stilllegung
verschrotten, verschrottung, schrottauto > abmelden, außerbetriebsetzung, stilllegung
kennzeichen, nummernschild, autokennzeichen, kfz-kennzeichen, autonummer
fahrzeugschein, fahrzeugbrief, zulassungsbescheinigung, fahrzeugpapiere, kfz-schein, kfz-brief
knöllchen, knolle, strafzettel, strafzettl, protokoll, parkknöllchen > verwarnungsgeld, parkverstoß
falschparken, falschparker, falsch geparkt, parksünder, abgeschleppt, parkkralle, abschleppen > parkverstoß, verwarnungsgeld
blitzer, geblitzt, radarfalle, zu schnell > bußgeld, verwarnungsgeld
bußgeld, bußgeldbescheid, verwarnungsgeld, verwarnung
parken, parkplatz, stellplatz, parkfläche, parklücke
anwohnerparken, anwohnerparkausweis, parklizenz, parkausweis > bewohnerparkausweis, bewohnerparken
anwohner, bewohner, anlieger
halteverbot, parkverbot, halteverbotszone, halteverbotsschild, parkverbotsschild, absperren
umzugswagen, möbelwagen, umzugslaster, umzugstransporter
lkw, laster, lastwagen, transporter, lieferwagen > fahrzeug, kfz
fußgängerzone, innenstadt, altstadt, fußgängerbereich
bordstein, bordsteinkante, randstein, bordsteinabsenkung
feinstaubplakette, umweltplakette, plakette, grüne plakette
überführung, überführungskennzeichen, kurzzeitkennzeichen, rotes kennzeichen
taxi, taxischein, taxifahrer, uber, chauffeur, fahrdienst, personenbeförderung
fahrrad, rad, radl, velo, bike, fahrräder
radweg, fahrradweg, radlweg
`;
