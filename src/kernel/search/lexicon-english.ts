// English words newcomers use, and the German administrative terms they stand for. Matched besides the
// catalogue's own English names and summaries, which are short and do not use every word people try.
// Format: "english words or phrases > german terms", one line each, as in lexicon-german.ts.

export const englishLexicon = `
id, id card, identity card, identity document, national id > personalausweis, ausweis
passport, passports > reisepass, pass
driving licence, driving license, driver license, drivers license, driver's license, licence, license > führerschein, fahrerlaubnis
licence, license, permit, permission, approval, authorisation, authorization > erlaubnis, genehmigung
register, registration, registering, enrol, enroll, enrolment, enrollment, sign up > anmelden, anmeldung, vormerken, register, enrol
deregister, deregistration, unregister, de-register, cancel registration > abmelden, abmeldung
address, residence, home, flat, apartment > wohnsitz, wohnung, adresse
change of address, new address, moved within > ummelden, ummeldung, adressänderung
move, moving, moved, relocate, relocation, move house > umzug, zuzug
abroad, leaving germany, leave germany, out of germany, foreign country > ausland, wegzug
foreign > ausländisch, ausland
international > international
car, cars, vehicle, automobile, motorbike, motorcycle > auto, fahrzeug, kfz
number plate, license plate, licence plate, registration plate, plate > kennzeichen
personalised, personalized, custom > wunschkennzeichen, wunsch
scrap, scrapping > verschrotten, abmelden
parking > parken
parking ticket, parking fine, fine, ticket > verwarnungsgeld, strafzettel, bußgeld
resident, residents > bewohner, anwohner
dog, dogs, puppy > hund
dog license, dog licence, dog registration, dog tag > hundesteuer, hundemarke
tax, taxes > steuer
business, company, trade, self-employed, freelance, startup, shop > gewerbe, firma, betrieb
birth, born, newborn, baby > geburt
certificate, certification > urkunde, bescheinigung, zeugnis
birth certificate > geburtsurkunde
marriage certificate, wedding certificate > heiratsurkunde, eheurkunde
spot, place, slot > platz
marriage, married, marry, wedding, get married > heirat, heiraten, eheschließung, trauung, hochzeit
registry office, register office > standesamt
death, died, dead, deceased, passed away > tod, sterbefall, todesfall
funeral, burial, cremation > bestattung, beerdigung
grave, cemetery > grab, friedhof
child, children, kid, kids, son, daughter > kind, kinder
childcare, daycare, day care, nursery, creche, crèche, kindergarten, preschool > kita, kinderbetreuung, krippe, kindergarten
childminder, nanny > tagesmutter, tagespflege
school, primary school > schule, grundschule
child benefit > kindergeld
parental allowance, parental benefit, parental leave > elterngeld
housing benefit, rent subsidy > wohngeld
benefit, benefits, allowance, subsidy, grant, funding > zuschuss, förderung, geld
unemployment, unemployed, jobseeker, jobless > bürgergeld, jobcenter, arbeitslosengeld
social welfare, welfare, social assistance, social security > sozialhilfe, sozialamt
advice, advise, counselling, counseling, consultation > beratung
rent increase > mieterhöhung
waste, rubbish, garbage, trash, refuse > müll, abfall
bulky waste, furniture > sperrmüll, möbel
collection, pickup, pick up > abholung, abfuhr
recycling, recycling centre, recycling center > wertstoffhof, recycling
bin, bins > tonne, mülltonne
organic, compost > bio, biotonne
hazardous, toxic, chemicals > problemabfall, sondermüll, schadstoffe
electronic, electrical, appliance, appliances, fridge, refrigerator > elektroschrott, elektroaltgeräte, kühlschrank
noise, noisy, loud > lärm, laut, ruhestörung
complaint, complain, report > beschwerde, melden, meldung
neighbour, neighbours, neighbor, neighbors > nachbar
pothole, potholes, road damage > schlagloch, straßenschaden
road, street > straße
street light, streetlight, street lamp, lamp > straßenbeleuchtung, laterne
broken, damaged, faulty > kaputt, defekt
lost, lose > verloren, verlust
found, lost and found, lost property > gefunden, fundsache, fundbüro
stolen, theft > gestohlen, diebstahl
vote, voting, election, elections > wahl, briefwahl, wählen
postal, by post, by mail > briefwahl, post
library, libraries > bibliothek, bücherei
books, ebook, ebooks, borrow books, library book > bücher, ausleihen
~ book, booking > buchen, termin, bücher
church > kirche
leave, withdraw, withdrawal, exit, quit > austritt, austreten
good conduct, criminal record, police clearance, background check > führungszeugnis
certified, certify, certified copy, notarise, notarize, notarised, notarized > beglaubigung, beglaubigen, kopie
~ copy, copies, another copy, new copy, extra copy > kopie, bestellen, anfordern, beglaubigung
fishing, angling > fischerei, angeln, fischereischein
building, build, construction > bau, bauen
building permit, planning permission > baugenehmigung, bauantrag
tree, trees > baum
cut down, fell, felling, remove tree > fällen, fällung
social housing, council flat, subsidised housing > sozialwohnung, wohnberechtigung
rent > miete
tenant, tenants > mieter
landlord > vermieter, wohnungsgeber
homeless, homelessness, eviction > obdachlos, wohnungslosigkeit
vaccination, vaccinations, vaccine, jab > impfung
health > gesundheit
invitation, invite, visitor, visitors > einladung, verpflichtungserklärung, besuch
visa > visum
proof of address, proof of residence, registration certificate > meldebescheinigung
name, surname, last name > name, nachname
change > ändern, änderung
solar, solar panel, solar panels > solar, solaranlage, photovoltaik
balcony > balkon
food > lebensmittel
hygiene > hygiene
market > markt
stall, stand, booth > stand
farmer, farmers > bauer, bauern
street musician, busking, busker > straßenmusik
demonstration, protest, rally > demonstration, versammlung, kundgebung
property > grundstück, immobilie
property tax > grundsteuer
garden > garten
allotment, garden plot > kleingarten, schrebergarten, parzelle
residence permit, residence title > aufenthaltserlaubnis, aufenthaltstitel
renew, renewal, extend, extension > verlängern, verlängerung
permanent residence, permanent residency, settlement permit > niederlassungserlaubnis, daueraufenthalt
citizenship, naturalisation, naturalization, naturalise > einbürgerung, staatsangehörigkeit
exchange, convert, conversion, swap, transfer > umschreiben, umtauschen
german course, german lessons, language course, learn german > deutschkurs, sprachkurs
course > kurs
citizens office, citizen office > bürgerbüro
fireworks > feuerwerk
event, party, festival > veranstaltung, fest
oktoberfest > wiesn, oktoberfest
christmas market > christkindlmarkt, weihnachtsmarkt
appointment > termin
disability, disabled, handicapped > behinderung, schwerbehinderung
pregnant, pregnancy > schwanger, schwangerschaft
care, nursing home, elderly > pflege, pflegeheim, senioren
pension, pensioner, retired > rente, rentner
smell, smoke, odour, odor > geruch, rauch
animal, animals, pet, pets > tier, tiere, haustier
`;
