//! Integration tests: one test binary (as ripgrep does), one module per
//! area. They run the real `concord` binary on fixtures under `tests/data/`
//! and on corpora generated from fixed seeds; nothing here reads outside
//! the repository.

mod claims;
mod cluster;
mod dates;
mod dedup;
mod disagreements;
mod facts;
mod groups;
mod hedges;
mod names_quotes;
mod news_facts;
mod numeric_fixtures;
mod output;
mod owntime;
mod report;
mod util;
