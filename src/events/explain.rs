//! Why two documents are, or are not, in one event cluster
//! (`concord cluster --explain`).
//!
//! Consumes what the clustering kept of its run ([`Trace`]: the document
//! vectors, the LSH candidate pairs, the verified edges and the linkage
//! threshold) and its [`Assignment`]; produces a [`PairExplanation`] per
//! pair asked about: the text similarity, whether LSH made the pair
//! candidates, every rule's verdict with the values each side gave it, and
//! the outcome (linked directly or through which members, or kept apart by
//! which rule between which members, or by an average below the
//! threshold).
//!
//! No decision is made twice: the pair verdicts are
//! [`score::judge`]'s and [`score::hard_veto`]'s, the very functions the
//! clustering scores and tests merges with. The trace is only kept when
//! an explanation is asked for; clustering without one costs nothing more.

use super::cluster::{Assignment, Edge, MAX_MERGE_CHECKS};
use super::features::{DocVector, PersonKey, ORG};
use super::score::{self, HardRule, PairScore, PairVerdicts};
use super::{kinds, prior, EventConfig};
use crate::document::DocIndex;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt::Write as _;

/// What a clustering run keeps for explanations.
#[derive(Debug, Clone)]
pub struct Trace {
    /// The settings of the run.
    pub config: EventConfig,
    /// Every document's vector, in input order.
    pub vectors: Vec<DocVector>,
    /// The LSH candidate pairs (smaller index first), sorted.
    pub candidates: Vec<(DocIndex, DocIndex)>,
    /// The verified pairs linkage ran on (after the per-document pruning),
    /// sorted by (a, b).
    pub edges: Vec<Edge>,
    /// The linkage threshold used (after calibration).
    pub threshold: f64,
    /// `copies[i]`: the document `i` is a near-duplicate of, when the
    /// clusters of copies were joined after linkage.
    pub copies: Option<Vec<DocIndex>>,
}

/// How a pair ended.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Outcome {
    /// In one cluster, linked along this path of documents (two documents:
    /// a direct link), each step a kept edge or a near-duplicate copy.
    Joined {
        /// The documents from `a` to `b`.
        path: Vec<DocIndex>,
    },
    /// In one cluster, with no path of kept links found (cannot happen
    /// with a consistent trace; said rather than hidden).
    JoinedNoPath,
    /// In two clusters, one pair of whose members (maybe `a` and `b`
    /// themselves) has hard evidence of two incidents: the clusters can
    /// never merge.
    Vetoed {
        /// The rule.
        rule: HardRule,
        /// The member of `a`'s cluster.
        from: DocIndex,
        /// The member of `b`'s cluster.
        to: DocIndex,
    },
    /// In two clusters whose average link (kept edges summed over all
    /// cross pairs, others 0) is below the threshold.
    Apart {
        /// The average link between the two clusters.
        average: f64,
        /// The linkage threshold.
        threshold: f64,
    },
}

/// One rule of hard evidence with its own verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct HardVerdict {
    /// The rule.
    pub rule: HardRule,
    /// Whether its evidence is there ([`HardRule::fires`]).
    pub fires: bool,
}

/// What one side of a pair gives the rules.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Side {
    /// Its time anchor as `YYYY-MM-DD` and its source, if any.
    pub anchor: Option<String>,
    /// The day ranges it states (first and last day).
    pub mentions: Vec<String>,
    /// Its most named people (`initial surname ×mentions`, organisations
    /// left out), at most five.
    pub people: Vec<String>,
    /// Hashes of the places its headline, dateline and lead name.
    pub lead_places: Vec<String>,
    /// The streets its lead sets the incident on.
    pub streets: Vec<String>,
    /// Ages it gives (`initial surname years`).
    pub ages: Vec<String>,
    /// The parts it gives named people (`initial surname victim`).
    pub roles: Vec<String>,
    /// The kind of its main incident with the words that told it, and
    /// the other kinds it names ([`kinds::describe`]).
    pub kinds: String,
    /// The acts of organisations its headline and lead tell
    /// (`actor -> target`, `*` after an actor its headline names).
    pub acts: Vec<String>,
}

/// Why two documents are or are not in one cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct PairExplanation {
    /// The first document.
    pub a: DocIndex,
    /// The second document.
    pub b: DocIndex,
    /// Whether LSH made the pair candidates.
    pub candidate: bool,
    /// Every rule's verdict on the pair, as clustering scores it.
    pub verdicts: PairVerdicts,
    /// The score from the verdicts.
    pub score: PairScore,
    /// Whether the pair was among the edges linkage ran on.
    pub kept: bool,
    /// The main person the two share (one side's key, the other's), if
    /// any, and what it weighs against the time between the two
    /// ([`score::shared_person_evidence`]): when it
    /// [overrides](score::SharedPerson::overrides), it switches off every
    /// hard rule but ages.
    pub shared_person: Option<(String, String, score::SharedPerson)>,
    /// Each hard rule's own verdict (before the shared-person switch).
    pub hard_rules: Vec<HardVerdict>,
    /// What each side gives the rules.
    pub sides: [Side; 2],
    /// Whether the two are in one cluster.
    pub same_cluster: bool,
    /// How it ended.
    pub outcome: Outcome,
}

/// Non-members of a document's cluster [`explain_document`] explains,
/// at most: its nearest by score.
pub const NEAREST_NON_MEMBERS: usize = 3;

/// Members of a document's cluster [`explain_document`] explains, at
/// most (the first in input order).
pub const MAX_MEMBERS: usize = 24;

fn key(p: &PersonKey) -> String {
    if p.initial == ' ' {
        p.surname.to_string()
    } else if p.given.is_empty() {
        format!("{}. {}", p.initial, p.surname)
    } else {
        format!("{} {}", p.given, p.surname)
    }
}

fn day(d: i64) -> String {
    let (y, m, dd) = crate::lex::calendar::civil_from_days(d);
    format!("{y:04}-{m:02}-{dd:02}")
}

fn side(v: &DocVector) -> Side {
    Side {
        anchor: v
            .anchor
            .map(|x| format!("{} ({:?})", day(x.day), x.source).to_lowercase()),
        mentions: v
            .mentions
            .iter()
            .map(|&(s, e)| {
                if s == e {
                    day(s)
                } else {
                    format!("{}..{}", day(s), day(e))
                }
            })
            .collect(),
        people: v
            .persons
            .iter()
            .filter(|p| p.initial != ORG)
            .take(5)
            .map(|p| {
                let official = if p.official { " (official)" } else { "" };
                format!("{} x{}{official}", key(p), p.mentions)
            })
            .collect(),
        lead_places: v
            .frame
            .lead_places
            .iter()
            .map(|h| format!("{h:016x}"))
            .collect(),
        streets: v.frame.streets.iter().map(|s| s.to_string()).collect(),
        ages: v
            .frame
            .ages
            .iter()
            .map(|a| format!("{} {} {}", a.initial, a.surname, a.years))
            .collect(),
        roles: v
            .frame
            .roles
            .iter()
            .map(|r| format!("{} {} {:?}", r.initial, r.surname, r.role).to_lowercase())
            .collect(),
        kinds: kinds::describe(&v.frame.incident),
        acts: v
            .frame
            .acts
            .iter()
            .map(|a| {
                let star = if a.headlined { "*" } else { "" };
                format!(
                    "{}{star} -> {}",
                    a.actor,
                    a.target.as_deref().unwrap_or("?")
                )
            })
            .collect(),
    }
}

impl Trace {
    fn few(&self) -> bool {
        self.vectors.len() as u64 <= prior::FEW_DOCUMENTS
    }

    fn edge(&self, a: DocIndex, b: DocIndex) -> Option<&Edge> {
        let (lo, hi) = (a.min(b), a.max(b));
        self.edges
            .binary_search_by(|e| (e.a, e.b).cmp(&(lo, hi)))
            .ok()
            .and_then(|i| self.edges.get(i))
    }

    /// Links inside a cluster: kept edges that count for a merge (positive,
    /// no hard evidence) and copies, per document, sorted.
    fn links(&self, members: &BTreeSet<DocIndex>) -> BTreeMap<DocIndex, BTreeSet<DocIndex>> {
        let mut adj: BTreeMap<DocIndex, BTreeSet<DocIndex>> = BTreeMap::new();
        let mut add = |x: DocIndex, y: DocIndex| {
            if x != y && members.contains(&x) && members.contains(&y) {
                adj.entry(x).or_default().insert(y);
                adj.entry(y).or_default().insert(x);
            }
        };
        for e in &self.edges {
            if !e.conflict && e.similarity > 0.0 {
                add(e.a, e.b);
            }
        }
        if let Some(copies) = &self.copies {
            for (i, &k) in copies.iter().enumerate() {
                add(i as DocIndex, k);
            }
        }
        adj
    }
}

fn members(assignment: &Assignment, of: DocIndex) -> BTreeSet<DocIndex> {
    let Some(&c) = assignment.cluster.get(of as usize) else {
        return BTreeSet::new();
    };
    (0..assignment.cluster.len() as DocIndex)
        .filter(|&i| assignment.cluster.get(i as usize) == Some(&c))
        .collect()
}

/// The shortest path of links from `a` to `b` inside `set` (breadth
/// first, neighbours in index order: deterministic).
fn path(
    links: &BTreeMap<DocIndex, BTreeSet<DocIndex>>,
    a: DocIndex,
    b: DocIndex,
) -> Option<Vec<DocIndex>> {
    let mut prev: BTreeMap<DocIndex, DocIndex> = BTreeMap::new();
    let mut queue = VecDeque::from([a]);
    prev.insert(a, a);
    while let Some(x) = queue.pop_front() {
        if x == b {
            let mut out = vec![b];
            let mut at = b;
            while at != a {
                at = *prev.get(&at)?;
                out.push(at);
            }
            out.reverse();
            return Some(out);
        }
        for &y in links.get(&x).into_iter().flatten() {
            if let std::collections::btree_map::Entry::Vacant(e) = prev.entry(y) {
                e.insert(x);
                queue.push_back(y);
            }
        }
    }
    None
}

/// Explains the pair `a`, `b` (document indices) of a run. `None` when
/// either index is out of range.
pub fn explain_pair(
    trace: &Trace,
    assignment: &Assignment,
    a: DocIndex,
    b: DocIndex,
) -> Option<PairExplanation> {
    let (va, vb) = (
        trace.vectors.get(a as usize)?,
        trace.vectors.get(b as usize)?,
    );
    let window = trace.config.window();
    let verdicts = score::judge(va, vb, window, trace.few());
    let score = verdicts.score();
    let same_cluster = assignment.cluster.get(a as usize) == assignment.cluster.get(b as usize);
    let outcome = if same_cluster {
        let set = members(assignment, a);
        path(&trace.links(&set), a, b)
            .map_or(Outcome::JoinedNoPath, |path| Outcome::Joined { path })
    } else {
        apart(trace, assignment, a, b, &verdicts)
    };
    let (lo, hi) = (a.min(b), a.max(b));
    Some(PairExplanation {
        a,
        b,
        candidate: trace.candidates.binary_search(&(lo, hi)).is_ok(),
        score,
        kept: trace.edge(a, b).is_some(),
        shared_person: score::shared_main_person(va, vb)
            .zip(score::shared_person_evidence(va, vb))
            .map(|((p, q), weight)| (key(p), key(q), weight)),
        hard_rules: HardRule::ALL
            .iter()
            .map(|&rule| HardVerdict {
                rule,
                fires: window.is_some() && rule.fires(va, vb),
            })
            .collect(),
        sides: [side(va), side(vb)],
        verdicts,
        same_cluster,
        outcome,
    })
}

/// Why `a` and `b`, in two clusters, stayed apart: a pair of members
/// with hard evidence between them (the pair itself first; then members
/// in input order, bounded as a merge's test is by [`MAX_MERGE_CHECKS`]),
/// else the clusters' average link.
fn apart(
    trace: &Trace,
    assignment: &Assignment,
    a: DocIndex,
    b: DocIndex,
    verdicts: &PairVerdicts,
) -> Outcome {
    if let Some(rule) = verdicts.hard {
        return Outcome::Vetoed {
            rule,
            from: a,
            to: b,
        };
    }
    let (ma, mb) = (members(assignment, a), members(assignment, b));
    if trace.config.window().is_some() {
        for &x in ma.iter().take(MAX_MERGE_CHECKS) {
            for &y in mb.iter().take(MAX_MERGE_CHECKS) {
                let (Some(vx), Some(vy)) =
                    (trace.vectors.get(x as usize), trace.vectors.get(y as usize))
                else {
                    continue;
                };
                if let Some(rule) = score::hard_veto(vx, vy) {
                    return Outcome::Vetoed {
                        rule,
                        from: x,
                        to: y,
                    };
                }
            }
        }
    }
    let sum: f64 = trace
        .edges
        .iter()
        .filter(|e| {
            (ma.contains(&e.a) && mb.contains(&e.b)) || (ma.contains(&e.b) && mb.contains(&e.a))
        })
        .map(|e| e.similarity)
        .sum();
    let pairs = (ma.len() * mb.len()).max(1) as f64;
    Outcome::Apart {
        average: sum / pairs,
        threshold: trace.threshold,
    }
}

/// Explains document `a` against the other members of its cluster (at
/// most [`MAX_MEMBERS`]) and its [`NEAREST_NON_MEMBERS`] nearest
/// non-members (by score, among its candidate pairs; ties by index).
pub fn explain_document(
    trace: &Trace,
    assignment: &Assignment,
    a: DocIndex,
) -> Vec<PairExplanation> {
    let own = members(assignment, a);
    let mut out: Vec<PairExplanation> = own
        .iter()
        .filter(|&&m| m != a)
        .take(MAX_MEMBERS)
        .filter_map(|&m| explain_pair(trace, assignment, a, m))
        .collect();
    let mut others: Vec<PairExplanation> = trace
        .candidates
        .iter()
        .filter_map(|&(x, y)| match (x == a, y == a) {
            (true, _) => Some(y),
            (_, true) => Some(x),
            _ => None,
        })
        .filter(|o| !own.contains(o))
        .filter_map(|o| explain_pair(trace, assignment, a, o))
        .collect();
    others.sort_by(|x, y| {
        y.score
            .similarity
            .total_cmp(&x.score.similarity)
            .then(x.b.cmp(&y.b))
    });
    out.extend(others.into_iter().take(NEAREST_NON_MEMBERS));
    out
}

fn list(xs: &[String]) -> String {
    if xs.is_empty() {
        "-".into()
    } else {
        xs.join(", ")
    }
}

impl PairExplanation {
    /// The explanation as text lines, documents named by `name` (their
    /// ids): the similarity, the verdict of every rule, the values each
    /// side gave them, the outcome.
    pub fn render(&self, name: &dyn Fn(DocIndex) -> String) -> String {
        let (na, nb) = (name(self.a), name(self.b));
        let mut s = String::new();
        let v = &self.verdicts;
        let _ = writeln!(s, "explain {na} {nb}:");
        let _ = writeln!(
            s,
            "  similarity: cosine {:.3} + name variants {:.3}; LSH candidates: {}; score {:.3} (affinity {:.3}); kept edge: {}",
            v.cosine,
            v.person_variants,
            yes(self.candidate),
            self.score.similarity,
            self.score.affinity,
            yes(self.kept),
        );
        let soft: Vec<String> = v.soft.iter().map(snake).collect();
        let _ = writeln!(s, "  soft evidence against: {}", list(&soft));
        match &self.shared_person {
            Some((p, q, weight)) => {
                let effect = if weight.overrides() {
                    "switches off every hard rule but ages"
                } else {
                    "too weak for the time between them: switches off nothing"
                };
                let _ = writeln!(
                    s,
                    "  shared main person: {p} / {q} ({}: {effect})",
                    snake(weight)
                );
            }
            None => {
                let _ = writeln!(s, "  shared main person: none");
            }
        }
        let overrides = self
            .shared_person
            .as_ref()
            .is_some_and(|(_, _, weight)| weight.overrides());
        for h in &self.hard_rules {
            let applies = if h.fires && overrides && h.rule.yields_to_shared_person() {
                "fires, switched off"
            } else if h.fires {
                "fires"
            } else {
                "no"
            };
            let _ = writeln!(s, "  hard rule {}: {applies}", snake(&h.rule));
        }
        for (n, side) in [(&na, &self.sides[0]), (&nb, &self.sides[1])] {
            let _ = writeln!(
                s,
                "  {n}: anchor {}; days stated {}; people {}; lead places {}; streets {}; ages {}; roles {}; kind {}; acts {}",
                side.anchor.as_deref().unwrap_or("-"),
                list(&side.mentions),
                list(&side.people),
                list(&side.lead_places),
                list(&side.streets),
                list(&side.ages),
                list(&side.roles),
                side.kinds,
                list(&side.acts),
            );
        }
        let outcome = match &self.outcome {
            Outcome::Joined { path } if path.len() <= 2 => "same cluster, linked directly".into(),
            Outcome::Joined { path } => {
                let through: Vec<String> = path.iter().map(|&i| name(i)).collect();
                format!("same cluster, linked through {}", through.join(" -> "))
            }
            Outcome::JoinedNoPath => "same cluster (no path of kept links found)".into(),
            Outcome::Vetoed { rule, from, to } => format!(
                "apart, vetoed by {} between {} and {}",
                snake(rule),
                name(*from),
                name(*to)
            ),
            Outcome::Apart { average, threshold } => format!(
                "apart, average link between the clusters {average:.3} below threshold {threshold:.3}"
            ),
        };
        let _ = writeln!(s, "  outcome: {outcome}");
        s
    }
}

fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// A rule's name as its serde form ("places_differ").
fn snake<T: serde::Serialize>(rule: &T) -> String {
    serde_json::to_value(rule)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
