//! Names across the documents of one event: people, places and
//! organisations, one aligned fact per entity.
//!
//! Consumes each document's name facts and claims; produces
//! [`AlignedFact`]s of kind person, place or organisation. Never compares
//! names by string similarity alone ([`names::same_person`] decides).

use crate::claim::ClaimDoc;
use crate::document::DocIndex;
use crate::facts::{names, FactKind, FactValue};
use std::collections::{BTreeMap, BTreeSet};

use super::{AlignedFact, ClaimInfo, EventDoc, Mention, StatedValue, Status};

/// People, places and organisations: one aligned fact per entity. People
/// named in full are grouped by canonical key, then a person's surname-only
/// or initial forms join the one full name they can denote
/// ([`names::same_person`]); an ambiguous short form stays apart.
pub(super) fn align(
    docs: &[EventDoc<'_>],
    claims: &[ClaimDoc],
    unit_of: &dyn Fn(DocIndex) -> usize,
) -> Vec<AlignedFact> {
    struct N {
        kind: FactKind,
        key: String,
        shown: String,
        words: usize,
        mention: Mention,
    }
    let mut ns: Vec<N> = Vec::new();
    for (d, claim) in docs.iter().zip(claims) {
        for f in d.facts {
            if !matches!(f.kind, FactKind::Person | FactKind::Place | FactKind::Org) {
                continue;
            }
            let FactValue::Text(name) = &f.value else {
                continue;
            };
            let key = names::canonical_key(name);
            if key.is_empty() {
                continue;
            }
            ns.push(N {
                kind: f.kind,
                words: key.split(' ').count(),
                key,
                shown: name.clone(),
                mention: Mention {
                    doc: d.index,
                    span: f.span,
                    sentence: claim.tokens.sentence_span(f.span),
                    qualifier: None,
                },
            });
        }
    }
    // Groups keyed by (kind, canonical key), in order of first mention.
    let mut group_of: BTreeMap<(FactKind, &str), usize> = BTreeMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    // Full person names first, so short forms can join them.
    let mut order: Vec<usize> = (0..ns.len()).collect();
    order.sort_by_key(|&i| (ns[i].kind == FactKind::Person && ns[i].words < 2, i));
    for i in order {
        let n = &ns[i];
        if let Some(&g) = group_of.get(&(n.kind, n.key.as_str())) {
            groups[g].push(i);
            continue;
        }
        if n.kind == FactKind::Person {
            let candidates: BTreeSet<usize> = group_of
                .iter()
                .filter(|((k, key), _)| *k == FactKind::Person && names::same_person(key, &n.key))
                .map(|(_, &g)| g)
                .collect();
            if candidates.len() == 1 {
                if let Some(&g) = candidates.first() {
                    groups[g].push(i);
                    continue;
                }
            }
        }
        group_of.insert((n.kind, n.key.as_str()), groups.len());
        groups.push(vec![i]);
    }
    groups
        .into_iter()
        .map(|mut g| {
            g.sort_unstable_by_key(|&i| ns[i].mention);
            let units: BTreeSet<usize> = g.iter().map(|&i| unit_of(ns[i].mention.doc)).collect();
            let lead = g
                .iter()
                .copied()
                .max_by_key(|&i| (ns[i].words, std::cmp::Reverse(i)))
                .unwrap_or(g[0]);
            let mut docs_in: Vec<DocIndex> = g.iter().map(|&i| ns[i].mention.doc).collect();
            docs_in.dedup();
            AlignedFact {
                kind: ns[lead].kind,
                key: ns[lead].shown.clone(),
                status: if units.len() >= 2 {
                    Status::Agree
                } else {
                    Status::SingleSource
                },
                values: vec![StatedValue {
                    value: FactValue::Text(ns[lead].shown.clone()),
                    qualifier: None,
                    docs: docs_in,
                    mentions: g.iter().map(|&i| ns[i].mention).collect(),
                }],
                claim: ClaimInfo::default(),
                evidence: Vec::new(),
                copies: Vec::new(),
            }
        })
        .collect()
}
