//! Why two mentions are or are not one claim, in words: a development aid
//! for `examples/explain.rs`.

use super::*;

/// Why two mentions are or are not one claim, in words (a development
/// aid: [`crate::compare::explain_pair`] builds the mentions as the report
/// does).
pub(crate) fn explain(x: &M<'_>, y: &M<'_>) -> String {
    let r = relation(x, y);
    let class = (x.class(), y.class());
    if class.0 != class.1 || sole::bucket_kind(x) != sole::bucket_kind(y) {
        return format!("{r:?}; different class {class:?}");
    }
    if let Some(why) = apart(x, y, r) {
        return format!("{r:?}; apart: {why}");
    }
    match tie(x, y, r) {
        Some((score, t)) => format!("{r:?}; tied (score {score:.3}): {t:?}"),
        None => format!(
            "{r:?}; not enough to tie: similarity {:.3}, background {} {}",
            similarity(x.frame, y.frame),
            x.background(),
            y.background()
        ),
    }
}
