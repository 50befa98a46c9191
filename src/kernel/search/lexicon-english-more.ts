// More English words newcomers use (same format as lexicon-english.ts): everyday words for offices,
// papers, nuisances, family, housing, business, health and leisure, and the German terms they stand for.

export const englishLexiconMore = `
town hall, city hall, council > rathaus, stadt
foreigners office, immigration office, immigration authority, foreigners authority > ausländerbehörde, aufenthaltstitel
registration office, residents office, residents registration > bürgerbüro, anmeldung
register address, register my address, address registration, residence registration > anmeldung, anmelden, wohnsitz
certificate of registration, registration certificate > meldebescheinigung
self employed, self-employed, freelancer, freelancing, sole trader, sole proprietor, own business, side business > gewerbe, selbstständig, freiberuflich, nebengewerbe
street party, block party, street festival, neighbourhood party > straßenfest, fest, veranstaltung
work permit, work visa, permission to work, working visa > aufenthaltserlaubnis, aufenthaltstitel, erwerbstätigkeit
civil partnership, same-sex marriage, registered partnership > eheschließung, heirat
organise, organize, organising, organizing, host, hosting > veranstalten, organisieren
temporary, provisional, urgent, urgently, quick, quickly, emergency, asap, tomorrow > vorläufig, kurzfristig, sofort
phone, mobile, mobile phone, cell phone, cellphone, iphone > handy, smartphone
wallet, purse > geldbeutel, geldbörse
keys, key, bag, backpack > schlüssel, tasche, rucksack
replacement, duplicate, replace > ersatz, duplikat
expire, expires, expired, expiring, expiry, runs out, running out, ran out, out of date, no longer valid > abgelaufen, ablaufen, verlängern, ungültig
throw away, throw out, get rid of, dispose, dispose of, disposal, bin it, chuck out > entsorgen, entsorgung, wegwerfen
mattress, sofa, couch, wardrobe, bed frame, cupboard, table, chairs > sperrmüll, möbel
wife, husband, spouse, partner, family, children > ehepartner, ehegatte, familie
bring my wife, bring my husband, bring my family, bring my spouse, family reunion, family reunification, spouse visa, join my husband, join my wife > familiennachzug, aufenthaltserlaubnis
packaging, plastic, plastic waste, cans, yellow bag > verpackung, wertstoffe, wertstoffinsel
first, first time, new driver, learner, learner driver > erstmals, ersterteilung, fahrschule
overseas > ausländisch, ausland
pay, paying, payment > bezahlen, zahlen
instalments, installments, instalment, installment, payment plan > ratenzahlung
direct debit > lastschrift, sepa
reminder, dunning > mahnung
appeal, object, objection, dispute, contest, challenge > anfechten, einspruch, widerspruch
sell, sold, selling > verkaufen, abmelden, halterwechsel
buy, bought, buying, used car, second-hand car > kaufen, halterwechsel, umschreibung, gebrauchtwagen
short-term plate, temporary plate, transfer plate, export plate > kurzzeitkennzeichen, überführungskennzeichen
sticker, emissions sticker, environmental badge, green sticker > umweltplakette, feinstaubplakette
low emission zone, emission zone > umweltzone
gun, guns, firearm, firearms, weapon, weapons, rifle, shooting > waffe, waffenbesitzkarte, schusswaffe
hunting, hunter > jagd, jäger
music school, music lessons, instrument lessons, piano lessons, singing lessons > musikschule, musikunterricht
sports hall, gym, gymnasium, sports ground, sports field, pitch > turnhalle, sporthalle, sportplatz
after school care, after-school care, after school club, afternoon care, all-day school > hort, mittagsbetreuung, ganztagsbetreuung
holiday camp, summer camp, holiday care, school holidays > ferienbetreuung, ferienprogramm
food poisoning, spoiled food, rotten food > lebensmittelvergiftung, verdorbene lebensmittel
cockroaches, cockroach, rats, rat, mice, mouse, pests, vermin > ungeziefer
hygiene, unhygienic, dirty kitchen > hygiene, hygienemangel
animal cruelty, animal abuse, animal neglect, neglected animal, mistreated > tierquälerei, tierschutz
stink, stench, smells, fumes > gestank, geruch
branch, branches, fallen tree, dead tree > ast, baum, umgestürzt
sidewalk, pavement, footpath > gehweg
snow, ice, icy, gritting, grit, shovel snow > schnee, glatteis, streuen, räumen, winterdienst
barbecue, bbq, grill, grilling > grillen, grillplatz
green space, public park, city park > park, grünanlage
graffiti, playground, bench, park bench, traffic light, traffic lights, sign, road sign > mangel, anliegen, mängelmelder
deposit, security deposit > kaution
service charges, utility bill, utility costs, heating bill > nebenkosten, nebenkostenabrechnung
help with rent, help paying rent, pay rent, paying rent, cannot pay rent, can't afford rent, afford rent, rent too high, rent support > wohngeld, mietzuschuss, miete
book an appointment, make an appointment, book appointment, schedule an appointment, get an appointment > termin
rent index, rent table, rent level, local rent > mietspiegel, vergleichsmiete
tenant rights, tenancy law, tenancy, rental law, tenants association > mietrecht, mieterberatung, mietberatung
advice, help, support > beratung, hilfe
wheelchair > rollstuhl, behinderung
single parent, single mother, single father > alleinerziehend
child support, maintenance, alimony > unterhalt, unterhaltsvorschuss
custody, joint custody > sorgerecht, sorgeerklärung
paternity, father, acknowledge paternity > vaterschaft, vaterschaftsanerkennung
name change, change name, change my name, surname change > namensänderung, name ändern
gender, gender marker, gender entry, sex marker, non-binary > geschlecht, geschlechtseintrag
church tax > kirchensteuer, kirchenaustritt
archive, archives, genealogy, ancestors, family history, family tree > archiv, ahnenforschung, familienforschung
map, city map, maps, aerial photo > stadtplan, karte, luftbild
accessibility, accessible, screen reader > barrierefreiheit, barrierefrei
account, login, log in, sign in > konto, login, servicekonto
error, not working, does not work, doesn't work, bug, upload > fehler, funktioniert nicht, technisch
second home, holiday home, secondary residence > zweitwohnung, nebenwohnung, zweitwohnsitz
main residence, primary residence > hauptwohnsitz, wohnsitz
extension, loft conversion, attic conversion, conservatory, garage > anbau, dachausbau, bauantrag, baugenehmigung
listed building, heritage, historic building, monument > denkmalschutz, denkmal
development plan, zoning plan, land use plan, zoning > bebauungsplan, flächennutzungsplan
advertising sign, shop sign, billboard, neon sign, advertising > werbeanlage, werbeschild
well, geothermal, groundwater, heat pump > brunnen, erdwärme, grundwasser, wärmepumpe
sewer, sewage, drain, drainage > kanal, kanalisation, abwasser, entwässerung
driveway, dropped kerb, dropped curb, curb, kerb > gehwegüberfahrt, bordsteinabsenkung, einfahrt
house number > hausnummer
land value, property value, land price, property prices > bodenrichtwert, grundstückswert
contaminated land, contamination, soil pollution > altlasten, bodenverunreinigung
energy advice, energy saving, insulation, heating, renovation > energieberatung, energie, dämmung, heizung, sanierung
plug-in solar, balcony solar, balcony power plant > balkonkraftwerk, steckersolar
arts, culture, theatre, artist, artists > kunst, kultur, theater, künstler
studio, artist studio > atelier
restaurant, pub, cafe, café > gaststätte, restaurant, gastronomie
alcohol, serve alcohol, liquor licence, liquor license, alcohol licence > ausschank, alkohol, schankerlaubnis
outdoor seating, terrace, beer garden, sidewalk cafe, pavement cafe > freischankfläche, außengastronomie
door to door, door-to-door, peddler, hawker, travelling salesman > reisegewerbe, haustürverkauf
estate agent, real estate agent, realtor, property manager, broker > makler, immobilienmakler
office space, commercial space, workshop, commercial property > gewerbefläche, büro, werkstatt
start a business, starting a business, business founder, business plan > existenzgründung, gründung, gründen
health certificate, food handler, hygiene instruction, food hygiene certificate > gesundheitszeugnis, infektionsschutzbelehrung
medical examination, medical certificate, medical report > untersuchung, amtsarzt, gutachten
naturopath, alternative practitioner > heilpraktiker
election worker, poll worker, polling station volunteer > wahlhelfer
volunteer, volunteering > ehrenamt, mitmachen
participation, have a say, public consultation, survey > beteiligung, bürgerbeteiligung, mitreden
district committee, local council > bezirksausschuss
residents meeting, residents assembly, town meeting > bürgerversammlung
freedom of information, information request, foi > informationsfreiheit, akteneinsicht
life certificate, proof of life > lebensbescheinigung
landlord confirmation, landlord certificate, move-in confirmation > wohnungsgeberbestätigung
stalker, stalking, hide my address, address block > stalking, auskunftssperre, adressschutz
find address, find someone, locate person > adressermittlung, melderegisterauskunft, personensuche
`;
