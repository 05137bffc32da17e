//! Frames of news sentences, in our own words.

use super::*;
use crate::facts::{extract, CivilDate, ExtractContext};

fn show(text: &str) -> String {
    let ctx = ExtractContext {
        published: Some(CivilDate {
            year: 2010,
            month: 5,
            day: 5,
        }),
        ..Default::default()
    };
    let facts = extract(text, &ctx);
    let doc = ClaimDoc::new(text, &facts);
    let mut out = String::new();
    for (f, fr) in facts.iter().zip(&doc.frames) {
        if let Some(fr) = fr {
            out.push_str(&format!(
                "{:?} {:?}: head={:?} comp={:?} mods={:?} proper={:?} scope={:?} of={:?} pred={:?} names={:?} role={:?} phrase={:?} anchors={:?}\n",
                f.kind,
                &text[f.span.start..f.span.end],
                fr.head.as_ref().map(|h| &h.base),
                fr.compound,
                fr.modifiers,
                fr.proper,
                fr.scope,
                fr.of,
                fr.predicate.as_ref().map(|p| &p.base),
                fr.names,
                fr.role,
                fr.phrase,
                fr.anchors,
            ));
        }
    }
    out
}

#[test]
fn scratch() {
    for t in [
        "Two Republican state senators voted against it, while three Republican senators abstained.",
        "An Israeli airstrike killed at least 12 members of the Daya family on Tuesday.",
        "About 32 million people tuned in last year, compared with 55.3 million in 1998.",
        "Four Israeli civilians were killed and 12 were wounded.",
        "This most recent security assistance package, worth $175 million, includes arms.",
        "A 50-year-old tipster told police that the 48-year-old victim ran.",
        "The Sixers have lost eight of their last 10 games and went 18 of its next 23 games.",
        "She hosted the Emmys in 2005, and Whoopi Goldberg hosted the Oscars in 1994.",
        "PUBLISHED: MONDAY, MARCH 11, 2013\nPolice said the vigil drew more than 100 people on Monday.",
        "Wed May 5, 2010 7:12pm BST\nThree people were killed when protesters threw petrol bombs at a bank in Athens on Wednesday.",
        "The team made its offer, reportedly worth about US $160 million, during the winter meetings.",
        "The blast left three people dead and injured 20 others.",
        "Felt revealed his identity in 2005 in Vanity Fair.",
        "WASHINGTON, April 10 (Reuters) - The Senate voted 52-48 on Tuesday to confirm him.",
    ] {
        println!("{t}\n{}", show(t));
    }
}
