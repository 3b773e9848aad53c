"""Matter recognition (rules/vocab/matters.yaml) on the way German council papers name things.

Titles and decision sentences of the shape real papers print (compounds, inflection,
abbreviations, committees named by their subjects). Each matter class added for what councils
decide everywhere has examples here, and the reserved matters have examples they must not take.
"""

from __future__ import annotations

import datetime

import pytest

from beschluss_rules.model import Body, DecisionItem, Verdict
from beschluss_rules.reader import parse_text
from beschluss_rules.verdict.checker import CheckOptions


@pytest.fixture(scope="module")
def vocabulary(rule_base):
    return rule_base.vocabulary


# --- German morphology: compounds, inflection, abbreviations ------------------------------------

@pytest.mark.parametrize("text, matter", [
    # compounds whose head is "Satzung"
    ("3. Änderung der Abwasserbeseitigungssatzung", "satzung"),
    ("Erschließungsbeitragssatzung der Gemeinde", "satzung"),
    ("Neufassung der Friedhofsgebührensatzung", "satzung"),
    ("Satzungsänderung der Musikschule", "satzung"),
    # abbreviations and compounds of the Bauleitplanung
    ("B-Plan Nr. 12 „Am Mühlenbach“, 1. Änderung", "bauleitplanung"),
    ("BPlan 57 Gewerbegebiet Süd", "bauleitplanung"),
    ("Vorhabenbezogener Bebauungsplan „Lidl-Markt“", "bauleitplanung"),
    ("Bebauungsplanänderung Nr. 4a", "bauleitplanung"),
    ("34. FNP-Änderung (Windenergie)", "flaechennutzungsplan"),
    ("Flächennutzungsplanänderung im Bereich Kleinhau", "flaechennutzungsplan"),
    # inflection
    ("Beschaffung zweier Löschfahrzeuge für die Feuerwehr", "feuerwehr_sicherheit"),
    ("Erneuerung der Straßenbäume in der Hauptstraße", "umwelt_gruen"),
    ("Sanierung der Friedhöfe", "friedhof"),
    # the Haushaltssicherungskonzept by its abbreviation
    ("Fortschreibung des HSK 2012 bis 2021", "haushaltssicherungskonzept"),
])
def test_compounds_inflection_and_abbreviations(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


def test_a_leading_star_in_a_term_allows_any_front_part_of_a_compound(vocabulary):
    # "*bebauungsplan*" finds the head of a compound, "Bebauungsplan*" only a word's start.
    assert "bauleitplanung" in vocabulary.classify("Textbebauungsplan Innenstadt")
    assert "bauleitplanung" not in vocabulary.classify("Der Plan wird bebaut")


# --- classes for what councils decide everywhere (no rule of their own) ------------------------

@pytest.mark.parametrize("text, matter", [
    ("Einrichtung einer Tempo-30-Zone in der Schulstraße", "verkehr"),
    ("Antrag auf Errichtung einer Querungshilfe an der L 11", "verkehr"),
    ("Verlängerung der Buslinie 231 (ÖPNV)", "verkehr"),
    ("Kommunale Wärmeplanung: Vergabe der Erstellung", "klima_energie"),
    ("Photovoltaikanlagen auf gemeindlichen Dächern", "klima_energie"),
    ("Umrüstung der Straßenbeleuchtung auf LED", "klima_energie"),
    ("Abwasserbeseitigungskonzept 2022–2027", "wasser_abwasser"),
    ("Starkregenrisikomanagement für das Gemeindegebiet", "wasser_abwasser"),
    ("Brandschutzbedarfsplan der Gemeinde, Fortschreibung", "feuerwehr_sicherheit"),
    ("Einrichtung eines Urnenfeldes auf dem Friedhof Vossenack", "friedhof"),
    ("Unterbringung von Geflüchteten in der ehemaligen Schule", "soziales_wohnen"),
    ("Offene Jugendarbeit: Fortführung des Jugendtreffs", "soziales_wohnen"),
    ("Kunstrasenplatz am Sportplatz Gey", "sport_kultur_freizeit"),
    ("Neugestaltung des Spielplatzes Am Weiher", "sport_kultur_freizeit"),
    ("Förderung der örtlichen Vereine 2021", "sport_kultur_freizeit"),
    ("Breitbandausbau: Teilnahme am Bundesförderprogramm", "wirtschaft_digital"),
    ("Erweiterung des Gewerbegebiets Hürtgen", "wirtschaft_digital"),
    ("Holzeinschlag im Gemeindewald 2020", "umwelt_gruen"),
    ("Neuverpachtung des Jagdbezirks Raffelsbrand", "umwelt_gruen"),
    ("Genehmigung der Dringlichkeitsentscheidung vom 12.03.2020", "dringlichkeit_genehmigung"),
    ("Bürgerantrag nach § 24 GO NRW auf Aufstellung von Sitzbänken", "buergerantrag"),
    ("Interkommunale Zusammenarbeit beim Bauhof", "zusammenarbeit"),
    ("Eckwertebeschluss für den Haushalt 2022", "haushalt_finanzen"),
    ("Stellungnahme zur Kreisumlage 2021", "haushalt_finanzen"),
    ("Sitzungskalender 2021", "sitzungsdienst"),
    ("Einteilung des Wahlgebiets in Wahlbezirke für die Kommunalwahl 2020", "wahlorganisation"),
    ("Offene Ganztagsschule (OGS) an der Grundschule Kleinhau", "kita_schule"),
    ("Kindergartenbedarfsplan 2021/22", "kita_schule"),
    ("Zuschuss an den Förderverein des Freibads", "zuschuss"),
    ("Vermietung der Wohnung im Rathaus", "vertrag"),
    ("Nutzungsänderung eines Wohnhauses in eine Gaststätte", "bauantrag"),
    ("Bericht über die Prüfung des Jahresabschlusses durch die GPA", "bericht"),
])
def test_classes_for_what_councils_decide(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


# --- what must not be taken for a matter --------------------------------------------------------

@pytest.mark.parametrize("text, matter", [
    # a committee named by its subjects decides; the subjects are not the matter
    ("Der Ausschuss für Wirtschaft, Tourismus und Landwirtschaft beschließt die Vergabe.",
     "sport_kultur_freizeit"),
    ("Der Ausschuss für Wirtschaft, Tourismus und Landwirtschaft beschließt die Vergabe.",
     "wirtschaft_digital"),
    ("Der Bau- und Umweltausschuss stimmt zu.", "umwelt_gruen"),
    ("Der Schulausschuss nimmt den Bericht zur Kenntnis.", "kita_schule"),
    ("Der Integrationsrat empfiehlt dem Rat, ...", "soziales_wohnen"),
    # place names that contain a topic word
    ("Bürgerhaus Hürtgenwald: neue Nutzungszeiten", "umwelt_gruen"),
    # a "Baumaßnahme" is no tree, "insgesamt für" is no office
    ("Baumaßnahme Schulstraße", "umwelt_gruen"),
    ("Einfamilienhaus im Außenbereich", "soziales_wohnen"),
])
def test_words_that_only_look_like_a_matter(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


def test_a_committee_named_for_a_subject_keeps_the_matters_that_need_the_committee(vocabulary):
    # The "für ..." part is dropped, the committee itself is not: electing its members stays.
    matters = vocabulary.classify(
        "Wahl der Mitglieder des Ausschusses für Jugend, Kultur und Vereine")
    assert "wahl_ausschussmitglieder" in matters
    assert "sport_kultur_freizeit" not in matters


@pytest.mark.parametrize("text", [
    # the new noun-only classes never bring a reserved matter with them
    "Tempo-30-Zone in der Schulstraße",
    "Holzeinschlag im Gemeindewald 2020",
    "Eckwertebeschluss für den Haushalt 2022",
    "B-Plan Nr. 12 „Am Mühlenbach“, 1. Änderung",
    "Stellungnahme zur Kreisumlage 2021",
    "Die Mittel stehen im HSK-Bereich zur Verfügung.",
])
def test_subject_nouns_reserve_nothing(vocabulary, text):
    reserved = {"satzung", "haushaltssatzung", "bauleitplanung_abschluss", "abgaben",
                "grundstuecksgeschaeft", "beteiligung_gesellschaft", "vergabe"}
    assert not reserved & set(vocabulary.classify(text))


def test_the_title_gives_the_matter_when_the_item_names_none(rule_base):
    parsed = parse_text(
        "Betreff: Neubau des Feuerwehrgerätehauses Vossenack\n\n"
        "Beschlussvorschlag:\n"
        "1. Der Rat beschließt gemäß Vorlage.\n"
        "2. Der Rat beschließt den Zeitplan.\n",
        rule_base, land="nw")
    assert [item.index for item in parsed.items] == [1, 2]
    assert all("feuerwehr_sicherheit" in item.matters for item in parsed.items)


@pytest.mark.parametrize("text, matter", [
    ("Ausbau der Gemeindestraße „Im Wiesengrund“", "strassen_infrastruktur"),
    ("Sanierung der Brücke über den Kallbach", "strassen_infrastruktur"),
    ("Winterdienst 2020/2021", "strassen_infrastruktur"),
    ("Dorferneuerung Bergstein: Maßnahmenkatalog", "stadtentwicklung"),
    ("Integriertes Handlungskonzept (IHK) Ortsmitte Gey", "stadtentwicklung"),
    ("LEADER-Region Eifel: Beteiligung der Gemeinde", "stadtentwicklung"),
    ("Stadtwerke: Bericht über das Geschäftsjahr", "kommunale_unternehmen"),
    ("Beteiligungsbericht 2019", "kommunale_unternehmen"),
    ("Neuorganisation der Verwaltung: Geschäftsverteilungsplan", "verwaltungsorganisation"),
    ("Abwassergebühren 2021", "gebuehren_beitraege"),
    ("Hundesteuer für gefährliche Hunde", "gebuehren_beitraege"),
    ("Anfrage der SPD-Fraktion zur Schulwegsicherheit", "anfrage"),
])
def test_more_classes_for_what_councils_decide(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text", [
    "Die Kosten betragen 12.000 EUR zzgl. Umsatzsteuer.",
    "Der Verein leistet einen wichtigen Beitrag zur Jugendarbeit.",
])
def test_a_tax_or_contribution_named_in_passing_is_no_fee_matter(vocabulary, text):
    assert "gebuehren_beitraege" not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Bürgerumfrage 2023: Bewegung und Sport", "buergerbeteiligung"),
    ("Einwohnerversammlung zum Neubaugebiet", "buergerbeteiligung"),
    ("Löschung städtischer Rechte an den ehemaligen städtischen Grundstücken", "grundstuecke_liegenschaften"),
    ("Antrag auf Erweiterung des Baugebietes „Auf dem Felde“", "bauleitplanung"),
    ("Bestellung einer Schriftführerin/eines Schriftführers für den Rat", "sitzungsdienst"),
    ("Änderung der Niederschrift der 13. Sitzung des Schulausschusses", "niederschrift_genehmigung"),
    ("Übernachtungssteuer", "gebuehren_beitraege"),
    ("Verpflichtung der Beisitzer/innen des Wahlausschusses", "wahlorganisation"),
    ("Bestimmung des Wahltermins für die Bürgermeisterwahl 2020", "wahlorganisation"),
    ("Anhörung zum Haushaltsplan 2018 und zum Investitionsprogramm bis 2021", "haushalt_finanzen"),
    ("Hauptfeuerwache und Leitstelle", "feuerwehr_sicherheit"),
    ("Europahalle, Sanierung, Mobile Tribüne", "bau_massnahme"),
    ("Abschluss Namensrechtsvertrag für das Stadion", "vertrag"),
    # the blind set 50, generalised
    ("Ausbauplanung für Plätze für Kinder unter drei Jahren bis 2013", "kita_schule"),
    ("Die Kosten für 252 U-3 Plätze in den Kitas", "kita_schule"),
    ("Situation Fröbelschule", "kita_schule"),
    ("Bestellung der ehrenamtlich Tätigen im Beteiligungsbeirat", "besetzung_gremium"),
    ("Verweisung der Anträge von Fraktionen und Gruppierungen", "sitzungsdienst"),
])
def test_classes_found_from_the_misses_of_other_towns(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # reserved matters in the spellings real titles use
    ("Neuwahl eines Mitgliedes im Ausschuss für Jugend, Kultur und Vereine", "wahl_ausschussmitglieder"),
    ("Wahl einer*eines Beigeordneten für das Dezernat 2", "wahl_beigeordnete"),
    ("Änderung der Besetzung des Aufsichtsrates der Wohnungsbau GmbH", "aufsichtsrat_entsendung"),
    ("Beteiligung der Entwicklungs- und Dienstleistungsgesellschaft mbH an der Energie GmbH",
     "beteiligung_gesellschaft"),
])
def test_reserved_matters_in_real_spellings(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a body that only takes part in a planning procedure is no participation in a company
    ("Beteiligung der Träger öffentlicher Belange, darunter der Westnetz GmbH", "beteiligung_gesellschaft"),
    # representing the town in a lawsuit is no appointment of representatives
    ("Vertretung der Gemeinde in dem Rechtsstreit vor dem Verwaltungsgericht", "vertreter_bestellung"),
    # representatives instructed or authorised are steered, not appointed
    ("Die Vertreter der Stadt in der Gesellschafterversammlung werden entsprechend angewiesen.",
     "vertreter_bestellung"),
    ("Der Rat ermächtigt die Vertreter der Stadt in der Verbandsversammlung, der Umlage zuzustimmen.",
     "vertreter_bestellung"),
    # meeting dates and minutes are no internal affairs under § 36 Abs. 2 GemO BW
    ("Sitzungskalender 2021", "innere_angelegenheiten"),
])
def test_reserved_matters_not_taken_for_look_alikes(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text", [
    # a school's proper name is a school; a tree nursery, a driving school, a university, an adult
    # education centre or a music school is none
    "Verkauf von Pflanzen aus der Baumschule",
    "Anmietung von Räumen für die Fahrschule",
    "Kooperationsvertrag mit der Technischen Hochschule",
    "Entgeltordnung der Volkshochschule",
    "Anmietung von Räumen für die Musikschule",
    # children under three named without places or care
    "Kinder unter drei Jahren fahren im Stadtbus kostenlos mit",
])
def test_school_names_that_are_no_school(vocabulary, text):
    assert "kita_schule" not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the blind set 52 and a self-written list of urgency decisions, generalised
    ("Beschluss zur Annahme einer Flagge der Gemeinde Kritzmow", "hoheitszeichen"),
    ("Die Gemeindevertretung beschließt die Einführung eines Wappens nach dem Entwurf der Anlage.", "hoheitszeichen"),
    ("Die Gemeindevertretung beschließt, der Umbettung der deutschen Kriegsgräber zuzustimmen.", "friedhof"),
    ("Arbeitskreis Gemeindefusion: Zustimmung zum Gebietsänderungsvertrag", "gebietsaenderung"),
    ("Der Oberbürgermeister bestimmt im Wege der Eilentscheidung Frau Weis zur Beigeordneten für das Dezernat II.",
     "wahl_beigeordnete"),
    ("Dem Ingenieurbüro Schmidt wird der Auftrag erteilt, die Entwurfsplanung zu erstellen.", "vergabe"),
    # a self-written list on joining associations, companies and the representatives
    ("Der Hauptausschuss beschließt, dass sich die Stadt mit 15 % an der Wärmenetzgesellschaft Osnabrücker Land GmbH "
     "beteiligt.", "beteiligung_gesellschaft"),
    ("Die Stadt kündigt ihren Geschäftsanteil an der Regionalmarketing GmbH und scheidet aus der Gesellschaft aus.",
     "veraeusserung_beteiligung"),
    ("Die Stadt kündigt ihren Geschäftsanteil an der Regionalmarketing GmbH zum Jahresende und wird aus der "
     "Gesellschaft ausscheiden.", "veraeusserung_beteiligung"),
    ("Der Oberbürgermeister kündigt die Mitgliedschaft der Stadt im Verein Bergische Gartenlandschaft e.V.",
     "austritt_vereinigung"),
    ("Die Stadt kündigt die Mitgliedschaft im Verein A und tritt dem Verein B e.V. bei.", "beitritt_vereinigung"),
    ("Bestellung des Geschäftsführers der Stadtwerke GmbH", "vorstand_bestellung"),
    ("Die Stadt tritt dem Verein bei; der Jahresbeitrag für die Mitgliedschaft beträgt 500 €.", "beitritt_vereinigung"),
    # the Amt that administers a municipality asked to prepare: no reserved matter decided yet
    ("Die Gemeindevertretung beauftragt das Amt Peitz, die Erstellung eines Wappens und die Beschlussfassung dazu "
     "vorzubereiten.", "vorbereitung"),
    # self-written lists of budget, land and personnel decisions
    ("Der Verwaltungsausschuss wählt Herrn Kampe zum Stadtrat für das Dezernat Bauen und Umwelt.", "wahl_beigeordnete"),
    ("Der Verwaltungsausschuss wählt Herrn Teichmann zum Ersten Stadtrat der Stadt für die Dauer von acht Jahren.",
     "wahl_beigeordnete"),
    ("Der Gemeinderat beschließt, Frau Katrin Vogt zur Leiterin des Stadtplanungsamts zu bestellen.",
     "personalangelegenheit"),
    ("Der Rat beschließt die Haushaltssatzung 2025; sie tritt mit der Bekanntmachung der Haushaltssatzung in Kraft.",
     "haushaltssatzung"),
    ("Der Rat überträgt dem Bürgermeister Personalentscheidungen bis Entgeltgruppe 9b; die Hauptsatzung überträgt ihm "
     "bisher nur Einstellungen.", "uebertragung_buergermeister"),
    ("Der Rat beschließt die Vorkaufsrechtssatzung Altstadt.", "staedtebau_satzung"),
    ("Die Satzung wird nach der Gemeindeordnung in Verbindung mit der Hauptsatzung beschlossen.", "satzung"),
    ("Wahl des Ersten Stadtrates", "wahl_beigeordnete"),
    # titles of the corpus, generalised
    ("Studentenförderung", "zuschuss"),
    ("Antrag einer befristeten Erlaubnis nach § 25 LuftVG für den Betrieb von Motorseglern", "stellungnahme_verfahren"),
    ("Oberbürgermeisterin der türkischen Projektpartnerstadt Van", "partnerschaft"),
    ("Umsetzung des Verbots von Zirkusaufführungen mit gefährlichen Wildtieren", "veranstaltung"),
    ("Antrag auf Altersteilzeit einer Beschäftigten des Bauhofs", "personalangelegenheit"),
    ("Bebauungsplan Nr. 98 „Am Bahnhof“; Satzungsbeschluss", "bauleitplanung_abschluss"),
])
def test_classes_found_in_session_14(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Beflaggung des Rathauses am Tag der Deutschen Einheit", "hoheitszeichen"),
    ("Der Bürgermeister bestimmt den Ersten Beigeordneten zum allgemeinen Vertreter.", "wahl_beigeordnete"),
    # a commission to act given to people awards no contract
    ("Der Verwaltung wird der Auftrag erteilt, die Sanierung der Turnhalle zu prüfen.", "vergabe"),
    # negotiating a merger changes no territory yet
    ("Den Verhandlungsführern des Arbeitskreises Gemeindefusion wird der Auftrag erteilt, die Verhandlung mit der "
     "Großen Kreisstadt Meißen zur Eingliederung aufzunehmen.", "gebietsaenderung"),
    ("Den Verhandlungsführern des Arbeitskreises Gemeindefusion wird der Auftrag erteilt, die Verhandlung mit der "
     "Großen Kreisstadt Meißen zur Eingliederung aufzunehmen.", "vergabe"),
    ("Die Westnetz GmbH hat sich an der Planung beteiligt.", "beteiligung_gesellschaft"),
    ("Herr Meyer scheidet aus der Gesellschafterversammlung aus.", "veraeusserung_beteiligung"),
    ("Der Oberbürgermeister kündigt die Mitgliedschaft der Stadt im Verein Bergische Gartenlandschaft e.V.",
     "beitritt_vereinigung"),
    ("Die Zuständigkeit folgt aus § 3 Nr. 7 der Zuständigkeitsordnung.", "ausschuss_befugnisse"),
    # a vote in the company's own assembly is no right of the town to appoint (§ 113 Abs. 4 GO NRW)
    ("Der Haupt- und Finanzausschuss weist die städtischen Vertreter an, in der Gesellschafterversammlung der "
     "Sportstätten GmbH der Bestellung eines zweiten Geschäftsführers zuzustimmen.", "vorstand_bestellung"),
    ("Der Mitgliedsbeitrag für die Mitgliedschaft im Verein wird gezahlt.", "beitritt_vereinigung"),
    ("Der Bürgermeister nimmt vor Inkrafttreten der Haushaltssatzung 2025 einen Investitionskredit von 3 Mio. Euro auf.",
     "haushaltssatzung"),
    ("Bis zur Bekanntmachung der Haushaltssatzung 2025 leistet die Stadt nur Aufwendungen, zu denen sie verpflichtet "
     "ist.", "haushaltssatzung"),
    ("Der Oberbürgermeister genehmigt nach § 84 GemO in Verbindung mit der Hauptsatzung eine überplanmäßige Aufwendung "
     "von 36.000 Euro.", "satzung"),
    ("Der Verwaltungsausschuss beschließt den Ankauf einer Teilfläche zum Preis von 217.500 EUR. Die Hauptsatzung "
     "bestimmt für Grundstücksgeschäfte des Rates eine Wertgrenze von 500.000 EUR.", "satzung"),
    ("Der Haupt- und Finanzausschuss beschließt, auf das Vorkaufsrecht aus der Vorkaufsrechtssatzung Altstadt für das "
     "Grundstück Am Markt 6 zu verzichten.", "staedtebau_satzung"),
    ("Der Oberbürgermeister stellt Frau Bächle als Erzieherin ein. Die Hauptsatzung überträgt dem Oberbürgermeister "
     "Personalentscheidungen bis Entgeltgruppe 9b.", "uebertragung_buergermeister"),
    ("Der Oberbürgermeister stellt eine Fachkraft ein. Nach der Hauptsatzung sind Einstellungen bis Entgeltgruppe 9b auf "
     "den Oberbürgermeister übertragen.", "uebertragung_buergermeister"),
    # a council member is no official ("Stadtrat" in Baden-Württemberg and Bavaria)
    ("Der Gemeinderat wählt Herrn Müller als Stadtrat in den Ausschuss für Technik.", "wahl_beigeordnete"),
    ("Der Rat wählt den Ersten Stadtrat zum Vertreter der Stadt in der Gesellschafterversammlung.", "wahl_beigeordnete"),
    ("Geschäftspartnerschaft mit einem Logistikunternehmen", "partnerschaft"),
    # a council member's leave is no staff matter (§ 36 Abs. 2 GemO BW: the rules of procedure)
    ("Beurlaubung eines Ortschaftsrats nach der Geschäftsordnung", "personalangelegenheit"),
    # a recommendation for the plan's adoption adopts nothing
    ("Bebauungsplan Nr. 98 „Am Bahnhof“; erneute Offenlage und Empfehlung zum Satzungsbeschluss",
     "bauleitplanung_abschluss"),
])
def test_look_alikes_found_in_session_14(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


# Session 15: 900 self-written titles of Baden-Württemberg, Lower Saxony, Bavaria, Hesse and
# Saxony (measured blind, the misses and the confident errors generalised).
@pytest.mark.parametrize("text, matter", [
    ("Baugenehmigung für Mehrfamilienhaus Asperger Straße 47 – Erteilung", "weisungsaufgabe"),
    ("Erteilung der Baugenehmigung für den Neubau eines Lebensmittelmarkts, Dresdner Straße", "weisungsaufgabe"),
    ("Bauvorbescheid für Hotelneubau an der Neckarmeile – Erteilung", "weisungsaufgabe"),
    ("Erteilung einer Gaststättenerlaubnis Marktstätte 6", "weisungsaufgabe"),
    ("Beseitigungsverfügung Schwieberdinger Straße – Anordnung der sofortigen Vollziehung", "weisungsaufgabe"),
    ("Anhörung zur beabsichtigten Aufhebung der Grundschule Volpriehausen", "positionierung"),
    ("Ortsrat Föhrste: Anhörung zum Entwurf des Haushaltsplanes 2025", "positionierung"),
    ("Jahresabschluss 2021 – Beschluss", "jahresabschluss"),
    ("Jahresrechnung für das Haushaltsjahr 2019: Feststellung", "jahresabschluss"),
    ("Geschäftsordnung – Zulassung hybrider Sitzungen; Beschluss", "innere_angelegenheiten"),
    ("Beschluss über die Gültigkeit der Nachwahl zum Gemeinderat", "wahl_gueltigkeit"),
    ("Ausbau Sulzbacher Straße – Planungsvergabe", "vergabe"),
    ("Ausbau Sulzbacher Straße – Planungsvergabe", "strassen_infrastruktur"),
    ("Bestellung des Fachbediensteten für das Finanzwesen (Leitung Kämmerei)", "personalangelegenheit"),
    ("Beförderung einer Fachbereichsleiterin nach A 13", "personalangelegenheit"),
    ("Antrag der CDU-Fraktion vom 27.02.2025: Kostenfreie Parkzeit in der Innenstadt", "verkehr"),
    ("Erwerb einer Beteiligung von 25,1 % an der Netzgesellschaft Seewald GmbH", "beteiligung_gesellschaft"),
    ("Wahl des Bürgermeisters der Stadt", "wahlorganisation"),
    # fees set beside a calculation reviewed keep their class
    ("Überprüfung der Gebührenbedarfsberechnung beim Bestattungswesen sowie Änderungen der Gebührensatzung "
     "für die Benutzung der Friedhöfe", "abgaben"),
    # the bylaw or the plan adopted beside a point in time keeps its class
    ("Der Gemeinderat beschließt die Satzung zur Änderung der Friedhofssatzung. Sie tritt am Tag nach der "
     "Bekanntmachung der Satzung in Kraft.", "satzung"),
    ("Der Rat beschließt den Bebauungsplan Nr. 5 als Satzung. Nach dem Satzungsbeschluss ist der Plan bekannt zu "
     "machen.", "bauleitplanung_abschluss"),
    ("Der Satzungsbeschluss wird gefasst. Bis zum Satzungsbeschluss gilt die Veränderungssperre.",
     "bauleitplanung_abschluss"),
    # 600 titles in the styles of Hürtgenwald's and Baden-Württemberg city servers
    ("Neuabgrenzung der Grundschulbezirke in der Nordstadt", "kita_schule"),
    ("Wahl einer Bürgermeisterin/eines Bürgermeisters für das Dezernat III", "wahl_beigeordnete"),
    ("Wahl der ehrenamtlichen Stellvertreterinnen und Stellvertreter der Bürgermeisterin", "stellvertreter_buergermeister"),
    ("Stellvertretung des Oberbürgermeisters – Festlegung der Reihenfolge der Bürgermeister",
     "stellvertreter_buergermeister"),
    ("Übernahme der Trägerschaft für ein neues Stadtteilzentrum als freiwillige Aufgabe", "neue_freiwillige_aufgabe"),
    ("Änderung der Geschäftskreisverteilung der Bürgermeisterinnen und Bürgermeister", "geschaeftskreise_beigeordnete"),
    ("Änderung der Gemarkungsgrenze zur Gemeinde Sinzheim im Bereich Schiftung", "gebietsaenderung"),
    ("Braunkohlenplan Inden, Räumlicher Teilabschnitt II; hier: Stellungnahme der Gemeinde", "stellungnahme_verfahren"),
    ("Auflösung des Grundschulteilstandortes Scherpenseel zum 31.07.2026", "einrichtung_errichtung"),
    ("Bestimmung der oder des Vorsitzenden des Schulausschusses", "innere_angelegenheiten"),
    ("Grenzänderungsvertrag mit der Gemeinde Sinzheim – Zustimmung", "gebietsaenderung"),
    ("Einführung einer kommunalen Verpackungssteuer; hier: Prüfauftrag aufgrund des Antrages der Fraktion",
     "vorbereitung"),
    # an exemption or a report beside a bylaw enacted keeps the bylaw's class
    ("Änderung der Gestaltungssatzung – Ausnahmen von den Vorschriften für Dachfenster", "satzung"),
    ("Prüfung und Feststellung des Jahresabschlusses 2022", "jahresabschluss"),
])
def test_classes_found_in_session_15(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the municipality's consent to another authority's permit is no task under instruction
    ("Bauantrag Wohnhaus; Erteilung des gemeindlichen Einvernehmens zur Baugenehmigung", "weisungsaufgabe"),
    ("Stellungnahme zur Erteilung der Baugenehmigung für eine Windenergieanlage", "weisungsaufgabe"),
    # a hearing of others named inside the title is no hearing of this body
    ("Aufhebung der Grundschule nach Anhörung der Schulelternräte", "positionierung"),
    # a title that names the decision after the hearing is no mere hearing
    ("Öffentliche Anhörung zum Bebauungsplan Nr. 5 – Abwägung und Satzungsbeschluss", "positionierung"),
    ("Anhörung zum Haushaltsplan 2018; Beschluss der Haushaltssatzung", "positionierung"),
    ("Anhörung zum Beitritt zum Zweckverband; Beitrittsbeschluss", "positionierung"),
    # the accounts examined, not decided; another entity's accounts
    ("Jahresabschluss 2021 – Prüfung durch das Rechnungsprüfungsamt", "jahresabschluss"),
    ("Jahresabschluss 2021 der Stadtwerke GmbH – Beschluss", "jahresabschluss"),
    # a fee calculation reviewed on a motion sets no fee
    ("Antrag der FDP-Fraktion vom 07.05.2025 auf Überprüfung der Gebührenkalkulation Straßenreinigung", "abgaben"),
    # a building plot allocated is no contract awarded
    ("Bauplatzvergabe im Baugebiet Süd", "vergabe"),
    # a deputy is elected by the council
    ("Wahl des zweiten Bürgermeisters", "wahlorganisation"),
    ("Wahl des ersten stellvertretenden Bürgermeisters", "wahlorganisation"),
    # a share sold, not taken
    ("Veräußerung einer Beteiligung von 10 % an der Energie GmbH", "beteiligung_gesellschaft"),
    # a bylaw or a plan's adoption named only as a point in time (60 + 60 self-written papers in
    # the archives' layouts, measured blind: a committee's guideline and a VA's Aufstellungsbeschluss
    # were not-competent)
    ("Der Ausschuss für öffentliche Einrichtungen beschließt die Gestaltungsrichtlinie für Gemeinschaftsgrabanlagen. "
     "Sie tritt mit dem Inkrafttreten der Satzungsänderung nach Ziffer I. in Kraft.", "satzung"),
    ("1. Der vorhabenbezogene Bebauungsplan Nr. 0702 wird aufgestellt. 2. Die Verwaltung wird beauftragt, einen "
     "Durchführungsvertrag vorzubereiten. Der Durchführungsvertrag ist vor dem Satzungsbeschluss dem Rat vorzulegen.",
     "bauleitplanung_abschluss"),
    # an exemption from a bylaw, a bylaw's report, an audit engaged, a levy only to be examined
    ("Antrag auf Abweichung von den Vorschriften der Gestaltungssatzung für das Gebäude Eschbachstraße 12", "satzung"),
    ("Zweckentfremdungsverbotssatzung – Evaluationsbericht 2023", "satzung"),
    ("Prüfung des Gesamtabschlusses 2022; hier: Beauftragung einer Wirtschaftsprüfungsgesellschaft", "jahresabschluss"),
    ("Einführung einer kommunalen Verpackungssteuer; hier: Prüfauftrag aufgrund des Antrages der Fraktion", "abgaben"),
    # the mayor's representation in a company or an association is no deputy
    ("Vertretung des Bürgermeisters im Aufsichtsrat der Stadtwerke", "stellvertreter_buergermeister"),
    ("Stellvertretung des Bürgermeisters in der Verbandsversammlung des Zweckverbandes", "stellvertreter_buergermeister"),
])
def test_look_alikes_found_in_session_15(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


# Session 16: self-written decisions on planning, building, order, schools and social affairs
# (measured blind, the confident errors generalised).
@pytest.mark.parametrize("text, matter", [
    ("Der Gemeinderat erlässt eine Allgemeinverfügung, die das Abbrennen von Feuerwerkskörpern in der Altstadt "
     "zum Jahreswechsel untersagt.", "weisungsaufgabe"),
    ("Alkoholverbot per Allgemeinverfügung im Stadtpark", "weisungsaufgabe"),
    ("Der Gemeinderat beschließt, Herrn P. für drei Monate in die städtische Notunterkunft einzuweisen.",
     "weisungsaufgabe"),
    ("Der Gemeinderat weist den Bürgermeister an, die Baugenehmigung für das Lagergebäude in der Hauptstraße "
     "zu versagen.", "weisungsaufgabe"),
    ("Der Gemeinderat erteilt die Befreiung nach § 31 Abs. 2 BauGB von der festgesetzten Baugrenze.",
     "weisungsaufgabe"),
    ("Der Gemeinderat ordnet für alle Straßen im Stadtteil mit Ausnahme der Hauptverkehrsstraßen eine "
     "Höchstgeschwindigkeit von 30 km/h an.", "weisungsaufgabe"),
    ("Der Rat ordnet für die Rheinpromenade Bewohnerparken an.", "weisungsaufgabe"),
    ("Der Gemeinderat erteilt das Einvernehmen zur Befreiung von der Baugrenze.", "bauantrag"),
    ("Überschreitung der Baugrenze durch einen Wintergarten – Befreiung", "bauantrag"),
    ("Der Verwaltungsausschuss bestimmt eine Ratsfrau und einen Ratsherrn als Mitglieder des Aufsichtsrates "
     "der Verkehrsbetriebe GmbH.", "aufsichtsrat_entsendung"),
    ("Der Verwaltungsausschuss benennt Herrn Y für den Aufsichtsrat der Stadtwerke GmbH.", "aufsichtsrat_entsendung"),
    # bylaws, the council's organisation and citizens' rights
    ("Aufgrund der Einigung der Fraktionen werden die in Anlage 2 aufgeführten Stadträte zu Mitgliedern und "
     "Stellvertretenden des Bau- und Umlegungsausschusses bestellt.", "wahl_ausschussmitglieder"),
    ("Der Marktgemeinderat erklärt die Wahl vom 8. März für gültig.", "wahl_gueltigkeit"),
    ("Antrag auf Änderung des Stadtnamens", "hoheitszeichen"),
    ("Der Stadtrat beantragt beim Staatsministerium des Innern, den Namen der Stadt künftig amtlich als "
     "„Neumarkt in der Oberpfalz“ festzusetzen.", "hoheitszeichen"),
    ("Der Rat wählt aus seiner Mitte Herrn Saathoff zum ehrenamtlichen Bürgermeister.", "wahlorganisation"),
    ("Herr Oberhofer wird für die Dauer von sechs Jahren zum berufsmäßigen Stadtratsmitglied gewählt.",
     "wahl_beigeordnete"),
    ("Im Rahmen der Anhörung stimmt der Ortschaftsrat der beabsichtigten Änderung der Hauptsatzung zu.",
     "positionierung"),
    ("Einstimmig stimmt der Ortschaftsrat Goldscheuer der geplanten Änderung der Hauptsatzung zu.",
     "positionierung"),
    ("Der Haupt- und Bauausschuss stimmt dem vom Verwaltungsgericht Freiburg vorgeschlagenen Vergleich zu.",
     "verzicht_vergleich"),
    ("Der Rat wählt Herrn Müller zum Beigeordneten und bestellt ihn als Vertreter in der Gesellschafterversammlung.",
     "wahl_beigeordnete"),
    ("Die Vertretung der Stadt in der Mitgliederversammlung übernimmt der Bürgermeister.", "vertreter_bestellung"),
    # the items of sets 59a-d still without a matter
    ("Der Stadtbezirksrat benennt den bislang namenlosen Verbindungsweg zwischen der Fössestraße und dem Ihme-Ufer "
     "in „Hanna-Fortmüller-Weg“.", "strassenbenennung"),
    ("Der Verwaltungsausschuss beschließt, im Rahmen des Insolvenzplanverfahrens auf 82 Prozent der angemeldeten "
     "Forderungen der Stadt in Höhe von insgesamt 1.460.000 Euro zu verzichten.", "verzicht_vergleich"),
    ("Der Oberbürgermeister legt gegen den Beschluss Einspruch ein.", "beschlusskontrolle"),
    ("Auf Antrag des Oberbürgermeisters überprüft der Stadtrat den Beschluss des Bauausschusses und hebt ihn auf.",
     "beschlusskontrolle"),
    ("Der Ortsrat wählt aus seiner Mitte Frau Christa Bode zur Ortsbürgermeisterin.", "vorsitz_vertretung"),
    ("Wahl der Bezirksbürgermeisterin und ihrer Stellvertretung", "vorsitz_vertretung"),
    ("Der Gemeinderat bestellt Herrn Alois Huber zum Ortssprecher für den Gemeindeteil Oberbuchen.",
     "ortsvorsteher_wahl"),
    ("Der Verwaltungsausschuss weist den Vertreter der Stadt an, in der Gesellschafterversammlung der Stadtwerke der "
     "Erweiterung des Unternehmensgegenstands um den Betrieb von Ladesäulen zuzustimmen.", "gesellschaftsvertrag"),
    ("Der Unternehmensgegenstand der Stadtwerke GmbH wird um den Betrieb von Ladesäulen erweitert.",
     "gesellschaftsvertrag"),
    # a transfer made by amending the bylaw keeps the bylaw's class
    ("Die Übertragung der Vereinsförderung auf den Ortschaftsrat erfolgt durch die Änderung der Hauptsatzung.",
     "satzung"),
])
def test_classes_found_in_session_16(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the municipality's consent is no task under instruction; nor is a request to the authority
    ("Der Gemeinderat erteilt das Einvernehmen zur Befreiung von der Baugrenze.", "weisungsaufgabe"),
    ("Der Gemeinderat beantragt bei der Straßenverkehrsbehörde, auf der Hauptstraße Tempo 30 anzuordnen.",
     "weisungsaufgabe"),
    ("Die Verwaltung wird gebeten, die Anordnung eines Halteverbots in der Schulstraße zu prüfen.",
     "weisungsaufgabe"),
    # a shelter built, a road dedicated by general order, an exemption from a tax
    ("Der Gemeinderat beschließt den Neubau einer Notunterkunft für Obdachlose.", "weisungsaufgabe"),
    ("Der Gemeinderat beschließt die Widmung der Straße Am Hang durch Allgemeinverfügung.", "weisungsaufgabe"),
    ("Der Gemeinderat erteilt die Befreiung von der Hundesteuer für Rettungshunde.", "weisungsaufgabe"),
    # a hearing held before the council decides is no hearing of the deciding body; consent to a
    # contract about something intended is consent
    ("Der Gemeinderat beschließt die Änderung der Hauptsatzung. Im Rahmen der Anhörung hat der Ortschaftsrat "
     "zugestimmt.", "positionierung"),
    ("Der Rat stimmt dem Vertrag der beabsichtigten Fusion zu.", "positionierung"),
    # the council's chair is no mayor; a chosen name is no name of the town
    ("Der Rat wählt Frau Dirks zur stellvertretenden Bürgermeisterin.", "wahlorganisation"),
    ("Der Ortsrat schlägt für die neue Straße den Namen „Am Gänsekamp“ vor.", "hoheitszeichen"),
    ("Der Gemeinderat stimmt der Namensänderung der Grundschule Ensdorf zu.", "hoheitszeichen"),
    ("Der Ausschuss stimmt dem Vergleich der Angebote zu.", "verzicht_vergleich"),
    # a representative named, a mayor's deputy elected: no street, no chair of a locality council
    ("Der Rat benennt die Beigeordnete als Vertreterin in der Mitgliederversammlung.", "strassenbenennung"),
    ("Der Rat wählt Frau Dirks zur ersten stellvertretenden Bürgermeisterin.", "vorsitz_vertretung"),
    ("Der Rat wählt Herrn Müller zum Bürgermeister.", "vorsitz_vertretung"),
    # the object of a contract or of a procurement is no company's object
    ("Der Gegenstand des Auftrags wird um die Wartung erweitert.", "gesellschaftsvertrag"),
    # a Beigeordneter appointed as representative; representatives instructed
    ("Der Rat bestellt den Technischen Beigeordneten als stimmberechtigten Vertreter.", "wahl_beigeordnete"),
    ("Der Beigeordnete Müller wird als Vertreter in die Verbandsversammlung gewählt.", "wahl_beigeordnete"),
    ("Die Vertretung der Stadt wird angewiesen, in der Mitgliederversammlung der Satzungsänderung zuzustimmen.",
     "vertreter_bestellung"),
    # a professional council member named, not elected; an isolated exemption (Art. 63 Abs. 3 BayBO:
    # the municipality decides it itself)
    ("Dem Oberbürgermeister und den berufsmäßigen Stadtratsmitgliedern wird Entlastung erteilt.", "wahl_beigeordnete"),
    ("Die berufsmäßige Stadträtin für Bau und Umwelt wird in die Besoldungsgruppe B 3 eingestuft.", "wahl_beigeordnete"),
    ("Der Bauausschuss erteilt die isolierte Befreiung von den Festsetzungen des Bebauungsplans.", "weisungsaufgabe"),
    # a power transferred by the Hauptsatzung, named as the source of the deciding body's power
    ("Der Ortschaftsrat bewilligt dem Musikverein einen Zuschuss von 2.000 Euro. Die Zuständigkeit ergibt sich aus "
     "der Übertragung der Vereinsförderung in der Ortschaft durch die Hauptsatzung.", "satzung"),
])
def test_look_alikes_found_in_session_16(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text", [
    # the town's representative named by the organ it is represented in
    "Die Stadt wird in der Verbandsversammlung durch den Bürgermeister vertreten.",
    "Die Gemeinde wird in der Gesellschafterversammlung der Stadtwerke GmbH durch die Kämmerin vertreten.",
    # a representative named by the compound; Bavaria's Verbandsräte
    "Rat wählt Verbandsvertreter",
    "Benennung der Zweckverbandsvertreter für die Wahlperiode 2025-2030",
    "Der Stadtrat bestellt neben dem Oberbürgermeister als Verbandsrat kraft Amtes Herrn Stadtrat Werner Schuh und "
    "Frau Stadträtin Ilse Frank zu weiteren Verbandsräten.",
    "Als weitere Verbandsrätin wird Marktgemeinderätin Anna Huber bestellt.",
    # many names between the election and the assembly
    "Der Rat wählt für die Wahlperiode die Oberbürgermeisterin sowie Frau Ratsfrau Helga Coenen und Herrn Ratsherrn "
    "Bernd Jansen zu Mitgliedern der Verbandsversammlung des Zweckverbands Region Aachen.",
])
def test_representatives_found_in_session_17(vocabulary, text):
    assert "vertreter_bestellung" in vocabulary.classify(text)


@pytest.mark.parametrize("text", [
    # a deputy is no representative by the word alone: the mayor's, a chair's, an election board's
    "Zum ersten Stellvertreter des Bürgermeisters wird Herr Andreas Sauter gewählt.",
    "Einstimmig hat der Gemeinderat OB-Stellvertreterin Gundi Störner gewählt.",
    "Der Hauptausschuss wählt aus seiner Mitte den Stellvertreter der Vorsitzenden des Hauptausschusses.",
    "Für die Kommunalwahl werden die in der Vorlage genannten Personen zu Beisitzern und Stellvertretern des "
    "Gemeindewahlausschusses gewählt.",
    "Als Stellvertreter wird Herr Bernd Lange gewählt.",
    # a Verbandsrat who votes is not appointed
    "Die Verbandsversammlung beschließt die Haushaltssatzung 2026. Der Oberbürgermeister stimmte als Verbandsrat zu.",
])
def test_deputies_and_roles_found_in_session_17_are_no_representatives_appointed(vocabulary, text):
    assert "vertreter_bestellung" not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the misses of the blind sets 61h and 61b (600 self-written titles), generalised
    ("Dringlichkeitsentscheidung gem. § 60 Abs. 1 Satz 2 GO NRW;\nhier: Auftragserteilung TLF 3000", "vergabe"),
    ("Dringlichkeitsentscheidung gem. § 60 Abs. 1 Satz 2 GO NRW;\nhier: Auftragserteilung TLF 3000",
     "feuerwehr_sicherheit"),
    ('Antrag der UWG-Fraktion "Gute Luft für Kinder - Luftfilter in allen Klassenräumen"', "kita_schule"),
    ('Antrag der CDU-Fraktion "Winterberg bleibt mobil - Skibus auch im Sommer"', "verkehr"),
    ("Busanbindung Schönfeld-Weißig an den Wochenenden", "verkehr"),
    ("Antrag des Integrationsrates auf Durchführung einer Interkulturellen Woche 2025", "veranstaltung"),
    ("Integrationsrat;\nhier: Bestellung der Ratsmitglieder für den Integrationsrat", "besetzung_gremium"),
    ("Beitritt der Stadt zur Bürgersolar GmbH; Gesellschaftsvertrag", "beteiligung_gesellschaft"),
    ("Beitritt der Stadt zur Bürgersolar GmbH; Gesellschaftsvertrag", "beitritt_vereinigung"),
    # a locality council's statement named at the title's end
    ("Ortschaftsrat Liebertwolkwitz; Haushaltssatzung 2025/2026 – Stellungnahme", "positionierung"),
    ("Gestaltungssatzung Ortskern; Anhörung des Ortschaftsrates", "positionierung"),
    # the misses of the blind set 61n (60 self-written papers in Nordstemmen's layout), generalised
    ("Die Gemeinde Nordstemmen tritt mit Wirkung vom 01.03.2013 dem Verein „Leine-Innerste Touristik e. V.“ als "
     "ordentliches Mitglied bei.", "beitritt_vereinigung"),
    ("Die Stadt Kempten (Allgäu) tritt mit Wirkung vom 01.07.2024 dem Zweckverband Kommunale Verkehrsüberwachung "
     "Südwest bei.", "beitritt_vereinigung"),
    ("Die neu anzulegende Erschließungsstraße im Geltungsbereich des Bebauungsplanes Nr. 0702 (Flur 2, Flurstücke "
     "51/3 und 52/1) erhält den Namen „Sperlingsweg“.", "strassenbenennung"),
    ("Die Straßen im Baugebiet „Barnten – Süd IV“ werden wie folgt benannt:", "strassenbenennung"),
    ("Der Verwaltungsausschuss vergibt die Dachdecker- und Dämmarbeiten am Dorfgemeinschaftshaus an die Firma "
     "Hinrichs GmbH.", "vergabe"),
    ("Für die Wahlperiode werden gewählt bzw. benannt: 1. Verbandsversammlung des Abwasserzweckverbandes",
     "vertreter_bestellung"),
    ("Für die Wahlperiode werden gewählt bzw. benannt: Aufsichtsrat der Leinetal Energie GmbH",
     "aufsichtsrat_entsendung"),
    # the hand check of 61b: Hesse's full-time Stadträtin is a Beigeordnete of the Magistrat
    ("Wahl einer hauptamtlichen Stadträtin (Dezernat Digitalisierung und Bürgerservice)", "wahl_beigeordnete"),
    # the miss of the blind set 62o (300 titles of six other Länder)
    ("Einstellung von Rettungsschwimmerinnen und Rettungsschwimmern für die Badesaison 2025", "personalangelegenheit"),
    ("Einstellung von Saisonkräften für das Freibad", "personalangelegenheit"),
    # a local building regulation named analytically (Art. 81 Abs. 1 Nr. 2 BayBO)
    ("Der Bausenat beschließt die Änderung der Satzung über Werbeanlagen in der Inselstadt.", "staedtebau_satzung"),
])
def test_classes_found_in_session_17(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a statement on the budget adopts no budget; a preliminary review decides no validity; an
    # instruction appoints nobody; a commission to the administration awards no contract
    ("Ortschaftsrat Liebertwolkwitz; Haushaltssatzung 2025/2026 – Stellungnahme", "haushaltssatzung"),
    ("Vorprüfung der Gültigkeit der Kommunalwahl vom 14.09.2025", "wahl_gueltigkeit"),
    ("Kapitalerhöhung;\nhier: Weisung an den Vertreter der Gemeinde in der Gesellschafterversammlung",
     "vertreter_bestellung"),
    ("Auftragserteilung an die Verwaltung zur Prüfung eines Radwegs", "vergabe"),
    # a contract joined is still no company joined
    ("Beitritt der Stadt zum Rahmenvertrag Strom", "beteiligung_gesellschaft"),
    # a delegation sent is no membership; an assembly that elected someone is no organ appointed
    # to; grants given are no contract awarded
    ("Der Flecken entsendet eine Delegation aus dem Bürgermeister und je einem Mitglied der Ratsfraktionen; die "
     "Reisekosten werden erstattet.", "beitritt_vereinigung"),
    ("Der Oberbürgermeister bestellt den von der Hauptversammlung gewählten Herrn Maier zum Feuerwehrkommandanten.",
     "vertreter_bestellung"),
    ("Der Rat vergibt Zuschüsse an die Vereine.", "vergabe"),
    # a service or a subsidy stopped hires nobody
    ("Einstellung der Förderung der Windkraft", "personalangelegenheit"),
    # a grant given subject to the budget coming into force adopts no budget (set 64m, minutes)
    ("Der Haupt- und Finanzausschuss bewilligt dem Kulturverein einen Betriebskostenzuschuss in Höhe von 42.000 "
     "Euro vorbehaltlich des Inkrafttretens der Haushaltssatzung 2025.", "haushaltssatzung"),
    ("Der Verwaltungsausschuss gewährt dem Kulturverein einen Zuschuss von 22.000 Euro, vorbehaltlich der "
     "Rechtskraft der Haushaltssatzung 2025.", "haushaltssatzung"),
])
def test_look_alikes_found_in_session_17(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the decision itself keeps its class beside the words that mark a statement or a review
    ("Die Haushaltssatzung 2025 wird beschlossen. Zur Stellungnahme des Ortschaftsrates – Stellungnahme",
     "haushaltssatzung"),
    ("Nach Vorprüfung durch den Wahlprüfungsausschuss beschließt der Rat über die Gültigkeit der Wahl.",
     "wahl_gueltigkeit"),
    ("Herr Adam wird zum Vertreter in der Gesellschafterversammlung bestellt; Weisung an den Vertreter: "
     "der Kapitalerhöhung zuzustimmen.", "vertreter_bestellung"),
])
def test_decisions_beside_the_session_17_look_alikes_keep_their_class(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


def test_an_election_committees_preliminary_review_is_never_not_competent(checker):
    """Set 61h: "Vorprüfung der Gültigkeit der Kommunalwahl" decided by the Wahlprüfungsausschuss
    was `not-competent`: the committee's review is its task (§ 40 KWahlG NRW), the council's
    decision on the validity comes after it."""
    text = ("Vorprüfung der Gültigkeit der Kommunalwahl vom 14.09.2025\n\nBeschlussvorschlag:\nDer "
            "Wahlprüfungsausschuss nimmt die Vorprüfung der Gültigkeit der Kommunalwahl vor.\n")
    result = checker.check_text(text, options=CheckOptions(land="nw", date=datetime.date(2025, 10, 1)))
    assert result.items
    assert all(it.verdict is not Verdict.NOT_COMPETENT for it in result.items)


def test_the_budgets_satzungsbeschluss_adopts_no_plan(vocabulary):
    # the hand check of the blind set 50; a plan's Satzungsbeschluss stays one
    assert "bauleitplanung_abschluss" not in vocabulary.classify(
        "Haushaltssatzung mit Haushaltsplan 2021 mit mittelfristiger Finanzplanung 2022 – 2024 - Satzungsbeschluss")
    assert "bauleitplanung_abschluss" in vocabulary.classify("Bebauungsplan Nr. 5 „Am Hang“; Satzungsbeschluss")


@pytest.mark.parametrize("text", [
    # an appointment beside an instruction keeps its class
    "Der Rat bestellt Herrn Meyer zum Vertreter der Stadt in der Gesellschafterversammlung und weist ihn an, "
    "dem Wirtschaftsplan zuzustimmen.",
    "Als Vertreter der Gemeinde in der Verbandsversammlung wird Frau Schulz gewählt; sie wird ermächtigt, "
    "der Satzungsänderung zuzustimmen.",
])
def test_representatives_appointed_and_instructed_are_appointed(vocabulary, text):
    assert "vertreter_bestellung" in vocabulary.classify(text)


def test_forming_a_committee_for_a_subject_is_forming_a_committee(vocabulary):
    # Regensburg 2019: the committee's subject is not the item's matter; forming it is.
    matters = vocabulary.classify(
        "Der Stadtrat bildet einen beschließenden Ausschuss für die Planungen zur Stadtbahn und "
        "überträgt ihm die Vorberatung.")
    assert "ausschuss_befugnisse" in matters
    assert "verkehr" not in matters


def test_a_subject_class_yields_to_the_reserved_decision_about_it(vocabulary):
    # "Erwerb und Veräußerung von Grundstücken" is grundstuecksgeschaeft, not also land as a subject
    # (a delegation drafted from it must not cover every item about land).
    matters = vocabulary.classify("Erwerb und Veräußerung von Grundstücken bis 1,5 Mio. EUR")
    assert "grundstuecksgeschaeft" in matters
    assert "grundstuecke_liegenschaften" not in matters
    assert "grundstuecke_liegenschaften" in vocabulary.classify("Löschung von Rechten an Grundstücken")


def test_yields_to_must_name_a_known_matter(tmp_path):
    import shutil

    from beschluss_rules.errors import RuleFileError
    from beschluss_rules.rulebase.loader import default_rules_dir
    from beschluss_rules.rulebase.vocabulary import load_vocabulary

    vocab = tmp_path / "vocab"
    shutil.copytree(default_rules_dir() / "vocab", vocab)
    path = vocab / "matters.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "yields_to: [grundstuecksgeschaeft]", "yields_to: [grundstuecksgeschaft]"), encoding="utf-8")
    with pytest.raises(RuleFileError, match="grundstuecksgeschaft") as info:
        load_vocabulary(vocab)
    assert "matters.yaml" in str(info.value)


# --- issue 14: what the titles of other towns' papers showed (11 Länder, none of the samples) ----

@pytest.mark.parametrize("text, matter", [
    ("Haushaltsüberschreitungen", "ausserplanmaessige_aufwendung"),
    ("Festlegung der Gebühren für die Kindertageseinrichtungen mit Wirkung zum 01.09.2024", "abgaben"),
    ("Feststellung und Entlastung der Jahresrechnung 2021", "jahresabschluss"),
    ("Bestellung eines stellvertretenden Mitgliedes in die Zweckverbandsversammlung des "
     "Förderschulzweckverbandes", "vertreter_bestellung"),
    ("Benennung von 3 Mitgliedern und 3 Stellvertretern in den Vorstand des Wasserverbandes",
     "vertreter_bestellung"),
    ("Wahl des stellvertretenden Mitgliedes für die Regionalversammlung", "vertreter_bestellung"),
    ("Wahlen von Vertretern der Gemeinde in Unternehmungen und Einrichtungen", "vertreter_bestellung"),
    ("Bildung der Fach- und sondergesetzlichen Ausschüsse", "ausschuss_befugnisse"),
    ("Anschaffung eines Kompakttraktors für den Bauhof", "vergabe"),
    ("Freiwillige Feuerwehr: Bestellung des Feuerwehrkommandanten und dessen Stellvertreter",
     "personalangelegenheit"),
    ("Benennung einer kommunalen Gleichstellungsbeauftragten", "personalangelegenheit"),
    ("Ausschreibungstexte für die Beigeordneten", "personalangelegenheit"),
    ("Wahl der stellvertretenden Samtgemeindebürgermeister", "stellvertreter_buergermeister"),
    ("Wahl der oder des Samtgemeinderatsvorsitzenden (§ 61 NKomVG)", "vorsitz_vertretung"),
    ("Bestimmung der Stellvertretung des Ratsvorsitzenden", "vorsitz_vertretung"),
    ("Beschluss über die Geschäftsordnung für den Rat, den Samtgemeindeausschuss und die Ratsausschüsse",
     "innere_angelegenheiten"),
    ("Der Stadtrat beschließt, dass die bestehende Geschäftsordnung bis zur Rechtskraft einer neuen "
     "Geschäftsordnung weiter gilt.", "innere_angelegenheiten"),
    ("Besetzung Schulleiterwahlausschuss", "besetzung_gremium"),
])
def test_reserved_and_staffing_matters_from_other_towns(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Siedlungsentwicklung im Gemeindegebiet", "stadtentwicklung"),
    ("Beratung und Beschlussfassung über die Überwachung des ruhenden Verkehrs", "verkehr"),
    ("Geschwindigkeitsmessung in der Seestraße", "verkehr"),
    ("Altersgerechtes Wohnen in der Stadt", "soziales_wohnen"),
    ("Erwerb von einem TSF-W (Tragkraftspritzenfahrzeug) für die FFW", "feuerwehr_sicherheit"),
    ("Kampf gegen Taschen- und Trickdiebstähle", "feuerwehr_sicherheit"),
    ("Einrichtung eines Mehrwegsystems für Kaffeebecher zur Vermeidung von Plastikmüll", "umwelt_gruen"),
    ("Abgrabungsmonitoring", "umwelt_gruen"),
    ("Neugliederung der Forstreviere zum 01.01.2020", "umwelt_gruen"),
    ("Beschlussfassung Forsteinrichtungswerk", "umwelt_gruen"),
    ("Volkstrauertag würdig begehen", "ehrung"),
    ("Investitionsmaßnahmen des Vermögenshaushaltes 2010", "haushalt_finanzen"),
    ("Neuregelung der Umsatzbesteuerung der juristischen Person des öffentlichen Rechts (§ 2b UStG)",
     "haushalt_finanzen"),
    ("Errichtung einer Energiespeicheranlage in der Nähe des Umspannwerkes", "klima_energie"),
    ("Rechenschaftsbericht des Tierschutzvereins", "bericht"),
    ("Informationsbericht des Bürgermeisters", "bericht"),
    ("Niederschrift der letzten Sitzung", "sitzungsdienst"),
    ("Benennung eines Mitgliedes zur Mitunterzeichnung der Niederschrift", "sitzungsdienst"),
    ("Verpflichtung und Pflichtbelehrung der Ratsfrauen und -herren", "sitzungsdienst"),
    ("Bürgermeisterwahl: Bestellung des Gemeindewahlausschusses", "wahlorganisation"),
    ("Antrag auf isolierte Befreiung für die Errichtung einer Holzlege im Garten", "bauantrag"),
    ("Machbarkeitsuntersuchung: Umnutzung der Kapelle zur Schaubrauerei", "bau_massnahme"),
    ("Veranstaltungen im Jahr 2024 - Rechtsverordnung Sonntagsöffnung", "wirtschaft_digital"),
    ("Durchführung eines Radmarathons - Anhörung durch die Stadt gemäß § 29 Abs. 2 StVO",
     "stellungnahme_verfahren"),
    ("Gebietskulisse sowie Städtebauliche Zielplanung des Förderprogramms", "staedtebaufoerderung"),
])
def test_subject_classes_from_other_towns(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the calculation belongs to the Satzung; it is not the Satzung
    ("Beratung und Beschlussfassung zur Gebührennachkalkulation zur Entwässerungssatzung (EWS)", "satzung"),
    # announcing another body's budget bylaw decides nothing about it
    ("Bekanntgabe der Haushaltssatzung der Verwaltungsgemeinschaft für das Jahr 2023", "haushaltssatzung"),
    # rules for awarding market stalls are no award of a contract
    ("Neuerlass der Marktsatzung und Erlass von Vergaberichtlinien für den Weihnachtsmarkt", "vergabe"),
    # a school board's election committee is no election organisation of the municipality
    ("Besetzung Schulleiterwahlausschuss", "wahlorganisation"),
    # "Müller" is a name, not waste; the rules of procedure named as a legal basis are no change of them
    ("Ratsherr Müller fragt nach dem Sachstand.", "umwelt_gruen"),
    ("Die Niederschrift wird nach § 33 Abs. 4 der Geschäftsordnung für den Marktgemeinderat genehmigt.",
     "innere_angelegenheiten"),
])
def test_look_alikes_from_other_towns(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


def test_announcing_a_budget_bylaw_does_not_veto_adopting_it(vocabulary):
    # the exclusion only reads a title that starts with the announcement
    matters = vocabulary.classify(
        "Der Rat beschließt die Haushaltssatzung 2024. Die Bekanntmachung der Haushaltssatzung "
        "erfolgt im Amtsblatt.")
    assert "haushaltssatzung" in matters


# --- issue 14, round 2: the misses of a second set of other towns' titles (13 Länder) -----------

@pytest.mark.parametrize("text, matter", [
    ("Einführung und Verpflichtung eines neuen Gemeinderatsmitgliedes", "sitzungsdienst"),
    ("Verpflichtung des Gemeinderats gemäß § 24 Abs. 2 ThürKO", "sitzungsdienst"),
    ("Sitzungen der Stadtverordnetenversammlung und der Ausschüsse während der Notlage", "sitzungsdienst"),
    ("Jahresrechnung der Kurbetriebe GmbH für das Wirtschaftsjahr 2013", "haushalt_finanzen"),
    ("Übertragung von Haushaltsermächtigungen in das Haushaltsjahr 2021", "haushalt_finanzen"),
    ("Anfrage aus der Bau- und Umweltausschusssitzung zum Papiercontainer", "anfrage"),
    ("Anfrage Stadtratsmitglied Klinkicht vom 15.05.2024", "anfrage"),
    ("Eisenbahnüberführung Anzinger Straße", "strassen_infrastruktur"),
    ("Die Gemeindevertretung ändert die Geschäftsordnung der Gemeinde wie folgt", "innere_angelegenheiten"),
    ("Änderung der Förderung im Rahmen des Bund-Länder-Programms Stadtumbau", "staedtebaufoerderung"),
    ("Feststellung Jahresabschluss zum 31.12.2022 gemäß Sächsischer Gemeindeordnung.", "jahresabschluss"),
    ("Der Oberbürgermeister wird durch den Stadtrat bevollmächtigt, die Vergabeentscheidung über die "
     "Bauleistung zu treffen.", "vergabe"),
    ("Kalkulation der Wasserverbrauchsgebühren", "gebuehrenkalkulation"),
    ("Neukalkulation des Kur- und Fremdenverkehrsbeitrages", "gebuehrenkalkulation"),
    ("Der Gemeinderat fasst den Beschluss, den Wärmepreis ab 01.01.2022 von 0,08 €/kWh auf 0,09 €/kWh "
     "zu erhöhen.", "privatrechtliche_entgelte"),
    ("Bekanntgabe nichtöffentlicher Beschlüsse (Artikel 52 Absatz 3 Gemeindeordnung)", "bericht"),
    ("Rückblick auf die Straßenunterhaltungsmaßnahmen 2014", "bericht"),
    ("Eingabe zur Umbenennung des Stadions", "buergerantrag"),
    ("Eingabe zur Umbenennung des Stadions", "ehrung"),
    ("Eintragung ins Goldene Buch", "ehrung"),
    ("Wilhelm-Ernst-Denkmal", "ehrung"),
    ("Verleihung der Bezeichnung „Hochschulstadt“", "hoheitszeichen"),
    ("Kommunal- und Verwaltungsreform", "verwaltungsorganisation"),
    ("Antrag der Fraktionen – Kindertreff im Stadtteil Nord", "soziales_wohnen"),
    ("Investitionen des optimierten Regiebetriebes in neue Technik", "kommunale_unternehmen"),
    ("Umwidmung von Haushaltsmitteln der Bezirksvertretung", "haushaltsausfuehrung"),
    ("Wahl neuer Mitglieder für den Schulträgerausschuss", "wahl_ausschussmitglieder"),
    ("Beratung und Beschlussfassung des I. Nachtragswirtschaftsplans 2017 für die Werke",
     "wirtschaftsplan_eigenbetrieb"),
    ("Erweiterung der Anlage zum Kombinierten Verkehr", "verkehr"),
    ("Förderantrag der Schule am Hafen vom 17.06.2014", "zuschuss"),
    ("Fördermittelantrag Bildungskoordination", "foerderantrag"),
    ("Verordnung öffentliche Anschläge / Wahlwerbung", "wahlorganisation"),
])
def test_matters_from_the_second_set_of_other_towns(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a school asking the municipality for money does not apply for a grant itself
    ("Förderantrag der Schule am Hafen vom 17.06.2014", "foerderantrag"),
    # information about the approval of the budget bylaw adopts nothing
    ("Mitteilung über die Genehmigungsverfügung zur Haushaltssatzung mit -plan 2024", "haushaltssatzung"),
    # a pandemic aid for clubs is no matter of public safety
    ("Corona-Hilfe für Vereine 2020; Auszahlung von Zuschüssen", "feuerwehr_sicherheit"),
    # awarding the construction of a building does not establish the institution
    ("Vergabe der Leistungen zur schlüsselfertigen Errichtung einer Kindertagesstätte",
     "einrichtung_errichtung"),
])
def test_look_alikes_from_the_second_set(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


def test_establishing_a_kita_stays_an_establishment(vocabulary):
    assert "einrichtung_errichtung" in vocabulary.classify("Errichtung einer Kindertagesstätte in der Ortsmitte")


# --- issue 14, round 3: a third set of other towns' titles -------------------------------------

@pytest.mark.parametrize("text, matter", [
    ("Gehwegsanierung im Ortsteil; Beratung und Auftragsvergabe", "vergabe"),
    ("Westumfahrung ST 2069 Nachtrag 6 Strecken- und Ingenieurbau", "vergabe"),
    ("Westumfahrung ST 2069 Nachtrag 6 Strecken- und Ingenieurbau", "strassen_infrastruktur"),
    ("Einstellung eines Jugendpflegers", "personalangelegenheit"),
    ("Jahresabschluss 2023: Genehmigung von üpl. Aufwendungen gem. § 100 HGO", "ausserplanmaessige_aufwendung"),
    ("Den Eckwerten für den Doppelhaushalt 2022/2023 wird zugestimmt.", "haushalt_finanzen"),
    ("Der Doppelhaushalt 2022/2023 wird beschlossen.", "haushaltssatzung"),
    ("Darlehensaufnahme in 2018", "kredit_darlehen"),
    ("Der Rat der Stadt legt die Anzahl der Ausschusssitze in den einzelnen Ausschüssen fest.",
     "ausschuss_befugnisse"),
    ("Der Rat der Stadt wählt gemäß § 50 Absatz 3 GO NRW in seine Ausschüsse die genannten Personen.",
     "wahl_ausschussmitglieder"),
    ("Aktuelle Anfrage des Stv. Merz, betr.: Reinigung der Straßengräben", "anfrage"),
    ("Antrag auf Herbeiführung einer Nulllösung für Deponiestandorte", "umwelt_gruen"),
    ("Koseler Weg bis Gemeindegrenze", "strassen_infrastruktur"),
    ("E-Ladestationen", "klima_energie"),
    ("Stellungnahme der Gemeinde gemäß § 36 BauGB", "bauantrag"),
    ("Kinderhaus St. Martin, Erweiterung - Planung", "kita_schule"),
    ("Vorstellung Gemeinde-App", "wirtschaft_digital"),
    ("Inanspruchnahme von Fördermitteln für Beratungsleistungen", "foerderantrag"),
    ("Abhalten gemeindlicher Veranstaltungen", "veranstaltung"),
    ("Genehmigung von Notarurkunden", "grundstuecke_liegenschaften"),
    ("Verpflichtung Ratsmitglieder", "sitzungsdienst"),
    ("Spenden, Sponsoringleistungen, Schenkungen und ähnliche Zuwendungen gemäß § 94 Absatz 3 der GemO",
     "annahme_zuwendung"),
])
def test_matters_from_the_third_set_of_other_towns(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the budget bylaw cited as the legal basis is not adopted
    ("Genehmigung von üpl. Aufwendungen gem. § 100 HGO in Verbindung mit § 7 der Haushaltssatzung",
     "haushaltssatzung"),
    # Eckwerte prepare the budget; they are no budget bylaw
    ("Den Eckwerten für den Doppelhaushalt 2022/2023 wird zugestimmt.", "haushaltssatzung"),
    # a treaty between the Länder is no contract of the municipality
    ("Glücksspielstaatsvertrag; Verringerung von Spielautomaten", "vertrag"),
    # discontinuing a procedure is no hiring; a paragraph number is no road
    ("Einstellung des Verfahrens", "personalangelegenheit"),
    ("gemäß Anlage 12 und § 3 Abs. 2", "strassen_infrastruktur"),
])
def test_look_alikes_from_the_third_set(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


# --- issue 14, round 4: a fourth set of other towns' titles and Karlsruhe's decision items ------

@pytest.mark.parametrize("text, matter", [
    ("Diskussion und Beschlussfassung zum Jahresabschluss 2016 der Gemeinde", "jahresabschluss"),
    ("Namentliche Benennung der Mitglieder des Verwaltungsausschusses sowie deren Stellvertreter",
     "wahl_ausschussmitglieder"),
    ("Umbesetzung in Ausschüssen (Antrag der Fraktion)", "wahl_ausschussmitglieder"),
    ("Der Gemeinderat beschließt die vorgeschlagenen Umbesetzungen gemeinderätlicher Ausschüsse und Gremien.",
     "besetzung_gremium"),
    ("Frau X von der ordentlichen Mitgliedschaft im Schulbeirat zu entbinden", "besetzung_gremium"),
    ("Der Gemeinderat beschließt den Erbbauzins für gemeinwohlorientierte Baugruppen", "grundstuecke_liegenschaften"),
    ("Haushalt 2018 hier: Vorlage gemäß § 97 Abs. 1 HGO", "haushalt_finanzen"),
    ("Antrag der Fraktion zur Personalaufstockung im Ordnungsamt", "verwaltungsorganisation"),
    ("Vorstellung Kriminalstatistik 2021", "feuerwehr_sicherheit"),
    ("Der Stadtrat stimmt dem Antrag zur Aufhebung des Mandats von Herrn X zu.", "mandat_ausscheiden"),
    ("Antrag zur Änderung der Nutzung der Kartbahnanlage", "bauantrag"),
    ("Weitere Verfahrensweise zum ständigen Tagesordnungspunkt Informationen zur Lage", "sitzungsdienst"),
    ("Verzicht auf Erhöhung der Entschädigung für ehrenamtliche Tätigkeit", "aufwandsentschaedigung"),
])
def test_matters_from_the_fourth_set_of_other_towns(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # "ehrenamtlich" describes the office; it is no matter of volunteering
    ("Namentliche Bestellung des stellvertretenden ehrenamtlichen Bürgermeisters", "soziales_wohnen"),
    # an election committee is no committee of the council
    ("Besetzung des Wahlausschusses für die Kommunalwahl", "wahl_ausschussmitglieder"),
    # "Haushalt" named in passing inside a sentence is no finance matter
    ("Die Mittel stehen im Haushalt 2024 bereit.", "haushalt_finanzen"),
])
def test_look_alikes_from_the_fourth_set(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


# --- issue 14, round 5: a fifth set of other towns' titles --------------------------------------

@pytest.mark.parametrize("text, matter", [
    ("Änderung des Regionalplans Münsterland - Entwurf der Stellungnahme der Stadt", "stellungnahme_verfahren"),
    ("Schöffenwahl 2023", "schoeffen_vorschlagsliste"),
    ("Aufstellen einer zusätzlichen Straßenleuchte", "klima_energie"),
    ("Herrichten des Grillplatzes einschließlich der Zuwegung", "sport_kultur_freizeit"),
    ("Bewerbung Landesgartenschau 2028-2030", "sport_kultur_freizeit"),
    ("Endergebnis Stadtradeln 2020", "verkehr"),
    ("Genehmigung der vorgelegten Tagesordnung", "sitzungsdienst"),
    ("Gemeinderatsfragestunde", "sitzungsdienst"),
])
def test_matters_from_the_fifth_set_of_other_towns(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


# --- issue 14, round 6: German council language in general (not a title set) -----------------

@pytest.mark.parametrize("text, matter", [
    # new classes without a rule
    ("Hausarztversorgung im ländlichen Raum - Förderprogramm", "gesundheit"),
    ("Kreiskrankenhaus - Verlustausgleich 2024", "gesundheit"),
    ("Aufstellung eines Defibrillators am Bürgerhaus", "gesundheit"),
    ("Rathaussanierung - Vorstellung der Entwurfsplanung", "gemeindliche_gebaeude"),
    ("Gemeindehaus - Erneuerung der Heizung", "gemeindliche_gebaeude"),
    ("Öffentliche Toiletten in der Innenstadt", "gemeindliche_gebaeude"),
    ("Dienstfahrzeug für das Ordnungsamt", "ausstattung_fahrzeuge"),
    ("Ankauf eines Traktors für den Bauhof", "ausstattung_fahrzeuge"),
    ("Ausstattung des Jugendtreffs mit Möbeln", "ausstattung_fahrzeuge"),
    ("Antrag auf Akteneinsicht", "beschlusskontrolle"),
    ("Widerspruch des Bürgermeisters gegen den Beschluss vom 12.03.2024", "beschlusskontrolle"),
    ("Aufhebung des Beschlusses zur Erweiterung des Parkplatzes", "beschlusskontrolle"),
    # standing agenda items, reports named by their kind
    ("Genehmigung des Protokolls der letzten Sitzung", "sitzungsdienst"),
    ("Fragen der Einwohner", "sitzungsdienst"),
    ("Kassenprüfung - Bericht", "bericht"),
    ("Vorstellung Kriminalstatistik 2023", "bericht"),
    ("Breitbandausbau - Sachstand", "bericht"),
    # finance words, levies paid, fees by their names
    ("Amtsumlage 2024", "haushalt_finanzen"),
    ("Samtgemeindeumlage 2025", "haushalt_finanzen"),
    ("Verwendung der bezirklichen Mittel 2024", "haushalt_finanzen"),
    ("Änderungsantrag zum Haushalt 2025", "haushalt_finanzen"),
    ("Stellenplan 2025", "haushalt_finanzen"),
    ("Gästebeitrag - Einführung", "gebuehren_beitraege"),
    ("Gewerbesteuer - Stundung", "gebuehren_beitraege"),
    # subjects by their nouns, hyphenated forms
    ("Car-Sharing-Angebot am Bahnhof", "verkehr"),
    ("Mitfahrbank am Ortseingang", "verkehr"),
    ("Wegeunterhaltung 2025", "strassen_infrastruktur"),
    ("Energienutzungsplan", "klima_energie"),
    ("Stromlieferung ab 2025 - Bündelausschreibung", "klima_energie"),
    ("Neuordnung der Wasserschutzgebiete", "wasser_abwasser"),
    ("Ersatzbeschaffung eines HLF 20", "feuerwehr_sicherheit"),
    ("Polizeiverordnung - Neufassung", "feuerwehr_sicherheit"),
    ("Biotopverbund im Gemeindegebiet", "umwelt_gruen"),
    ("Grüngutsammelplatz - Öffnungszeiten", "umwelt_gruen"),
    ("Skateranlage am Sportplatz", "sport_kultur_freizeit"),
    ("Badestelle am See", "sport_kultur_freizeit"),
    ("Christkindlmarkt 2024", "veranstaltung"),
    ("Dorffest - Organisation", "veranstaltung"),
    ("Kirchweih 2024 - Festwirt", "veranstaltung"),
    ("Verabschiedung und Ehrung ausgeschiedener Gemeinderäte", "ehrung"),
    ("Bürgermedaille - Verleihung", "ehrung"),
    ("Partnerschaft mit der Gemeinde in Frankreich - 50 Jahre", "partnerschaft"),
    ("Verwaltungsgemeinschaft - Umlage 2025", "zusammenarbeit"),
    ("Bestellung eines Behindertenbeauftragten", "soziales_wohnen"),
    ("Jugendhaus - Trägerwechsel", "soziales_wohnen"),
    ("Ferienbetreuung an der Grundschule", "kita_schule"),
    ("Antrag auf Vorbescheid zur Errichtung eines Mehrfamilienhauses", "bauantrag"),
    ("Tekturantrag zum Umbau einer Scheune", "bauantrag"),
    ("Ortskernsanierung - Fassadenprogramm", "stadtentwicklung"),
    ("Dorfladen - Unterstützung", "wirtschaft_digital"),
    ("Personalangelegenheit", "personalangelegenheit"),
    ("Bestellung eines Datenschutzbeauftragten", "personalangelegenheit"),
    ("Datenschutz in der Verwaltung", "verwaltungsorganisation"),
    ("Pachtangelegenheiten", "grundstuecke_liegenschaften"),
    ("Verkauf von Baugrundstücken im Neubaugebiet", "grundstuecksgeschaeft"),
    ("Denkmalliste - Eintragung der Kapelle", "naturschutz"),
    ("Aussegnungshalle - Sanierung", "friedhof"),
    ("Flurbereinigung - Wegebau", "bodenordnung"),
    ("Dienstaufwandsentschädigung des Ersten Bürgermeisters", "aufwandsentschaedigung"),
    ("Umbildung des Verwaltungsausschusses", "ausschuss_befugnisse"),
    ("Regionalplan Windenergie - Stellungnahme", "stellungnahme_verfahren"),
    ("Bebauungs- Plan Nr. 4 „Am Hang“", "bauleitplanung"),
])
def test_general_council_language(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a compound that only begins like a term
    ("Bezirkshaushaltsplan für die Haushaltsjahre 2020 und 2021 (Doppelhaushaltsplan)", "bauantrag"),
    ("Stand des Haushaltsvollzugs gemäß § 28 Gemeindehaushaltsverordnung", "gemeindliche_gebaeude"),
    ("Hebesätze für die Grund- und Gewerbesteuer", "wirtschaft_digital"),
    ("Planentwurf des Teilflächennutzungsplans", "grundstuecke_liegenschaften"),
    # a word that names something else
    ("Bildung der Ausschüsse - Ersatzwahl für ein ausgeschiedenes Ratsmitglied", "ehrung"),
    ("Eröffnung des Freibads", "sitzungsdienst"),
    ("Pflege der Grünanlagen", "soziales_wohnen"),
    ("Beteiligung der Stadt an der Energie GmbH", "stellungnahme_verfahren"),
    ("Beschaffung wetterfester Sitzbänke", "veranstaltung"),
    ("Satzung nach §§ 28 ff. BauGB", "feuerwehr_sicherheit"),
    ("Eingabe zur Umbenennung des Adolf-Jäger-Stadions", "umwelt_gruen"),
    ("Bestätigung der Wahl des Feuerwehrkommandanten", "beschlusskontrolle"),
    # found in the decision texts of the samples: a street, a lake, a bylaw, a supervisory
    # board's seat, a building consent, a place of publication, an office named in passing
    ("Der Rat bestellt Herrn K., dienstansässig Rathausstraße 3, zum Wahlleiter.", "gemeindliche_gebaeude"),
    ("Rechtsverordnung über die Benutzung des Baggersees", "ausstattung_fahrzeuge"),
    ("Bebauungsplan „Werbeanlagensatzung Innenstadt“", "bauantrag"),
    ("Änderung der Besetzung des Aufsichtsrates: Niederlegung eines Aufsichtsratsmandates", "mandat_ausscheiden"),
    ("Erteilung des Einvernehmens nach § 36 BauGB", "stellungnahme_verfahren"),
    ("Die Stelle wird in der Stadtzeitung und im Internet ausgeschrieben.", "wirtschaft_digital"),
    ("Vergabe von Wartung, Betriebsführung und Notdienst der Sprinkleranlagen", "kommunale_unternehmen"),
    ("Konzerthaus, Erneuerung der Sicherheitsbeleuchtung", "veranstaltung"),
    ("Abwicklung der Baumaßnahmen durch das Bauamt", "verwaltungsorganisation"),
    ("Anmietung von Büroräumen: Höhe des Mietpreises", "soziales_wohnen"),
    # topic words inside a committee's name
    ("Der Gemeinderat beschließt nach Vorberatung im Migrationsbeirat ...", "soziales_wohnen"),
    ("Der Digitalisierungsausschuss empfiehlt dem Rat, ...", "wirtschaft_digital"),
    ("Der Jugend- und Sozialausschuss empfiehlt dem Rat, ...", "soziales_wohnen"),
    ("Der Klima- und Umweltausschuss empfiehlt dem Rat, ...", "klima_energie"),
    ("Der Sport- und Kulturausschuss empfiehlt dem Rat, ...", "sport_kultur_freizeit"),
])
def test_look_alikes_of_general_council_language(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


# --- issue 14, round 7: the misses and the wrong ones of set 6, generalised ----------------------

@pytest.mark.parametrize("text, matter", [
    ("Wahl des Friedensrichters und seines Stellvertreters", "schiedsperson_wahl"),
    ("Vorbereitung der Kommunal- und Europawahl", "wahlorganisation"),
    ("Feststellung des Verlustes der Wählbarkeit und des Stadtratsmandates", "mandat_ausscheiden"),
    ("Besetzung des Rechnungsprüfungsausschusses", "wahl_ausschussmitglieder"),
    ("Festsetzung der Zahl der Mitglieder der Ortsräte", "ausschuss_befugnisse"),
    ("Vergabe eines Auftrages nach VOB/A - Neubau Feuerwehrhaus, Los 13", "vergabe"),
    ("Erlass einer Verordnung über die öffentlichen Anschläge vor Wahlen", "satzung"),
    ("Elternbeitragssatzung, 2. Änderungssatzung (Satzungsbeschluss)", "satzung"),
    ("Erneute Offenlage der Klarstellungs- und Ergänzungssatzung", "bauleitplanung_verfahren"),
    ("Annahme der Beschlüsse des Ferienausschusses", "beschlusskontrolle"),
    ("Aufnahme von auswärtigen Kindern in Betreuungseinrichtungen", "kita_schule"),
    ("Holzvergabe an Selbstwerber", "umwelt_gruen"),
    ("Standesamt - gemeinsamer Standesamtsbezirk", "verwaltungsorganisation"),
    ("Einführung, Verpflichtung und Ernennung eines Beigeordneten", "sitzungsdienst"),
    ("Eintrag in das Ehrenbuch der Stadt", "ehrung"),
    ("Das Protokoll Nr. 11 vom 11.02.2019 wird genehmigt.", "niederschrift_genehmigung"),
    ("Beschaffung und Förderung von CO2-Sensoren für die Schulen", "vergabe"),
    ("Bau- und Finanzierungsbeschluss zur Schaffung einer Grünfläche", "bau_massnahme"),
])
def test_matters_from_the_sixth_set_of_other_towns(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Errichtung eines Nahwärmenetzes für die Schule und die Halle", "einrichtung_errichtung"),
    ("Elternbeitragssatzung, 2. Änderungssatzung (Satzungsbeschluss)", "bauleitplanung_abschluss"),
    ("Erneute Offenlage der Klarstellungs- und Ergänzungssatzung", "satzung"),
    ("Stellungnahme zur Änderung der Verordnung des Landes über Zuständigkeiten", "satzung"),
])
def test_look_alikes_from_the_sixth_set(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Vergabe digitale Arbeits- und Endgeräte für die Grundschule", "vergabe"),
    ("Auftragsvergabe Winterdienst 2024/2025", "vergabe"),
    ("Verkauf des Bauplatzes „Am Brunnen“ in der Gemarkung Süd", "grundstuecksgeschaeft"),
    ("Erwerb von Gewerbegrundstücken im Gewerbegebiet Nord", "grundstuecksgeschaeft"),
    ("Gültigkeitserklärung der Gemeindewahl am 6. Mai 2018", "wahl_gueltigkeit"),
    ("Wahl eines/einer Vertreters/Vertreterin für den Wasserbeschaffungsverband", "vertreter_bestellung"),
    ("Benennung von Verkehrsflächen im Plangebiet 113, hier: Benennung der Planstraße A", "strassenbenennung"),
    ("Einziehung einer öffentlichen Verkehrsfläche (Teilfläche der Dorfstraße)", "widmung"),
])
def test_matters_from_the_lead_s_hand_check_of_the_seventh_set(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Vergaberichtlinien für Bauplätze", "vergabe"),
    ("Bauplatzpreise im Baugebiet Ost", "grundstuecksgeschaeft"),
    ("Gültigkeit der Auswahl der Bewerber", "wahl_gueltigkeit"),
    ("Benennung des Spielplatzes am Mühlenweg", "strassenbenennung"),
    ("Einziehung von Forderungen aus Gewerbesteuer", "widmung"),
])
def test_look_alikes_from_the_lead_s_hand_check(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


# --- round 8: a self-written list of what councils decide, along the municipal product areas ----

@pytest.mark.parametrize("text, matter", [
    # Innere Verwaltung
    ("Erklärung zur Befangenheit", "sitzungsdienst"),
    ("Antrag von Stadtverordneten auf Einberufung einer Sondersitzung", "sitzungsdienst"),
    ("Fusion der Verbandsgemeinden - Grundsatzbeschluss", "verwaltungsorganisation"),
    ("Aufgabenübertragung an den Kreis: Vollstreckungsstelle", "zusammenarbeit"),
    ("Jugendbeirat - Geschäftsordnung", "besetzung_gremium"),
    ("Migrationsbeirat: Wahl der Mitglieder", "besetzung_gremium"),
    ("Antrag der CDU-Fraktion: Einrichtung eines Jugendgemeinderates", "besetzung_gremium"),
    ("Abwahl des hauptamtlichen Bürgermeisters - Einleitung des Verfahrens", "wahlorganisation"),
    ("Festsetzung der Entschädigung für Ortsvorsteherinnen und Ortsvorsteher", "aufwandsentschaedigung"),
    ("Versicherungsangelegenheiten: Wechsel des Kommunalversicherers", "rechtsangelegenheit"),
    ("Klage gegen den Bescheid des Landratsamtes; Ermächtigung zur Klageerhebung", "rechtsangelegenheit"),
    ("Beauftragung eines Rechtsanwalts in der Sache Kanalbau", "rechtsangelegenheit"),
    ("Öffentlichkeitsarbeit: Herausgabe eines Amtsblattes", "oeffentlichkeitsarbeit"),
    ("Neugestaltung der Internetseite der Gemeinde", "oeffentlichkeitsarbeit"),
    # Sicherheit und Ordnung
    ("Persönliche Schutzausrüstung für die Einsatzkräfte", "feuerwehr_sicherheit"),
    ("Alkoholverbot auf öffentlichen Plätzen", "feuerwehr_sicherheit"),
    ("Verordnung über die Aufrechterhaltung der öffentlichen Sicherheit und Ordnung", "feuerwehr_sicherheit"),
    # Kultur, Sport, Soziales, Jugend, Gesundheit
    ("Heimatpreis 2025", "ehrung"),
    ("Ortschronik - Herausgabe", "sport_kultur_freizeit"),
    ("Tennisplätze - Überlassung an den Tennisclub", "sport_kultur_freizeit"),
    ("Jugendförderplan 2025-2029", "soziales_wohnen"),
    ("Integrationsmanagement - Weiterführung", "soziales_wohnen"),
    ("Begrüßungsgeld für Neugeborene", "soziales_wohnen"),
    ("Seniorenfahrt 2025", "soziales_wohnen"),
    ("Drogenkonsumraum", "gesundheit"),
    ("Pflegeschule - Beteiligung", "gesundheit"),
    # Planung, Bauen, Ver- und Entsorgung, Verkehr, Natur, Umwelt, Wirtschaft
    ("Baulückenkataster", "stadtentwicklung"),
    ("Konversion der ehemaligen Kaserne", "stadtentwicklung"),
    ("Beratung und Beschlussfassung über die Stellungnahmen der Träger öffentlicher Belange", "bauleitplanung"),
    ("Gelbe Tonne statt Gelber Sack", "umwelt_gruen"),
    ("Illegale Müllablagerungen - Maßnahmen", "umwelt_gruen"),
    ("Waldumbau nach Borkenkäferschäden", "umwelt_gruen"),
    ("Schottergärten - Verbot", "umwelt_gruen"),
    ("Gaskonzession - Auswahlverfahren", "klima_energie"),
    ("Fairtrade-Town - Bewerbung", "klima_energie"),
    ("Graue-Flecken-Förderprogramm", "wirtschaft_digital"),
    ("Gründerzentrum - Betrieb", "wirtschaft_digital"),
    ("Brückenprüfung - Ergebnis und Sanierungsbedarf", "strassen_infrastruktur"),
    ("Löschungsbewilligung für eine Rückauflassungsvormerkung", "grundstuecke_liegenschaften"),
    ("Übernahme der Trägerschaft der Grundschulbetreuung durch die Gemeinde", "kita_schule"),
    # Finanzen
    ("Kommunaler Entschuldungsfonds - Teilnahme", "haushalt_finanzen"),
    ("Freiwillige Leistungen - Überprüfung", "haushalt_finanzen"),
    ("Einführung der Doppik", "haushalt_finanzen"),
    ("Zuwendungsbescheid - Annahme", "foerderantrag"),
    ("Landesprogramm - Antrag auf Zuwendung", "foerderantrag"),
    ("Bürgerstiftung - Zustiftung der Gemeinde", "zuschuss"),
    ("Vergabe von Fördermitteln an Vereine 2025", "zuschuss"),
    ("Vereinbarung mit der Kirchengemeinde über die Nutzung des Gemeindesaals", "vertrag"),
    # reserved matters, where the wording really means them
    ("Feststellung des Sitzverlustes eines Ratsmitglieds", "mandat_ausscheiden"),
    ("Nachbesetzung eines Sitzes im Ortschaftsrat nach Ausscheiden von Herrn M.", "mandat_ausscheiden"),
    ("Ernennung eines Beamten auf Lebenszeit", "personalangelegenheit"),
    ("Der Hauptausschuss beschließt, die Stelle der Klimaschutzmanagerin zu besetzen.", "personalangelegenheit"),
    ("Durchführung eines Ratsbürgerentscheids", "buergerentscheid"),
    ("Ratsbegehren zur Windkraft", "buergerentscheid"),
    ("Antrag der Fraktion DIE LINKE betr. Umbenennung der Hindenburgstraße", "strassenbenennung"),
    ("Rechtsstreit der Gemeinde mit der Baufirma - Abschluss eines Vergleichs", "verzicht_vergleich"),
    ("Erhöhung der Gewerbesteuer", "abgaben"),
    ("Verkauf von Aktien der RWE", "veraeusserung_beteiligung"),
    ("Veräußerung der Anteile an der Energieversorgung", "veraeusserung_beteiligung"),
    ("Wirtschaftsplan 2025 des Eigenbetriebs Abwasser", "wirtschaftsplan_eigenbetrieb"),
    ("Stromlieferung ab 2025 - Bündelausschreibung", "vergabe"),
    ("Stiftung - Änderung der Stiftungssatzung", "satzung"),
    ("Vorhabenbezogener Bebauungsplan „Nahversorger“ - Billigung des Entwurfs und Offenlage",
     "bauleitplanung_verfahren"),
])
def test_matters_from_a_list_of_what_councils_decide(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # allocating funds, hall times, plots, house numbers or a prize is no contract awarded
    ("Kulturpreis der Stadt - Vergabe", "vergabe"),
    ("Vergabe der Hallenzeiten an die Sportvereine", "vergabe"),
    ("Vergabe von Fördermitteln an Vereine 2025", "vergabe"),
    ("Stellenausschreibung für die Kämmerei", "vergabe"),
    # federal taxes in a resolution, a co-owner's share of a plot, a sports ground named
    ("Resolution zur Senkung der Stromsteuer", "abgaben"),
    ("Veräußerung der Anteile an dem Grundstück Flst. 12", "veraeusserung_beteiligung"),
    ("Benennung des Sportplatz am Wald", "strassenbenennung"),
    ("Beratung und Beschlussfassung zur Vergabe der Hausnummerierung im Industriegebiet", "vergabe"),
    # a statement on the district's bylaw enacts no bylaw of the municipality
    ("Abfallwirtschaftssatzung des Landkreises - Stellungnahme", "satzung"),
    # a petition that names a tax raise does not set the tax (a committee may handle it)
    # a demand to introduce the instrument is no referendum
    ("Forderungen zur Einführung des Ratsbegehrens", "buergerentscheid"),
    # a grant notice is not the acceptance of a donation
    ("Zuwendungsbescheid - Annahme", "annahme_zuwendung"),
    # the environmental report of a plan is no environmental matter; VAT is no municipal tax
    ("Entwurf des Bebauungsplanes mit Begründung und Umweltbericht", "umwelt_gruen"),
    ("Anpassung der Umsatzsteuer in den Verträgen", "abgaben"),
    # place and person names: Saarbrücken is no bridge, Frau Acker no field
    ("Bürgerbus Saarbrücken", "strassen_infrastruktur"),
    ("Berufung von Frau Channa Acker", "grundstuecke_liegenschaften"),
    # a Schöffin is no youth work, a Jugendhilfeausschuss not its subject
    ("Vorschlagsliste der Jugendschöffinnen und Jugendschöffen", "soziales_wohnen"),
    ("Der Jugendhilfeausschuss empfiehlt dem Rat die Satzung", "soziales_wohnen"),
    # a Widmung published as Allgemeinverfügung is no public-order matter
    ("Widmung der Straße durch Allgemeinverfügung", "feuerwehr_sicherheit"),
    # a forest cemetery is a cemetery, a forest kindergarten a kindergarten
    ("Anlage eines Baumgräberfeldes auf dem Waldfriedhof", "umwelt_gruen"),
    ("Einrichtung einer Waldkindergartengruppe", "umwelt_gruen"),
])
def test_look_alikes_of_the_list_of_what_councils_decide(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


def test_a_petition_naming_a_tax_raise_gets_no_new_levy_matter(vocabulary):
    # the noun form "Erhöhung der ...steuer" sets a tax, except inside a petition or question
    assert "abgaben" in vocabulary.classify("Erhöhung der Hundesteuer")
    assert "abgaben" not in vocabulary.classify("Anregung nach § 24 GO zur Erhöhung der Hundesteuer")


# --- round 9: a self-written list of agenda titles as councils of nine Länder phrase them ---------

@pytest.mark.parametrize("text, matter", [
    # subject classes without a rule
    ("Ortsrat Nordfeld: Verwendung der Ortsratsmittel 2026", "haushalt_finanzen"),
    ("Ortschaftsrat: Verwendung der Ortschaftsmittel", "haushalt_finanzen"),
    ("Bürgerfragestunde", "sitzungsdienst"),
    ("Sitzverteilung in den Ausschüssen nach Auflösung einer Gruppe", "sitzungsdienst"),
    ("Wahl der Ortsgerichtsschöffen", "ehrenamtliche_justiz"),
    ("Vorschlag zur Ernennung des Ortsgerichtsvorstehers", "ehrenamtliche_justiz"),
    ("Anfrage der SPD zur Personalsituation im Bauamt", "anfrage"),
    ("Anfrage: Stand der Sanierung des Freibads", "anfrage"),
    ("Förderprogramm Vitale Dorfkerne und Ortszentren", "stadtentwicklung"),
    ("Landessanierungsprogramm: Antrag auf Aufstockung des Förderrahmens", "staedtebaufoerderung"),
    ("Landessanierungsprogramm: Antrag auf Aufstockung des Förderrahmens", "foerderantrag"),
    ("Stadtsanierung: Abschluss der Maßnahme und Aufhebung der Sanierungssatzung", "staedtebaufoerderung"),
    ("Strandbewirtschaftung - Konzession", "sport_kultur_freizeit"),
    ("Spielleitplanung", "sport_kultur_freizeit"),
    ("Ferienpass 2026", "soziales_wohnen"),
    ("IT-Dienstleister: Wechsel des Rechenzentrums", "wirtschaft_digital"),
    ("Zuwendung an die Kirchengemeinde für die Renovierung der Kirche", "zuschuss"),
    ("Zuwendung an die Kirchengemeinde für die Renovierung der Kirche", "bau_massnahme"),
    ("Obdachlosenunterkunft: Ertüchtigung der Sanitäranlagen", "bau_massnahme"),
    ("Vereinbarung zur Schülerspeisung", "kita_schule"),
    ("Kapitaleinlage in die Wohnungsgesellschaft", "kommunale_unternehmen"),
    ("Gesellschafterversammlung der Energiegesellschaft - Weisung an den Vertreter", "kommunale_unternehmen"),
    ("Verbesserungsbeitrag für die Kläranlage - Erhebung", "gebuehren_beitraege"),
    ("Straßenbaubeitrag - Abrechnung der Erschließungsanlage Lindenweg", "gebuehren_beitraege"),
    ("Tausch von Flächen mit der Kirchengemeinde", "grundstuecke_liegenschaften"),
    ("Dringlicher Beschluss des Bürgermeisters - Bestätigung", "dringlichkeit_genehmigung"),
    # reserved matters, where the wording really means them
    ("Dringlichkeitsentscheidung vom 3. März über die Beschaffung von Streusalz - Genehmigung",
     "genehmigung_dringlichkeitsentscheidung"),
    ("Verkauf eines Wohngebäudes im Rahmen der Bieterauswahl", "grundstuecksgeschaeft"),
    ("Anschlussunterbringung von Flüchtlingen - Erwerb eines Wohngebäudes", "grundstuecksgeschaeft"),
    ("Prüfung der Jahresabschlüsse 2019 und 2020 - Entlastung", "jahresabschluss"),
    ("Hundesteuer: Erhöhung ab 2026", "abgaben"),
    ("Grundsteuer - Anpassung der Hebesätze", "abgaben"),
    ("Ausscheiden eines Ratsmitgliedes - Feststellung des Nachrückers", "mandat_ausscheiden"),
    ("Beteiligung an der Breitband-Infrastrukturgesellschaft", "beteiligung_gesellschaft"),
])
def test_matters_from_agenda_titles_as_councils_phrase_them(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a participatory budget is no Bürgerhaus
    ("Antrag der Fraktion auf Einführung eines Bürgerhaushalts", "sport_kultur_freizeit"),
    # a grant the municipality receives is not one it pays
    ("Zuwendung an die Gemeinde aus dem Landesprogramm", "zuschuss"),
    # "Verschiedenes, Wünsche und Anfragen" stays without a matter (no catch-all)
    ("Verschiedenes, Wünsche und Anfragen", "anfrage"),
    # the approval of an urgent decision only where the approval is the item, not its subject
    ("Dringlichkeitsentscheidung: Genehmigung der Ausnahme von der Veränderungssperre",
     "genehmigung_dringlichkeitsentscheidung"),
    ("Dringlichkeitsentscheidung über die Beschaffung von Streusalz - Bekanntgabe",
     "genehmigung_dringlichkeitsentscheidung"),
    ("Eilentscheidung des Bürgermeisters zur Beschaffung von Heizöl - Unterrichtung", "dringlichkeit_genehmigung"),
    # things bought for a building or sold in it are no sale of the building
    ("Erwerb eines Defibrillators für das Rathaus", "grundstuecksgeschaeft"),
    ("Ankauf von Spielgeräten im Bürgerhaus", "grundstuecksgeschaeft"),
    ("Verkauf von Speisen und Getränken im Dorfgemeinschaftshaus", "grundstuecksgeschaeft"),
    # the discharge of a company's or an association's organs is not the municipality's
    ("Zweckverband Wasserversorgung: Jahresabschluss 2023 und Entlastung des Verbandsvorstehers", "jahresabschluss"),
    ("Jahresabschluss 2023 der Stadtwerke GmbH und Entlastung der Geschäftsführung", "jahresabschluss"),
    # a tax named first, then something other than its rate
    ("Anfrage zur Hundesteuer: Erhöhung geplant?", "abgaben"),
    ("Grundsteuer: Anpassung der Software für die Veranlagung", "abgaben"),
    ("Gewerbesteuer: Festsetzung der Vorauszahlungen", "abgaben"),
    # leaving a committee or an advisory board is not leaving the council
    ("Ausscheiden eines Ratsmitglieds aus dem Bauausschuss - Nachbesetzung", "mandat_ausscheiden"),
    ("Ausscheiden eines Mitglieds aus dem Seniorenbeirat", "mandat_ausscheiden"),
    # the public heard on a company's project is no participation in the company
    ("Beteiligung der Öffentlichkeit am Vorhaben der Energie-Genossenschaft", "beteiligung_gesellschaft"),
    ("Gesellschafterversammlung der Wohnungsbau-Gesellschaft - Weisung an den Vertreter", "beteiligung_gesellschaft"),
    # a capital contribution is named, not the reserved change of the holding
    ("Kapitaleinlage in die Wohnungsgesellschaft", "beteiligung_gesellschaft"),
    # the Hessian Ortsgericht's lay assessors are not the Schöffen of the criminal courts
    ("Wahl der Ortsgerichtsschöffen", "schoeffen_vorschlagsliste"),
])
def test_look_alikes_of_agenda_titles_as_councils_phrase_them(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


def test_a_discharge_after_the_accounts_that_is_only_taken_note_of_reserves_nothing(vocabulary):
    matters = vocabulary.classify(
        "Jahresabschluss 2023 - Entlastung. Der Prüfbericht wird zur Kenntnis genommen.")
    assert "jahresabschluss" not in matters and "kenntnisnahme" in matters


@pytest.mark.parametrize("land", ["nw", "bw", "by", "ni", "sn"])
def test_the_audit_committee_recommending_the_discharge_is_not_flagged(checker, land):
    """Round 9 reads "Jahresabschluss 2022 - Entlastung" as the reserved discharge; the audit
    committee that only recommends it (or whose item is the recommendation) decides nothing
    reserved: never `not-competent`."""
    options = CheckOptions(land=land, date=datetime.date(2024, 6, 1))
    recommends = ("Betreff: Jahresabschluss 2022 - Entlastung\n\nBeschlussvorschlag:\n"
                  "Der Rechnungsprüfungsausschuss empfiehlt dem Rat, dem Bürgermeister für das "
                  "Haushaltsjahr 2022 Entlastung zu erteilen.\n")
    subject = "Prüfung des Jahresabschlusses 2022 - Empfehlung zur Entlastung"
    own_item = (f"Betreff: {subject}\n\nBeschlussvorschlag:\n"
                f"Der Rechnungsprüfungsausschuss beschließt: {subject}.\n")
    assert "jahresabschluss" not in checker.rule_base.vocabulary.classify(subject)
    for text in (recommends, own_item):
        assert checker.check_text(text, options=options).items[0].verdict != Verdict.NOT_COMPETENT


@pytest.mark.parametrize("text", ["Verschiedenes", "Sonstiges", "Wünsche und Anträge", "Ergänzungsantrag zur Vorlage 123/2024"])
def test_no_catch_all_an_agenda_item_of_anything_has_no_matter(vocabulary, text):
    # "Verschiedenes" holds whatever comes up: no class may claim it (docs/inputs.md, fallback)
    assert vocabulary.classify(text) == ()


def test_a_plans_satzungsbeschluss_stays_the_plans(vocabulary):
    matters = vocabulary.classify("Bebauungsplan Nr. 7 „Am Feld“ - Satzungsbeschluss")
    assert "bauleitplanung_abschluss" in matters and "satzung" not in matters


NEW_CLASS_TITLES = [
    "Hausarztversorgung - Förderprogramm",          # gesundheit
    "Rathaus - Barrierefreiheit",                   # gemeindliche_gebaeude
    "Dienstfahrzeug für das Ordnungsamt",           # ausstattung_fahrzeuge
    "Antrag auf Akteneinsicht",                     # beschlusskontrolle
    "Klage gegen den Bescheid des Landratsamtes",   # rechtsangelegenheit (round 8)
    "Herausgabe eines Amtsblattes",                 # oeffentlichkeitsarbeit (round 8)
]


@pytest.mark.parametrize("land, body", [
    ("nw", "Der Bauausschuss"), ("nw", "Der Bürgermeister"),
    ("bw", "Der Bauausschuss"), ("bw", "Der Bürgermeister"),
    ("by", "Der Bauausschuss"), ("ni", "Der Bauausschuss"), ("sn", "Der Bauausschuss"),
])
@pytest.mark.parametrize("title", NEW_CLASS_TITLES)
def test_a_class_no_rule_names_is_never_more_confident_than_an_unknown_matter(checker, land, body, title):
    """A new class turns "matter unknown" into the Land's general answer at most: where an item
    whose matter is not recognised is not `competent`, the same body is not `competent` for it."""
    options = CheckOptions(land=land, date=datetime.date(2024, 6, 1))

    def verdict(subject: str) -> Verdict:
        text = f"Betreff: {subject}\n\nBeschlussvorschlag:\n{body} beschließt: {subject}.\n"
        result = checker.check_text(text, options=options)
        assert len(result.items) == 1 and result.items[0].item.body is not None
        return result.items[0].verdict

    assert checker.rule_base.vocabulary.classify(title)  # recognised ...
    assert not checker.rule_base.vocabulary.classify("Xylophon Quabbel")  # ... and this is not
    unknown = verdict("Xylophon Quabbel")
    recognised = verdict(title)
    if unknown != Verdict.COMPETENT:
        assert recognised != Verdict.COMPETENT


# --- precision audit (issue 13): reserved matters a lawful committee decision must not get -------

@pytest.mark.parametrize("text, matter", [
    # the start of a planning bylaw's procedure is no enactment (a committee may start it)
    ("Aufstellung einer Teilergänzungssatzung für das Gebiet der Flurstücke 1150/11 und 1150/12", "satzung"),
    ("Aufstellung einer Ergänzungssatzung für eine Wohnbebauung im Ortsteil Dörmbach", "satzung"),
    ("Der Stadtrat beschließt das Verfahren zur Aufstellung einer Klarstellungssatzung für den Ortsteil Süd.", "satzung"),
    # an exception from a Veränderungssperre (§ 14 Abs. 2 BauGB) is granted, not enacted
    ("Ausnahme von der Veränderungssperre für den Geltungsbereich des Bebauungsplans Flutstraße", "satzung"),
    # a work order to draft a Satzung, and the draft approved for the public's participation
    ("Die Verwaltung wird beauftragt, mit Unterstützung eines Planungsbüros eine Satzung über das "
     "Anbringen von Werbeanlagen zu erarbeiten.", "satzung"),
    ("Erarbeitung einer Baumschutzsatzung", "satzung"),
    ("Der Stadtrat billigt den vorstehenden Satzungsentwurf einschließlich der Begründung. Die Verwaltung "
     "wird beauftragt, die Beteiligung der Öffentlichkeit sowie der Träger öffentlicher Belange durchzuführen.",
     "satzung"),
    # taking note of a report on the budget bylaw or of a fee calculation decides neither
    ("Der Bauausschuss nimmt den Bericht zur Haushaltssatzung zur Kenntnis.", "haushaltssatzung"),
    ("Der Gemeinderat nimmt die Bekanntgabe der Haushaltssatzung der Verwaltungsgemeinschaft zur Kenntnis.",
     "haushaltssatzung"),
    ("Der Haupt- und Finanzausschuss nimmt die Gebührenkalkulation im Bereich der Wasserversorgung zur Kenntnis.",
     "abgaben"),
    # lifting a budget block for a Kita's equipment does not dissolve the Kita
    ("Aufhebung Sperrvermerk – Klimageräte Kita Steinbrücken", "einrichtung_errichtung"),
    # naming streets, even where "der Ausschuss" agrees in the same item, elects no member
    ('Planstraße B: Die Benennung in "Am Schleemer Bach" wird abgelehnt. Stattdessen stimmt der Ausschuss '
     'der Benennung in "Am Öjendorfer See" einstimmig zu.', "wahl_ausschussmitglieder"),
])
def test_precision_audit_steps_reports_and_look_alikes_are_not_the_reserved_matter(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Ergänzungssatzung Dörmbach – Aufstellung und Satzungsbeschluss", "bauleitplanung_abschluss"),
    ("Erlass der Ergänzungssatzung „Am Knesheckenweg“", "satzung"),
    ("Verlängerung der Veränderungssperre für den Bebauungsplan Nr. 5", "satzung"),
    ("Die Verwaltung wird beauftragt, die Satzung auszufertigen und öffentlich bekannt zu machen.", "satzung"),
    ("Der Gemeinderat stimmt dem vorgelegten Satzungsentwurf zur 1. Änderung der Kindergartensatzung zu.", "satzung"),
    ("Der Rat nimmt den Bericht zur Kenntnis und beschließt die Haushaltssatzung 2024.", "haushaltssatzung"),
    ("Der Rat nimmt die Kalkulation zur Kenntnis; die Abwassergebühren werden ab 2024 erhöht.", "abgaben"),
    ("Aufhebung der Kindertagesstätte Sonnenschein zum 31.07.2024", "einrichtung_errichtung"),
    ("Benennung eines Nachfolgers für das ausgeschiedene Ratsmitglied im Ausschuss für Rechnungsprüfung",
     "wahl_ausschussmitglieder"),
])
def test_precision_audit_the_reserved_decision_itself_keeps_its_matter(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


def test_precision_audit_a_decided_change_of_the_hauptsatzung_to_be_prepared_stays_a_satzung(vocabulary):
    # a Karlsruhe decision (2024): the content is decided now, the administration only prepares
    # the amending Satzung - unlike "eine Satzung ... zu erarbeiten"
    text = ("Der Gemeinderat befürwortet die Anpassung der neuen Struktur des zukünftigen Bauausschusses und "
            "beauftragt die Stadtverwaltung, die dazu notwendige Änderung der Hauptsatzung entsprechend "
            "vorzubereiten.")
    assert "satzung" in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Der Bauausschuss nimmt den Bericht der Verwaltung zur Änderung der Friedhofssatzung zur Kenntnis.", "satzung"),
    ("Der Ausschuss nimmt den Beteiligungsbericht über die Stadtwerke GmbH zur Kenntnis.", "beteiligung_gesellschaft"),
    ("Der Bauausschuss nimmt den Sachstand zum Bebauungsplan Nr. 12 (Satzungsbeschluss im Rat) zur Kenntnis.",
     "bauleitplanung_abschluss"),
    ("Der Hauptausschuss nimmt die Information über die Wahl der Ausschussmitglieder zur Kenntnis.",
     "wahl_ausschussmitglieder"),
    ("Nimmt die übrigen Informationen zu Auswirkungen im Zusammenhang mit der Gründung des Eigenbetriebs zur Kenntnis",
     "einrichtung_errichtung"),
    ("Der Ausschuss nimmt die Mitteilung über die überplanmäßigen Aufwendungen zur Kenntnis.",
     "ausserplanmaessige_aufwendung"),
])
def test_precision_audit_a_reserved_matter_yields_to_a_mere_taking_note(vocabulary, text, matter):
    matters = vocabulary.classify(text)
    assert "kenntnisnahme" in matters and matter not in matters


@pytest.mark.parametrize("text, matter", [
    ("Der Rat nimmt die Kalkulation zur Kenntnis; die Abwassergebühren werden ab 2024 erhöht.", "abgaben"),
    ("Der Rat nimmt die Begründung zur Kenntnis. Die Friedhofssatzung wird wie folgt geändert.", "satzung"),
    ("Der Gemeinderat nimmt den Prüfbericht zur Kenntnis; der Jahresabschluss 2022 wird festgestellt.", "jahresabschluss"),
])
def test_precision_audit_taking_note_beside_the_reserved_decision_keeps_it(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("land", ["nw", "bw", "by"])
@pytest.mark.parametrize("body", ["Der Bauausschuss", "Der Bürgermeister"])
def test_precision_audit_a_committee_taking_note_of_a_budget_report_is_no_false_alarm(checker, land, body):
    options = CheckOptions(land=land, date=datetime.date(2023, 6, 1))
    text = f"Beschlussvorschlag:\n{body} nimmt den Bericht zur Haushaltssatzung 2024 zur Kenntnis.\n"
    result = checker.check_text(text, options=options)
    assert len(result.items) == 1
    assert result.items[0].verdict is not Verdict.NOT_COMPETENT


@pytest.mark.parametrize("text, matter, found", [
    # the Vorkaufsrechtssatzung written out is a planning bylaw of the First Chapter of the BauGB
    ("Die Satzung zur Begründung eines besonderen Vorkaufsrechts wird erlassen.", "staedtebau_satzung", True),
    ("Satzung über das besondere Vorkaufsrecht für den Bereich Ortsmitte", "staedtebau_satzung", True),
    ("Ausübung des Vorkaufsrechts für das Grundstück Flurstück 12/3", "staedtebau_satzung", False),
    # a reshuffle of the boards of companies, even with the deciding committee named after the title
    ("Umbesetzungen in den Aufsichtsräten Der Bauausschuss beschließt gemäß Vorlage.", "wahl_ausschussmitglieder", False),
    ("Umbesetzungen in den Aufsichtsräten Der Bauausschuss beschließt gemäß Vorlage.", "aufsichtsrat_entsendung", True),
    ("Umbesetzung im Finanzausschuss", "wahl_ausschussmitglieder", True),
])
def test_precision_audit_vorkaufsrecht_bylaw_and_board_reshuffles(vocabulary, text, matter, found):
    assert (matter in vocabulary.classify(text)) is found


def test_precision_audit_bavaria_does_not_reserve_a_vorkaufsrecht_bylaw(checker):
    # Art. 32 Abs. 2 S. 2 Nr. 2 BayGO leaves the bylaws of the First Chapter of the BauGB delegable
    options = CheckOptions(land="by", date=datetime.date(2023, 6, 1))
    text = ("Beschlussvorschlag:\nDer Bauausschuss beschließt die Satzung zur Begründung eines besonderen "
            "Vorkaufsrechts für das Gebiet Ortsmitte.\n")
    result = checker.check_text(text, options=options)
    assert result.items[0].verdict is not Verdict.NOT_COMPETENT


@pytest.mark.parametrize("text, found", [
    # the paper's title joined with an item that only names its deciding committee
    ("Nachbesetzung im Seniorenbeirat Der Verwaltungsausschuss beschließt gemäß Vorlage.", False),
    ("Neubesetzung des Vorstands der Stiftung Der Finanzausschuss beschließt gemäß Vorlage.", False),
    ("Umbesetzung im Finanzausschuss Der Hauptausschuss beschließt gemäß Vorlage.", True),
    ("Nachwahl in den Finanzausschuss Der Rat beschließt gemäß Vorlage.", True),
])
def test_precision_audit_the_deciding_committee_after_a_title_is_not_the_one_staffed(vocabulary, text, found):
    assert ("wahl_ausschussmitglieder" in vocabulary.classify(text)) is found


def test_precision_audit_a_board_staffed_under_a_committee_s_decision_is_no_committee_election(checker):
    options = CheckOptions(land="sn", date=datetime.date(2023, 6, 1))
    text = ("Betreff: Nachbesetzung im Seniorenbeirat\n\nBeschlussvorschlag:\n"
            "Der Verwaltungsausschuss beschließt gemäß Vorlage.\n")
    result = checker.check_text(text, options=options)
    assert "wahl_ausschussmitglieder" not in result.items[0].item.matters


@pytest.mark.parametrize("text, matter, found", [
    # a Satzung amended by its paragraphs (Traunstein-like wording of decisions set 6)
    ("Der Stadtrat beschließt: § 17 Absatz 2 der Friedhofssatzung wird geändert, so dass künftig "
     "Einfassungen aller Art zugelassen werden.", "satzung", True),
    ("In § 3 Abs. 1 der Hauptsatzung wird die Zahl 5 durch die Zahl 7 ersetzt.", "satzung", True),
    ("§ 5 der Satzung erhält folgende Fassung:", "satzung", True),
    # a Satzung cited after a paragraph as the legal basis stays out
    ("Die Vergabe erfolgt nach § 13 Abs. 7 der Hauptsatzung; der Auftrag wird erteilt.", "satzung", False),
    ("Gemäß § 7 der Hauptsatzung wird der Bürgermeister ermächtigt, die Vergabe zu erteilen.", "satzung", False),
    # the split verb of adopting the accounts
    ("Der Rat stellt den Jahresabschluss 2022 der Gemeinde in der vorgelegten Fassung fest.", "jahresabschluss", True),
    ("Der Rat stellt fest, dass der Jahresabschluss 2022 geprüft wurde.", "jahresabschluss", False),
])
def test_a_satzung_amended_by_its_paragraphs_and_accounts_adopted_with_a_split_verb(vocabulary, text, matter, found):
    assert (matter in vocabulary.classify(text)) is found


@pytest.mark.parametrize("text, found", [
    # § 36 GVG reserves the list of candidates, not the timetable or the procedure that prepares it
    ("Schöffenwahl 2023 – Festlegung des Zeitrahmens und Auswahlverfahrens", False),
    ("Schöffenwahl 2023 – Beschluss über die Vorschlagsliste", True),
    ("Aufstellung der Vorschlagsliste für die Schöffenwahl 2023; Festlegung des Verfahrens", True),
])
def test_the_timetable_of_the_schoeffenwahl_is_not_its_list(vocabulary, text, found):
    assert ("schoeffen_vorschlagsliste" in vocabulary.classify(text)) is found


@pytest.mark.parametrize("text, found", [
    # bringing in the draft budget adopts nothing; adopting it in the same item still counts
    ("Einbringung des Entwurfs der Haushaltssatzung 2024", False),
    ("Haushaltssatzung 2024 - Einbringung", False),
    ("Einbringung und Verabschiedung der Haushaltssatzung 2024", True),
    ("Der Rat beschließt die Haushaltssatzung 2024 in der Fassung der Einbringung mit den Änderungen.", True),
    ("Haushaltssatzung 2024", True),
])
def test_bringing_in_the_draft_budget_is_not_its_adoption(vocabulary, text, found):
    assert ("haushaltssatzung" in vocabulary.classify(text)) is found
    if not found:
        assert "haushalt_finanzen" in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter, found, instead", [
    # reviewing rates sets none; fixing or raising them still does
    ("Überprüfung der Steuerhebesätze", "abgaben", False, "gebuehren_beitraege"),
    ("Überprüfung der Hebesätze; die Hebesätze werden ab 2025 erhöht", "abgaben", True, None),
    ("Festsetzung der Hebesätze für 2024", "abgaben", True, None),
    # taking up talks changes no territory; concluding the contract does
    ("Aufnahme von Verhandlungen über einen Gebietsänderungsvertrag", "gebietsaenderung", False, "vertrag"),
    ("Abschluss eines Gebietsänderungsvertrages nach Aufnahme von Verhandlungen", "gebietsaenderung", True, None),
    # the draft budget referred or deliberated is no adoption; a recommendation to adopt it is
    ("Der Entwurf der Haushaltssatzung 2024 wird zur Beratung in die Fraktionen verwiesen.", "haushaltssatzung", False,
     "haushalt_finanzen"),
    ("Beratung des Entwurfs der Haushaltssatzung 2024", "haushaltssatzung", False, "haushalt_finanzen"),
    ("Beratung des Entwurfs der Haushaltssatzung 2024; der Hauptausschuss empfiehlt dem Rat, die Haushaltssatzung "
     "zu beschließen", "haushaltssatzung", True, None),
    ("Entwurf der Haushaltssatzung 2024", "haushaltssatzung", True, None),
])
def test_reviews_talks_and_drafts_are_not_the_reserved_decision(vocabulary, text, matter, found, instead):
    matters = vocabulary.classify(text)
    assert (matter in matters) is found
    if instead:
        assert instead in matters


@pytest.mark.parametrize("text, matter, found", [
    # precision check of the unseen set 9: a title that names its item a report, the draft
    # presented, a paragraph of a Satzung executed
    ("Beratung über den Erlass einer Satzung über die Erhebung wiederkehrender Straßenbeiträge; "
     "hier: Sachstandsbericht des Vorsitzenden", "satzung", False),
    ("Neufassung der Hauptsatzung; hier: Information über den Entwurf", "satzung", False),
    ("Haushaltssatzung 2024; hier: Bericht und Beschlussfassung", "haushaltssatzung", True),
    ("Bebauungsplan Nr. 5; hier: Satzungsbeschluss", "bauleitplanung_abschluss", True),
    ("Vorlage des Entwurfs der I. Nachtragshaushaltssatzung mit Haushaltsplan", "haushaltssatzung", False),
    ("Gewährung eines Ehrengrabes (Vollzug des § 22 Abs. 3 der Friedhofs- und Bestattungssatzung)", "satzung", False),
    ("Änderung der Friedhofs- und Bestattungssatzung", "satzung", True),
])
def test_reports_drafts_and_executed_paragraphs_are_not_reserved_decisions(vocabulary, text, matter, found):
    assert (matter in vocabulary.classify(text)) is found


@pytest.mark.parametrize("text", [
    "Kommunales Archiv nach dem Archivgesetz NRW; hier: Sachstand und weitere Planung",
    "Sanierung Turnhalle; hier: Sachstand und Beratung über das weitere Vorgehen",
])
def test_a_report_with_further_steps_is_not_a_mere_taking_note(vocabulary, text):
    assert "kenntnisnahme" not in vocabulary.classify(text)


@pytest.mark.parametrize("text, found", [
    # the discharge in Bavarian wording (Art. 102 Abs. 3 GO; unseen decisions of set 9)
    ("Der Gemeinderat erteilt für die Jahresrechnung 2009 Entlastung gemäß Art. 102 Abs. 3 GO.", True),
    ("Der Gemeinderat stimmt der Entlastung der Verwaltung über den Jahresabschluss 2016 zu.", True),
    # relief of the administration or of traffic is no discharge
    ("Zur Entlastung der Verwaltung wird ein externer Dienstleister beauftragt.", False),
    ("Der Ausschuss erteilt den Auftrag zur Entlastung des Verkehrs.", False),
])
def test_the_discharge_in_bavarian_wording(vocabulary, text, found):
    assert ("jahresabschluss" in vocabulary.classify(text)) is found


# --- precision audit, round 2 (issue 13): procedural steps of a Satzung, a company's accounts ----

@pytest.mark.parametrize("text", [
    # a planning bylaw of the BauGB named first, its procedural step after it
    "Einbeziehungssatzung „Am Bach“ – Billigungs- und Auslegungsbeschluss",
    "Klarstellungssatzung Ortsteil Nord - Entwurfs- und Offenlagebeschluss",
    "Erlass einer Einbeziehungssatzung gemäß § 34 Abs. 4 Satz 1 Nr. 3 BauGB; Beteiligung im Verfahren nach "
    "§ 4 Abs. 2 BauGB",
    "Außenbereichssatzung Hof Meier – Abwägung der eingegangenen Stellungnahmen",
    "Ergänzungssatzung Am Feld – Veröffentlichung im Internet nach § 3 Abs. 2 BauGB",
    "Abrundungssatzung Kirchweg; frühzeitige Beteiligung",
    "Erhaltungssatzung Altstadt; frühzeitige Beteiligung der Öffentlichkeit",
    "Sanierungssatzung Innenstadt - Beteiligung der Träger öffentlicher Belange",
    "Stellplatzsatzung – Beteiligung der Öffentlichkeit und der Behörden",
    "Vorkaufsrechtssatzung Bahnhofsumfeld – Entwurfsbeschluss",
    # any Satzung whose draft is approved and laid out, in either order
    "Gestaltungssatzung Ortskern: Billigung des Entwurfs und öffentliche Auslegung",
    "Der Rat beschließt den Entwurf der Einbeziehungssatzung öffentlich auszulegen.",
    "Der Rat beschließt die öffentliche Auslegung der Gestaltungssatzung Altstadt.",
    "Öffentliche Auslegung des Entwurfs der Werbeanlagensatzung",
])
def test_precision_audit_2_a_satzung_at_its_draft_or_participation_stage_is_no_enactment(vocabulary, text):
    assert "satzung" not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Einbeziehungssatzung „Am Bach“ – Abwägung und Satzungsbeschluss", "bauleitplanung_abschluss"),
    ("Die Ergänzungssatzung wird nach Abwägung der Stellungnahmen gemäß § 10 BauGB als Satzung beschlossen.",
     "satzung"),
    ("Der Gemeinderat beschließt die Einbeziehungssatzung „Am Bach“ in der Fassung vom 3. Mai 2023.", "satzung"),
    ("Erlass einer Einbeziehungssatzung", "satzung"),
    ("Erlass der Erhaltungssatzung Altstadt", "satzung"),
    ("Gestaltungssatzung Ortskern: die Satzung wird beschlossen; die Verwaltung wird beauftragt, die "
     "öffentliche Auslegung bekannt zu machen", "satzung"),
    # a Veränderungssperre has no draft stage: enacted beside a plan's Offenlage, it stays a Satzung
    ("Bebauungsplan Nr. 5 – Offenlagebeschluss und Erlass einer Veränderungssperre", "satzung"),
    ("Die Friedhofssatzung wird beschlossen. Die Verwaltung wird beauftragt, die Satzung öffentlich bekannt "
     "zu machen.", "satzung"),
])
def test_precision_audit_2_the_enactment_of_such_a_satzung_keeps_its_reserved_matter(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("land", ["nw", "bw", "ni"])
@pytest.mark.parametrize("title, reserved", [
    ("Einbeziehungssatzung „Am Bach“ – Billigungs- und Auslegungsbeschluss", False),
    ("Erhaltungssatzung Altstadt – Entwurfs- und Offenlagebeschluss", False),
    ("Einbeziehungssatzung „Am Bach“ – Abwägung und Satzungsbeschluss", True),
    ("Erlass der Erhaltungssatzung Altstadt", True),
])
def test_precision_audit_2_a_building_committee_may_approve_the_draft_not_adopt_the_satzung(
        checker, land, title, reserved):
    options = CheckOptions(land=land, date=datetime.date(2023, 6, 1))
    text = f"Betreff: {title}\n\nBeschlussvorschlag:\nDer Bauausschuss beschließt gemäß Vorlage.\n"
    result = checker.check_text(text, options=options)
    assert len(result.items) == 1
    if land == "ni" and "Eigenbetrieb" in title:
        # § 58 Abs. 1 Nr. 10a NKomVG reserves it, but since when is not verified: never a certain error
        assert result.items[0].verdict is Verdict.CONDITIONAL
        assert result.items[0].deciding == "ni.nkomvg.58-1-10a-jahresabschluss-eigenbetriebe"
        return
    assert (result.items[0].verdict is Verdict.NOT_COMPETENT) is reserved


@pytest.mark.parametrize("text", [
    "Jahresabschluss der Stadtwerke GmbH – Feststellung",
    "Stadtwerke Musterstadt GmbH: Jahresabschluss 2022 und Entlastung der Geschäftsführung",
    "Feststellung des Jahresabschlusses 2022 der Wohnungsbaugesellschaft mbH",
    "Jahresabschluss 2022 der Energie AG – Feststellung",
    "Feststellung des Jahresabschlusses der Verkehrsbetriebe (AG)",
    "Jahresrechnung 2021 des Zweckverbandes Wasserversorgung – Feststellung",
    "Jahresabschluss 2022 der Sparkasse Musterstadt",
    "Feststellung des Jahresabschlusses des Kommunalunternehmens Wolnzach",
    "Der Rat weist die Vertreter in der Gesellschafterversammlung der Stadtwerke GmbH an, den Jahresabschluss "
    "2022 festzustellen.",
])
def test_precision_audit_2_a_company_s_accounts_are_not_the_municipality_s(vocabulary, text):
    matters = vocabulary.classify(text)
    assert "jahresabschluss" not in matters and "jahresabschluss_eigenbetrieb" not in matters


@pytest.mark.parametrize("text, matter", [
    # the municipality's own accounts, also where an auditor is named
    ("Feststellung des Jahresabschlusses 2022 der Stadt Musterstadt", "jahresabschluss"),
    ("Feststellung des Jahresabschlusses 2022 der Gemeinde Haag", "jahresabschluss"),
    ("Feststellung der Jahresrechnung 2021 nach Prüfung durch den Bayerischen Kommunalen Prüfungsverband",
     "jahresabschluss"),
    ("Feststellung des Jahresabschlusses 2021 der Gemeinde nach Prüfung des Prüfungsverbandes", "jahresabschluss"),
    ("Feststellung des Jahresabschlusses 2021 und Entlastung des Bürgermeisters", "jahresabschluss"),
    # an Eigenbetrieb's and an eigenbetriebsähnliche Einrichtung's accounts are the council's
    ("Feststellung des Jahresabschlusses 2022 des Eigenbetriebs Abwasserwerk", "jahresabschluss_eigenbetrieb"),
    ("Feststellung des Jahresabschlusses 2022 des Eigenbetriebs Abwasserwerk", "jahresabschluss"),
    ("Jahresabschluss 2022 der eigenbetriebsähnlichen Einrichtung Bauhof – Feststellung", "jahresabschluss"),
    ("Jahresabschluss der Stadtwerke – Feststellung", "jahresabschluss_eigenbetrieb"),
])
def test_precision_audit_2_own_and_eigenbetrieb_accounts_keep_their_reserved_matter(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("land", ["nw", "bw", "by", "ni"])
@pytest.mark.parametrize("title, reserved", [
    ("Jahresabschluss der Stadtwerke GmbH – Feststellung", False),
    ("Feststellung des Jahresabschlusses 2022 des Eigenbetriebs Abwasserwerk", True),
    ("Feststellung des Jahresabschlusses 2022 der Stadt", True),
])
def test_precision_audit_2_a_committee_on_a_company_s_accounts_is_no_false_alarm(checker, land, title, reserved):
    options = CheckOptions(land=land, date=datetime.date(2023, 6, 1))
    text = f"Betreff: {title}\n\nBeschlussvorschlag:\nDer Finanzausschuss beschließt gemäß Vorlage.\n"
    result = checker.check_text(text, options=options)
    assert len(result.items) == 1
    if land == "ni" and "Eigenbetrieb" in title:
        # § 58 Abs. 1 Nr. 10a NKomVG reserves it, but since when is not verified: never a certain error
        assert result.items[0].verdict is Verdict.CONDITIONAL
        assert result.items[0].deciding == "ni.nkomvg.58-1-10a-jahresabschluss-eigenbetriebe"
        return
    assert (result.items[0].verdict is Verdict.NOT_COMPETENT) is reserved


@pytest.mark.parametrize("text, matter, found", [
    # taking up negotiations about a change of the municipal territory changes nothing yet, also
    # when said with the verb and the purpose "zum Abschluss" (a decision of set 6)
    ("Die Gemeindevertretung beschließt, mit der Gemeinde Dalberg-Wendelstorf Vertragsverhandlungen zum Abschluss "
     "eines Gebietsänderungsvertrags aufzunehmen. Der Bürgermeister wird beauftragt, einen Gebietsänderungsvertrag "
     "auszuhandeln.", "gebietsaenderung", False),
    ("Vertragsverhandlungen über einen Gebietsänderungsvertrag aufnehmen", "gebietsaenderung", False),
    ("Der Rat stimmt dem Abschluss des Gebietsänderungsvertrags mit der Gemeinde B zu.", "gebietsaenderung", True),
    ("Der Gebietsänderungsvertrag mit der Gemeinde B wird abgeschlossen.", "gebietsaenderung", True),
    # the Feststellungsbeschluss of the annual accounts is no plan's; the discharge with its basis between
    ("Nach Behandlung der Prüfungsfeststellungen der örtlichen Rechnungsprüfung zur Jahresrechnung 2011 wird mit "
     "dem im Feststellungsbeschluss enthaltenen Abschlussergebnis die Entlastung gem. Art. 102 Abs. 3 GO erteilt.",
     "bauleitplanung_abschluss", False),
    ("Nach Behandlung der Prüfungsfeststellungen der örtlichen Rechnungsprüfung zur Jahresrechnung 2011 wird mit "
     "dem im Feststellungsbeschluss enthaltenen Abschlussergebnis die Entlastung gem. Art. 102 Abs. 3 GO erteilt.",
     "jahresabschluss", True),
    ("57. Änderung des Flächennutzungsplanes – Feststellungsbeschluss", "bauleitplanung_abschluss", True),
    # the accounts' Feststellungsbeschluss is the reserved adoption of the accounts (Karlsruhe 2022-2262)
    ("Der Gemeinderat stimmt - nach Vorberatung im Hauptausschuss - dem Feststellungsbeschluss zu: Jahresabschluss "
     "der Stadt Karlsruhe für das Haushaltsjahr 2021", "jahresabschluss", True),
    ("Der Gemeinderat stimmt - nach Vorberatung im Hauptausschuss - dem Feststellungsbeschluss zu: Jahresabschluss "
     "der Stadt Karlsruhe für das Haushaltsjahr 2021", "bauleitplanung_abschluss", False),
    ("Zur Entlastung der Anwohner wird eine Genehmigung erteilt.", "jahresabschluss", False),
])
def test_precision_audit_2_negotiations_and_the_accounts_feststellungsbeschluss(vocabulary, text, matter, found):
    assert (matter in vocabulary.classify(text)) is found


@pytest.mark.parametrize("text, matter, found", [
    # the start of the procedure of any BauGB bylaw, with the bylaw named first or after
    ("Erhaltungssatzung Altstadt – Aufstellungsbeschluss", "satzung", False),
    ("Aufstellungsbeschluss für eine Gestaltungssatzung Ortskern", "satzung", False),
    ("Aufstellung einer Erhaltungssatzung für das Gebiet Bahnhofstraße", "satzung", False),
    ("Sanierungssatzung Ortsmitte – Einleitung vorbereitender Untersuchungen", "satzung", False),
    ("Klarstellungssatzung Süd – Aufhebung des Aufstellungsbeschlusses", "satzung", False),
    ("Erhaltungssatzung Altstadt – Aufstellung und Satzungsbeschluss", "bauleitplanung_abschluss", True),
    # a draft of any Satzung put to a hearing or deliberated; the draft alone stays the Satzung
    ("Entwurf der Friedhofssatzung – Beteiligung der Kirchengemeinden", "satzung", False),
    ("Satzung über die Benutzung der Obdachlosenunterkünfte – Beratung des Entwurfs", "satzung", False),
    ("Entwurf der Friedhofssatzung", "satzung", True),
    ("Der Gemeinderat beschließt den als Dokumentanhang beigefügten Entwurf einer neuen Friedhofs- und "
     "Bestattungssatzung und beauftragt die Verwaltung mit der Ausfertigung und Bekanntmachung.", "satzung", True),
    # the bylaw, budget or business plan of an association or of the district is that body's
    ("Änderung der Verbandssatzung des Zweckverbandes Wasser – Zustimmung", "satzung", False),
    ("Satzung des Zweckverbandes Abwasser – Änderung der Verbandssatzung", "satzung", False),
    ("Änderung der Hauptsatzung und der Verbandssatzung des Zweckverbandes", "satzung", True),
    ("Haushaltssatzung 2024 des Zweckverbandes Wasserversorgung – Stellungnahme", "haushaltssatzung", False),
    ("Haushaltssatzung des Schulverbandes 2024", "haushaltssatzung", False),
    ("Haushaltssatzung des Landkreises – Stellungnahme zur Kreisumlage", "haushaltssatzung", False),
    ("Haushaltssatzung der Verbandsgemeinde Prüm 2021", "haushaltssatzung", True),
    ("Haushaltssatzung der Samtgemeinde Tarmstedt 2024", "haushaltssatzung", True),
    ("Beschluss über den Wirtschaftsplan 2024 des Zweckverbandes Abwasser", "wirtschaftsplan_eigenbetrieb", False),
    ("Wirtschaftsplan 2024 des Eigenbetriebs Abwasser", "wirtschaftsplan_eigenbetrieb", True),
])
def test_precision_audit_2_steps_drafts_and_other_bodies_bylaws_and_budgets(vocabulary, text, matter, found):
    assert (matter in vocabulary.classify(text)) is found


@pytest.mark.parametrize("text, matter, found", [
    # the charges of a company or an association, the district's levy, a club's statutes
    ("Entgeltordnung der Stadtwerke GmbH für das Freibad", "abgaben", False),
    ("Entgeltordnung der Stadtwerke GmbH für das Freibad", "privatrechtliche_entgelte", False),
    ("Entgeltordnung für das Freibad", "privatrechtliche_entgelte", True),
    ("Neufestsetzung der Tarife des Hallenbades", "privatrechtliche_entgelte", True),
    ("Gebührensatzung des Abwasserzweckverbandes – Stellungnahme", "abgaben", False),
    ("Gebührensatzung des Abwasserzweckverbandes – Stellungnahme", "satzung", False),
    ("Gebührensatzung der Stadt für die Abwasserbeseitigung des Zweckverbandes", "satzung", True),
    ("Hebesatz der Kreisumlage 2024 – Stellungnahme", "abgaben", False),
    ("Hebesätze der Grundsteuer 2024", "abgaben", True),
    ("Geschäftsordnung des Seniorenbeirats – Satzungsänderung des Vereins", "satzung", False),
    ("Änderung der Satzung der Stadt Musterstadt und des Fördervereins", "satzung", True),
])
def test_precision_audit_2_charges_and_statutes_of_other_bodies(vocabulary, text, matter, found):
    assert (matter in vocabulary.classify(text)) is found


# --- session 5: misses of seen title sets, generalised ---------------------------------------------

@pytest.mark.parametrize("text, matter", [
    ("Waldhaushalt: Waldbetriebsplan 2021", "umwelt_gruen"),
    ("Lärmminderungsplanung nach dem Bundes-Immissionsschutzgesetz (Überprüfung)", "umwelt_gruen"),
    ("Priorisierung der Maßnahmen zur Straßenerhaltung", "strassen_infrastruktur"),
    ("Baumaßnahmen im Zuge des Ausbaus der Hauptstraße", "strassen_infrastruktur"),
    ("Bau eines Basketballfeldes", "sport_kultur_freizeit"),
    ("Kommunale Klassenrichtzahl", "kita_schule"),
    ("Schachtsanierung nach EKVO", "wasser_abwasser"),
    ("Busersatzbeschaffung 2016", "ausstattung_fahrzeuge"),
    ("Durchführungsbeschluss zur Umsetzung der Radbegleitinfrastruktur", "verkehr"),
    # reserved matters, only where the words mean them
    ("Entlastung gemäß Art. 102 Abs. 3 GO", "jahresabschluss"),
    ("Entlastung des Amtes des 1. Bürgermeisters", "jahresabschluss"),
    ("Ausscheiden von Katja Reck aus dem Gemeinderat", "mandat_ausscheiden"),
    ("Ergänzungswahlen zu den Ausschüssen", "wahl_ausschussmitglieder"),
    ("Ergänzungswahlen Ausschüsse", "wahl_ausschussmitglieder"),  # set 11
    ("Die Übernahme von 40.000 € der entstehenden Mehrkosten werden beschlossen.", "haushalt_finanzen"),  # set 11
    ("Die Gemeinde übernimmt den Eigenanteil von 20 %.", "haushalt_finanzen"),
    ("Beteiligung an der Schleswig-Holstein Netz AG", "beteiligung_gesellschaft"),
])
def test_words_generalised_from_the_misses_of_seen_title_sets(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Ausscheiden von Herrn Meier aus dem Bauausschuss", "mandat_ausscheiden"),
    ("Wahl zum Umlegungsausschuss", "wahl_ausschussmitglieder"),
    ("Ergänzungswahl Umlegungsausschuss", "wahl_ausschussmitglieder"),
    ("Beteiligung der Öffentlichkeit, Stellungnahme der Deutschen Bahn AG", "beteiligung_gesellschaft"),
    ("Entlastung gemäß § 46 GmbHG", "jahresabschluss"),
    ("Entlastung der Geschäftsführung der Stadtwerke GmbH nach § 96", "jahresabschluss"),
])
def test_the_new_reserved_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, only_note", [
    # issue 13: NRW OParl titles whose item is only a presentation or information (Hürtgenwald)
    ("Vorstellung des Baus und Betriebs der Anlage durch Herrn Neuß vom Ing.-Büro Berg + Partner", True),
    ('LEADER-Projekt "Kompetenznetzwerk Streuobstwiesen"; hier: Vorstellung des Projektes durch die '
     "Projektkoordinatorin, Frau Ursula Gerke, von der Biologischen Station im Kreis Euskirchen", True),
    ("Informationen zur Abwicklung von diversen Baumaßnahmen durch Abt. 4 (Bauamt) im Haushaltsjahr 2012", True),
    # must not: a decision follows the presentation, or the presentation prepares a procedural step
    ('3. Änderung des Bebauungsplanes Nr. K 12 "An der Wurzel"; hier: Vorstellung der Planunterlagen und '
     "Beschluss über die Offenlage", False),
    ("Bebauungsplan Nr. 7; Vorstellung des Entwurfs durch das Planungsbüro und Auslegungsbeschluss", False),
    ("Windpark; hier: Vorstellung der Planunterlagen für die frühzeitige Beteiligung der Öffentlichkeit "
     "gem. § 3 Abs. 1 BauGB", False),
    ("Gemeindewald hier: Vorstellung der Forsteinrichtung 2014", False),
    ("Information zum Breitbandausbau; Beschlussfassung über den Eigenanteil", False),
])
def test_a_presentation_by_a_named_person_or_a_title_of_information_is_a_mere_taking_note(
        vocabulary, text, only_note):
    assert ("kenntnisnahme" in vocabulary.classify(text)) is only_note


@pytest.mark.parametrize("text, final", [
    # issue 13: an NGO-era Nordstemmen decision (DS 52/2007): the change adopted with its reasons
    ("Der Rat der Gemeinde Nordstemmen beschließt die 14. Änderung des Flächennutzungsplanes "
     "(Wohnbauflächen Groß Escherde) und die Begründung mit Umweltbericht hierzu in der vorliegenden Fassung.",
     True),
    ("Der Gemeinderat beschließt die 3. Änderung des Flächennutzungsplans in der vorliegenden Fassung.", True),
    # must not: the change started, its draft laid out, recommended, or decided without its reasons
    ("Die Änderung des Flächennutzungsplanes für die betroffenen Grundstücke in ein Sondergebiet "
     "Windkraft wird beschlossen (Änderungsbeschluss).", False),
    ("Der Rat beschließt die Aufstellung der 14. Änderung des Flächennutzungsplanes und die Begründung.", False),
    ("Der Rat beschließt die 14. Änderung des Flächennutzungsplanes im Entwurf mit der Begründung "
     "öffentlich auszulegen.", False),
    ("Der Bauausschuss empfiehlt: Der Rat beschließt die 14. Änderung des Flächennutzungsplanes und die "
     "Begründung.", False),
    ("Der Gemeinderat beschließt die 25. Änderung des Flächennutzungsplans im Parallelverfahren.", False),
])
def test_a_flaechennutzungsplan_change_adopted_with_its_reasons_is_the_final_decision(vocabulary, text, final):
    assert ("bauleitplanung_abschluss" in vocabulary.classify(text)) is final


@pytest.mark.parametrize("text, matter", [
    # unseen set 12: a municipal ordinance adopted as the verb's object, or named first in the title
    ("Der Verwaltungsausschuss beschließt die Verordnung über das Offenhalten von Verkaufsstellen aus "
     "Anlass des Stadtfestes.", "satzung"),
    ("Der Rat beschließt die als Anlage beigefügte Verordnung über die Straßenreinigung.", "satzung"),
    ("Rechtsverordnung über die Öffnung der Bückeburger Geschäfte", "satzung"),
    ("Rechtsverordnung über die Öffnung der Bückeburger Geschäfte", "wirtschaft_digital"),
    # the budget bylaw named before its publication
    ("Haushaltssatzung und Bekanntmachung der Haushaltssatzung der Gemeinde Lähden für das Haushaltsjahr 2019",
     "haushaltssatzung"),
    # contracts awarded with the verb first, an office commissioned
    ("Darüber hinaus erteilte das Gremium die Aufträge für Innenputzarbeiten mit 8 955 Euro.", "vergabe"),
    ("Der Ausschuss vergibt den Auftrag an die Firma Müller GmbH.", "vergabe"),
    ("Heidelberg Innovation Park – Freianlagen – Verhandlungsverfahren; hier: Beauftragung des Büros Sinai", "vergabe"),
])
def test_words_generalised_from_the_misses_of_set_12(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Der Rat beschließt die Stellungnahme zur Verordnung über die Zuständigkeiten.", "satzung"),
    ("Verordnung zur Änderung der Landesbauordnung – Stellungnahme", "satzung"),
    ("Verordnung über die Zuständigkeiten nach dem Landesstraßengesetz", "satzung"),
    ("Bekanntmachung der Haushaltssatzung", "haushaltssatzung"),
    ("Der Rat erteilt der Verwaltung den Auftrag, ein Konzept zu erstellen.", "vergabe"),
    ("Beauftragung der Verwaltung mit der Prüfung eines Standorts", "vergabe"),
    ("Öffnung von Ballspielflächen auf Schulhöfen", "wirtschaft_digital"),
])
def test_the_set_12_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # unseen set 13 (agenda titles of NRW, BW and NI towns): subject classes without a rule
    ("Antrag der Fraktionen auf aktive Bekämpfung der stark invasiven Asiatischen Hornisse", "umwelt_gruen"),
    ("Abschluss des European Climate Adaption Awards mit Zertifizierung", "klima_energie"),
    ("Aktueller Sachstandbericht zur Situation Bonus-Markt", "bericht"),
    ("Besetzung der Steuerungsgruppe ILE-Melle durch einen Vertreter aus dem Stadtteil Riemsloh", "besetzung_gremium"),
    ("Steuerung von Vergnügungsstätten in der Innenstadt", "stadtentwicklung"),
    ("Beteiligung Förderprogramme (Grüne)", "foerderantrag"),
    ("Erprobung hybrider Sitzungen im Ausschuss für Innovation und Digitalisierung", "sitzungsdienst"),
    ("Kauf und Aufstellung von Raumzellenanlagen zum Schuljahr 2024/2025", "kita_schule"),
    ("Einführung des Profilfachs Informatik, Mathematik, Physik an LMG und ASG", "kita_schule"),
    ("Mittelgenehmigungen gemäß Art. 66 und 67 GO für das Haushaltsjahr 2022", "haushalt_finanzen"),
])
def test_words_generalised_from_the_misses_of_set_13(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Vorstellung der Arbeitsgruppe Jugend", "besetzung_gremium"),
    ("Der Bauausschuss beschließt die Beteiligung der Öffentlichkeit", "foerderantrag"),
    ("Hybride Fahrzeuge für den Bauhof", "sitzungsdienst"),
])
def test_the_set_13_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # unseen set 14 (agenda titles of NRW, Saarland, BW, NI and Thuringian towns)
    ("Maßnahmen gegen gesundheitsgefährdende Feinstäube", "umwelt_gruen"),
    ("Teilnahme an der Aktion „Saarland picobello“ 2026", "umwelt_gruen"),
    ("Bewerbung zur Ausrichtung der Rodel-WM 2019/20 in Winterberg", "sport_kultur_freizeit"),
    ("Ausrichtung der Deutschen Meisterschaften im Kanu-Rennsport", "sport_kultur_freizeit"),
    # a town's ordinance on public order, named "Stadtordnung": enacted by the council (§ 41 Abs. 1
    # S. 2 lit. f GO NRW: "sonstige ortsrechtliche Bestimmungen")
    ("Verabschiedung einer Ratinger Stadtordnung", "satzung"),
    ("Der Finanzausschuss empfiehlt, die Strabs zum 30. November abzuschaffen", "satzung"),
    # a self-written list of titles (session 8): a public-law institution founded without the article
    ("Gründung einer gemeinsamen Anstalt öffentlichen Rechts für die Abwasserbeseitigung", "einrichtung_errichtung"),
    ("Errichtung einer rechtsfähigen Anstalt", "einrichtung_errichtung"),
    # a self-written list of reserved matters in other words (session 8)
    ("Schließung der Außenstelle der Stadtbücherei", "einrichtung_errichtung"),
    ("Umwandlung der Stadtwerke in eine GmbH", "rechtsformumwandlung"),
    ("Festsetzung der Kurbeiträge", "abgaben"),
    ("Zustimmung zum Vergleich im Rechtsstreit mit der Baufirma", "verzicht_vergleich"),
    ("Förmliche Festlegung des Sanierungsgebiets Altstadt", "satzung"),
    # the hand check: an award after a list marker or a dash inside the title
    ("Generalsanierung Höhenfreibad a) Vergabe Wassertechnik b) Vergabe Rohbau c) Kostenstand", "vergabe"),
    ("Neubau der Kindertagesstätte Am Bach - Vergabe Elektroarbeiten", "vergabe"),
    # the hand check: a tax introduced or abolished is the levy itself, not only its subject
    ("Einführung einer kommunalen Verpackungssteuer", "abgaben"),
    ("Abschaffung der Zweitwohnungsteuer", "abgaben"),
])
def test_words_generalised_from_the_misses_of_set_14(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Stellungnahme zur Änderung der Städteordnung des Landes", "satzung"),
    ("Ersatzbeschaffung eines Systems für das Meldewesen", "sport_kultur_freizeit"),
    ("Kita-Gebühren: Vergaberichtlinien für Betreuungsplätze", "vergabe"),
    ("Einführung der kostenlosen Abgabe von Hygieneartikeln an Schulen", "abgaben"),
    ("Einführung einer Steuerungsgruppe Innenstadt", "abgaben"),
    ("Bericht der Anstalt öffentlichen Rechts über das Geschäftsjahr", "einrichtung_errichtung"),
    ("Erhöhung der Mitgliedsbeiträge an den Städtetag", "abgaben"),
    ("Umwandlung von Ackerland in eine Blühwiese", "rechtsformumwandlung"),
    ("Zustimmung zum Vergleich der Angebote für die Reinigung", "verzicht_vergleich"),
])
def test_the_set_14_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # misses of the seen sets 5 and 12 (session 9): a foundation founded or joined
    ("Gründung der Bürgerstiftung Weitnau", "stiftung_errichtung"),
    ("Gründung und Rechtsfähigkeit der Lippmann + Rau-Stiftung", "stiftung_errichtung"),
    ("Beteiligung der Landeshauptstadt Dresden an der Dixie-Dörner-Stiftung", "stiftung_errichtung"),
    ("Die Stadt errichtet eine unselbständige Stiftung für die Altenhilfe", "stiftung_errichtung"),
    # the self-written list of reserved matters (session 8): a foundation dissolved is lit. o GO NRW
    ("Auflösung der Stiftung Altenhilfe", "stiftung"),
])
def test_a_foundation_founded_joined_or_dissolved(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Gründung eines Fördervereins Bürgerstiftung", "stiftung_errichtung"),
    ("Die Errichtung des Spielplatzes wird von der Bürgerstiftung unterstützt", "stiftung_errichtung"),
    ("Die Bürgerstiftung hat den Spielplatz errichtet", "stiftung_errichtung"),
    ("Errichtung einer Stiftungsprofessur an der Hochschule", "stiftung_errichtung"),
    ("Auflösung der Rücklage für die Stiftungsprofessur", "stiftung"),
    # founding is not lit. o GO NRW (purpose changed, merged, dissolved)
    ("Gründung der Bürgerstiftung Weitnau", "stiftung"),
])
def test_the_foundation_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 15 (agenda titles and decision texts of 59 towns, new papers of towns
    # seen before included), generalised
    ("11. Änderung des räumlichen Teilflächennutzungsplanes im Bereich Baek - Schlussabwägung", "flaechennutzungsplan"),
    ("2. Änderung des räumlichen Teilflächennutzungsplanes Kl. Woltersdorf - Aufstellbeschluss",
     "bauleitplanung_verfahren"),
    ("Wirtschaftsplan 2014 des Informatik-Betriebs Bielefeld (IBB)", "wirtschaftsplan_eigenbetrieb"),
    ("Beschlussfassung über die Einrichtung von Ausschüssen", "ausschuss_befugnisse"),
    ("Umbenennungen in den Ausschüssen II", "wahl_ausschussmitglieder"),
    ("Umbesetzung Betriebsausschuss Eigenbetrieb Seesportzentrum", "wahl_ausschussmitglieder"),
    ("Vorzeitige Beendigung eines Mandats als stellvertretende Bürgerdeputierte im Jugendhilfeausschuss",
     "mandat_ausscheiden"),
    ("Jährliche Verleihung des Wissenschaftspreises der Kreis- und Universitätsstadt Homburg", "ehrung"),
    ("Allgemeiner Spendeneingang bis 29.11.2019", "annahme_zuwendung"),
    ("Die beiliegende Eilverfügung des Oberbürgermeisters gem. Art. 37 Abs. 3 Satz 1 der Gemeindeordnung (GO) "
     "wird zur Kenntnis gegeben.", "kenntnisnahme"),
    ("Die Stadtverordnetenversammlung bestätigt den Beschluss des Haupt- und Finanzausschusses als Eilausschuss "
     "gem. § 51a der Hessischen Gemeindeordnung", "dringlichkeit_genehmigung"),
    ("Der Stadtrat beschließt mehrheitlich die symbolische Namensgebung „Charleston Place“ für die entstandene "
     "künstliche Ruine im Landschaftspark", "strassenbenennung"),
    ("Die Stellungnahme der Stadt Norderstedt wird entsprechend des Vorschlages der Verwaltung abgegeben",
     "stellungnahme_verfahren"),
    ("Die Stadt Norderstedt schließt sich der Stellungnahme des Städteverbandes Schleswig-Holstein an.",
     "stellungnahme_verfahren"),
    ("Der Stadtrat beschließt, über Verhandlungsgegenstände im Wege eines schriftlichen Verfahrens abzustimmen.",
     "sitzungsdienst"),
    ("Schwalbentürme für mehr Artenvielfalt im Bezirk Eimsbüttel", "umwelt_gruen"),
    ("Keine Pachtgebührenverdoppelung für Kleingärten", "umwelt_gruen"),
    ("Keine gentechnisch veränderten Organismen und daraus hergestellte Produkte", "umwelt_gruen"),
    ("Antrag zur Aufstellung der zwei Löwenskulpturen innerhalb des Sparrenburgturms", "sport_kultur_freizeit"),
    ("Deutsches Gütesiegel nachhaltiges Bauen", "klima_energie"),
    ("Aufwandsspaltung für den Hausbäker Weg", "gebuehren_beitraege"),
    ("Festlegung des kalkulatorischen Zinssatzes der Stadtverwaltung ab dem Haushaltsjahr 2022", "haushalt_finanzen"),
    # the hand check of set 15's recognised titles: a lot awarded, the investment programme adopted
    # with the budget, a town's ordinance named with its number (§ 58 Abs. 1 Nr. 5 NKomVG: "Satzungen
    # und Verordnungen")
    ("Beratung über die Vergabe zu Los 6 - Trockenbauarbeiten BV: Neubau Krippe Elxleben", "vergabe"),
    ("Haushalt 2022 - Verabschiedung der Haushaltssatzung, des Haushaltsplanes 2022 mit Stellenplan, Finanzplan "
     "und Investitionsprogramm für die Jahre 2023 bis 2025", "investitionsprogramm"),
    ("2. Rechtsverordnung der Stadt Plauen über die verkaufsoffenen Sonntage im Jahr 2024", "satzung"),
])
def test_words_generalised_from_the_misses_of_set_15(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Wirtschaftsplan 2024 des Landesbetriebs Wald und Holz", "wirtschaftsplan_eigenbetrieb"),
    ("Wirtschaftsplan 2024 der Stadtwerke-Betriebs GmbH", "wirtschaftsplan_eigenbetrieb"),
    ("Beendigung des Amtes als Ortsvorsteher", "mandat_ausscheiden"),
    ("Beendigung des Arbeitsverhältnisses", "mandat_ausscheiden"),
    ("Verleihung des Kaufpreises", "ehrung"),
    ("Vergabe der Ausschreibung zum Festpreis", "ehrung"),
    ("Einrichtung einer Stelle im Ausschussdienst", "ausschuss_befugnisse"),
    ("Besetzung Gutachterausschuss", "wahl_ausschussmitglieder"),
    ("Verlosung von 6 Eintrittskarten", "vergabe"),
    ("Verordnung des Landes über die Zuständigkeiten", "satzung"),
    ("Haushaltsplan 2024 - Investitionsprogramm und Finanzplan zur Kenntnis", "investitionsprogramm"),
    ("Die Stellungnahme der Verwaltung wird zur Kenntnis genommen", "stellungnahme_verfahren"),
    ("Der Bürgermeister gibt die Ergebnisse der Wahl bekannt", "kenntnisnahme"),
])
def test_the_set_15_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("land", ["nw", "bw", "by", "sn", "ni"])
@pytest.mark.parametrize("body", ["Der Ortschaftsrat", "Der Bauausschuss", "Der Bürgermeister"])
def test_a_body_speaking_out_on_a_reserved_matter_is_never_not_competent(checker, land, body):
    """Unseen set 15 (Pfinztal): "Einstimmig spricht sich der Ortschaftsrat gegen die beabsichtigte
    Änderung der Hauptsatzung aus". A body that speaks out for or against a matter states its
    position (a locality council heard under § 70 Abs. 1 GemO, a committee before the council
    decides); it enacts nothing, so it is never not-competent for the Satzung it speaks of. Before
    the class positionierung, the item was a Satzung matter and the Ortschaftsrat not-competent."""
    options = CheckOptions(land=land, date=datetime.date(2023, 6, 1))
    inverted = "der " + body.removeprefix("Der ")
    for text in (f"{body} spricht sich gegen die beabsichtigte Änderung der Hauptsatzung aus.",
                 f"Einstimmig spricht sich {inverted} gegen den Verkauf des Grundstücks an die Firma Meyer aus."):
        result = checker.check_text("Beschluss:\n" + text + "\n", options=options)
        assert len(result.items) == 1
        assert "positionierung" in result.items[0].item.matters
        assert result.items[0].verdict is not Verdict.NOT_COMPETENT


@pytest.mark.parametrize("text, matter", [
    ("Einstimmig spricht sich der Ortschaftsrat gegen die beabsichtigte Änderung der Hauptsatzung aus.",
     "positionierung"),
    ("Der Bauausschuss spricht sich für den Verkauf des Grundstücks an die Firma Meyer aus.", "positionierung"),
])
def test_speaking_out_is_a_position_not_the_reserved_matter(vocabulary, text, matter):
    found = vocabulary.classify(text)
    assert matter in found
    assert "satzung" not in found and "grundstuecksgeschaeft" not in found


@pytest.mark.parametrize("text, reserved", [
    # a decision in the same item counts: the body speaks out and decides
    ("Der Gemeinderat spricht sich für die Änderung der Hauptsatzung aus und beschließt sie in der beigefügten "
     "Fassung.", "satzung"),
    ("Der Ortschaftsrat spricht sich für die Änderung der Hauptsatzung aus und empfiehlt dem Gemeinderat, sie zu "
     "beschließen.", "satzung"),
    ("Der Rat erlässt die Satzung; er spricht sich gegen eine Befristung aus.", "satzung"),
])
def test_speaking_out_beside_a_decision_keeps_the_reserved_matter(vocabulary, text, reserved):
    found = vocabulary.classify(text)
    assert reserved in found and "positionierung" not in found


@pytest.mark.parametrize("text", [
    # the hand check of the blind set 15 (Lautertal): the step named after the bylaw
    "Bauleitplanung der Gemeinde Lautertal, Ortsteil Hopfmannsfeld Ergänzungssatzung im Bereich „Schlitzgasse“ "
    "gemäß § 34 Abs.4 Satz 1 Nr. 3 BauGB hier: Aufstellungsbeschluss gemäß § 2 Abs. 1 BauGB sowie Einleitung der "
    "Beteiligung gemäß § 13 BauGB",
    "Aufstellung einer Ergänzungssatzung für den Bereich Am Hang",
])
def test_drawing_up_a_planning_bylaw_is_a_step_not_its_enactment(vocabulary, text):
    """The resolution to draw up a Klarstellungs- or Ergänzungssatzung (§ 34 Abs. 4 BauGB) and the
    start of its participation are steps of the procedure; only the Satzungsbeschluss enacts it.
    Before, a committee deciding the Aufstellungsbeschluss was not-competent in every Land."""
    found = vocabulary.classify(text)
    assert "satzung" not in found and "staedtebau_satzung" not in found


@pytest.mark.parametrize("text", [
    "Ergänzungssatzung „Am Hang“ hier: Abwägung und Satzungsbeschluss",
    "Der Gemeinderat beschließt die Ergänzungssatzung „Am Hang“ nach Durchführung der Beteiligung.",
])
def test_enacting_a_planning_bylaw_after_its_participation_stays_the_bylaw(vocabulary, text):
    assert "staedtebau_satzung" in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 16 (agenda titles and decision texts of 74 towns), generalised
    ("Freigabe eines Verkaufssonntages am 11.10.2020", "wirtschaft_digital"),
    ("Weitere Entwicklung der Bäderlandschaft in der Stadt Schwelm", "sport_kultur_freizeit"),
    ("Betrieb des Juliusbades", "sport_kultur_freizeit"),
    ("Beratung und Beschlussfassung über Zuwendungen der Gemeinde bei Geburtstagen und Jubiläen", "ehrung"),
    ("Müggelturm barrierearm erschließen", "soziales_wohnen"),
    ("Fehlende Ressourcen für bezirkliche Fraueninfrastruktur", "soziales_wohnen"),
    ("Bürgerstiftung Markt Höchberg; Besetzung des Stiftungsrats", "besetzung_gremium"),
    ("Weiterentwicklung des Stadtteilprojektes Ost", "stadtentwicklung"),
    ("Vereidigung der neu gewählten Ortssprecher für die Gemeindeteile Eschelbach und Niederlauterbach",
     "sitzungsdienst"),
    ("Der Tagesordnungspunkt 2 der nicht-öffentlichen Sitzung wird in die öffentliche Sitzung verschoben.",
     "sitzungsdienst"),
    ("Straßenbestandsverzeichnis des Marktes Geisenhausen - Überprüfung und Überarbeitung", "widmung"),
    ("Präventionsmaßnahmen zum Schutz vor Schäden durch den Wolf", "umwelt_gruen"),
    ("Bestellung Beauftragte für Menschen mit Behinderung und von Behinderung bedrohten Menschen",
     "personalangelegenheit"),
    ("Der Rat der Samtgemeinde Esens benennt für die restliche Dauer der Wahlperiode Herrn Martin Jacobs als "
     "Plattdeutschbeauftragten.", "personalangelegenheit"),
    ("Beratung und Beschlussfassung über die Einführung eines neuen Logos", "oeffentlichkeitsarbeit"),
    ("Neufestsetzung der Konzessionsabgabe", "haushalt_finanzen"),
    ("Die Stadtvertretung beschließt, dass die Verwaltung beauftragt wird zu prüfen, ob eine finanzielle "
     "Unterstützung möglich ist.", "auftrag_verwaltung"),
    ("Der Rat beschließt, der Verwaltung den Auftrag zu erteilen, einen Standort zu prüfen.", "auftrag_verwaltung"),
    ("Einstimmig beschloss der Gemeinderat der Firma Kaderidis den Auftrag zu erteilen.", "vergabe"),
])
def test_words_generalised_from_the_misses_of_set_16(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Der Rat beschließt, der Verwaltung den Auftrag zu erteilen, einen Standort zu prüfen.", "vergabe"),
    ("Herr Wolf berichtet über den Stand der Planung", "umwelt_gruen"),
    ("Bad Oeynhausen: Betrieb des Kurparks", "sport_kultur_freizeit"),
    # the concession levy is a private-law charge of the utilities, no public levy
    ("Neufestsetzung der Konzessionsabgabe", "abgaben"),
    # a logo is no coat of arms (§ 58 Abs. 1 Nr. 3 NKomVG: Name, Wappen, Flagge, Dienstsiegel)
    ("Beratung und Beschlussfassung über die Einführung eines neuen Logos", "hoheitszeichen"),
    ("Die Ratsmitglieder nehmen an der Ortsbegehung teil", "sitzungsdienst"),
])
def test_the_set_16_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 17 (agenda titles and decision texts of 57 towns), generalised
    ("Fliesen der Duschen der BBS Loose", "kita_schule"),
    ("Betreuungsbedarf für Kinder im Alter von 1 bis 6 Jahren in der Stadt Schöningen", "kita_schule"),
    ("Antrag auf Versetzung in den Ruhestand", "personalangelegenheit"),
    ("Weitere BürgermeisterInnen und weitere StellvertreterInnen - Beschlussfassung über die Zahl der weiteren "
     "BürgermeisterInnen", "stellvertreter_buergermeister"),
    ("Beratung und Beschlussfassung zur Nutzung „Volkshaus Strahwalde“ durch die SG Strahwalde",
     "sport_kultur_freizeit"),
    ("Annahme und Verwendung von Sammelspenden", "annahme_zuwendung"),
    ("Die Gemeindevertretung beschließt im Rahmen der Beteiligung durch das Ministerium für Arbeit, Bau und "
     "Landesentwicklung, dass für das Vorhaben keine Bedenken bestehen.", "stellungnahme_verfahren"),
])
def test_words_generalised_from_the_misses_of_set_17(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Der Zweite Bürgermeister eröffnet die Sitzung", "stellvertreter_buergermeister"),
    ("Beteiligung des Landkreises an den Kosten der Schülerbeförderung", "stellungnahme_verfahren"),
    ("Versetzung einer Mitarbeiterin in das Bauamt", "personalangelegenheit"),
    ("Spenden für die Ukraine - Bericht über die Hilfsaktion", "annahme_zuwendung"),
])
def test_the_set_17_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the hand checks of the blind sets 16 and 17: reserved matters in other words
    ("Übertragung der Gesellschaftereinlage der Stadt Schöningen an der paläon gGmbH an den Förderverein",
     "veraeusserung_beteiligung"),
    ("Eintritt der Gemeinde Born a. Darß in den Tourismusverband Fischland-Darß-Zingst e.V.", "beitritt_vereinigung"),
    ("Flächenveräußerung Mainzer Straße, Neubau einer Gewerbeimmobilie", "grundstuecksgeschaeft"),
    ("Abberufung sowie daraus resultierende Neuwahl der stimmberechtigten Stadtratsmitglieder und deren "
     "persönlichen Stellvertreter des Jugendhilfeausschusses", "wahl_ausschussmitglieder"),
    # the Heinsberg case keeps its accession
    ("Beitritt zum Netzwerk Innenstadt NRW", "beitritt_vereinigung"),
    ("Die Stadt tritt dem Verein Netzwerk Innenstadt NRW e.V. bei.", "beitritt_vereinigung"),
])
def test_reserved_matters_found_by_the_hand_checks_of_sets_16_and_17(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # joining a contract or an agreement is no membership: before, "Beitritt zum Rahmenvertrag mit
    # der Bayernwerk Natur GmbH" made an NRW committee not-competent for a participation in a company
    ("Wärmeversorgung im Baugebiet „Am Bergfeld“; Beitritt zum Rahmenvertrag mit der Bayernwerk Natur GmbH",
     "beitritt_vereinigung"),
    ("Die Stadt tritt dem Rahmenvertrag des Städtetages über die Stromlieferung bei.", "beitritt_vereinigung"),
    ("Beitritt zur Vereinbarung über die Zusammenarbeit der Städte", "beitritt_vereinigung"),
    ("Der Eintritt des Versicherungsfalls in den Verband", "beitritt_vereinigung"),
    ("Flächenverbrauch im Außenbereich", "grundstuecksgeschaeft"),
])
def test_the_hand_check_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("land", ["nw", "bw", "by", "sn", "ni"])
def test_a_committee_joining_a_framework_contract_is_never_not_competent(checker, land):
    """The hand check of set 16: joining a framework contract with a company is a contract, not a
    participation in the company (lit. m GO NRW); the committee is never not-competent for it."""
    options = CheckOptions(land=land, date=datetime.date(2023, 6, 1))
    text = ("Betreff: Wärmeversorgung im Baugebiet „Am Bergfeld“; Beitritt zum Rahmenvertrag mit der Bayernwerk "
            "Natur GmbH\n\nBeschlussvorschlag:\nDer Bauausschuss beschließt gemäß Vorlage.\n")
    result = checker.check_text(text, options=options)
    assert len(result.items) == 1 and result.items[0].verdict is not Verdict.NOT_COMPETENT


POSITIONS = [
    "Der Bauausschuss befürwortet die beabsichtigte Änderung der Hauptsatzung.",
    "Der Bauausschuss begrüßt die beabsichtigte Änderung der Hauptsatzung.",
    "Der Bauausschuss hält die Änderung der Hauptsatzung für erforderlich.",
    "Der Bauausschuss regt eine Änderung der Hauptsatzung an.",
    "Der Bauausschuss erhebt keine Einwände gegen die Änderung der Hauptsatzung.",
    "Der Bauausschuss äußert Bedenken gegen die Änderung der Hauptsatzung.",
    "Der Bauausschuss nimmt zur beabsichtigten Änderung der Hauptsatzung wie folgt Stellung: keine Bedenken.",
    "Der Ortschaftsrat stimmt der beabsichtigten Änderung der Hauptsatzung zu.",
    "Der Bauausschuss lehnt die beabsichtigte Änderung der Hauptsatzung ab.",
]
PREPARATIONS = [
    "Der Bauausschuss bittet die Verwaltung, eine Änderung der Hauptsatzung vorzubereiten.",
    "Der Bauausschuss beauftragt die Verwaltung, den Entwurf einer Satzung vorzulegen.",
    "Der Bauausschuss beschließt, die Verwaltung mit der Ausarbeitung einer Satzung zu beauftragen.",
]


@pytest.mark.parametrize("land", ["nw", "bw", "by", "sn", "ni"])
@pytest.mark.parametrize("text", POSITIONS + PREPARATIONS)
def test_a_position_or_a_preparation_is_never_not_competent(checker, land, text):
    """A committee that states its position on a Satzung (befürwortet, hält für erforderlich, regt
    an, erhebt keine Einwände, nimmt Stellung, consents to or rejects what another body intends)
    or has the administration prepare it decides no part of the Satzung: never not-competent.
    Before this session each of these was not-competent in all five Länder."""
    options = CheckOptions(land=land, date=datetime.date(2023, 6, 1))
    result = checker.check_text("Beschluss:\n" + text + "\n", options=options)
    assert len(result.items) == 1
    assert result.items[0].verdict is not Verdict.NOT_COMPETENT
    assert "satzung" not in result.items[0].item.matters


@pytest.mark.parametrize("text", [
    # the act itself in the same item: the Satzung counts
    "Der Bauausschuss befürwortet die beabsichtigte Änderung der Hauptsatzung und beschließt sie.",
    "Der Bauausschuss beschließt die Satzung und beauftragt die Verwaltung, die Bekanntmachung vorzubereiten.",
    "Der Finanzausschuss stimmt der Erhöhung der Hundesteuer zu und erlässt die Satzung.",
    "Der Bauausschuss lehnt die Änderung der Hauptsatzung ab.",
    # the content decided now, only its formal act to be prepared (Karlsruhe 2024-0507 as a
    # committee's; the precision audit keeps it a Satzung decision)
    "Der Bauausschuss befürwortet die Anpassung der neuen Struktur des zukünftigen Bauausschusses und beauftragt "
    "die Stadtverwaltung, die dazu notwendige Änderung der Hauptsatzung entsprechend vorzubereiten.",
])
def test_a_position_beside_the_act_keeps_the_reserved_matter(checker, text):
    """Must not apply: a committee that also takes the act (beschließt die Satzung, erlässt, stimmt
    … zu without "beabsichtigt"/"geplant", rejects the change itself), or decides its content and
    has only the formal Satzung prepared ("die dazu notwendige Änderung … entsprechend
    vorzubereiten"), is not-competent for it."""
    options = CheckOptions(land="nw", date=datetime.date(2023, 6, 1))
    result = checker.check_text("Beschluss:\n" + text + "\n", options=options)
    assert result.items[0].verdict is Verdict.NOT_COMPETENT


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 18 (agenda titles and decision texts of 89 towns in 13 Länder), generalised
    ("Haushaltssatzung 2023; hier: Anhörung der Bezirksräte nach § 73 KSVG", "positionierung"),
    ("badenova AG & Co. KG; Wasserentgelte ab 01.01.2024", "wasser_abwasser"),
    ("Tausch der Mittel aus dem Konjunkturpaket II der Bundesregierung mit der Stadt Schwedt", "haushalt_finanzen"),
    ("Erweiterung der Wohnfläche im Bestand, Fl.-Nr. 54, Gemarkung Walkertshofen", "bauantrag"),
    ("Public Corporate Governance Kodex", "kommunale_unternehmen"),
    ("Beschlussfassung über die Anzahl der Stellvertreter bzw. Stellvertreterinnen des Oberbürgermeisters",
     "stellvertreter_buergermeister"),
    ("Beschlussfassung über die Größe der Ausschüsse", "ausschuss_befugnisse"),
    ("Prüfauftrag zur weiteren Zentralisierung der Stadtverwaltung", "auftrag_verwaltung"),
    ("Prüfauftrag zur weiteren Zentralisierung der Stadtverwaltung", "verwaltungsorganisation"),
    ("Schließung der Ortsteilverwaltungen in Göttin, Gollwitz, Klein Kreutz", "verwaltungsorganisation"),
    ("Entscheidung der SVV gem. § 46 Abs. 6 BbgKVerf über den Beschluss des Ortsbeirates Gollwitz vom 12.09.2011",
     "beschlusskontrolle"),
    ("Antrag des Beirats für Senior:innen: Verpflichtung Mitglieder des Senior:innenbeirates", "besetzung_gremium"),
    ("Öffentlichkeit in Ausschüssen stärken - Änderung der ThürKO umsetzen", "sitzungsdienst"),
    ('Die Stadt Mühlhausen schreibt ein "Bürgerprojekt 2015" aus.', "buergerbeteiligung"),
    ("Das Portal www.stadtteillotse-hro.de wird um weitere Funktionen ergänzt.", "oeffentlichkeitsarbeit"),
    ("Der Ortsbeirat Gollwitz beschließt, dass die öffentliche Nutzung des Gebäudes in der Schlossallee 98 für den "
     "Ortsteil Gollwitz erhalten bleibt.", "gemeindliche_gebaeude"),
    ("Zusätzliche Maßnahmen im Bestandsgebäude", "gemeindliche_gebaeude"),
])
def test_words_generalised_from_the_misses_of_set_18(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the district of another level keeps its own budget (the precision audit's exclusion)
    ("Haushaltssatzung 2024 des Bezirks Oberbayern - Stellungnahme", "haushaltssatzung"),
    # hearing a body is a position, adopting the budget after the hearing is not
    ("Der Rat beschließt nach Anhörung der Bezirksräte die Haushaltssatzung 2023.", "positionierung"),
    ("Wassertemperatur im Freibad", "wasser_abwasser"),
    ("Mittel für den Tausch der Fenster", "haushalt_finanzen"),
    ("Größe der Grundstücke im Baugebiet", "ausschuss_befugnisse"),
    ("Wahl des Ortsvorstehers nach Anhörung des Ortsbeirates", "beschlusskontrolle"),
    ("Die Stelle des Portalkrans im Bauhof", "oeffentlichkeitsarbeit"),
    # the award of the works to build a facility executes the decision to build it
    ("Der Vergabe des Auftrags zur Errichtung einer Kindertagesstätte an Bieter 1 wird zugestimmt.",
     "einrichtung_errichtung"),
    ("Vergabe der Bauleistungen für die Errichtung der Feuerwache", "einrichtung_errichtung"),
])
def test_the_set_18_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


def test_the_decision_to_build_a_facility_keeps_its_reserved_matter(vocabulary):
    """Must not apply: the establishment itself, beside its award or without one."""
    assert "einrichtung_errichtung" in vocabulary.classify("Errichtung einer Kindertagesstätte am Hasenwäldchen")
    assert "einrichtung_errichtung" in vocabulary.classify(
        "Errichtung einer Kindertagesstätte und Vergabe der Planungsleistungen")


@pytest.mark.parametrize("land", ["nw", "bw", "by", "sn", "ni"])
def test_the_mayor_named_in_the_award_is_not_the_decider(checker, land):
    """"Der Vergabe … durch die Bürgermeisterin wird zugestimmt" (blind set 18, Wildau): the
    finite verb comes second, so "durch die Bürgermeisterin" belongs to the fronted noun (the
    award by the mayor); the body that consents is not named. Before, the mayor was taken as the
    passive's agent and, the award read as establishing a facility, was not-competent in NRW."""
    options = CheckOptions(land=land, date=datetime.date(2023, 6, 1))
    text = ("Beschlussvorschlag:\nDer Vergabe des Auftrags zur vollständigen schlüsselfertigen Errichtung einer "
            "Kindertagesstätte (Gebäude) für die Stadt Wildau in Höhe von Euro 5.414.500 an Bieter 1 durch die "
            "Bürgermeisterin wird zugestimmt.\n")
    result = checker.check_text(text, options=options)
    assert len(result.items) == 1
    assert result.items[0].item.body is None
    assert result.items[0].verdict is not Verdict.NOT_COMPETENT


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 19 (agenda titles and decision texts of 97 towns), generalised
    ("Umsetzungsstand der vom Rat in öffentlicher Sitzung gefassten Beschlüsse für das 2. Halbjahr 2019",
     "beschlusskontrolle"),
    ("Wahl der / des stellvertretenden Vorsitzenden im Finanzausschuss", "innere_angelegenheiten"),
    ("Widerruf der Optionserklärung des § 2b des Umsatzsteuergesetzes gem. § 27 Abs. 22a UStG ab 01.01.2023",
     "haushalt_finanzen"),
    ("Umsatzsteuerpflicht der Kommunen - Verlängerung der Option bis 31.12.2022", "haushalt_finanzen"),
    ("Verteilung der Einwohner-Pauschale 2017 Dohndorf", "haushalt_finanzen"),
    # its hand check: the accounts approved, a reserved matter
    ("Bekanntgabe und Prüfung der Jahresrechnung 2015, Zustimmung zu der Jahresrechnung 2015 und Genehmigung der "
     "über- und außerplanmäßigen Ausgaben", "jahresabschluss"),
])
def test_words_generalised_from_the_misses_of_set_19(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a committee's chair is no member elected to it by the council, nor the council's own chair
    ("Wahl der / des stellvertretenden Vorsitzenden im Finanzausschuss", "wahl_ausschussmitglieder"),
    ("Wahl der / des stellvertretenden Vorsitzenden im Finanzausschuss", "vorsitz_vertretung"),
    ("Wahl des Vorsitzenden des Aufsichtsrates", "innere_angelegenheiten"),
    ("Wahl des Vorsitzenden des Seniorenbeirates", "innere_angelegenheiten"),
    ("Stand der Bauarbeiten am Rathaus", "beschlusskontrolle"),
    # another body's accounts stay theirs
    ("Zustimmung zur Jahresrechnung 2015 des Zweckverbandes Wasser", "jahresabschluss"),
    ("Zustimmung zum Jahresabschluss 2022 der Stadtwerke GmbH", "jahresabschluss"),
])
def test_the_set_19_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text", [
    # the council forms and staffs the Umlegungsausschuss (Lower Saxony: § 3, § 4 DVO-BauGB; the
    # Rat of Burgdorf "stellt die Besetzung des Umlegungsausschusses … fest"); no class says so,
    # and a class without a rule would make the Verwaltungsausschuss competent by its residual power
    "Besetzung des Umlegungsausschusses",
    # a committee's deputy chair: the council's own affair, not the residual power's
    "Wahl der / des stellvertretenden Vorsitzenden im Finanzausschuss",
])
def test_the_verwaltungsausschuss_is_never_certainly_competent_for_the_councils_committees(checker, text):
    """In Lower Saxony the Verwaltungsausschuss decides what no other body has to decide (§ 76
    Abs. 2 NKomVG); staffing the council's committees and their chairs is the council's, so it
    is never `competent` for them (the audit of sets 18 and 19 found both made competent by a
    class that no rule names, before the round was committed)."""
    options = CheckOptions(land="ni", date=datetime.date(2023, 6, 1))
    result = checker.check_text("Beschlussvorschlag:\nDer Verwaltungsausschuss beschließt: " + text + "\n",
                                options=options)
    assert result.items and all(r.verdict is not Verdict.COMPETENT for r in result.items)


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 20 (mostly the terse titles of small Gemeinden in Schleswig-Holstein), generalised
    ("offene Grabenvariante", "wasser_abwasser"),
    ("Erstellung Schachtbauwerk", "wasser_abwasser"),
    ("Einführung und Umsetzung des Ausführungsgesetzes zur USt 2b", "haushalt_finanzen"),
    ("Antrag der CDU-Fraktion zur Bezeichnung örtlicher Flüsse", "umwelt_gruen"),
    ("Bankettpflegemaßnahmen im Bereich Möhlhorster Weg", "strassen_infrastruktur"),
    ("Datenblätter zu den Potential- und Vorrangflächen", "stellungnahme_verfahren"),
    ("Beratung der Tagesordnung für die öffentliche Sitzung der Verbandsversammlung am 17.10.2019", "zusammenarbeit"),
    ("Einrichtung einer Fotodatenbank unter www.mengerschied.de", "oeffentlichkeitsarbeit"),
    ("Interfraktioneller Antrag zur Erarbeitung eines städtebaulichen Rahmenplans", "stadtentwicklung"),
])
def test_words_generalised_from_the_misses_of_set_20(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Grabenstraße 5, Neubau eines Carports", "wasser_abwasser"),
    ("Flussdiagramm der Verwaltung", "umwelt_gruen"),
    ("Bankdarlehen der Sparkasse", "strassen_infrastruktur"),
    # the closing balance or the budget year alone may be the accounts or the budget (reserved):
    # no class without a rule, which would make a Verwaltungsausschuss competent
    ("Schlussbilanz 2011", "haushalt_finanzen"),
    ("Haushaltsjahr 2011/2012 / hier: Antrag RM Meylahn, eingebracht in der Sitzung des Rates am 07.12.2011",
     "haushalt_finanzen"),
])
def test_the_set_20_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 21 (towns of a random list in NRW, Lower Saxony, Baden-Württemberg,
    # Bavaria and Hesse, searched town by town), generalised
    ("Die Mitgliedsstärke der Arbeitsgruppe wird auf 5 stimmberechtigte Ratsmitglieder festgelegt.",
     "besetzung_gremium"),
    ("Der Rat der Stadt beschließt die Erweiterung des Plangebietes.", "bauleitplanung_verfahren"),
    ("Der Rat der Stadt Emmerich am Rhein beschließt, die Eingabe ohne weitere Behandlung abzuweisen.",
     "anregung_beschwerde"),
    ("Die 15. Änderung der Verordnung über Beförderungsentgelte und Beförderungsbedingungen im Gelegenheitsverkehr "
     "mit Taxen in der Stadt Emden wird beschlossen.", "verkehr"),
    ("Der Rat der Stadt Emden stimmt der Behandlung der Einwendungen nach § 3 Abs. 2 BauGB sowie der Behandlung "
     "der Stellungnahmen nach § 4 Abs. 2 BauGB zu.", "bauleitplanung_verfahren"),
    ("Text der Bürgerabstimmung", "buergerentscheid"),
    ("Eckdatenbeschluß zum Haushaltsausgleich bis zum Haushaltsjahr 2002", "haushalt_finanzen"),
    ("Antrag der BiM-Fraktion zur Kurzformdarstellung des Haushalts", "haushalt_finanzen"),
    ("Fähre Neckarhäuserhof / – Antrag auf Erhöhung der Fährtarife für Monats- und Wochenkarten", "verkehr"),
    ("Änderung der Ehrenordnung", "ehrung"),
    ("Sanierungsmaßnahmen am Eisweihergelände", "bau_massnahme"),
    ("Neubesetzung und Änderungen von Ausschüssen und Beiräten", "wahl_ausschussmitglieder"),
    ("Antrag der SPD Fraktion zu den geplanten Freihandels- und Investitionsschutzabkommen TTIP, CATA, TiSA",
     "resolution"),
    ("Das Informationssystem für Bürger*innen und Stadtratsmitglieder wird verbessert", "sitzungsdienst"),
    ("Übernahme Dienstherreneigenschaft des KRGZ durch Landeshauptstadt Wiesbaden", "zusammenarbeit"),
    ("Antrag der Fraktion Zeit für Bürger betr.: Änderung § 15, Abs. 1, Satz 4 der Geschäftsordnung für die "
     "Stadtverordnetenversammlung", "innere_angelegenheiten"),
    # a reserved matter: the budget adopted, named as the 'Haushalt'
    ("Verabschiedung des Haushaltes 2015 der Stadt Dorfen", "haushaltssatzung"),
    ("Beschlussfassung über den Haushalt 2024", "haushaltssatzung"),
    # the town's ordinance named in quotes (§ 58 Abs. 1 Nr. 5 NKomVG: Satzungen und Verordnungen)
    ("Die der Vorlage 16/0678/2 als Anlage beigefügte 15. Änderung der „Verordnung über Beförderungsentgelte und "
     "Beförderungsbedingungen im Gelegenheitsverkehr mit Taxen in der Stadt Emden vom 15. November 1971“ wird "
     "beschlossen.", "satzung"),
])
def test_words_generalised_from_the_misses_of_set_21(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Städtebauliche Sanierungsmaßnahme Ortskern", "bau_massnahme"),
    ("Verabschiedung des Haushaltes 2015 des Zweckverbandes Wasser", "haushaltssatzung"),
    ("Beschluss über den Haushalt des Landkreises 2020", "haushaltssatzung"),
    ("Private Haushalte im Stadtgebiet", "haushalt_finanzen"),
    ("Eingabemaske im Bürgerportal", "anregung_beschwerde"),
    ("Ich fahre nach Hause", "verkehr"),
    ("Änderung der „Verordnung des Landes über die Bauordnung“", "satzung"),
])
def test_the_set_21_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the hand check of the blind set 21 (40 recognised titles: 34 right, 6 partly, 0 wrong): a class missing
    ("Machbarkeitsstudie „Radverbindung zwischen Innenstadt und Universität bzw. Fachhochschule“", "verkehr"),
    ("Umsetzung der Richtlinien zur Leitungsfreistellung gemäß der Änderung des Kindertagesbetreuungsgesetzes",
     "kita_schule"),
])
def test_classes_found_by_the_hand_check_of_set_21(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 22 (towns of a second random list in NRW, Lower Saxony,
    # Baden-Württemberg, Saxony and Bavaria), generalised; the first five are reserved matters
    ("Genehmigungen Dringlicher Entscheidungen des Haupt- und Finanzausschusses",
     "genehmigung_dringlichkeitsentscheidung"),
    ("Der Rat der Stadt Straelen genehmigt die durch den Haupt- und Finanzausschuss am 10.12.2020 gefassten "
     "Dringlichen Entscheidungen.", "genehmigung_dringlichkeitsentscheidung"),
    ("Wahl der Bürgermeister-Stellvertreter/innen", "stellvertreter_buergermeister"),
    ("Prüfung der Wahlen zum Bürgermeister der Stadt Straelen sowie zum Rat der Stadt Straelen vom 13.09.2020",
     "wahl_gueltigkeit"),
    ("die Mitglieder und Stellvertreter des Bauausschusses,", "wahl_ausschussmitglieder"),
    ("Grundsatzbeschluss zur Gründung eines kommunalen medizinischen Versorgungszentrums", "einrichtung_errichtung"),
    ("Bestimmung eines stellvertretenden Verbandsrates für den Regionalen Planungsverband „Oberes "
     "Elbtal/Osterzgebirge“ gemäß § 10 Abs. 1 und 2 SächsLPlG", "vertreter_bestellung"),
    ("Weiterbetrieb Schlachthof Aschaffenburg", "betrieb_einrichtung"),
    ("Geplante Gleichstromverbindung A-Nord", "stellungnahme_verfahren"),
    ("Zukünftige Entwicklung des Bierbaumgeländes", "stadtentwicklung"),
    ("Mittelfristige Baumaßnahmen im öffentlichen Straßenraum", "strassen_infrastruktur"),
    ("Sicherheitswachen: Abrechnung neu geregelt", "feuerwehr_sicherheit"),
    ("Der Rat der Stadt Rheine beschließt die Wiedereinrichtung von ehrenamtlichen Stadtteilgremien.",
     "besetzung_gremium"),
    ("Den Vorschlägen der Verwaltung zur Behandlung der während der Beteiligung der Öffentlichkeit und der Behörden "
     "vorgetragenen Stellungnahmen unter Abwägung der öffentlichen und privaten Belange wird zugestimmt.",
     "bauleitplanung_verfahren"),
    ("Der Gemeinderat beschließt die Übernahme der Trägerschaft der Hector Kinderakademie", "kita_schule"),
])
def test_words_generalised_from_the_misses_of_set_22(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Behandlung der Stellungnahmen der Fraktionen zum Haushalt", "bauleitplanung_verfahren"),
    ("Prüfung der Wahlvorschläge für den Seniorenbeirat", "wahl_gueltigkeit"),
    ("Die dringliche Sanierung der Turnhalle wird genehmigt", "genehmigung_dringlichkeitsentscheidung"),
    ("Wahl des Stellvertreters im Aufsichtsrat der Stadtwerke", "stellvertreter_buergermeister"),
])
def test_the_set_22_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter, present", [
    # the hand check of the blind set 22 (40 recognised titles: 34 right, 6 partly, 0 wrong)
    ("Mitgliedschaft der Gemeinde Issum im Vorstand des Wasser- und Bodenverbandes Issumer Fleuth",
     "vertreter_bestellung", True),
    ("Mitgliedschaft der Gemeinde Issum im Vorstand des Wasser- und Bodenverbandes Issumer Fleuth",
     "beitritt_vereinigung", False),
    ("Mitgliedschaft der Gemeinde im Verein Heimatpflege e.V.", "beitritt_vereinigung", True),
    ("Sanierung von privaten Grundstücksanschlussleitungen", "wasser_abwasser", True),
    ("Straßenrechtliche Einziehung öffentlicher Parkplätze vor Gebäude Beckengasse 9", "widmung", True),
    ("Einziehung der Hundesteuer", "widmung", False),
])
def test_classes_found_by_the_hand_check_of_set_22(vocabulary, text, matter, present):
    assert (matter in vocabulary.classify(text)) is present


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 23 (a third random list of towns), generalised; the first two are reserved
    ("Ortsrecht; Verordnung über die Bekämpfung des Lärms in der Stadt Waldkraiburg - Neuerlass", "satzung"),
    ("Feststellung des Eintritts eines Ablehnungsgrundes gemäß § 18 Sächsische Gemeindeordnung und Abberufung des "
     "Stadtrates Herrn Thomas Kreyßig", "mandat_ausscheiden"),
    ("Zusätzliche finanzieller Mittel für Beseitigung von Oberflächenwasser", "wasser_abwasser"),
    ("Zusätzliche finanzieller Mittel für Beseitigung von Oberflächenwasser", "haushalt_finanzen"),
    ("Förderprogramm OrtsNahePflege BW gem. § 123 SGB XI", "soziales_wohnen"),
    ("Projektentwicklung Hertieareal", "stadtentwicklung"),
])
def test_words_generalised_from_the_misses_of_set_23(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Abberufung des Stadtrates als Vertreter im Zweckverband", "mandat_ausscheiden"),
    ("Landesverordnung über die Bekämpfung des Lärms", "satzung"),
    ("Grünpflege im Stadtpark", "soziales_wohnen"),
])
def test_the_set_23_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 24 (a random list of towns in Lower Saxony, NRW and Baden-Württemberg), generalised
    ("Benennung eines sachkundigen Einwohners für freiwillige Ratsausschüsse", "wahl_ausschussmitglieder"),
    ("Beigeordneten-Wahl am 23. Februar", "wahl_beigeordnete"),
    ("Verpflichtung von Ursula Schmitt als Gemeinderätin", "sitzungsdienst"),
    ("Neugewählte Stadträtinnen und Stadträte / hier Verpflichtung und Einführung", "sitzungsdienst"),
    ("Antrag der Fraktion vom 07.01.2021 betreffend Übertragung von Ratssitzungen als Live-Stream im Internet",
     "sitzungsdienst"),
    ("Vergaben", "vergabe"),
    ("Oberbürgermeister-Wahl im März", "wahlorganisation"),
    ("Gestaltungsbeirat wiederbesetzt", "besetzung_gremium"),
    ("Schmale Straßenabläufe", "wasser_abwasser"),
    ("Kalkulation der Kleinleiterabgabe 2021", "gebuehren_beitraege"),
])
def test_words_generalised_from_the_misses_of_set_24(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Vergaberichtlinien für Bauplätze", "vergabe"),
    ("Die Stelle ist besetzt", "besetzung_gremium"),
    ("Der Beirat tagt im Rathaus", "besetzung_gremium"),
])
def test_the_set_24_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text", [
    # blind set 24 (Twistringen): the step named after the bylaw, with the area's name between
    'Bauleitplanung der Stadt Twistringen - Außenbereichssatzung Nr. 2 für den Teilbereich "Weyher Straße/ '
    'Kapellenstraße in der Ortschaft Stelle hier: Entwurfs- und Offenlegungsbeschluss',
    "Außenbereichssatzung Nr. 2 hier: Offenlegungsbeschluss",
    "Einbeziehungssatzung „Am Mühlbach“ im Ortsteil Süd hier: Billigung des Entwurfs",
])
def test_a_planning_bylaw_at_its_draft_stage_named_first_is_a_step_of_the_procedure(vocabulary, text):
    found = vocabulary.classify(text)
    assert "satzung" not in found and "staedtebau_satzung" not in found
    assert "bauleitplanung_verfahren" in found


@pytest.mark.parametrize("text, matter", [
    ("Außenbereichssatzung Nr. 2 hier: Satzungsbeschluss", "bauleitplanung_abschluss"),
    ("Außenbereichssatzung Nr. 2 – der Rat beschließt die Außenbereichssatzung nach Abwägung der Stellungnahmen",
     "satzung"),
])
def test_a_planning_bylaw_enacted_stays_reserved_though_its_steps_are_named(vocabulary, text, matter):
    found = vocabulary.classify(text)
    assert matter in found and "staedtebau_satzung" in found
    assert "bauleitplanung_verfahren" not in found


@pytest.mark.parametrize("land", ["nw", "bw", "by", "sn", "ni"])
def test_a_locality_council_consenting_to_a_planning_bylaws_draft_is_never_not_competent(checker, land):
    """Blind set 24 (Twistringen): "Der Ortsrat stimmt dem Beschlussvorschlag der Vorlage 2020/024
    einstimmig zu" under the title "Außenbereichssatzung Nr. 2 … hier: Entwurfs- und
    Offenlegungsbeschluss" approves a draft for the participation of the public, a step of the
    procedure; it enacts no Satzung, so the Ortsrat was wrongly not-competent."""
    text = ('Bauleitplanung der Stadt Twistringen - Außenbereichssatzung Nr. 2 für den Teilbereich "Weyher '
            'Straße/ Kapellenstraße in der Ortschaft Stelle hier: Entwurfs- und Offenlegungsbeschluss\n\n'
            "Beschluss:\nDer Ortsrat stimmt dem Beschlussvorschlag der Vorlage 2020/024 einstimmig zu.\n")
    result = checker.check_text(text, options=CheckOptions(land=land, date=datetime.date(2020, 6, 1)))
    assert len(result.items) == 1
    assert result.items[0].verdict is not Verdict.NOT_COMPETENT
    assert "bauleitplanung_verfahren" in result.items[0].item.matters


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 25 (random lists of towns in Bavaria, Saxony, NRW, Baden-Württemberg
    # and Lower Saxony), generalised
    ("Veränderung in der Zusammensetzung des Gemeinderats - Ausscheiden der Stadtrats Marcel Kohler (SPD) - "
     "Nachrücken des Stadtrats Paul Renner (SPD)", "mandat_ausscheiden"),
    ("Nachrücken des Ratsmitglieds Anna Berg", "mandat_ausscheiden"),
    ("Beschluss zum Vertragsabschluss zur Förderung von Modernisierungs- und Instandsetzungsmaßnahmen am Gebäude "
     "Humboldtstraße 25", "vertrag"),
    ("Einführung und Verpflichtung der neu bzw. wiedergewählten Stadträte/innen", "sitzungsdienst"),
    ("Berufung und Vereidigung von Herrn Dietmar Brandstetter zum Gemeinderatsmitglied", "sitzungsdienst"),
    ("Besetzung der beschließenden und zugleich vorberatenden Ausschüsse des Stadtrats", "wahl_ausschussmitglieder"),
    ("Benennung des Dorfparkes am Sniers Hus in Seppensen", "ehrung"),
    ("Weitere Verbesserungen im Stadtverkehr (Stadtbus)", "verkehr"),
    ("Antragsschreiben der UBV-Fraktion betreffend Notunterkünfte Jahnstraße", "soziales_wohnen"),
    ("Organisation und Durchführung der OB-Wahl 2020", "wahlorganisation"),
    ("Sonderrücklage für Versorgungslasten der städtischen Beamtinnen und Beamten (BayVersRücklG)",
     "haushalt_finanzen"),
    ("Einkauf von städtischen Kraftfahrzeugen", "ausstattung_fahrzeuge"),
    ("Erlass einer Ladenschlussverordnung für bestimmte Handelszweige an 40 Sonntagen im Jahr 2021", "satzung"),
    ("Bestellung des Allgemeinen Vertreters des Bürgermeisters", "allgemeiner_vertreter"),
    # misses of a self-written list of 400 agenda titles by Produktbereich, generalised
    ("Feststellung des Ausscheidens eines Mitglieds des Ortschaftsrates Hochdorf und Nachrücken",
     "mandat_ausscheiden"),
    ("Erweiterung der GS am Lindenhof zur Vierzügigkeit; hier: Entwurfsplanung und Kostenberechnung (LPH 3)",
     "bau_massnahme"),
    ("Benennung von Mitgliedern der Kommunalen Gesundheitskonferenz", "besetzung_gremium"),
    ('Teilnahme am Präventionsprogramm "Gesunde Kommune" der AOK', "foerderantrag"),
    ("Bewerbung als Etappenort der Deutschland Tour 2026", "veranstaltung"),
    ("Antrag auf Befreiung vom Anschluss- und Benutzungszwang, Aussiedlerhof Lindenweg 3", "wasser_abwasser"),
    ('Verlängerung der Prädikatisierung als "Staatlich anerkannter Erholungsort"', "sport_kultur_freizeit"),
    # the hand check of the blind set 25: a class missing beside the recognised ones
    ("Zustimmung zur Wahl des stellvertretenden Abteilungskommandanten der Abteilung Großbottwar",
     "feuerwehr_sicherheit"),
    ("Ringmaier, Antrag auf Sondernutzung öffentl. Verkehrsflächen für Lokal „Kleine Haie“", "verkehr"),
])
def test_words_generalised_from_the_misses_of_set_25(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a member leaving a committee, not the council
    ("Ausscheiden des Stadtrats Müller aus dem Bauausschuss", "mandat_ausscheiden"),
    # a Land's or the Federation's ordinance, or a statement on one, is no ordinance of the town
    ("Stellungnahme zur Sperrzeitverordnung", "satzung"),
    ("Information zur Ladenschlussverordnung des Landes", "satzung"),
    # an urgency decision signed by the general deputy appoints nobody
    ("Dringlichkeitsentscheidung des Bürgermeisters und des allgemeinen Vertreters über die Vergabe",
     "allgemeiner_vertreter"),
    # an exemption from the obligation to connect is no Satzung
    ("Antrag auf Befreiung vom Anschluss- und Benutzungszwang", "satzung"),
    # the bylaw on special uses is a Satzung, not a special use of a road
    ("Änderung der Sondernutzungssatzung", "verkehr"),
])
def test_the_set_25_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 26 (random lists of towns in NRW and Lower Saxony; Baden-Württemberg,
    # Bavaria and Saxony), generalised
    ("Ehrenamtliches Engagement im Bonner Bäderbereich", "sport_kultur_freizeit"),
    ("ZukunftsZentrum Herten: Realisierung des 3. Bauabschnitts", "bau_massnahme"),
    ("IT Steuerung im Konzern Stadt Herten", "wirtschaft_digital"),
    ("Den dargelegten Beschlussempfehlungen im Rahmen der Abwägung wird zugestimmt.", "bauleitplanung_verfahren"),
    ("Amtsniederlegung von Marktgemeinderat Klaus Schmitt; Zustimmung zur Amtsniederlegung", "mandat_ausscheiden"),
    ("Zulegung der Bürgerstiftung für Deggendorf zur Bürgerstiftung der Stadt Deggendorf", "stiftung"),
    ("Durchführung der Stadtratssitzungen für das Jahr 2021", "sitzungsdienst"),
    ("Beratung und Beschlussfassung zur Auswahl des Straßenbelags für die Marktstraße", "strassen_infrastruktur"),
    ("Verlängerung des Förderprogramms Öko-Modellregion Miesbacher Oberland bis 2023", "foerderantrag"),
    ("Haushaltszwischenbericht für das 2. Quartal 2022", "haushalt_finanzen"),
    ("Ankauf Industriebrache Petersstraße 5", "grundstuecksgeschaeft"),
    ("Verkaufsausschreibung ehemaliges Schulkloster", "grundstuecksgeschaeft"),
    ("Freiwilligenzentrum Stadtbergen", "soziales_wohnen"),
    ("Erwerb Kom9-Anteile durch Stadtwerk Tauberfranken GmbH", "beteiligung_gesellschaft"),
    ("Mitglieder für den Seniorenrat gewählt", "besetzung_gremium"),
    ("Beschluss über Niederbringung eines Tiefbrunnens im Feilenforst", "wasser_abwasser"),
    ("Beschluss über Abriss Bestandsgebäude Hochbehälter", "bau_massnahme"),
    # the hand check of set 26: joining a company as a shareholder is taking part in it
    ("Beitritt als Gesellschafter in die Regionalwerk Main-Spessart GmbH", "beteiligung_gesellschaft"),
    ("Beitritt zur Bürgerenergie Genossenschaft eG", "beteiligung_gesellschaft"),
])
def test_words_generalised_from_the_misses_of_set_26(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a spa town's name is no bath
    ("Partnerschaft mit Bad Salzdetfurth", "sport_kultur_freizeit"),
    # weighing interests in a personnel matter is no step of land-use planning
    ("Nach Abwägung aller Umstände wird die Stelle neu besetzt.", "bauleitplanung_verfahren"),
    # a councillor's office laid down is no other office laid down
    ("Amtsniederlegung des Feuerwehrkommandanten", "mandat_ausscheiden"),
    # members elected to the council are no staffing of an advisory body
    ("Mitglieder für den Gemeinderat gewählt", "besetzung_gremium"),
    # joining a contract or an agreement with a company is no participation in it (set 16)
    ("Beitritt zum Rahmenvertrag mit der Bayernwerk Natur GmbH", "beteiligung_gesellschaft"),
    ("Beitritt zur Vereinbarung mit der Telekom AG", "beteiligung_gesellschaft"),
    ("Beitritt zum Netzwerk Innenstadt NRW", "beteiligung_gesellschaft"),
    # a session named as a date is no matter of the sessions (Nordstemmen DS 18/2009)
    ("Die Stellungnahmen sollen entsprechend der Abwägung (Ratssitzung am 19.03.2009) berücksichtigt werden.",
     "sitzungsdienst"),
])
def test_the_set_26_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 27 (random lists of towns in NRW; Lower Saxony and Saxony;
    # Baden-Württemberg and Bavaria), generalised
    ("Rückkauf des Flst. 3081/5 Gemarkung Bautzen", "grundstuecksgeschaeft"),
    ("Der Stadtrat stimmt der Stellungnahme zu dem Referentenentwurf des Gesetzes zur Neugliederung des Gebietes "
     "der Landkreise zu.", "stellungnahme_verfahren"),
    ("Der Vorschlag einer Fusion mit der Gemeinde Rhauderfehn ist somit abgelehnt.", "gebietsaenderung"),
    ("Klarstellende Beschlussfassung zum stadtregionalen Kontrakt", "vertrag"),
    ("Gebührenbedarfsrechnung", "gebuehrenkalkulation"),
    ("Erschließung Oberm Garten", "bauleitplanung"),
    ("Antrag der SPD-Fraktion betr. frühzeitige Beratung über die Beantra- gung von Fördermitteln in den "
     "politischen Gremien", "foerderantrag"),
    ("Wahlen, Reduzierung der Anzahl der zu wählenden Ratsvertreter", "vertreter_bestellung"),
    ("Antrag der CDU-Fraktion vom 03.12.2017 auf Ausschussumbesetzungen", "wahl_ausschussmitglieder"),
    ("Wahl der/des stellvertretenden Ausschussvorsitzenden", "innere_angelegenheiten"),
    ("Fraktionsgrößen-Antrag", "innere_angelegenheiten"),
    ('Antrag auf Zertifizierung als "Mittelstandorientierte Verwaltung"', "verwaltungsorganisation"),
    ('Beteiligung der Stadt Essen am Forum "Solidarity Cities"', "zusammenarbeit"),
    ("Antrag, sich am Projekt von UNICEF und dem Deutschen Kinderhilfswerk „Kinderfreundliche Kommunen“ zu "
     "beteiligen", "zusammenarbeit"),
    ("Antrag, eine Stelle für ein zentrales Fördermanagement (ZFM) einzurichten", "personalangelegenheit"),
    ("Sicherheit im öffentlichen Raum / Antrag der UWG-Fraktion", "feuerwehr_sicherheit"),
    ("Ausweitung der Aktivitäten der KEG, Kommunale Entwicklungsgesellschaft Siegen mbH", "kommunale_unternehmen"),
    ('"Umsetzung der Ratsentscheidungen vom 25.03.2009"', "beschlusskontrolle"),
    ("Grillstelle am Aasee renovieren", "sport_kultur_freizeit"),
    ("Antrag Freie Wähler: Kombibad", "sport_kultur_freizeit"),
    ("Sturmschäden in Bochum-Südwest", "umwelt_gruen"),
    ("Wechsel im Gemeinderat / Ausscheiden von Herrn Stefan Russ / Feststellung von Gründen nach §§ 29 und 16 "
     "Abs. 1 Gemeindeordnung", "mandat_ausscheiden"),
    ("Feststellung des Amtsverlustes für Marktgemeinderat Kai Dunkel", "mandat_ausscheiden"),
    ("Korrektur der Sitzzuweisung im Gemeinderat", "mandat_ausscheiden"),
    ("Backofenordnung des Marktes Eggolsheim - 1. Änderung (hier: Nr. 3 Satz 1, Entgelt je Backvorgang)",
     "privatrechtliche_entgelte"),
    ("Bühnenanbau Kirchtalhalle Kirchen-Hausen", "bau_massnahme"),
    ("Errichtung einer Übergangskrippe", "kita_schule"),
    ("Erlass einer Katzschutzverordnung", "satzung"),
    ("Schöffenwahlperiode 2019-2023 – Aufstellung der Vorschlagsliste", "schoeffen_vorschlagsliste"),
    ("Messungsanerkennung Laufach-Süd", "grundstuecke_liegenschaften"),
    ("Kurzvorstellung des Partizipationsprojekt Pizza & Politik", "buergerbeteiligung"),
    ("Erledigung der Beanstandungen der örtlichen Rechnungsprüfung für das Jahr 2008", "haushalt_finanzen"),
    ("Vereinbarung über die Durchführung und Finanzierung zusätzlicher Verkehrsleistungen im MVV-Tarifverbund",
     "vertrag"),
    ("Fortsetzung des Probebetriebes MVV-Ruftaxi", "verkehr"),
    # the hand check of set 27
    ("Bebauungsplan Nr. 03 / 03 „Friedensstraße / Alter Postweg“ / hier: Beschluss über die erneute Auslegung",
     "bauleitplanung_verfahren"),
])
def test_words_generalised_from_the_misses_of_set_27(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a merger of other bodies of the town is no change of its territory
    ("Zusammenschluss der Feuerwehren der Gemeinde", "gebietsaenderung"),
    ("Fusion der Sparkassen", "gebietsaenderung"),
    # a nativity scene is no crèche
    ("Aufstellung der Weihnachtskrippe auf dem Marktplatz", "kita_schule"),
    # a coordinated compound keeps its parts apart ("Bau- und …"): no word is joined across "und"
    ("Bau- und Planungsausschuss", "bau_massnahme"),
    # "an dieser Stelle" is no post
    ("An dieser Stelle wird ein Spielplatz eingerichtet.", "personalangelegenheit"),
    # negotiations about a merger change no territory (Nordstemmen DS 118/2018)
    ("Für die Dauer der Fusionsverhandlungen mit der Stadt Elze erhalten die Ratsmitglieder eine "
     "Aufwandsentschädigung", "gebietsaenderung"),
])
def test_the_set_27_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


def test_a_compound_continued_in_capitals_is_not_joined_as_a_broken_word(vocabulary):
    """Only a lower-case continuation after "- " is a word broken at a line end ("Beantra- gung");
    "DVGW- Technologiezentrum" (Karlsruhe 2014-0652) keeps its technology centre."""
    assert "wirtschaft_digital" in vocabulary.classify("Laborgebäude DVGW- Technologiezentrum Wasser")
    assert "foerderantrag" in vocabulary.classify("Beratung über die Beantra- gung von Fördermitteln")


def test_a_function_word_after_a_hyphen_is_no_broken_word(vocabulary):
    """The property test of the prefilter found "fnp- an der": a hyphen before a preposition or
    an article ends a truncated compound ("Bau- an der …" is rare, but "an" is no word's end);
    joining it lost the land-use plan."""
    assert "flaechennutzungsplan" in vocabulary.classify("fnp- an der Straße")


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 28 (random lists of towns in NRW and Lower Saxony; Baden-Württemberg,
    # Bavaria and Saxony), generalised
    ("Bestellung von Mitgliedern für Ausschüsse und Vertretungsorgane", "wahl_ausschussmitglieder"),
    ("Ergänzender Beschluss zum Haushaltssanierungsplan 2017", "haushaltssicherungskonzept"),
    ("Integriertes Kleinräumiges Monitoring – Erster Herner Monitoringbericht", "bericht"),
    ("Bewerbung für die Universiade 2025", "veranstaltung"),
    ("Der Rat der Stadt Oberhausen verurteilt Angriffskrieg der Türkei im Nordirak", "resolution"),
    ("Einbau einer Brandmeldeanlage", "feuerwehr_sicherheit"),
    ("Aktuelle Probleme im Zugverkehr der AVG, Umgang damit und Planungen für die Zukunft", "verkehr"),
    ("Die Zahl der Ratsmitglieder wird für die nächste Wahlperiode verkleinert.", "satzung"),
])
def test_words_generalised_from_the_misses_of_set_28(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the council's size named without a change is no bylaw
    ("Die Zahl der Ratsmitglieder beträgt 38.", "satzung"),
    # a report is no event
    ("Bericht über die Meisterschaft der Jugendfeuerwehr", "veranstaltung"),
    # a plan's environmental report is part of the plan, not a report to take note of
    ("Der Rat beschließt den Bebauungsplan Nr. 12 mit Begründung und Umweltbericht als Satzung.", "bericht"),
])
def test_the_set_28_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a self-written whole paper (Annaberg-Buchholz minutes): a bylaw cited with its article as
    # the basis of a building decision is no Satzung decision (the committee was not-competent)
    ("Der Technische Ausschuss erteilt das gemeindliche Einvernehmen gemäß § 36 BauGB zum Bauantrag und stimmt der "
     "Ablösung von vier Stellplätzen gemäß der Stellplatzsatzung zu.", "satzung"),
    ("Der Technische Ausschuss erteilt das gemeindliche Einvernehmen gemäß § 36 BauGB zum Bauantrag und stimmt der "
     "Ablösung von vier Stellplätzen gemäß der Stellplatzsatzung zu.", "staedtebau_satzung"),
    ("Die Gebühr wird nach der Friedhofsgebührensatzung erhoben.", "satzung"),
])
def test_a_bylaw_cited_with_its_article_as_the_basis_is_no_satzung_decision(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Änderung der Stellplatzsatzung", "satzung"),
    ("Die Satzung wird nach der Abwägung beschlossen.", "satzung"),
    ("Erlass der Gestaltungssatzung Altstadt", "staedtebau_satzung"),
])
def test_the_bylaw_itself_stays_a_satzung_decision(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 32 (random towns of all Länder but the city states; many titles from
    # party and press pages) and of a self-written list of 500 agenda titles, generalised
    ("Umbenennung der Lettow-Vorbeck-Straße - Ergebnis der Anliegerbeteiligung", "strassenbenennung"),
    ("Benennung Klosterplatz", "strassenbenennung"),
    ("Rutenfest 2025 - Bewirtschaftung und Bewachung", "veranstaltung"),
    ("Korbmarkt 2025", "veranstaltung"),
    ("Husumer Hafentage 2025 - Genehmigung des Alkoholausschanks im Hafenbereich", "veranstaltung"),
    ("Domweih 2024 - Marktordnung", "veranstaltung"),
    ("Aktionstag der Befreiung Hildesheims von der nationalsozialistischen Diktatur", "veranstaltung"),
    ("Förderung der Schöller Festspiele ab 2023", "sport_kultur_freizeit"),
    ("Wellenbad Penzberg: vorübergehende Schließung in den Sommermonaten", "sport_kultur_freizeit"),
    ("Aufnahme in das UNESCO-Welterbe - Pflege- und Managementplan Residenzensemble", "naturschutz"),
    ("Schließung des Flugplatzes MG zum Ziel der Stadtpolitik", "verkehr"),
    ("Mobilstation", "verkehr"),
    ("Fahrgastunterstände", "verkehr"),
    ("Autofreier Rathausplatz", "verkehr"),
    ("Sitzungsvorlage Nr. 20-26 / V 13579: Tram-Westtangente - Anpassung der Kostenobergrenze", "verkehr"),
    ("Prüfung verkehrsrechtlicher Maßnahmen in Styrum", "verkehr"),
    ("Aktivierung des Bahnanschlusses nach Bad Orb, hier: Antrag der FBO-Fraktion", "verkehr"),
    ("Parksituation in der Mühlenstraße so verträglich wie möglich ausgestalten", "verkehr"),
    ("Wohn- und Quartiersprojekt Holwedestraße", "stadtentwicklung"),
    ("Städtebaulicher Wettbewerb Karl-Lederer-Platz - Auslobung", "stadtentwicklung"),
    ("Räumliche Festlegung des Fördergebiets", "staedtebaufoerderung"),
    ("Um- und Nachfolgebesetzungen in Gremien des Rates der Stadt Recklinghausen", "besetzung_gremium"),
    ("Überprüfung und Zusammenlegung thematisch überschneidender Gremien", "besetzung_gremium"),
    ("Entlassung, Wahl und Bestellung der Feldgeschworenen in der Gemeinde Haimhausen", "besetzung_gremium"),
    ("Nachwahl zum Umlegungsausschuss", "besetzung_gremium"),
    ("Ratsantrag Behindertenbeirat", "besetzung_gremium"),
    ("Sachkundige Einwohner: Abberufung und Neubenennung im Jugendhilfeausschuss", "wahl_ausschussmitglieder"),
    ("Änderung von Mitgliedern im Hauptausschuss", "wahl_ausschussmitglieder"),
    ("Personelle Veränderung bei der Besetzung der sachkundigen Einwohner", "wahl_ausschussmitglieder"),
    ("Konstituierung und Selbstorganisation des Rates und der sonstigen Gremien", "innere_angelegenheiten"),
    ("Wahl des ersten Stadtrates", "allgemeiner_vertreter"),
    ("Stadtverordnetenversammlung: Wahl der ehrenamtlichen Magistratsmitglieder", "wahl_beigeordnete"),
    ("Wappenergänzung", "hoheitszeichen"),
    ("Freier W-LAN- Zugang in der Stadt Olsberg", "wirtschaft_digital"),
    ("Pflanzen statt Kiesflächen", "umwelt_gruen"),
    ("Wiederbelebung eines Geburtstagswaldes", "umwelt_gruen"),
    ("Einführung eines Niederschlags-Managements", "wasser_abwasser"),
    ("Personelle Aufstockung für das Café finanzieren", "verwaltungsorganisation"),
    ("Servicestelle des Ausländeramtes Wesel in Kamp-Lintfort", "verwaltungsorganisation"),
    ("Aufhebung Einstellungsstopp", "verwaltungsorganisation"),
    ("Entwurf von Forderungen an die Bundesregierung und die Landesregierung NRW", "resolution"),
    ("„Kriegerdenkmäler“ mit erklärenden Tafeln ergänzen", "ehrung"),
    ("Verabschiedung ausgeschiedener Ratsmitglieder", "ehrung"),
    ("Übertragung der Zuständigkeiten der Gemeinde Wedemark im Fahrlehrwesen", "zusammenarbeit"),
    ("Öko-Modellregion Landkreis Altötting: Verlängerung der Beteiligung", "zusammenarbeit"),
    ("Ruhrbania - Baufeld 4, Anhandgabe an die Wohnungsbaugesellschaft mbH", "grundstuecke_liegenschaften"),
    ("Antrag gem. § 56 NKomVG: Mietkostenobergrenzen KdU prüfen", "soziales_wohnen"),
    ("Mietverhältnisse in der Bogensiedlung", "soziales_wohnen"),
    ("Dreiflüssestadt: Haushalts- ausgabereste 2024, Übertragung in das Jahr 2025", "haushalt_finanzen"),
    ("Opernfestspiele Heidenheim: Überdachung des Rittersaals - Grundsatzbeschluss", "bau_massnahme"),
    ("Taubenfütterungsverbot", "feuerwehr_sicherheit"),
    ("Antrag der SPD-Rathausfraktion betr. \"Angsträume\" ermitteln und beseitigen", "feuerwehr_sicherheit"),
    ("Wahlhelfende werben – Demokratie stärken", "wahlorganisation"),
    ("Attraktivität der Kommunalpolitik und die Wahlbeteiligung in Flensburg steigern", "wahlorganisation"),
    ("Projekt \"Glasmacherstadt\" - Antrag auf Förderung nach InvKG", "foerderantrag"),
    ("Designer Outlet Remscheid - weiteres Vorgehen nach dem OVG-Urteil", "rechtsangelegenheit"),
    ("Einrichtung einer Solidaritätspartnerschaft mit der ukrainischen Gemeinde Bilky", "partnerschaft"),
    ("Zukunftszentrum für Deutsche Einheit - Erschließung am Riebeckplatz", "strassen_infrastruktur"),
    ("Ausbau „Karl-Theodor-Straße“", "strassen_infrastruktur"),
    ("Straßenunterhalt in Meiningen (Auswertung 2025 und Ausblick auf die kommenden Jahre)", "strassen_infrastruktur"),
    ("Schülerbetreuung gesichert", "kita_schule"),
    ("Errichtung von Freiflächenfotovoltaikanlagen; Änderung des gemeindlichen Kriterienkatalogs", "klima_energie"),
    ("Tonaufzeichnungen für Ratsversammlung und Ausschüsse", "sitzungsdienst"),
    ("Verpflichtung der in der konstituierenden Gemeinderatssitzung am 25. Juli 2019 nicht anwesenden "
     "Stadträtinnen und Stadträte für die Dauer der Amtszeit", "sitzungsdienst"),
    ("Zuständigkeitskatalog für die Stadtverordnetenversammlung, die Ausschüsse und die Bürgermeisterin", "ausschuss_befugnisse"),
    ("Feststellung des Nachrückers im Ortschaftsrat Jößnitz", "mandat_ausscheiden"),
])
def test_words_generalised_from_the_misses_of_set_32(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a plan named after a meadow is no green space; a redevelopment board named after a street
    # builds no street; a Zweckverband's business plan is no company's; a supermarket is no fair
    ("Der Rat beschließt den vorhabenbezogenen Bebauungsplan Nr. 0130 „Rauhe Wiese – West“ als Satzung.", "umwelt_gruen"),
    ("Der Gemeinderat beruft die Mitglieder in den Sanierungsbeirat „Kaiserstraße West“.", "strassen_infrastruktur"),
    ("Beschluss über den Wirtschaftsplan 2024 des Zweckverbandes Abwasser", "kommunale_unternehmen"),
    # (no class for what may be reserved: a business plan alone may be an Eigenbetrieb's, extra costs
    # or means provided may be unplanned expenditure the council approves, a list of investments
    # may be the investment programme; a class without a rule would make Lower Saxony's
    # Verwaltungsausschuss competent by its residual power)
    ("Wirtschaftsplan 2023 für den ASP", "kommunale_unternehmen"),
    ("Warnowbrücke - Mehrkosten und Bauzeitverlängerung", "haushalt_finanzen"),
    ("Bereitstellung von Mitteln", "haushalt_finanzen"),
    ("Prioritätenliste zur Investitionsplanung 2025 bis 2028", "haushalt_finanzen"),
    ("Oberziele für das Haushalts-Produkt 15.15.01", "haushalt_finanzen"),
    ("Bebauungsplan Lebensmittelmarkt 2025 an der Hauptstraße", "veranstaltung"),
    ("Der Rat stellt den Jahresabschluss fest. 2025 wird der Bericht vorgelegt.", "veranstaltung"),
    ("Erschließungsbeitrag für das Baugebiet Am Hang", "strassen_infrastruktur"),
    # the manner of drafting is no cooperation; the oath of office decides no seat
    ("Der Entwurf wurde in Zusammenarbeit mit dem Baureferat der Stadt ausgearbeitet.", "zusammenarbeit"),
    ("Einführung und Verpflichtung der neu bzw. wiedergewählten Stadträte/innen", "mandat_ausscheiden"),
    ("Verpflichtung des nachgerückten Ratsherrn Dieter Kämper nach § 60 NKomVG", "mandat_ausscheiden"),
    # a development plan's text part named "Satzung" in an approved draft is no bylaw enacted
    ("Der Planungs- und Umweltausschuss billigt den vom Architekturbüro, in Zusammenarbeit mit dem Baureferat "
     "der Stadt Friedberg (Satzung und Begründung) ausgearbeiteten Entwurf zur 1. Änderung des Bebauungsplanes "
     "Nr. 80 für das Gebiet südlich der Wiffertshauser Straße.", "satzung"),
])
def test_the_set_32_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("In Zusammenarbeit mit der Nachbargemeinde wird ein gemeinsamer Bauhof betrieben.", "zusammenarbeit"),
    ("Der Bauausschuss billigt den Entwurf des Bebauungsplans und beschließt die Änderung der Stellplatzsatzung.",
     "satzung"),
    ("Der Rat beschließt den Bebauungsplan Nr. 80 nach Billigung des Entwurfs als Satzung.", "bauleitplanung_abschluss"),
])
def test_cooperation_and_bylaws_stay_where_they_are_meant(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("land", ["nw", "bw", "by", "sn", "ni"])
def test_a_committee_approving_a_development_plans_draft_is_never_not_competent(checker, land):
    """Blind set 32 (Friedberg, Bavaria): a Planungs- und Umweltausschuss approving the draft of a
    development plan's change for the participation of the public ("(Satzung und Begründung)"
    names the plan's text part) takes a step of the procedure, which a committee may take; it
    enacts no Satzung, so the committee was wrongly not-competent."""
    text = ("Beschluss:\nDer Planungs- und Umweltausschuss billigt den vom Architekturbüro Rockelmann, Friedberg "
            "(Planzeichnung), in Zusammenarbeit mit dem Baureferat der Stadt Friedberg (Satzung und Begründung) "
            "ausgearbeiteten Entwurf zur 1. Änderung des Bebauungsplanes Nr. 80 für das Gebiet südlich der "
            "Wiffertshauser Straße in Friedberg vom 04.04.2019 und die Begründung vom 04.04.2019.\n"
            "Der Änderungsentwurf und die Begründung sind gemäß § 13 a Abs. 2 Nr. 1 BauGB öffentlich auszulegen.\n")
    result = checker.check_text(text, options=CheckOptions(land=land, date=datetime.date(2019, 6, 1)))
    assert result.items
    assert all(it.verdict is not Verdict.NOT_COMPETENT for it in result.items)
    assert "bauleitplanung_verfahren" in result.items[0].item.matters


@pytest.mark.parametrize("text", [
    "Verpflichtung der in der konstituierenden Gemeinderatssitzung am 25. Juli 2019 nicht anwesenden "
    "Stadträtinnen und Stadträte für die Dauer der Amtszeit",
    "Einführung und Verpflichtung der neu- und wiedergewählten Gemeinderäte / Hier: Nachholung der "
    "Verpflichtung von Stadtrat Friedauer",
])
def test_the_mayor_administering_the_oath_in_baden_wuerttemberg_is_never_not_competent(checker, vocabulary, text):
    """The mayor swears in the councillors (§ 32 Abs. 1 GemO BW); the oath decides no seat, so it
    is no matter of § 31 (Ausscheiden), which the council alone determines. Blind set 32's
    "Verpflichtung der … nicht anwesenden Stadträtinnen und Stadträte" made the mayor
    not-competent."""
    item = DecisionItem(index=1, text=text, body=Body("Bürgermeister", ("buergermeister",)),
                        matters=vocabulary.classify(text))
    result = checker.evaluate_item(item, land="bw", day=datetime.date(2019, 9, 1))
    assert result.verdict is not Verdict.NOT_COMPETENT


@pytest.mark.parametrize("text, matter", [
    # a self-written whole paper each (Lower Saxony's Erste Stadträtin; a share taken over)
    ("Der Rat wählt Frau Dr. Katrin Oltmanns für die Dauer von acht Jahren zur Ersten Stadträtin der Stadt "
     "Papenburg.", "allgemeiner_vertreter"),
    ("Die Stadt übernimmt unmittelbar einen Geschäftsanteil von 1.000 EUR an der Komplementär-GmbH.",
     "beteiligung_gesellschaft"),
])
def test_the_general_deputy_elected_and_a_share_taken_over(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Die Stadt übernimmt die Kosten des Sanitätsdienstes.", "beteiligung_gesellschaft"),
    ("Der Gemeinderat wählt Herrn Max Muster zum ersten Stellvertreter des Bürgermeisters.", "allgemeiner_vertreter"),
])
def test_costs_taken_over_and_the_first_deputy_are_neither(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 34 (random towns of all Länder but the city states), generalised
    ("Verbot von Automobilsportveranstaltungen in Bad Oeynhausen", "veranstaltung"),
    ("Zirkus ohne Wildtiere", "veranstaltung"),
    ("Einrichtung von Bücherschränken", "sport_kultur_freizeit"),
    ("Unterstützung des Musikzuges", "sport_kultur_freizeit"),
    ("Lückenschluss an der Schillerstraße – Veloroute Südost realisieren", "verkehr"),
    ("E-Roller", "verkehr"),
    ("Einführung des KFZ-Kennzeichens „TV“", "verkehr"),
    ("Osttangente Neuburg mit zweiter Donaubrücke; Übernahme der Sonderbaulast und Planungsauftrag", "verkehr"),
    ("Osttangente Neuburg mit zweiter Donaubrücke; Übernahme der Sonderbaulast und Planungsauftrag",
     "strassen_infrastruktur"),
    ("Prioritätenliste Tiefbau 2021", "strassen_infrastruktur"),
    ("Sommerschule als feste Institution in allen “großen” Ferien", "kita_schule"),
    ("Einrichtung einer Oberstufe an der IGS-Achim", "kita_schule"),
    ("Festlegung der Ausschüsse und deren Besetzung", "ausschuss_befugnisse"),
    ("Festlegung der Ausschüsse und deren Besetzung", "wahl_ausschussmitglieder"),
    ("Fraktion mit Antrag zu Vorgärten", "umwelt_gruen"),
    ("Antrag zur extensiven Wiesenbewirtschaftung (GRÜNE)", "umwelt_gruen"),
    ("AfD Oyten beantragt die Einrichtung eines Naturlehrpfads im Wiesenpark Oyten", "umwelt_gruen"),
    ("Antrag der UVB–Fraktion zur alten Linde am Reiger Weg", "umwelt_gruen"),
    ("Hundetoiletten", "umwelt_gruen"),
    ("Rote Tonne", "umwelt_gruen"),
    ("Einführung von Bürger:innenräten in Dinslaken", "buergerbeteiligung"),
    ("Unterstützung der Initiative Seebrücke Niedersachsen – offener Brief an die Landesregierung", "resolution"),
    ("Antrag der Grünen-Fraktion / Städte sicherer Häfen", "resolution"),
    ("Hessisches Plädoyer für ein solidarisches Zusammenleben", "resolution"),
    ("Diskussion der Forderungen von Fridays for Future im Ausschuss für Stadtentwicklung", "klima_energie"),
    ("Städtebauliche Weiterentwicklung des südlichen Stadtrandes", "stadtentwicklung"),
    ("Fördermittel", "foerderantrag"),
    ("Erster Finanzstatusbericht für das Haushaltsjahr 2025", "haushalt_finanzen"),
    ("Beschluss über den Betrieb einer gemeinsamen Dienststelle \"Meldebehörden\" mit der Stadt Rötha", "zusammenarbeit"),
    ("Sicherheitsbericht der Polizeiinspektion Münchberg", "feuerwehr_sicherheit"),
    ("Antrag der CDU-Ortsbeiratsfraktion / Bekämpfung der Rattenplage am Berliner Platz", "gesundheit"),
    ("Antrag der CDU-Fraktion auf Ausgabe eines G&H-Gutscheins im Wert von € 10", "wirtschaft_digital"),
    ("Antrag zur Geschäftsordnung von GR Dürr: TOP 15.1 aus der nicht-öffentlichen in die öffentliche Sitzung ziehen",
     "sitzungsdienst"),
    ("Wahl der ehrenamtlichen Stadtbeigeordneten, Ernennung, Vereidigung und Einführung in das Amt", "wahl_beigeordnete"),
    ("Terminierung des Tages der Wahl eines Oberbürgermeisters / einer Oberbürgermeisterin", "wahlorganisation"),
    ("Benennung der Sorben-/Wendenbeauftragten für die Stadt Senftenberg", "besetzung_gremium"),
    ("Verleihung der Verdienstplakette der Gemeinde Seeheim-Jugenheim", "ehrung"),
    ("Bewilligung von Ehrensold", "ehrung"),
    ("Aufstellung der 7. Änderung des F-Planes der Stadt Eutin für das Gebiet zwischen der Malenter Landstraße und dem "
     "Kellersee", "flaechennutzungsplan"),
    # (the hand check of set 34: the plan named with another by a suspended compound)
    ("Neuaufstellung des Flächennutzungs- und Landschaftsplanes der Stadt Altdorf", "flaechennutzungsplan"),
])
def test_words_generalised_from_the_misses_of_set_34(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # an information or training event is no festival; staff officers are no board; a plaque
    # against fine dust is no honour; an old school is no old tree
    ("Informationsveranstaltung zum Neubaugebiet Am Hang", "veranstaltung"),
    ("Fortbildungsveranstaltungen für Ratsmitglieder", "veranstaltung"),
    ("Bestellung der Gleichstellungsbeauftragten", "besetzung_gremium"),
    ("Bestellung des Datenschutzbeauftragten", "besetzung_gremium"),
    ("Feinstaubplakette für Dienstfahrzeuge", "ehrung"),
    ("Bürgerbus Saarbrücken", "strassen_infrastruktur"),
    ("Die alte Schule wird verkauft.", "umwelt_gruen"),
])
def test_the_set_34_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # misses of the blind set 36 (official pages only: information systems, town sites, gazettes)
    ("Vor- schlagsliste zur Wahl von ehren- amtlichen Richtern in der ordentlichen Gerichtsbarkeit",
     "schoeffen_vorschlagsliste"),
    ("Vorschlagsliste für die ehrenamtlichen Richtern am Verwaltungsgericht", "verwaltungsrichter_vorschlagsliste"),
    ("Ehrenamtliche Stellvertreter des Bürgermeisters", "stellvertreter_buergermeister"),
    ("Unterstützung des Antrags des Bistums an den Landesdenkmalrat auf besondere Schutzwürdigkeit der "
     "Wallfahrtskirche", "naturschutz"),
    ("Erwerb von Fahrausweisen des VGN-Tarifgebietes", "verkehr"),
    ("Beratung und Beschlussfassung über die Neufassung des Straßennutzungsplanes der Stadt Rennerod", "verkehr"),
    ("Neubesetzung Mitglied Stadtentwicklungsausschuss", "wahl_ausschussmitglieder"),
    ("Verteilung von Mitteln aus der Bürgerstiftung Hollfeld", "zuschuss"),
    ("Antrag auf Verlegung eines öffentlichen Weges zwecks Stallerweiterung", "widmung"),
    ("Bestellung eines Rechnungsprüfungsausschussvorsitzenden, Beratung und Beschlussfassung", "innere_angelegenheiten"),
    ("Wahlen für Verbände: Wasserverband Schwarzbachgebiet Ried; Riedwerke Groß-Gerau", "vertreter_bestellung"),
    ("Antrag SPD: Vorlage des Ergebnisberichtes der AG Altrheinufer", "bericht"),
    ("Antrag der AG Altrheinuferumgestaltung; Einstellung der Arbeitsgruppe", "besetzung_gremium"),
    ("Projektcontrolling Großprojekte", "haushalt_finanzen"),
    ("Abberufung des Bürgervorstehers und Neuwahl / hier: Antrag vom 20.05.2016", "vorsitz_vertretung"),
    ("Windelsäcke", "umwelt_gruen"),
    ("Standortentwicklung Kuhberg", "stadtentwicklung"),
])
def test_words_generalised_from_the_misses_of_set_36(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the mayor's deputy named in a sentence is no election of one; a list of priorities is no
    # statutory investment programme
    ("Der Stellvertreter des Bürgermeisters unterzeichnet den Vertrag.", "stellvertreter_buergermeister"),
    ("Prioritätenliste zur Investitionsplanung 2025 bis 2028", "investitionsprogramm"),
    ("Ehrenamtliche Richtern am Sozialgericht werden vom Kreistag vorgeschlagen.", "schoeffen_vorschlagsliste"),
])
def test_the_set_36_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the hand check of the blind set 36: the reserved class was missing beside a general one
    ("Abberufung eines stellvertretenden Mitglieds des Aufsichtsrates der GEWOBAU", "aufsichtsrat_entsendung"),
    ("Benennen eines Nachrückers in die Verbandsversammlung des Abwasserzweckverbandes „Oberes Döllnitztal“",
     "vertreter_bestellung"),
])
def test_a_member_removed_from_a_board_or_a_successor_sent_to_an_assembly(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


def test_a_member_removed_from_the_council_is_no_supervisory_board_matter(vocabulary):
    assert "aufsichtsrat_entsendung" not in vocabulary.classify("Abberufung des Ortsvorstehers aus dem Ortschaftsrat")


@pytest.mark.parametrize("text, matter", [
    # misses of a self-written list of 500 titles of small NRW and Lower Saxony municipalities
    ("Wahl der Mitglieder und stellvertretenden Mitglieder der Ausschüsse", "wahl_ausschussmitglieder"),
    ("Bestellung von sachkundigen Bürgern für den Bau- und Umweltausschuss", "wahl_ausschussmitglieder"),
    ("Wechsel im Ausschuss für Bauen, Planung und Umwelt auf Antrag der CDU-Fraktion", "wahl_ausschussmitglieder"),
    ("Wechsel im Vorsitz des Finanzausschusses", "innere_angelegenheiten"),
    ("Ortsvorsteher für Schwartenpohl; Ernennung", "ortsvorsteher_wahl"),
    ("Ortsvorsteher Markhausen; Niederlegung des Amtes und Neubestellung", "ortsvorsteher_wahl"),
    ("Erdölfeld Rühlermoor; Stellungnahme der Gemeinde zum Hauptbetriebsplan", "stellungnahme_verfahren"),
    ("Erweiterung des Kalksteinabbaus bei Söhlde - Stellungnahme im Genehmigungsverfahren", "stellungnahme_verfahren"),
    ("Freizeitpark Fort Fun; Errichtung einer Achterbahn - Einvernehmen der Gemeinde", "bauantrag"),
    ("Sauerländer Besucherbergwerk Ramsbeck: Fortführung der Betriebskostenbeteiligung bis 2024", "zuschuss"),
    ("Schöpfwerk Neurhede; Beteiligung an den Unterhaltungskosten", "zuschuss"),
    ("Haushaltsgenehmigung 2021 - Auflagen der Kommunalaufsicht, Mitteilung", "haushalt_finanzen"),
])
def test_words_generalised_from_a_list_of_small_town_titles(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Wechsel im Vorsitz des Finanzausschusses", "wahl_ausschussmitglieder"),
    ("Die Wahl des Ortsbürgermeisters und seines Stellvertreters (Ortsrat Gerzen)", "ortsvorsteher_wahl"),
    ("Stellungnahme der Gemeinde zum Entwurf des Regionalplans", "bauantrag"),
])
def test_the_small_town_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # self-written decisions of Lower Saxony's Verwaltungsausschuss on matters § 58 NKomVG reserves
    # to the council: only a general class was found, and the residual power made it competent
    ("Der Verwaltungsausschuss erteilt dem Bürgermeister nach Vorlage des Schlussberichts des Rechnungsprüfungsamtes "
     "vom 14.05.2024 für das Haushaltsjahr 2022 die Entlastung.", "jahresabschluss"),
    ("Der Verwaltungsausschuss beschließt den konsolidierten Gesamtabschluss der Stadt Papenburg zum 31.12.2020.",
     "jahresabschluss"),
    ("Der Verwaltungsausschuss beschließt, den Überschuss im ordentlichen Ergebnis des Jahres 2022 in Höhe von "
     "3.107.560,44 € der Rücklage aus Überschüssen des ordentlichen Ergebnisses zuzuführen.", "jahresabschluss"),
    ("Verwendung des Jahresergebnisses 2022", "jahresabschluss"),
    ("Der Verwaltungsausschuss beschließt das Investitionsprogramm der Stadt Lingen (Ems) für die Jahre 2024 bis 2028.",
     "investitionsprogramm"),
    ("Investitionsprogramm 2024 bis 2028", "investitionsprogramm"),
    ("Der Verwaltungsausschuss beschließt den Abschluss eines Kaufvertrages über die Flurstücke 233/1 und 233/5, "
     "Flur 6, Gemarkung Fallersleben.", "grundstuecksgeschaeft"),
    ("Der Verwaltungsausschuss beschließt, die Flurstücke 400/3 und 401, Flur 11, Gemarkung Vechta (6.220 m²) zum "
     "Preis von 870.800 € an den Landkreis Vechta zu verkaufen.", "grundstuecksgeschaeft"),
    ("Der Verwaltungsausschuss beschließt, das Grundstück Gemarkung Kaltenweide, Flur 1, Flurstück 95/3 unentgeltlich "
     "auf den örtlichen Sportverein zu übertragen.", "grundstuecksgeschaeft"),
    ("Der Verwaltungsausschuss beschließt als grundlegendes Entwicklungsziel, dass die Stadt bis 2030 klimaneutral "
     "wird.", "strategische_ziele"),
    ("Umgliederung von Flächen aus der Gemeinde Sassenburg", "gebietsaenderung"),
    ("Der Verwaltungsausschuss legt das Entgelt für die Mittagsverpflegung an den städtischen Ganztagsgrundschulen ab "
     "dem 01.08.2025 auf 4,20 € je Essen fest.", "privatrechtliche_entgelte"),
    ("Die Stadt Garbsen gründet die Stadtwerke Garbsen GmbH mit einem Stammkapital von 1.000.000 €.",
     "beteiligung_gesellschaft"),
    ("Der Verwaltungsausschuss beschließt den Beitritt der Stadt als Kommanditistin zu einer Bürgerwindpark GmbH & Co. "
     "KG.", "beteiligung_gesellschaft"),
    ("Der Verwaltungsausschuss beschließt, die Grundschule Essinghausen zum Ende des Schuljahres 2025/26 aufzuheben.",
     "einrichtung_errichtung"),
    ("Der Verwaltungsausschuss beschließt, auf die Rückforderung des im Jahr 2016 gewährten Investitionszuschusses von "
     "120.000 € an den Trägerverein des Kulturzentrums zu verzichten.", "verzicht_vergleich"),
    ("Der Verwaltungsausschuss beschließt den neu aufgestellten Flächennutzungsplan der Stadt Lehrte.",
     "bauleitplanung_abschluss"),
    ("Der Verwaltungsausschuss beschließt, die Geschäftsordnung des Rates der Stadt Hildesheim um einen § 10a zu "
     "ergänzen.", "innere_angelegenheiten"),
    ("Der Verwaltungsausschuss beschließt, die Genehmigung zu beantragen, dass die Stadt künftig die Bezeichnung "
     "„Hansestadt Rinteln“ führt.", "hoheitszeichen"),
    ("Der Verwaltungsausschuss beschließt die Sportförderrichtlinien der Stadt Cloppenburg.", "richtlinie_verwaltung"),
    ("Der Verwaltungsausschuss beschließt das Göttinger Baulandmodell als Richtlinie für die Bauleitplanung.",
     "richtlinie_verwaltung"),
])
def test_reserved_matters_of_lower_saxony_in_the_decisions_words(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a Sparkasse's surplus is not the town's annual result; being exempt from drawing up the
    # consolidated accounts is no decision on them; a room's name is not the town's; a guideline
    # cited as the basis, or the EU's, is no guideline decided; a plot below the value limit of the
    # Hauptsatzung cites no bylaw decided
    ("Sparkasse Westmünsterland; Verwendung des Jahresüberschusses 2019", "jahresabschluss"),
    ("Verzicht auf die Aufstellung des Gesamtabschlusses 2020 nach § 116a GO NRW", "jahresabschluss"),
    ("Die Verwaltung wird beauftragt, das „Hauptausschusszimmer“ zukünftig unter der Bezeichnung „Hinterzimmer“ zu "
     "führen.", "hoheitszeichen"),
    ("Der Zuschuss wird nach der Sportförderrichtlinie gewährt.", "richtlinie_verwaltung"),
    ("Umsetzung der EU-Wasserrahmenrichtlinie", "richtlinie_verwaltung"),
    ("Der Verwaltungsausschuss beschließt den Verkauf der Splitterfläche Flurstück 301/9 (46 m²) zum Preis von "
     "7.360 €; die Wertgrenze der Hauptsatzung wird nicht erreicht.", "satzung"),
    ("Der Rat nimmt das Leitbild Heinsberg 2035 zur Kenntnis.", "strategische_ziele"),
])
def test_the_lower_saxony_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # blind set 40 (Lauta, Saxony): a Technischer Ausschuss forming an advisory board says what a
    # new Hauptsatzung, to be adopted later by the council, will hold - it enacts no bylaw (it was
    # not-competent); nor does a committee consenting to a draft the council is to adopt later
    ("Die neue Hauptsatzung, die in der konstituierenden Sitzung des Stadtrates für die Legislaturperiode 2019 bis "
     "2024 beschlossen werden soll, wird eine entsprechende Regelung zur Bildung sonstiger Beiräte enthalten. Der "
     "heutige Beschluss wird daher unter diesem Vorbehalt gefasst.", "satzung"),
    ("Der Ausschuss stimmt dem Entwurf der Gebührensatzung zu, die im Dezember vom Rat beschlossen werden soll.",
     "satzung"),
])
def test_a_bylaw_only_to_be_adopted_later_is_no_bylaw_decided(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text", [
    "Die Friedhofssatzung, die zum 1.1.2025 geändert werden soll, wird in der Fassung der Anlage beschlossen.",
    "Der Rat beschließt die Gebührensatzung, die ab 2025 angewandt werden soll.",
    "Der Gemeinderat beschließt die Änderung der Hauptsatzung, die zum 1. Juli in Kraft treten soll.",
])
def test_a_bylaw_adopted_with_a_relative_clause_stays_a_bylaw(vocabulary, text):
    assert "satzung" in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the misses of the blind set 40 (35 towns, 10 Länder), generalised
    ("Absicht einer Wegeeinziehung", "widmung"),
    ("Teileinziehung der Straßenfläche vor dem Rathaus", "widmung"),
    ("Beschaffung Hansa 1003", "ausstattung_fahrzeuge"),
    ("Anschaffung Tablets für die Ratsmitglieder", "ausstattung_fahrzeuge"),
    ("Leasinggeschäft Bürgermeister- PKW", "ausstattung_fahrzeuge"),
    ("Befreiungsantrag: Überschreitung der First- und Traufhöhe / Flözlingen, St. Galler Weg, Flst. 200/24", "bauantrag"),
    ("Bestellung der Mitglieder und deren Stellvertreter in die Gemeinschaftsversammlung der VG Hermsdorf",
     "vertreter_bestellung"),
    ('Entsendung der Mitglieder in die Planungsversammlung der "Regionalen Planungsgemeinschaft Ostthüringen"',
     "vertreter_bestellung"),
    ("2. Änderung der personellen Besetzung des Umlegungsausschusses", "besetzung_gremium"),
    ("Beschlussfassung über die Bestimmung des Namens der neuen Gemeinde", "hoheitszeichen"),
    ("Übertragung von Entscheidungsbefugnissen gemäß § 50 Abs. 1 HGO", "ausschuss_befugnisse"),
    ("Eingliederung der Gemeinde Allendorf in die Stadt Königsee", "gebietsaenderung"),
    ("Wahl der/des Vorsitzenden des Stadtrates", "vorsitz_vertretung"),
    ("Übertragung von Geschäftsbereichen auf die Beigeordneten", "geschaeftskreise_beigeordnete"),
    ("Schulbau (SV)", "kita_schule"),
    ("Schaffung von Flächen für Bürgerbäume", "umwelt_gruen"),
])
def test_words_generalised_from_the_blind_set_40(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # procuring energy, staff, money or land is no piece of equipment; a council committee staffed
    # keeps its own class; a road's width is no withdrawal; a tree felled for a building is no planting
    ("Beschaffung von Strom für die Jahre 2025 und 2026", "ausstattung_fahrzeuge"),
    ("Beschaffung von Wohnraum für Geflüchtete", "ausstattung_fahrzeuge"),
    ("Änderung der personellen Besetzung des Bauausschusses", "besetzung_gremium"),
    ("Wahl der Vorsitzenden des Aufsichtsrates der Stadtwerke", "vorsitz_vertretung"),
    ("Eingliederung der Kita in den Eigenbetrieb", "gebietsaenderung"),
])
def test_the_set_40_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the hand check of 40 recognised titles of the blind set 40: a reserved class missed beside a
    # general one (admission to an association asked for; the year's budget adopted by its title),
    # and a road's improvement programme read as land
    ("Aufnahme in den Abwasserzweckverband Bordesholm (SV)", "beitritt_vereinigung"),
    ("Aufnahme der Gemeinde in den Tourismusverband Nordsee e.V.", "beitritt_vereinigung"),
    ("Haushalt 2026 Stadt Kandel - Beratung und Beschlussfassung", "haushaltssatzung"),
    ("Haushaltsplan 2025; Beschlussfassung", "haushaltssatzung"),
    ("Doppelhaushalt 2025/2026 - Verabschiedung", "haushaltssatzung"),
    ('Beratung und Beschlussfassung über die Festlegung des Ausbauprogramms für die Verkehrsanlage "Marktstraße"',
     "strassen_infrastruktur"),
])
def test_reserved_classes_the_hand_check_of_set_40_found_missing(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a budget only introduced, debated or executed is not adopted; a place in a funding programme
    # or on a list is no membership
    ("Haushalt 2026 - Einbringung und Beratung", "haushaltssatzung"),
    ("Haushalt 2025 - Beschluss über Mittelübertragungen", "haushaltssatzung"),
    ("Haushalt 2026", "haushaltssatzung"),
    ("Aufnahme in das Städtebauförderungsprogramm „Lebendige Zentren“", "beitritt_vereinigung"),
    ("Die Aufnahme in die Vorschlagsliste erfolgt mit der erforderlichen Zweidrittelmehrheit.", "beitritt_vereinigung"),
])
def test_the_hand_check_words_of_set_40_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a self-written list of 300 Bavarian, Baden-Württemberg and Saxon titles: an association's
    # budget named after the association is not the municipality's; drafts brought in adopt nothing
    ("Gemeindeverwaltungsverband – Haushaltssatzung 2022; Zustimmung zur Verbandsumlage", "haushaltssatzung"),
    ("Verwaltungsgemeinschaft Uffenheim: Haushaltssatzung 2023 und Umlage der Mitgliedsgemeinden", "haushaltssatzung"),
    ("Haushaltssatzung und Haushaltsplan 2024 mit Wirtschaftsplänen der Eigenbetriebe – Einbringung",
     "wirtschaftsplan_eigenbetrieb"),
])
def test_an_associations_budget_and_drafts_brought_in_are_no_adoption(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Verbandsgemeinde Wöllstein – Haushaltssatzung 2024", "haushaltssatzung"),
    ("Wirtschaftsplan 2025 des Eigenbetriebs Abwasser – Feststellung", "wirtschaftsplan_eigenbetrieb"),
    ("Kreuzgangspiele 2025 – Intendanz und Spielplan; Vertragsverlängerung", "vertrag"),
])
def test_a_verbandsgemeindes_own_budget_a_plan_adopted_and_a_contract_extended(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the self-written contrast list: a Verwaltungsausschuss founding a company with the county was
    # competent in Lower Saxony (the company before the infinitive; the consent to its articles)
    ("Der Verwaltungsausschuss beschließt, gemeinsam mit dem Landkreis eine Breitband-Infrastrukturgesellschaft mbH "
     "zu gründen, an der die Stadt mit 49 % beteiligt ist, und stimmt dem Gesellschaftsvertrag zu.",
     "beteiligung_gesellschaft"),
    ("Der Verwaltungsausschuss beschließt, gemeinsam mit dem Landkreis eine Breitband-Infrastrukturgesellschaft mbH "
     "zu gründen, an der die Stadt mit 49 % beteiligt ist, und stimmt dem Gesellschaftsvertrag zu.",
     "gesellschaftsvertrag"),
    ("Der Rat stimmt dem Gesellschaftsvertrag der Energiegenossenschaft zu.", "gesellschaftsvertrag"),
])
def test_a_company_founded_by_an_infinitive_and_its_articles_consented_to(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


def test_a_contract_consented_to_is_no_companys_articles(vocabulary):
    assert "gesellschaftsvertrag" not in vocabulary.classify("Der Rat stimmt dem Kooperationsvertrag mit dem Landkreis zu.")


@pytest.mark.parametrize("text, matter", [
    # a self-written list of 300 titles of Hesse, Rhineland-Palatinate, Thuringia, Saxony-Anhalt,
    # Brandenburg, Mecklenburg-Western Pomerania and Schleswig-Holstein: the misses generalised
    ("Biosphärenreservat Rhön – Stellungnahme zur Neuabgrenzung der Kern- und Pflegezonen", "stellungnahme_verfahren"),
    ("Direktwahl des Bürgermeisters 2024 – Festsetzung des Wahltages und eines etwaigen Stichwahltages",
     "wahlorganisation"),
    ("Hauptamtlicher Beigeordneter – Wahl für die Amtszeit 2024–2030", "wahl_beigeordnete"),
    ("Schlosskirche St. Trinitatis – Restaurierung der Orgel, städtischer Eigenanteil", "haushalt_finanzen"),
    ("Harzer Schmalspurbahnen – Gesellschafterbeitrag der Stadt für 2024", "kommunale_unternehmen"),
    ("Naturtherme Templin – Ausgleich des Betriebsdefizits 2023", "kommunale_unternehmen"),
    ("Optikpark Rathenow GmbH – Erhöhung der Kapitalrücklage", "beteiligung_gesellschaft"),
    ("Wahl der Amtsdirektorin oder des Amtsdirektors für die Amtszeit ab 2025", "personalangelegenheit"),
    ("Wahlen: Amtsvorsteher sowie 1. und 2. Stellvertreter", "vorsitz_vertretung"),
    ("Schloss Gadebusch – Notsicherung des Dachstuhls", "bau_massnahme"),
    ("AktivRegion Wagrien-Fehmarn – Kofinanzierung des Projektes Hafenpromenade", "foerderantrag"),
    ("Glückstädter Matjeswochen 2024 – Vereinbarung mit dem Veranstalter", "vertrag"),
])
def test_words_generalised_from_titles_of_the_other_laender(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a statement named with no "zu"; a Beigeordneter who chairs; the day of a festival; a contract
    # named as the legal basis without a party
    ("Bebauungsplan Nr. 12 – Stellungnahmen der Behörden", "stellungnahme_verfahren"),
    ("Beigeordneter Müller – Bericht aus dem Dezernat", "wahl_beigeordnete"),
    ("Tag der offenen Tür am Wahltagsmuseum", "wahl_beigeordnete"),
    ("Die Leistungen werden nach dem Vertrag vergütet.", "vertrag"),
])
def test_the_words_of_the_other_laender_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # a self-written list of 250 decisions of mayors and urgency decisions: the local rules that
    # give the deciding body its power, cited as their source, decide nothing about those rules
    ("Der Oberbürgermeister stellt zum 01.05. einen Sachbearbeiter in Entgeltgruppe 10 TVöD ein. Die Hauptsatzung "
     "überträgt ihm Einstellungen bis Entgeltgruppe 12.", "satzung"),
    ("Die Einstellung von Auszubildenden ist ihm durch die Hauptsatzung übertragen.", "satzung"),
    ("Der Oberbürgermeister nimmt im Rahmen der Kreditermächtigung der Haushaltssatzung ein Darlehen über 1,5 Mio. "
     "Euro auf.", "haushaltssatzung"),
    ("Der Bürgermeister schlägt sieben Forderungen aus Elternbeiträgen mit einer Gesamtsumme von 2.870 Euro "
     "unbefristet nieder.", "abgaben"),
    ("Die Vergabe liegt unterhalb der Wertgrenze von 100.000 Euro nach § 3 der Zuständigkeitsordnung.",
     "ausschuss_befugnisse"),
    ("Der Schulausschuss genehmigt die vom Bürgermeister und dem Ausschussmitglied Herrn P. getroffene "
     "Dringlichkeitsentscheidung.", "wahl_ausschussmitglieder"),
    ("Die Ausschussmitglieder werden unverzüglich unterrichtet.", "wahl_ausschussmitglieder"),
])
def test_the_local_rules_cited_as_the_source_of_a_power_are_no_decision_on_them(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Der Rat beschließt die Änderung der Hauptsatzung. Die Hauptsatzung überträgt dem Bürgermeister künftig "
     "Vergaben bis 50.000 Euro.", "satzung"),
    ("Der Rat beschließt die Haushaltssatzung 2025 mit einer Kreditermächtigung der Haushaltssatzung von 2 Mio. Euro.",
     "haushaltssatzung"),
    ("Die Elternbeiträge werden ab 1.8. erhöht; rückständige Forderungen aus Elternbeiträgen werden gestundet.",
     "abgaben"),
    ("Änderung der Zuständigkeitsordnung", "ausschuss_befugnisse"),
    ("Herr Meier wird als Ausschussmitglied gewählt.", "wahl_ausschussmitglieder"),
    ("Der Schulausschuss genehmigt die vom Bürgermeister und dem Ausschussmitglied Herrn P. am 24.07. getroffene "
     "Dringlichkeitsentscheidung über die Anmietung von Containerklassen.", "dringlichkeit_genehmigung"),
])
def test_the_local_rules_changed_or_a_member_elected_keep_their_class(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("land", ["nw", "bw", "by", "sn", "ni"])
def test_a_mayor_hiring_under_the_hauptsatzung_is_never_not_competent(checker, land):
    """The self-written mayor list: "Die Hauptsatzung überträgt ihm Einstellungen bis
    Entgeltgruppe 12" names where the mayor's power comes from; he was not-competent for a
    Satzung in Baden-Württemberg and Saxony."""
    text = ("Einstellung eines Sachbearbeiters\n\nBeschluss:\nDer Oberbürgermeister stellt zum 01.05. einen "
            "Sachbearbeiter für das Amt für Straßenwesen in Entgeltgruppe 10 TVöD ein. Die Hauptsatzung überträgt "
            "ihm Einstellungen bis Entgeltgruppe 12.\n")
    result = checker.check_text(text, options=CheckOptions(land=land, date=datetime.date(2024, 6, 1)))
    assert result.items
    assert all(it.verdict is not Verdict.NOT_COMPETENT for it in result.items)


@pytest.mark.parametrize("text, matter", [
    # the misses of the blind set 42 (69 towns, 12 Länder, searched by subject), generalised
    ("Beratung und Beschlußfassung über die weitere Durchführung des Bauvorhabens „Der Blaue Vogel“", "bau_massnahme"),
    ("Einstellung des Bühler Jahrbuchs", "sport_kultur_freizeit"),
    ("Bildung einer Einheitsgemeinde/Fusion mit umliegenden Gebietskörperschaften", "gebietsaenderung"),
    ("Übernahme der Verkehrsfläche „Allerthalweg“", "strassen_infrastruktur"),
    ("Wasserableitung im Böhnrüher Weg (Löschteich)", "wasser_abwasser"),
    ("bauliche Entwicklung in der Gemeinde Loose", "stadtentwicklung"),
    ("Erweiterung des bestehenden Pferdestalles 2. BA", "bauantrag"),
    ("Beschluss: Entscheidungsübertragung gemäß § 26 Abs. 3 ThürKO", "ausschuss_befugnisse"),
    ("Beschluss über die Festlegung einer Redezeit", "innere_angelegenheiten"),
    ("Antrag der Fraktion BVS - Einleitung einer Analyse zur Bevölkerungsentwicklung", "stadtentwicklung"),
    ("Antrag auf Nutzung des Sitzungssaals in Ebenhausen", "gemeindliche_gebaeude"),
    ("Beratung über die Betreuung von Kindern der Gemeinde Chorin", "kita_schule"),
    ('Beschlussfassung zur Teilnahme der Gemeinde am Infoportal "Maerker Brandenburg"', "wirtschaft_digital"),
    ("Willensbekundung des Gemeinderats zum Bahnhalt Mödishofen", "verkehr"),
    ("Benennung eines neuen Vertreters zur Gemeinschaftsversammlung der VGem", "vertreter_bestellung"),
    ("Entlastungserteilung für das Haushaltsjahr 2019", "jahresabschluss"),
    ("Der Stadtrat erteilt dem Stadtbürgermeister, sowie den Beigeordneten, soweit sie den Stadtbürgermeister "
     "vertreten haben, und dem Bürgermeister der Verbandsgemeinde Entlastung für das Haushaltsjahr 2019.",
     "jahresabschluss"),
    ("Der Hauptausschuss nahm die Sitzungsvorlage zur Kenntnis.", "kenntnisnahme"),
    ("Der Ortsgemeinderat reduziert den 2008 festgesetzten Hiebsatz um 595 Efm/Jahr.", "umwelt_gruen"),
    ("Der Stadtrat beschließt den Kauf eines Klein-transporters für den Bauhof.", "ausstattung_fahrzeuge"),
    ("Die Prüfung der Standfestigkeit der Grabmalen wird einem externen Fachmann übertragen.", "friedhof"),
    ("Die Stadtverordnetenversammlung beschließt, die Zahl der Mitglieder des Entwicklungsausschusses von acht auf "
     "neun zu erhöhen.", "ausschuss_befugnisse"),
])
def test_words_generalised_from_the_blind_set_42(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # an election committee's size is no council committee's; a town named "Einheitsgemeinde" merges
    # nothing; a private road's name is no takeover; a building of the town is no application
    ("Festlegung der Anzahl der Mitglieder im Gemeindewahlausschuss für die Kommunalwahlen 2024",
     "ausschuss_befugnisse"),
    ("Einheitsgemeinde Stadt Arendsee – Haushaltssatzung 2024", "gebietsaenderung"),
    ("Widmung der Straße „Am Anger“", "bauantrag"),
    ("Die Mitglieder nahmen an der Sitzung teil.", "kenntnisnahme"),
])
def test_the_set_42_words_keep_to_what_they_mean(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    # the hand check of 40 recognised titles of the blind set 42 (35 right, 5 partly right, none
    # wrong): founding a Zweckverband makes the town its member (a reserved class was missing)
    ("Grundsatzbeschluss zur Zweckverbands-Gründung Altmühlland A6", "beitritt_vereinigung"),
    ("Gründung eines Zweckverbandes für den Breitbandausbau", "beitritt_vereinigung"),
    ("Straßenbeleuchtung", "strassen_infrastruktur"),
    ("Finanzielle Unterstützung des WIM-Projektes an der Caspar-Löner-Schule", "zuschuss"),
    ("Bewerbung Unesco-Weltkulturerbe; Beschlussfassung", "sport_kultur_freizeit"),
])
def test_classes_the_hand_check_of_set_42_found_missing(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)


def test_founding_a_zweckverband_is_the_councils_in_baden_wuerttemberg(checker):
    """§ 39 Abs. 2 Nr. 17 GemO BW reserves joining a Zweckverband; founding one makes the town a
    member, so a committee that founds one is not-competent (before, only 'zusammenarbeit' was
    read and the committee was conditional)."""
    result = checker.check_text("Gründung eines Zweckverbandes\n\nBeschluss:\nDer Verwaltungsausschuss beschließt "
                                "die Gründung eines Zweckverbandes für den Breitbandausbau.\n",
                                options=CheckOptions(land="bw", date=datetime.date(2024, 6, 1)))
    assert [it.verdict for it in result.items] == [Verdict.NOT_COMPETENT]


def test_the_miss_of_the_blind_set_44_a_double_budgets_draft(vocabulary):
    """Blind set 44 (67 titles, 17 towns; the search budget ran out during it): the one miss."""
    assert "haushalt_finanzen" in vocabulary.classify(
        "Beschluss über mögliche Einwendungen zum Entwurf des Doppel-Haushaltes der Stadt Bad Schandau für die Jahre "
        "2023/2024")


def test_a_budget_draft_is_no_budget_adopted(vocabulary):
    assert "haushaltssatzung" not in vocabulary.classify("Entwurf des Haushaltsplanes 2025 – Vorberatung")


@pytest.mark.parametrize("text, matter", [
    # a self-written list of district bodies' decisions: a Bezirksausschuss asking for a bylaw's
    # conditions to be examined was not-competent for a Satzung
    ("Der Bezirksausschuss 5 beantragt beim Referat für Stadtplanung, die Voraussetzungen für eine Erhaltungssatzung "
     "im Gebiet Haidhausen-Süd zu prüfen und dem Stadtrat zu berichten.", "satzung"),
    ("Prüfung einer Stellplatzsatzung für die Innenstadt", "satzung"),
])
def test_a_bylaw_only_to_be_examined_is_no_bylaw_decided(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


def test_a_bylaw_adopted_after_its_examination_stays_a_bylaw(vocabulary):
    assert "satzung" in vocabulary.classify("Nach Prüfung der Einwendungen beschließt der Rat die Satzung über die "
                                            "Erhebung von Gebühren für die Straßenreinigung.")


def test_a_bylaw_amended_after_a_calculation_is_examined_stays_a_bylaw(vocabulary):
    """Hürtgenwald 1698 (the corpus): the calculation examined and the bylaw amended in one title."""
    assert "satzung" in vocabulary.classify(
        "Überprüfung der Gebührenbedarfsberechnung beim Bestattungswesen sowie Änderungen der Gebührensatzung für die "
        "Benutzung der Friedhöfe in der Gemeinde Hürtgenwald")


@pytest.mark.parametrize("text, expected", [
    # a sample of the not-competent audit: a preparatory deliberation of the budget by its title
    # adopts nothing; with the adoption named it does
    ("Vorberatung der Haushaltssatzung und des Haushaltsplans 2020 einschließlich des Finanzplans und des "
     "Investitionsprogramms 2019 bis 2023", False),
    ("Erste Lesung des Haushaltsplans 2026", False),
    ("Haushaltssatzung 2020 – Vorberatung und Beschlussfassung", True),
])
def test_a_budgets_preparatory_deliberation_is_no_adoption(vocabulary, text, expected):
    assert ("haushaltssatzung" in vocabulary.classify(text)) is expected


@pytest.mark.parametrize("text, matter", [
    # a self-written list of decisions that name a council matter without deciding it
    ("Die Haushaltssatzung 2025 ermächtigt in § 4 zu Verpflichtungsermächtigungen bis zur Höhe von 180 Mio. €. Der "
     "Haupt- und Finanzausschuss nimmt den Bericht zur Kenntnis.", "haushaltssatzung"),
    ("Der Kreis Steinfurt hat den Entwurf seiner Haushaltssatzung 2026 zur Benehmensherstellung übersandt.",
     "haushaltssatzung"),
    ("Das Regierungspräsidium Freiburg hat die Gesetzmäßigkeit der Haushaltssatzung 2025 bestätigt.",
     "haushaltssatzung"),
    ("Der Verwaltungsausschuss beauftragt den Bürgermeister, die Mehrbelastung in einem Entwurf für einen "
     "Nachtragshaushalt zu berücksichtigen, über den der Rat entscheidet.", "haushaltssatzung"),
    ("Der Betriebsausschuss nimmt die Nachkalkulation der Gebühren nach der geltenden Abwassergebührensatzung zur "
     "Kenntnis.", "satzung"),
    ("Über die Abrechnung entscheidet die Verwaltung nach der geltenden Straßenausbaubeitragssatzung.", "abgaben"),
    ("Die Beiträge werden nach der Straßenausbaubeitragssatzung erhoben.", "abgaben"),
    ("Die Entscheidungsbefugnis ergibt sich aus der Bezirksausschuss-Satzung.", "satzung"),
    ("Das Anwesen liegt im Geltungsbereich der Erhaltungs- und Gestaltungssatzung für den historischen Ortskern.",
     "satzung"),
])
def test_a_council_matter_only_cited_is_no_decision_on_it(vocabulary, text, matter):
    assert matter not in vocabulary.classify(text)


@pytest.mark.parametrize("text, matter", [
    ("Der Rat beschließt die Haushaltssatzung 2025; die Haushaltssatzung ermächtigt zu Kreditaufnahmen bis 2 Mio. €.",
     "haushaltssatzung"),
    ("Die Satzung zur Änderung der Abwassergebührensatzung wird nach der geltenden Gemeindeordnung beschlossen.",
     "satzung"),
    ("Die Gebühren werden nach der Abwassergebührensatzung auf 2,10 € je Kubikmeter festgesetzt.", "abgaben"),
    ("Der Rat beschließt die 2. Änderung der Straßenausbaubeitragssatzung nach der geltenden Hauptsatzung.", "abgaben"),
])
def test_a_council_matter_decided_beside_its_citation_keeps_its_class(vocabulary, text, matter):
    assert matter in vocabulary.classify(text)
