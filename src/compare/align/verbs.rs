//! Rule `two_verbs`: two reporters tell one count with two verbs that no
//! table relates ("eleven coaches jumped the tracks", "12 coaches
//! derailed").
//!
//! Two verbs of two known classes of acts ("killed", "injured";
//! "arrested", "charged"; "sold", "evacuated" against any other verb:
//! [`lemma::known_act`]) are evidence of two claims, and so is a verb
//! WordNet relates to a class against another verb; the check
//! "different predicates" of [`super::apart`] stays hard for them. Two
//! verbs that no class, family or WordNet relation knows are weak
//! evidence only: news writers tell one fact in their own words. This
//! rule ties two different counts of two documents under such verbs when
//! the rest agrees strongly:
//!
//! - **one counted thing**: a count of one noun with the same compound
//!   nouns and modifiers ([`sole::noun_key`]), never a noun that counts
//!   nothing on its own or a crowd (each side estimates it); or a measure
//!   of one dimension of one substance (a shared of-complement: "1.2
//!   tonnes of cocaine", "1,150kg of cocaine");
//! - **told of what befell the things**: in both clauses the figure
//!   stands before its verb, as its subject ("eleven coaches jumped",
//!   "27 graves were desecrated"): two acts an agent did to one noun
//!   ("the club sold 5,000 tickets", "printed 5,600 tickets") are two
//!   claims;
//! - **settled figures of the article's own time** (unhedged, no scope,
//!   not proposed, not negated, no word of another time: those of
//!   [`counted`]), in articles at most a day apart, within
//!   [`WEAK_RATIO`] of each other;
//! - **each report's only value** of that counted thing: a report that
//!   gives two (under either verb) is left to the ordinary ties; a figure
//!   with no verb of its own ("It had 16 carriages": what the things are)
//!   is not a second value;
//! - **one event's words**: a name of the clauses shared, or sentences
//!   at least [`SIMILAR_WITH_FRAME`] alike; and nothing of
//!   [`counted`]'s `told_apart` (other people, places, organisations,
//!   complements, a total against a part, opposed estimators).

use super::*;

/// The rule, as the evidence names it.
pub(super) const TWO_VERBS: &str = "two_verbs";

/// Largest ratio between two counts the rule ties: tighter than the hedge
/// ratio, since the verbs say nothing for the tie.
const WEAK_RATIO: f64 = 1.35;

/// The rule's view of an event's mentions: which documents state two
/// different values of one counted thing.
pub(super) struct TwoVerbs {
    keys: Vec<Option<String>>,
    twice: BTreeSet<(DocIndex, String)>,
}

impl TwoVerbs {
    /// Reads the mentions of one event.
    pub(super) fn new(ms: &[M<'_>]) -> TwoVerbs {
        let keys: Vec<Option<String>> = ms.iter().map(key).collect();
        let mut twice = BTreeSet::new();
        for (i, (a, ka)) in ms.iter().zip(&keys).enumerate() {
            let Some(ka) = ka else { continue };
            if !competes(a) {
                continue;
            }
            for (b, kb) in ms.iter().zip(&keys).skip(i + 1) {
                if b.doc == a.doc
                    && kb.as_ref() == Some(ka)
                    && competes(b)
                    && values::relation(&a.fact.value, None, &b.fact.value, None) != Relation::Same
                {
                    twice.insert((a.doc, ka.clone()));
                }
            }
        }
        TwoVerbs { keys, twice }
    }

    /// Whether the rule makes mentions `i` and `j` of `ms` (the mentions
    /// [`TwoVerbs::new`] read), of relation `rel`, one claim.
    pub(super) fn one_claim(&self, ms: &[M<'_>], i: usize, j: usize, rel: Relation) -> bool {
        let (Some(a), Some(b)) = (ms.get(i), ms.get(j)) else {
            return false;
        };
        let (Some(Some(ka)), Some(Some(kb))) = (self.keys.get(i), self.keys.get(j)) else {
            return false;
        };
        let (fa, fb) = (a.frame, b.frame);
        rel == Relation::Incompatible
            && a.doc != b.doc
            && ka == kb
            && !self.twice.contains(&(a.doc, ka.clone()))
            && !self.twice.contains(&(b.doc, kb.clone()))
            && unrelated_verbs(a, b)
            && a.hedge.is_none()
            && b.hedge.is_none()
            && counted::own_figure(a)
            && counted::own_figure(b)
            && counted::days_apart(a, b).is_none_or(|d| d <= 1)
            && within(a, b)
            && told_first(a)
            && told_first(b)
            && (!clause_names(fa, fb).is_empty() || similarity(fa, fb) >= SIMILAR_WITH_FRAME)
            && !counted::told_apart(a, b)
    }
}

/// Whether a figure competes for its report's one value of a counted
/// thing ([`counted::competes`]) under the rule: a figure with no verb of
/// its own ("It had 16 carriages", "the 16-carriage train") says what the
/// things are, not what befell them, and never stands for a verb's count.
fn competes(m: &M<'_>) -> bool {
    counted::competes(m) && m.frame.predicate.is_some()
}

/// Whether the rule answers an apart reason: only two verbs.
pub(super) fn answers(why: &str) -> bool {
    why == "different predicates"
}

/// What a figure counts, for the rule: a count's noun with its compound
/// nouns and modifiers, or a measure's dimension with its of-complement.
fn key(m: &M<'_>) -> Option<String> {
    let f = m.frame;
    match m.fact.kind {
        FactKind::Count => {
            let head = f.head.as_ref()?.base.as_str();
            if counted::EMPTY_HEADS.contains(&head) || sole::CROWD_NOUNS.contains(&head) {
                return None;
            }
            let (noun, compound) = sole::noun_key(f)?;
            Some(format!(
                "count {noun}; {}; {}",
                compound.join(" "),
                f.modifiers.join(" ")
            ))
        }
        FactKind::Quantity if !f.of.is_empty() => {
            let mut of = f.of.clone();
            of.sort();
            Some(format!("quantity {}; {}", m.class(), of.join(" ")))
        }
        _ => None,
    }
}

/// Whether two mentions' verbs are two, and of no known class of acts
/// ([`lemma::known_act`]; for a count, the classes of a rise or fall do
/// not count: "jumped the tracks" is no rise).
pub(super) fn unrelated_verbs(a: &M<'_>, b: &M<'_>) -> bool {
    let (Some(x), Some(y)) = (&a.frame.predicate, &b.frame.predicate) else {
        return false;
    };
    let counted = a.fact.kind == FactKind::Count;
    !lemma::same_predicate(&x.base, &y.base)
        && !lemma::known_act(&x.base, counted)
        && !lemma::known_act(&y.base, counted)
}

/// Whether two figures lie within [`WEAK_RATIO`] of each other.
fn within(a: &M<'_>, b: &M<'_>) -> bool {
    match (magnitude(&a.fact.value), magnitude(&b.fact.value)) {
        (Some(x), Some(y)) => x.max(y) / x.min(y) <= WEAK_RATIO,
        _ => false,
    }
}

/// Whether a figure stands before its verb in its clause (the subject of
/// the verb: "eleven coaches jumped", "27 graves were desecrated"), not
/// after it as what an agent acted on ("the club sold 5,000 tickets").
fn told_first(m: &M<'_>) -> bool {
    let Some(p) = &m.frame.predicate else {
        return false;
    };
    let end = m.fact.span.end.saturating_sub(m.frame.clause.start);
    let before = m.fact.span.start.saturating_sub(m.frame.clause.start);
    let word = p.text.to_lowercase();
    let at = |text: &str| {
        text.to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| w == word)
    };
    match (m.clause_text.get(end..), m.clause_text.get(..before)) {
        (Some(after), Some(ahead)) => at(after) && !at(ahead),
        _ => false,
    }
}
