//! Small embedded lexicons for the rule-based name tagger: function words,
//! common sentence-initial words, titles and honorifics, demonyms, first
//! names, organisation and place cue words (the gazetteers of places and
//! organisations are in [`super::gazetteer`]; months and weekdays come
//! from [`crate::lex::words`]).
//!
//! Consumes nothing; produces lookup tables built once on first use. Every
//! key is *folded* by [`fold`] (lower case, diacritics removed, periods
//! dropped, curly apostrophes made straight), so lookups are insensitive to
//! those differences. Lists are in our own words and deliberately small:
//! they are cues, not a knowledge base.

use crate::lex::hash::WordHash;
use std::collections::HashMap;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

pub(crate) use super::gazetteer::{famous, gazetteer, GazKind, GAZ_MAX_WORDS};

/// A map keyed by folded words, with the word tables' hasher
/// ([`WordHash`]): the lexicons are asked of every capitalised word of
/// every document. (Never iterated, so the hasher cannot change any
/// output.)
pub(crate) type WordMap<V> = HashMap<String, V, WordHash>;

/// Lower case, diacritics removed (NFKD, combining marks dropped), periods
/// removed, `’` and `‘` made `'`.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`], appended to `out` (one buffer for the words of a text).
pub(crate) fn fold_into(s: &str, out: &mut String) {
    // Fast path: ASCII has nothing to decompose (most news text).
    if s.is_ascii() {
        let from = out.len();
        if s.as_bytes().contains(&b'.') {
            out.extend(s.bytes().filter(|&b| b != b'.').map(char::from));
        } else {
            // most words hold no period: copied whole, then lower-cased in place
            out.push_str(s);
        }
        if let Some(tail) = out.get_mut(from..) {
            tail.make_ascii_lowercase();
        }
        return;
    }
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
}

/// Which of the name lexicons hold a word: one bit a list (the constants
/// below, one for each `is_` lookup the [`lexicon`] macro makes), so that
/// one lookup in one table answers every list ([`lists_of`]), and the
/// name tagger asks it once a word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Lists(u32);

impl Lists {
    /// Whether any list of `which` holds the word.
    pub(crate) const fn any(self, which: Lists) -> bool {
        self.0 & which.0 != 0
    }

    /// Both sets of lists.
    pub(crate) const fn or(self, other: Lists) -> Lists {
        Lists(self.0 | other.0)
    }
}

/// The list of [`is_listed_function_word`].
pub(crate) const LISTED_FUNCTION_WORD: Lists = Lists(1 << 0);
/// The list of [`is_remit_word`].
pub(crate) const REMIT_WORD: Lists = Lists(1 << 1);
/// The list of [`is_common_word`].
pub(crate) const COMMON_WORD: Lists = Lists(1 << 2);
/// The list of [`is_title_head`].
pub(crate) const TITLE_HEAD: Lists = Lists(1 << 3);
/// The list of [`is_civic_title`].
pub(crate) const CIVIC_TITLE: Lists = Lists(1 << 4);
/// The list of [`is_member_body`].
pub(crate) const MEMBER_BODY: Lists = Lists(1 << 5);
/// The list of [`is_title_tail`].
pub(crate) const TITLE_TAIL: Lists = Lists(1 << 6);
/// The list of [`is_honorific`].
pub(crate) const HONORIFIC: Lists = Lists(1 << 7);
/// The list of [`is_role_noun`].
pub(crate) const ROLE_NOUN: Lists = Lists(1 << 8);
/// The list of [`is_department_word`].
pub(crate) const DEPARTMENT_WORD: Lists = Lists(1 << 9);
/// The list of [`is_demonym`].
pub(crate) const DEMONYM: Lists = Lists(1 << 10);
/// The list of [`is_connector`].
pub(crate) const CONNECTOR: Lists = Lists(1 << 11);
/// The list of [`is_name_particle`].
pub(crate) const NAME_PARTICLE: Lists = Lists(1 << 12);
/// The list of [`is_suffix`].
pub(crate) const SUFFIX: Lists = Lists(1 << 13);
/// The list of [`is_org_cue`].
pub(crate) const ORG_CUE: Lists = Lists(1 << 14);
/// The list of [`is_place_cue`].
pub(crate) const PLACE_CUE: Lists = Lists(1 << 15);
/// The list of [`is_place_keeper`].
pub(crate) const PLACE_KEEPER: Lists = Lists(1 << 16);
/// The list of [`is_shop_noun`].
pub(crate) const SHOP_NOUN: Lists = Lists(1 << 17);
/// The list of [`is_speech_verb`].
pub(crate) const SPEECH_VERB: Lists = Lists(1 << 18);
/// The list of [`is_listed_first_name`].
pub(crate) const LISTED_FIRST_NAME: Lists = Lists(1 << 19);

/// Every list of the name lexicons, with the bit it sets.
const TABLES: &[(Lists, &[&str])] = &[
    (LISTED_FUNCTION_WORD, &[FUNCTION]),
    (REMIT_WORD, &[REMIT]),
    (COMMON_WORD, &[COMMON]),
    (TITLE_HEAD, &[TITLE_HEADS, CIVIC_TITLES]),
    (CIVIC_TITLE, &[CIVIC_TITLES]),
    (MEMBER_BODY, &[TITLE_MEMBER_BODIES]),
    (TITLE_TAIL, &[TITLE_TAILS]),
    (
        HONORIFIC,
        &["mr mrs ms miss mx dr prof sir dame lord lady rev judge deputy"],
    ),
    (ROLE_NOUN, &[ROLE_NOUNS]),
    (DEPARTMENT_WORD, &[DEPARTMENT]),
    (DEMONYM, &[DEMONYMS]),
    (CONNECTOR, &[CONNECTORS]),
    (NAME_PARTICLE, &[NAME_PARTICLES]),
    (SUFFIX, &[SUFFIXES]),
    (ORG_CUE, &[ORG_CUES]),
    (PLACE_CUE, &[PLACE_CUES]),
    (PLACE_KEEPER, &[PLACE_KEEPERS]),
    (SHOP_NOUN, &[SHOP_NOUNS]),
    (SPEECH_VERB, &[SPEECH_VERBS]),
    (LISTED_FIRST_NAME, &[FIRST_NAMES]),
];

/// The lists that hold `folded` (a folded word), in one lookup.
pub(crate) fn lists_of(folded: &str) -> Lists {
    static TABLE: OnceLock<WordMap<Lists>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let mut table: WordMap<Lists> = WordMap::default();
            for &(bit, lists) in TABLES {
                for w in lists.iter().flat_map(|l| l.split_whitespace()) {
                    let held = table.entry(fold(w)).or_default();
                    *held = Lists(held.0 | bit.0);
                }
            }
            table
        })
        .get(folded)
        .copied()
        .unwrap_or_default()
}

macro_rules! lexicon {
    ($(#[$m:meta])* $name:ident, $bit:ident) => {
        $(#[$m])*
        pub(crate) fn $name(folded: &str) -> bool {
            lists_of(folded).any($bit)
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
deputies detectives firefighters paramedics rescuers troopers medics agents guards
protesters demonstrators victims survivors relatives parents suspects gunmen inmates
dear sir madam
";

/// Title, rank and honorific heads that come right before a person's name.
const TITLE_HEADS: &str = "
president vice-president president-elect prime minister secretary general attorney
gen lt lieutenant col colonel maj major capt captain sgt sergeant adm admiral cmdr commander
cpl corporal pvt officer trooper agent doctor manager sister brother nurse marshal brig brigadier executive gm
chairman chairwoman chairperson chair director chief ceo cfo coo cto founder co-founder
senator sen rep representative congressman congresswoman
governor gov lt-gov mayor king queen prince princess emperor empress pope
judge justice ambassador envoy superintendent inspector detective constable sheriff
const supt insp det
spokesman spokeswoman spokesperson
mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father pastor
sheikh sheik emir sultan ayatollah imam rabbi bishop archbishop cardinal patriarch
chancellor premier speaker leader coach deputy undersecretary under-secretary
prosecutor counsel advocate registrar auditor treasurer comptroller
";

/// Titles of elected and appointed local officials (a town's or county's
/// council, board or commission), before a person's name like any title:
/// "Alderman Price", "Trustee Lee", "Councillor Pratt". Local news names
/// its officials by such a title and the surname alone, so the word after
/// one is a surname even when it is also an ordinary word ("Alderman
/// Price", "Supervisor Wells"); "Council member" and "Board member" are
/// two-word titles of the same kind (`is_member_body`).
const CIVIC_TITLES: &str = "
councillor councilor councilmember councilperson alderman alderwoman alderperson
trustee supervisor selectman selectwoman selectperson delegate freeholder legislator
assemblymember commissioner councilman councilwoman assemblyman assemblywoman
";

/// Bodies whose "member" is a civic title ("Council member Harmon",
/// "Board Member Ruiz").
const TITLE_MEMBER_BODIES: &str = "council board assembly commission";

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
kicker punter linebacker receiver cornerback midfielder defender winger goalie rookie teammate
resident neighbour neighbor homeowner tenant landlord motorist driver passenger pedestrian
bystander student teacher worker employee firefighter paramedic trooper survivor shooter
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
freight logistics trucking shipping railroad railways energy petroleum utilities pharmaceuticals
pharmaceutical biotech therapeutics telecom telecommunications software semiconductor aerospace
insurance realty brands foods chemicals mining
";

/// Words that make a capitalised span a place when they end it.
const PLACE_CUES: &str = "
base airport airfield sea ocean lane drive river lake mountains mountain mount mt island islands peninsula
valley bay gulf strait straits street avenue road boulevard square bridge province region oblast
county district desert coast canal port city heights hills beach park area village territory
territories prefecture krai governorate canton plaza harbor harbour station stadium arena palace
";

/// Capitalised words after a city or country that keep it a place: the
/// event, venue or public body of that place ("Boston Marathon", "Dallas
/// Zoo", "Denver Fire", "Houston Metro"), a direction or part of it
/// ("Chicago North", "Dallas Downtown"), or a time of day after it ("in
/// Dallas Tonight"). The organisation and place cues, street words, titles,
/// months and weekdays keep it too (see `classify::place_begins_other_name`).
const PLACE_KEEPERS: &str = "
marathon agreement agreements accord accords summit talks convention conference games olympics
festival fair expo show open classic derby zoo aquarium symphony orchestra opera ballet museum
library metro transit subway rail embassy consulate highway freeway interstate patrol fire rescue
police sheriff water housing schools school public municipal metropolitan regional area region
city town township borough downtown uptown midtown north south east west northeast northwest
southeast southwest central greater international national state federal
morning afternoon evening night tonight today
acropolis cathedral castle tower mosque temple basilica colosseum
";

/// Nouns of shops and eating places: after a possessive name they make a
/// business ("Casey's General Store", "Joe's Diner").
const SHOP_NOUNS: &str = "
store stores shop shoppe diner restaurant cafe bar grill pub tavern saloon inn motel bakery
deli market supermarket pharmacy garage salon barbershop pizzeria kitchen bistro lounge mart
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

lexicon!(
    /// Closed-class word of the list (folded).
    is_listed_function_word,
    LISTED_FUNCTION_WORD
);

/// Words that say what a public body or a utility does, as they open its
/// name before the place it serves (folded).
const REMIT: &str = "
natural resources resource transport transportation police health public water waters rail
railways network trust bank agency service services historic heritage visit tourism environment
environmental forestry highways ambulance fire rescue sport sports arts enterprise housing
education revenue customs parks energy electricity skills statistics
";

lexicon!(
    /// A word of a body's remit (folded): see `REMIT`.
    is_remit_word,
    REMIT_WORD
);

/// Closed-class word (folded): one of the list, or a contraction of a
/// pronoun and a verb ("he'll", "who's": [`crate::lex::contraction`]),
/// which is never a name.
pub(crate) fn is_function_word(folded: &str) -> bool {
    is_listed_function_word(folded) || crate::lex::contraction::contraction(folded).is_some()
}
lexicon!(
    /// Ordinary word that begins sentences (folded).
    is_common_word,
    COMMON_WORD
);
lexicon!(
    /// Title, rank or honorific head (folded), civic titles included.
    is_title_head,
    TITLE_HEAD
);
lexicon!(
    /// Title of a local official ([`CIVIC_TITLES`], folded).
    is_civic_title,
    CIVIC_TITLE
);
lexicon!(
    /// Body whose "member" is a civic title ([`TITLE_MEMBER_BODIES`],
    /// folded).
    is_member_body,
    MEMBER_BODY
);
lexicon!(
    /// Token allowed between a title head and the name (folded).
    is_title_tail,
    TITLE_TAIL
);
lexicon!(
    /// Honorific that marks a lone surname as a person ("Mr. Read").
    is_honorific,
    HONORIFIC
);
lexicon!(
    /// Lower-case role noun before a name (folded).
    is_role_noun,
    ROLE_NOUN
);
lexicon!(
    /// Department or portfolio word (folded).
    is_department_word,
    DEPARTMENT_WORD
);
lexicon!(
    /// Nationality adjective or plural demonym (folded).
    is_demonym,
    DEMONYM
);
lexicon!(
    /// Lower-case connector inside a name (folded).
    is_connector,
    CONNECTOR
);
lexicon!(
    /// Surname particle (folded).
    is_name_particle,
    NAME_PARTICLE
);
lexicon!(
    /// Generational suffix (folded).
    is_suffix,
    SUFFIX
);
lexicon!(
    /// Organisation cue word (folded).
    is_org_cue,
    ORG_CUE
);
lexicon!(
    /// Place cue word (folded).
    is_place_cue,
    PLACE_CUE
);
/// Last word of a street's name (folded): a span ending in one is a place
/// ("Snyder Ave", "Wexford St.", "Church Avenue"), whatever org cue it
/// holds. The shared table, [`crate::lex::words::STREET_WORDS`].
pub(crate) fn is_street_suffix(folded: &str) -> bool {
    crate::lex::words::is_street_word(folded)
}
/// A street word in the plural ("Aves", "Streets", "Roads"): the last
/// word of two streets named at a corner ("Church and New York Aves.").
pub(crate) fn is_streets_plural(folded: &str) -> bool {
    folded
        .strip_suffix('s')
        .is_some_and(crate::lex::words::is_street_word)
}
lexicon!(
    /// Word after a place name that keeps it a place (folded): an event,
    /// venue, public body, direction or time of that place.
    is_place_keeper,
    PLACE_KEEPER
);
lexicon!(
    /// Noun of a shop or eating place (folded).
    is_shop_noun,
    SHOP_NOUN
);
lexicon!(
    /// Verb of saying (folded).
    is_speech_verb,
    SPEECH_VERB
);
lexicon!(
    /// A first name of the list (folded), as written.
    is_listed_first_name,
    LISTED_FIRST_NAME
);

/// Common first name (folded): one of the list, or a given name joined of
/// listed parts, by a hyphen ("mary-kate", "jo-ann", "anne-marie": every
/// part listed) or by an apostrophe after a short prefix ("d'andre",
/// "de'andre": the part after it listed; never the surname prefix "o'").
pub(crate) fn is_first_name(folded: &str) -> bool {
    is_listed_first_name(folded) || joined_first_name(folded)
}

/// Most letters of the prefix before the apostrophe of a given name
/// ("D'", "De'", "Ja'", "Tra'").
pub(crate) const GIVEN_NAME_PREFIX_MAX: usize = 3;

/// The compound given names of [`is_first_name`].
fn joined_first_name(folded: &str) -> bool {
    if folded.contains('-') {
        return folded.split('-').all(is_listed_first_name);
    }
    match folded.split_once('\'') {
        Some((prefix, rest)) => {
            given_name_prefix(prefix) && prefix != "o" && is_listed_first_name(rest)
        }
        None => false,
    }
}

/// Whether `prefix` (the letters before an apostrophe inside a word) may
/// open a given name: one to [`GIVEN_NAME_PREFIX_MAX`] letters.
pub(crate) fn given_name_prefix(prefix: &str) -> bool {
    let n = prefix.chars().count();
    (1..=GIVEN_NAME_PREFIX_MAX).contains(&n) && prefix.chars().all(char::is_alphabetic)
}

/// Month or weekday, full or abbreviated (folded): the lex tables.
pub(crate) fn is_date_word(folded: &str) -> bool {
    crate::lex::words::month(folded).is_some() || crate::lex::words::weekday(folded).is_some()
}

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
    fn one_table_answers_every_list() {
        // a word on two lists has both bits; the lookups read the bits
        let councillor = lists_of("councillor");
        assert!(councillor.any(TITLE_HEAD) && councillor.any(CIVIC_TITLE));
        assert!(!councillor.any(LISTED_FIRST_NAME.or(DEMONYM)));
        assert!(lists_of("dr").any(HONORIFIC) && is_honorific("dr"));
        assert_eq!(lists_of("quixotry"), Lists::default());
        // every word of every list reads back from the table
        for &(bit, lists) in TABLES {
            for w in lists.iter().flat_map(|l| l.split_whitespace()) {
                assert!(lists_of(&fold(w)).any(bit), "{w}");
            }
        }
    }

    #[test]
    fn lookups() {
        assert!(is_title_head("secretary"));
        assert!(is_title_head("gen"));
        assert!(is_first_name("lloyd"));
        assert!(!is_first_name("austin-x"));
        // given names joined by a hyphen or after an apostrophe's prefix
        assert!(is_first_name("mary-kate"));
        assert!(is_first_name("d'andre"));
        assert!(is_first_name("de'andre"));
        assert!(!is_first_name("o'neal"));
        assert!(!is_first_name("smith's"));
        assert!(!is_first_name("mary-"));
        assert_eq!(gazetteer().get("kiev"), Some(&(GazKind::Place, "Kyiv")));
        assert_eq!(
            gazetteer().get("al qaida"),
            Some(&(GazKind::Org, "al-Qaeda"))
        );
        assert!(is_speech_verb("said"));
        assert!(is_demonym("ukrainians"));
    }
}
