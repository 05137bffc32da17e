//! Gazetteers of places, organisations and well-known people, with their
//! canonical spellings, for the rule-based name tagger.
//!
//! Consumes nothing; produces lookup tables built once on first use, keyed
//! by [`fold`]ed variants (words separated by single spaces). Lists are in
//! our own words and deliberately small: cues, not a knowledge base.

use super::lexicon::{fold, WordMap};
use std::sync::OnceLock;

/// Gazetteer of places: `variant|Canonical` (the variant is folded on
/// load). Transliteration variants map to one spelling. A line in
/// brackets opens a section: the grain of the places below it and,
/// where known, the place they lie in (`[city Ukraine]`, `[region United
/// States]`; read by [`super::grain`]).
pub(super) const PLACES: &str = "
[country]
afghanistan|Afghanistan
albania|Albania
algeria|Algeria
argentina|Argentina
armenia|Armenia
australia|Australia
austria|Austria
azerbaijan|Azerbaijan
bahrain|Bahrain
bangladesh|Bangladesh
belarus|Belarus
belgium|Belgium
bolivia|Bolivia
bosnia|Bosnia and Herzegovina
bosnia and herzegovina|Bosnia and Herzegovina
brazil|Brazil
bulgaria|Bulgaria
cambodia|Cambodia
cameroon|Cameroon
canada|Canada
chile|Chile
china|China
colombia|Colombia
congo|Congo
croatia|Croatia
cuba|Cuba
cyprus|Cyprus
czech republic|Czech Republic
czechia|Czech Republic
denmark|Denmark
ecuador|Ecuador
egypt|Egypt
estonia|Estonia
ethiopia|Ethiopia
finland|Finland
france|France
georgia|Georgia
germany|Germany
ghana|Ghana
greece|Greece
guatemala|Guatemala
haiti|Haiti
honduras|Honduras
hungary|Hungary
iceland|Iceland
india|India
indonesia|Indonesia
iran|Iran
iraq|Iraq
ireland|Ireland
israel|Israel
italy|Italy
jamaica|Jamaica
japan|Japan
jordan|Jordan
kazakhstan|Kazakhstan
kenya|Kenya
kosovo|Kosovo
kuwait|Kuwait
kyrgyzstan|Kyrgyzstan
latvia|Latvia
lebanon|Lebanon
libya|Libya
lithuania|Lithuania
luxembourg|Luxembourg
malaysia|Malaysia
mali|Mali
malta|Malta
mexico|Mexico
moldova|Moldova
mongolia|Mongolia
montenegro|Montenegro
morocco|Morocco
mozambique|Mozambique
myanmar|Myanmar
burma|Myanmar
nepal|Nepal
netherlands|Netherlands
the netherlands|Netherlands
holland|Netherlands
new zealand|New Zealand
nicaragua|Nicaragua
niger|Niger
nigeria|Nigeria
north korea|North Korea
north macedonia|North Macedonia
macedonia|North Macedonia
norway|Norway
oman|Oman
pakistan|Pakistan
palestine|Palestine
panama|Panama
paraguay|Paraguay
peru|Peru
philippines|Philippines
the philippines|Philippines
poland|Poland
portugal|Portugal
qatar|Qatar
romania|Romania
russia|Russia
russian federation|Russia
rwanda|Rwanda
saudi arabia|Saudi Arabia
senegal|Senegal
serbia|Serbia
singapore|Singapore
slovakia|Slovakia
slovenia|Slovenia
somalia|Somalia
south africa|South Africa
south korea|South Korea
korea|Korea
south sudan|South Sudan
spain|Spain
sri lanka|Sri Lanka
sudan|Sudan
sweden|Sweden
switzerland|Switzerland
syria|Syria
taiwan|Taiwan
tajikistan|Tajikistan
tanzania|Tanzania
thailand|Thailand
tunisia|Tunisia
turkey|Turkey
turkiye|Turkey
turkmenistan|Turkmenistan
uganda|Uganda
ukraine|Ukraine
the ukraine|Ukraine
united arab emirates|United Arab Emirates
uae|United Arab Emirates
united kingdom|United Kingdom
uk|United Kingdom
britain|United Kingdom
great britain|United Kingdom
united states|United States
united states of america|United States
us|United States
usa|United States
america|United States
uruguay|Uruguay
uzbekistan|Uzbekistan
venezuela|Venezuela
vietnam|Vietnam
yemen|Yemen
zambia|Zambia
zimbabwe|Zimbabwe
gaza|Gaza
gaza strip|Gaza
west bank|West Bank
crimea|Crimea
donbas|Donbas
donbass|Donbas
kashmir|Kashmir
[region United Kingdom]
england|England
scotland|Scotland
wales|Wales
northern ireland|Northern Ireland
[wide]
europe|Europe
asia|Asia
africa|Africa
north america|North America
south america|South America
latin america|Latin America
middle east|Middle East
the middle east|Middle East
balkans|Balkans
scandinavia|Scandinavia
siberia|Siberia
caucasus|Caucasus
[city Ukraine]
kyiv|Kyiv
kiev|Kyiv
kyyiv|Kyiv
kharkiv|Kharkiv
kharkov|Kharkiv
odesa|Odesa
odessa|Odesa
lviv|Lviv
lvov|Lviv
lwow|Lviv
dnipro|Dnipro
dnepr|Dnipro
dnipropetrovsk|Dnipro
zaporizhzhia|Zaporizhzhia
zaporizhia|Zaporizhzhia
zaporozhye|Zaporizhzhia
mykolaiv|Mykolaiv
nikolaev|Mykolaiv
nikolayev|Mykolaiv
kherson|Kherson
donetsk|Donetsk
luhansk|Luhansk
lugansk|Luhansk
mariupol|Mariupol
bakhmut|Bakhmut
avdiivka|Avdiivka
chernihiv|Chernihiv
chernigov|Chernihiv
sumy|Sumy
poltava|Poltava
vinnytsia|Vinnytsia
chernobyl|Chornobyl
chornobyl|Chornobyl
[city]
sevastopol|Sevastopol
jerusalem|Jerusalem
tripoli|Tripoli
santiago|Santiago
washington|Washington
washington dc|Washington
washington d c|Washington
new york|New York
new york city|New York
hollywood|Hollywood
kansas city|Kansas City
panama city|Panama City
san juan|San Juan
[city Russia]
moscow|Moscow
st petersburg|Saint Petersburg
saint petersburg|Saint Petersburg
belgorod|Belgorod
kursk|Kursk
[city Belarus]
minsk|Minsk
[city Poland]
warsaw|Warsaw
krakow|Krakow
[city Germany]
berlin|Berlin
munich|Munich
frankfurt|Frankfurt
hamburg|Hamburg
ramstein|Ramstein
[city France]
paris|Paris
[city England]
london|London
[city Belgium]
brussels|Brussels
[city Netherlands]
amsterdam|Amsterdam
the hague|The Hague
[city Italy]
rome|Rome
milan|Milan
[city Spain]
madrid|Madrid
barcelona|Barcelona
[city Portugal]
lisbon|Lisbon
[city Austria]
vienna|Vienna
[city Czech Republic]
prague|Prague
[city Hungary]
budapest|Budapest
[city Romania]
bucharest|Bucharest
[city Bulgaria]
sofia|Sofia
[city Greece]
athens|Athens
[city Sweden]
stockholm|Stockholm
[city Norway]
oslo|Oslo
[city Denmark]
copenhagen|Copenhagen
[city Finland]
helsinki|Helsinki
[city Lithuania]
vilnius|Vilnius
[city Latvia]
riga|Riga
[city Estonia]
tallinn|Tallinn
[city Ireland]
dublin|Dublin
[city Scotland]
edinburgh|Edinburgh
[city Switzerland]
geneva|Geneva
zurich|Zurich
[city Turkey]
istanbul|Istanbul
ankara|Ankara
[city Iran]
tehran|Tehran
[city Iraq]
baghdad|Baghdad
[city Syria]
damascus|Damascus
[city Lebanon]
beirut|Beirut
[city Israel]
tel aviv|Tel Aviv
[city Egypt]
cairo|Cairo
[city Saudi Arabia]
riyadh|Riyadh
[city Qatar]
doha|Doha
[city United Arab Emirates]
dubai|Dubai
abu dhabi|Abu Dhabi
[city Afghanistan]
kabul|Kabul
[city Pakistan]
islamabad|Islamabad
karachi|Karachi
[city India]
new delhi|New Delhi
delhi|Delhi
mumbai|Mumbai
bombay|Mumbai
[city China]
beijing|Beijing
peking|Beijing
shanghai|Shanghai
hong kong|Hong Kong
[city Japan]
tokyo|Tokyo
[city South Korea]
seoul|Seoul
[city North Korea]
pyongyang|Pyongyang
[city Taiwan]
taipei|Taipei
[city Thailand]
bangkok|Bangkok
[city Indonesia]
jakarta|Jakarta
[city Philippines]
manila|Manila
[city Vietnam]
hanoi|Hanoi
ho chi minh city|Ho Chi Minh City
[city Australia]
sydney|Sydney
melbourne|Melbourne
canberra|Canberra
[city Kenya]
nairobi|Nairobi
[city Nigeria]
lagos|Lagos
[city South Africa]
johannesburg|Johannesburg
cape town|Cape Town
[city Sudan]
khartoum|Khartoum
[city Mexico]
mexico city|Mexico City
[city Cuba]
havana|Havana
[city Venezuela]
caracas|Caracas
[city Colombia]
bogota|Bogota
[city Peru]
lima|Lima
[city Argentina]
buenos aires|Buenos Aires
[city Brazil]
brasilia|Brasilia
sao paulo|Sao Paulo
rio de janeiro|Rio de Janeiro
[city Canada]
ottawa|Ottawa
toronto|Toronto
montreal|Montreal
vancouver|Vancouver
quebec city|Quebec City
[city California]
los angeles|Los Angeles
san francisco|San Francisco
san diego|San Diego
malibu|Malibu
beverly hills|Beverly Hills
san jose|San Jose
long beach|Long Beach
[city Illinois]
chicago|Chicago
[city Texas]
houston|Houston
dallas|Dallas
san antonio|San Antonio
fort worth|Fort Worth
el paso|El Paso
corpus christi|Corpus Christi
[city Pennsylvania]
philadelphia|Philadelphia
[city Arizona]
phoenix|Phoenix
[city United States]
seattle|Seattle
[city Massachusetts]
boston|Boston
[city Florida]
miami|Miami
fort lauderdale|Fort Lauderdale
[city United States]
atlanta|Atlanta
[city Colorado]
denver|Denver
colorado springs|Colorado Springs
[city Michigan]
detroit|Detroit
grand rapids|Grand Rapids
[city Nevada]
las vegas|Las Vegas
[city Louisiana]
new orleans|New Orleans
baton rouge|Baton Rouge
[city Oklahoma]
oklahoma city|Oklahoma City
[city Virginia]
virginia beach|Virginia Beach
[city Missouri]
st louis|St. Louis
saint louis|St. Louis
[city New Jersey]
jersey city|Jersey City
[city Utah]
salt lake city|Salt Lake City
[city Iowa]
des moines|Des Moines
[city Arkansas]
little rock|Little Rock
[city Ethiopia]
addis ababa|Addis Ababa
[city Tanzania]
dar es salaam|Dar es Salaam
[city Guatemala]
guatemala city|Guatemala City
[city Malaysia]
kuala lumpur|Kuala Lumpur
[city Kuwait]
kuwait city|Kuwait City
[city Cambodia]
phnom penh|Phnom Penh
[city El Salvador]
san salvador|San Salvador
[city Dominican Republic]
santo domingo|Santo Domingo
[region United States]
alabama|Alabama
alaska|Alaska
arizona|Arizona
arkansas|Arkansas
california|California
colorado|Colorado
connecticut|Connecticut
delaware|Delaware
florida|Florida
hawaii|Hawaii
idaho|Idaho
illinois|Illinois
indiana|Indiana
iowa|Iowa
kansas|Kansas
kentucky|Kentucky
louisiana|Louisiana
maine|Maine
maryland|Maryland
massachusetts|Massachusetts
michigan|Michigan
minnesota|Minnesota
mississippi|Mississippi
missouri|Missouri
montana|Montana
nebraska|Nebraska
nevada|Nevada
new hampshire|New Hampshire
new jersey|New Jersey
new mexico|New Mexico
north carolina|North Carolina
north dakota|North Dakota
ohio|Ohio
oklahoma|Oklahoma
oregon|Oregon
pennsylvania|Pennsylvania
rhode island|Rhode Island
south carolina|South Carolina
south dakota|South Dakota
tennessee|Tennessee
texas|Texas
utah|Utah
vermont|Vermont
virginia|Virginia
west virginia|West Virginia
wisconsin|Wisconsin
wyoming|Wyoming
";

/// Gazetteer of organisations: `variant|Canonical`. Variants of one to
/// three letters match only when written in capitals ("UN", not "Un").
/// The Pentagon and the Kremlin are organisations (metonymy for the
/// institution far more often than the building).
const ORGS: &str = "
nato|NATO
north atlantic treaty organization|NATO
un|United Nations
united nations|United Nations
un security council|UN Security Council
security council|UN Security Council
eu|European Union
european union|European Union
european commission|European Commission
european parliament|European Parliament
pentagon|Pentagon
kremlin|Kremlin
white house|White House
red sox|Red Sox
white sox|White Sox
congress|Congress
senate|Senate
house of representatives|House of Representatives
state department|State Department
department of state|State Department
defense department|Department of Defense
department of defense|Department of Defense
us department of defense|Department of Defense
dod|Department of Defense
fbi|FBI
cia|CIA
nsa|NSA
imf|IMF
international monetary fund|IMF
world bank|World Bank
who|World Health Organization
world health organization|World Health Organization
opec|OPEC
osce|OSCE
g7|G7
group of seven|G7
g20|G20
red cross|Red Cross
hamas|Hamas
hezbollah|Hezbollah
taliban|Taliban
the taliban|Taliban
al qaeda|al-Qaeda
al-qaeda|al-Qaeda
al qaida|al-Qaeda
al-qaida|al-Qaeda
isis|Islamic State
isil|Islamic State
islamic state|Islamic State
wagner|Wagner Group
wagner group|Wagner Group
reuters|Reuters
ap|Associated Press
associated press|Associated Press
afp|AFP
agence france-presse|AFP
bbc|BBC
cnn|CNN
nbc|NBC
cbs|CBS
abc|ABC
fox news|Fox News
msnbc|MSNBC
npr|NPR
interfax|Interfax
tass|TASS
ukrinform|Ukrinform
new york times|New York Times
the new york times|New York Times
washington post|Washington Post
the washington post|Washington Post
wall street journal|Wall Street Journal
the wall street journal|Wall Street Journal
google|Google
microsoft|Microsoft
facebook|Facebook
twitter|Twitter
nasa|NASA
fema|FEMA
epa|EPA
fda|FDA
cdc|CDC
sec|SEC
un general assembly|UN General Assembly
verkhovna rada|Verkhovna Rada
bundestag|Bundestag
knesset|Knesset
duma|State Duma
state duma|State Duma
interpol|Interpol
europol|Europol
";

/// Surnames of a few world leaders named alone in news ("Putin's war"):
/// `surname|Canonical full name`. Used only for a lone surname that no
/// full name in the document explains.
const PEOPLE: &str = "
putin|Vladimir Putin
zelensky|Volodymyr Zelenskyy
zelenskyy|Volodymyr Zelenskyy
zelenskiy|Volodymyr Zelenskyy
biden|Joe Biden
obama|Barack Obama
trump|Donald Trump
xi|Xi Jinping
erdogan|Recep Tayyip Erdogan
macron|Emmanuel Macron
scholz|Olaf Scholz
merkel|Angela Merkel
netanyahu|Benjamin Netanyahu
lukashenko|Alexander Lukashenko
stoltenberg|Jens Stoltenberg
lavrov|Sergei Lavrov
shoigu|Sergei Shoigu
peskov|Dmitry Peskov
blinken|Antony Blinken
guterres|Antonio Guterres
modi|Narendra Modi
kadyrov|Ramzan Kadyrov
prigozhin|Yevgeny Prigozhin
medvedev|Dmitry Medvedev
";

/// Full name of a well-known person from a lone surname (folded).
pub(crate) fn famous(folded: &str) -> Option<&'static str> {
    static MAP: OnceLock<WordMap<&'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        PEOPLE
            .lines()
            .filter_map(|l| l.split_once('|'))
            .map(|(k, v)| (fold(k), v.trim()))
            .collect()
    })
    .get(folded)
    .copied()
}

/// A gazetteer entry's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GazKind {
    /// A place.
    Place,
    /// An organisation.
    Org,
}

/// The place and organisation gazetteers, keyed by folded variant (words
/// separated by single spaces).
pub(crate) fn gazetteer() -> &'static WordMap<(GazKind, &'static str)> {
    static MAP: OnceLock<WordMap<(GazKind, &'static str)>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = WordMap::default();
        for (list, kind) in [(PLACES, GazKind::Place), (ORGS, GazKind::Org)] {
            for line in list.lines() {
                if let Some((variant, canonical)) = line.split_once('|') {
                    let key = fold(variant).replace('-', " ");
                    m.entry(key).or_insert((kind, canonical.trim()));
                }
            }
        }
        m
    })
}

/// Longest gazetteer variant, in words.
pub(crate) const GAZ_MAX_WORDS: usize = 5;
