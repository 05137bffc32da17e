//! Why two mentions are or are not one claim, in words: a development aid
//! for `examples/explain.rs`.

use super::*;

/// A figure or date of one document, for [`explain`].
#[doc(hidden)]
pub struct Side<'a> {
    /// The document.
    pub doc: DocIndex,
    /// The fact.
    pub fact: &'a Fact,
    /// Its frame.
    pub frame: &'a Frame,
    /// Publication day (days from 1970-01-01).
    pub published: Option<i64>,
    /// Day ranges of the dates in its clause.
    pub anchors: Vec<(i64, i64)>,
    /// The mention as written.
    pub surface: &'a str,
}

/// Why two mentions are or are not one claim, in words (a development
/// aid: `examples/explain.rs`).
#[doc(hidden)]
pub fn explain<'a>(a: &Side<'a>, b: &Side<'a>) -> String {
    let m = |s: &Side<'a>| M {
        doc: s.doc,
        fact: s.fact,
        frame: s.frame,
        published: s.published,
        dated: s.published.is_some(),
        anchors: s.anchors.clone(),
        sentence: s.fact.span,
        hedge: None,
        surface: s.surface,
        clause_text: "",
        sentence_text: "",
        siblings: Vec::new(),
        within_day: None,
        offset: None,
        notes: false,
    };
    let (x, y) = (m(a), m(b));
    let r = relation(&x, &y);
    let class = (x.class(), y.class());
    if class.0 != class.1 || sole::bucket_kind(&x) != sole::bucket_kind(&y) {
        return format!("{r:?}; different class {class:?}");
    }
    if let Some(why) = apart(&x, &y, r) {
        return format!("{r:?}; apart: {why}");
    }
    match tie(&x, &y, r) {
        Some((score, t)) => format!("{r:?}; tied (score {score:.3}): {t:?}"),
        None => format!(
            "{r:?}; not enough to tie: similarity {:.3}, background {} {}",
            similarity(x.frame, y.frame),
            x.background(),
            y.background()
        ),
    }
}
