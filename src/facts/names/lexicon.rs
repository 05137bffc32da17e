//! Small embedded lexicons for the rule-based name tagger: function words,
//! common sentence-initial words, titles and honorifics, demonyms, first
//! names, organisation and place cue words, and gazetteers of places and
//! organisations with their canonical spellings.
//!
//! Consumes nothing; produces lookup tables built once on first use. Every
//! key is *folded* by [`fold`] (lower case, diacritics removed, periods
//! dropped, curly apostrophes made straight), so lookups are insensitive to
//! those differences. Lists are in our own words and deliberately small:
//! they are cues, not a knowledge base.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// Lower case, diacritics removed (NFKD, combining marks dropped), periods
/// removed, `’` and `‘` made `'`.
pub(crate) fn fold(s: &str) -> String {
    // Fast path: ASCII has nothing to decompose (most news text).
    if s.is_ascii() {
        let mut out = String::with_capacity(s.len());
        out.extend(
            s.bytes()
                .filter(|&b| b != b'.')
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        return out;
    }
    let mut out = String::with_capacity(s.len());
    for c in s.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) || c == '.' {
            continue;
        }
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' => '\'',
            '\u{2010}' | '\u{2011}' | '\u{2013}' => '-',
            other => other,
        };
        out.extend(c.to_lowercase());
    }
    out
}

fn set(lists: &[&'static str]) -> HashSet<String> {
    lists
        .iter()
        .flat_map(|l| l.split_whitespace())
        .map(fold)
        .collect()
}

macro_rules! lexicon {
    ($(#[$m:meta])* $name:ident, $($list:expr),+) => {
        $(#[$m])*
        pub(crate) fn $name(folded: &str) -> bool {
            static SET: OnceLock<HashSet<String>> = OnceLock::new();
            SET.get_or_init(|| set(&[$($list),+])).contains(folded)
        }
    };
}

/// Closed-class words: never part of a name when capitalised (they break a
/// capitalised run), except the connectors of [`is_connector`].
const FUNCTION: &str = "
a an the and or but nor so yet if then than that this these those there here
he she it they we i you his her hers its their theirs our ours my mine your yours him them me
who whom whose which what whatever when whenever where wherever why how
in on at by for from with without about after before during since until till while as of to
into onto upon over under between among amid through throughout against within across
behind beyond toward towards near off out up down per via despite except
also not no yes all some any each every both either neither many much more most other another
such only just even still already however meanwhile moreover furthermore nevertheless thus hence
although though because unless whether be is are was were been being am has have had having
do does did done will would shall should can could may might must ought
according said says say saying told tells asked
one none nothing something someone anyone everyone everything anything
let lets it's that's there's here's what's he's she's we're they're i'm i've we've you're
";

/// Ordinary words that often begin a sentence or a caption and are not
/// names. A sentence-initial capitalised word is also taken as ordinary when
/// the same document uses it in lower case.
const COMMON: &str = "
today yesterday tomorrow tonight now later earlier recently currently previously
official officials secure photo photos video image images source sources author related stories
story news report reports update updates breaking exclusive analysis opinion editorial read more
share click subscribe sign advertisement sponsored comments comment watch listen
first second third last next new old former latest top key major big small
two three four five six seven eight nine ten twenty hundreds thousands millions dozens several
people police officials authorities residents witnesses troops soldiers experts analysts critics
men women children man woman boy girl family families friends
speaking asked asking meeting talking following given having being making taking
instead indeed overall finally first firstly secondly lastly additionally similarly likewise
separately elsewhere nearby together still yet already once again
while though although because since unless until whereas
well oh ok okay please thanks thank sorry welcome hello
during within without among amid despite
under over above below inside outside
here there everywhere somewhere nowhere
many most few fewer less least much several various numerous
tank fire honor cordon group stand line service members
year years day days week weeks month months production practice
prosecutors investigators scientists researchers doctors officers analysts neighbours neighbors
lawyers attorneys players fans voters students teachers workers employees
dear sir madam
";

/// Title, rank and honorific heads that come right before a person's name.
const TITLE_HEADS: &str = "
president vice-president president-elect prime minister secretary general attorney
gen lt lieutenant col colonel maj major capt captain sgt sergeant adm admiral cmdr commander
cpl corporal pvt officer trooper agent doctor manager sister brother nurse marshal brig brigadier executive gm
chairman chairwoman chairperson chair director chief ceo cfo coo cto founder co-founder
senator sen rep representative congressman congresswoman assemblyman assemblywoman councilman councilwoman
governor gov lt-gov mayor king queen prince princess emperor empress pope
judge justice ambassador envoy commissioner superintendent inspector detective constable sheriff
spokesman spokeswoman spokesperson
mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father pastor
sheikh sheik emir sultan ayatollah imam rabbi bishop archbishop cardinal patriarch
chancellor premier speaker leader coach deputy undersecretary under-secretary
prosecutor counsel advocate registrar auditor treasurer comptroller
";

/// Tokens that may follow a title head before the name ("Petty Officer
/// 1st Class", "President-elect").
const TITLE_TAILS: &str = "1st 2nd 3rd first second third class elect emeritus";

/// Lower-case role nouns that, right before a capitalised name, mark it as
/// a person ("spokesman Bill McAllister", "actress Tara Reid").
const ROLE_NOUNS: &str = "
actor actress singer rapper musician comedian director producer writer author novelist poet
artist painter photographer designer model star celebrity dancer athlete player striker
goalkeeper quarterback pitcher coach manager boss owner chief executive founder spokesman
spokeswoman spokesperson publicist representative rep lawyer attorney counsel prosecutor
judge officer detective sheriff senator governor mayor president minister secretary
chairman chairwoman ambassador envoy diplomat general colonel captain lieutenant sergeant
commander admiral analyst economist professor researcher scientist doctor dr surgeon nurse
reporter journalist correspondent editor columnist anchor host presenter candidate nominee
leader activist businessman businesswoman billionaire investor banker entrepreneur
pastor priest bishop rabbi imam cleric counterpart colleague deputy aide adviser advisor
wife husband son daughter mother father brother sister uncle aunt cousin girlfriend boyfriend
suspect victim defendant witness gunman mr mrs ms dr
";

/// Department and portfolio words after "Secretary of", "Minister for".
const DEPARTMENT: &str = "
defense defence state interior treasury commerce energy labor labour education agriculture
transportation transport health homeland security justice foreign affairs finance economy
economic war veterans housing trade industry industries environment culture sport sports internal
external home human services development urban digital infrastructure science technology
staff joint chiefs navy army air force naval operations intelligence national public information
communications social welfare emergency emergencies situations research innovation
";

/// Nationality adjectives and plural demonyms (and a few group words):
/// not names by themselves.
const DEMONYMS: &str = "
american americans ukrainian ukrainians russian russians british briton britons english french
german germans chinese japanese korean koreans indian indians pakistani pakistanis afghan afghans
iranian iranians iraqi iraqis syrian syrians israeli israelis palestinian palestinians turkish
turk turks egyptian egyptians saudi saudis emirati european europeans african africans asian asians
polish pole poles belarusian belarusians georgian georgians italian italians spanish spaniard
canadian canadians mexican mexicans brazilian brazilians australian australians dutch swedish swede
norwegian finnish finn danish dane greek greeks lebanese jordanian jordanians libyan libyans
yemeni yemenis sudanese somali somalis nigerian nigerians kenyan kenyans ethiopian ethiopians
cuban cubans venezuelan venezuelans colombian colombians argentine argentinian chilean peruvian
irish scottish scot scots welsh swiss austrian belgian hungarian hungarians czech slovak romanian
romanians bulgarian serbian serbs serb croatian croat bosnian albanian lithuanian latvian estonian
moldovan kazakh uzbek azerbaijani armenian armenians taiwanese vietnamese thai filipino filipinos
indonesian malaysian singaporean western eastern northern southern arab arabs muslim muslims
christian christians jewish jew jews catholic catholics orthodox sunni shia shiite kurdish kurd
kurds soviet nazi nazis allied anglo latino latina hispanic european-american
republican republicans democrat democrats
";

/// Months and weekdays: not names unless they follow a first name
/// ("Theresa May").
const DATE_WORDS: &str = "
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
";

/// Lower-case particles inside names and connectors inside organisation
/// and place names.
const CONNECTORS: &str =
    "of the for de del della der den van von da di du la le al el bin ibn ter dos das y and";

/// Particles that may be part of a person's surname.
const NAME_PARTICLES: &str =
    "de del della der den van von da di du la le al el bin ibn ter dos das";

/// Generational suffixes, dropped from canonical person names.
const SUFFIXES: &str = "jr jnr sr snr ii iii iv v";

/// Words that make a capitalised span an organisation when they occur in it.
const ORG_CUES: &str = "
ministry ministries department departments agency agencies council councils forces inc corp
corporation company co ltd llc plc gmbh ag sa group university college institute institution
foundation association commission committee bank party court parliament assembly congress senate
union organization organisation office bureau service services authority administration police
guard corps division brigade brigades battalion regiment command fund federation league club
airlines airways network center centre hospital clinic school church board cabinet government
secretariat alliance coalition front movement army navy times journal magazine news tribune herald
gazette studios pictures records entertainment motors industries holdings technologies
laboratories labs academy forum advisers advisors partners associates consultants capital ventures kremlin pentagon duma rada knesset bundestag cortes
";

/// Words that make a capitalised span a place when they end it.
const PLACE_CUES: &str = "
base airport airfield sea ocean lane drive river lake mountains mountain mount mt island islands peninsula
valley bay gulf strait straits street avenue road boulevard square bridge province region oblast
county district desert coast canal port city heights hills beach park area village territory
territories prefecture krai governorate canton plaza harbor harbour station stadium arena palace
";

/// Verbs and nouns of saying used for quote attribution (also reporting
/// verbs in present and past form).
const SPEECH_VERBS: &str = "
said says say told tells added adds stated states wrote writes noted notes stressed stresses
emphasized emphasizes emphasised emphasises explained explains declared declares announced announces
asked asks replied replies continued continues insisted insists warned warns argued argues
claimed claims remarked remarks recalled recalls acknowledged acknowledges admitted admits confirmed
confirms observed observes commented comments concluded concludes posted posts tweeted tweets
reiterated reiterates assured assures urged urges pledged pledges vowed vows promised promises
answered answers responded responds suggested suggests predicted predicts cautioned cautions
conceded concedes countered counters quipped joked joked shouted yelled whispered testified
testifies reported reports announced wrote underlined underlines highlighted highlights
affirmed affirms reaffirmed reaffirms maintained maintains lamented laments boasted boasts
complained complains mused explained contended contends recounted recounts
quoted
";

/// Common first names (many languages). Used to recognise an unmarked
/// person name ("Tara Reid"); never to build a canonical form.
const FIRST_NAMES: &str = "
aaron abdul abdullah abraham adam adrian adriana adrienne agnes ahmad ahmed aidan aisha alan albert
alberto alejandro aleksandr aleksandra aleksei alex alexander alexandra alexandre alexei alexey
alfred ali alice alicia alina alison allan allen alvaro amanda amber amelia amy ana anatoly anders
andre andrea andreas andrei andrej andres andrew andrey andriy andrzej angela angelina angelo anita
ann anna anne annie anthony anton antonio antony april arnold arthur arturo ashley ashraf audrey
avi barack barbara barry bashar ben benjamin benedict benny bernard bernie beth betty beyonce bill
billy bob bobby bogdan boris brad bradley brandon brenda brent brett brian bridget britney brittany
bruce bruno bryan caitlin calvin cameron camilla carl carla carlos carmen carol caroline carolyn
casey catherine cathy cecilia celine charles charlie charlotte chelsea cheryl chris christian
christina christine christopher chuck cindy claire clara claude claudia clint cody colin connor
constantin craig cristiano cynthia dale dan dana daniel daniela danielle danny daria darius
darren dave david dawn dean debbie deborah denis denise dennis denzel derek diana diane dick
diego dmitri dmitry dmitriy dmytro dominic donald donna doris dorothy doug douglas drew dustin
dwayne dylan earl ed eddie edgar edith edward edwin elaine eleanor elena eli elijah elizabeth
ella ellen elliot elon elvis emily emma emmanuel enrique eric erica erik erin ernest esther
ethan eugene eva evan evgeny faisal fatima felipe felix fernando fidel fiona florence frances
francesca francis francisco frank franklin fred frederick gabriel gabriela gail gary gavin
gene george georgia gerald gerard gerhard gilbert gina giorgia giuseppe glen glenn gloria gordon
grace graham grant greg gregory guillermo gustavo hamid hannah hans harold harriet harry hassan
heather hector heidi helen helena henry herbert hillary hiroshi holly howard hugh hugo hussein
ian igor ihor ilya imran ingrid irene iris isaac isabel isabella ivan jack jackie jacob jacqueline
jake james jamie jan jane janet janice jared jason javier jay jean jeff jeffrey jen jennifer
jenny jens jeremy jerome jerry jesse jessica jesus jill jim jimmy jo joan joanna joe joel johan
johann john johnny jon jonathan jordan jorge jose josef joseph josh joshua joyce juan judith judy
julia julian julie julio justin kamala karen karim karl kate katherine kathleen kathy katie
katrina kay keith kelly ken kenneth kevin khalid kim kimberly kirk kristen kurt kyle lance larry
laura lauren lawrence leah lee leigh lena leo leon leonard leonid leslie liam lily linda lindsay
lindsey lisa liliana liz lloyd lois lorenzo louis louise lucas lucy luis luke lydia lynn mahmoud
malcolm mandy marc marcel marco marcus margaret maria marie marina mario marion mark marta martha
martin marvin mary matt matteo matthew maureen max maxim maxine megan mehmet melanie melissa
merrick michael michel michelle miguel mike mikhail mila miles milton mitch mitt mohamed mohammad
mohammed monica morgan muhammad mykola mykhailo nadia nancy naomi natalia natalie nathan neil
nelson nicholas nick nicola nicolas nicole nigel nikita nikolai nina noah noel nora norman olaf
oleg oleksandr oleksii oleksiy olena olga oliver olivia omar oscar otto pablo pamela paolo patricia
patrick paul paula pavel pedro peggy penny pete peter petro petr phil philip philippe phillip
pierre piotr rachel rafael ralph ramon randy raul ray raymond rebecca recep reggie renee rex
ricardo richard rick ricky rita rob robert roberto robin rod rodrigo roger roman ron ronald rosa
rose ross roy ruby rudy russell rustem ruth ryan sadiq sally sam samantha samuel sandra sanjay
sara sarah scott sean sebastian selena serena sergei sergey serhiy sergio seth shane shannon
sharon shaun shawn sheila shirley sidney simon sofia sonia sophia sophie stacy stanley stefan
stella stephanie stephen steve steven stuart sue susan suzanne sylvia tamara tanya tara ted teresa
terry theresa thomas tiffany tim timothy tina todd tom tommy tony tracy travis trevor troy tyler
valentina valeria valerie vanessa vasyl venus vera veronica victor victoria viktor vincent
virginia vitali vitaliy vivian vladimir vladislav volodymyr walter wanda warren wayne wendy
wesley will william willie wolfgang xavier yana yevgeny yitzhak yolanda yoshihide youssef yulia
yuri yuriy yury zach zachary zoe zbigniew
";

/// Surname endings typical of Slavic, Baltic, Armenian and Romanian names:
/// a capitalised two- or three-word span ending with one is a person.
pub(crate) const SURNAME_ENDINGS: &[&str] = &[
    "ov", "ova", "ev", "eva", "yov", "enko", "chuk", "iuk", "yuk", "sky", "skyy", "skiy", "skyi",
    "ski", "ska", "skaya", "vich", "vych", "ovic", "evic", "ovych", "escu", "yan", "ian", "dze",
    "shvili", "adze", "nko",
];

/// Gazetteer of places: `variant|Canonical` (the variant is folded on
/// load). Transliteration variants map to one spelling.
const PLACES: &str = "
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
england|England
scotland|Scotland
wales|Wales
northern ireland|Northern Ireland
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
europe|Europe
asia|Asia
africa|Africa
north america|North America
south america|South America
latin america|Latin America
middle east|Middle East
the middle east|Middle East
gaza|Gaza
gaza strip|Gaza
west bank|West Bank
crimea|Crimea
donbas|Donbas
donbass|Donbas
kashmir|Kashmir
balkans|Balkans
scandinavia|Scandinavia
siberia|Siberia
caucasus|Caucasus
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
sevastopol|Sevastopol
moscow|Moscow
st petersburg|Saint Petersburg
saint petersburg|Saint Petersburg
belgorod|Belgorod
kursk|Kursk
minsk|Minsk
warsaw|Warsaw
krakow|Krakow
berlin|Berlin
munich|Munich
frankfurt|Frankfurt
hamburg|Hamburg
ramstein|Ramstein
paris|Paris
london|London
brussels|Brussels
amsterdam|Amsterdam
the hague|The Hague
rome|Rome
milan|Milan
madrid|Madrid
barcelona|Barcelona
lisbon|Lisbon
vienna|Vienna
prague|Prague
budapest|Budapest
bucharest|Bucharest
sofia|Sofia
athens|Athens
stockholm|Stockholm
oslo|Oslo
copenhagen|Copenhagen
helsinki|Helsinki
vilnius|Vilnius
riga|Riga
tallinn|Tallinn
dublin|Dublin
edinburgh|Edinburgh
geneva|Geneva
zurich|Zurich
istanbul|Istanbul
ankara|Ankara
tehran|Tehran
baghdad|Baghdad
damascus|Damascus
beirut|Beirut
jerusalem|Jerusalem
tel aviv|Tel Aviv
cairo|Cairo
riyadh|Riyadh
doha|Doha
dubai|Dubai
abu dhabi|Abu Dhabi
kabul|Kabul
islamabad|Islamabad
karachi|Karachi
new delhi|New Delhi
delhi|Delhi
mumbai|Mumbai
bombay|Mumbai
beijing|Beijing
peking|Beijing
shanghai|Shanghai
hong kong|Hong Kong
tokyo|Tokyo
seoul|Seoul
pyongyang|Pyongyang
taipei|Taipei
bangkok|Bangkok
jakarta|Jakarta
manila|Manila
hanoi|Hanoi
sydney|Sydney
melbourne|Melbourne
canberra|Canberra
nairobi|Nairobi
lagos|Lagos
johannesburg|Johannesburg
cape town|Cape Town
tripoli|Tripoli
khartoum|Khartoum
mexico city|Mexico City
havana|Havana
caracas|Caracas
bogota|Bogota
lima|Lima
santiago|Santiago
buenos aires|Buenos Aires
brasilia|Brasilia
sao paulo|Sao Paulo
rio de janeiro|Rio de Janeiro
ottawa|Ottawa
toronto|Toronto
montreal|Montreal
vancouver|Vancouver
washington|Washington
washington dc|Washington
washington d c|Washington
new york|New York
new york city|New York
los angeles|Los Angeles
chicago|Chicago
houston|Houston
philadelphia|Philadelphia
phoenix|Phoenix
san francisco|San Francisco
san diego|San Diego
seattle|Seattle
boston|Boston
miami|Miami
atlanta|Atlanta
dallas|Dallas
denver|Denver
detroit|Detroit
las vegas|Las Vegas
new orleans|New Orleans
hollywood|Hollywood
malibu|Malibu
beverly hills|Beverly Hills
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
    static MAP: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
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
pub(crate) fn gazetteer() -> &'static HashMap<String, (GazKind, &'static str)> {
    static MAP: OnceLock<HashMap<String, (GazKind, &'static str)>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = HashMap::new();
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

lexicon!(
    /// Closed-class word (folded).
    is_function_word,
    FUNCTION
);
lexicon!(
    /// Ordinary word that begins sentences (folded).
    is_common_word,
    COMMON
);
lexicon!(
    /// Title, rank or honorific head (folded).
    is_title_head,
    TITLE_HEADS
);
lexicon!(
    /// Token allowed between a title head and the name (folded).
    is_title_tail,
    TITLE_TAILS
);
lexicon!(
    /// Honorific that marks a lone surname as a person ("Mr. Read").
    is_honorific,
    "mr mrs ms miss mx dr prof sir dame lord lady rev judge deputy"
);
lexicon!(
    /// Lower-case role noun before a name (folded).
    is_role_noun,
    ROLE_NOUNS
);
lexicon!(
    /// Department or portfolio word (folded).
    is_department_word,
    DEPARTMENT
);
lexicon!(
    /// Nationality adjective or plural demonym (folded).
    is_demonym,
    DEMONYMS
);
lexicon!(
    /// Month or weekday (folded).
    is_date_word,
    DATE_WORDS
);
lexicon!(
    /// Lower-case connector inside a name (folded).
    is_connector,
    CONNECTORS
);
lexicon!(
    /// Surname particle (folded).
    is_name_particle,
    NAME_PARTICLES
);
lexicon!(
    /// Generational suffix (folded).
    is_suffix,
    SUFFIXES
);
lexicon!(
    /// Organisation cue word (folded).
    is_org_cue,
    ORG_CUES
);
lexicon!(
    /// Place cue word (folded).
    is_place_cue,
    PLACE_CUES
);
lexicon!(
    /// Verb of saying (folded).
    is_speech_verb,
    SPEECH_VERBS
);
lexicon!(
    /// Common first name (folded).
    is_first_name,
    FIRST_NAMES
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_removes_case_diacritics_and_periods() {
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("Zelenskýy’s"), "zelenskyy's");
        assert_eq!(fold("Łódź"), "łodz");
    }

    #[test]
    fn lookups() {
        assert!(is_title_head("secretary"));
        assert!(is_title_head("gen"));
        assert!(is_first_name("lloyd"));
        assert!(!is_first_name("austin-x"));
        assert_eq!(gazetteer().get("kiev"), Some(&(GazKind::Place, "Kyiv")));
        assert_eq!(
            gazetteer().get("al qaida"),
            Some(&(GazKind::Org, "al-Qaeda"))
        );
        assert!(is_speech_verb("said"));
        assert!(is_demonym("ukrainians"));
    }
}
