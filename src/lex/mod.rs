//! The word layer under every analysis: one token type with byte spans
//! into the original text, the word tables as data, and the calendar.
//!
//! Consumes text; produces [`Tokens`] (words, digit runs, symbols; see
//! [`token`]), each token with the mask of what it can start ([`can`]), contractions of a pronoun and a verb ([`contraction`]), word lookups ([`words`], [`units`], [`currency`],
//! [`happenings`], [`incidents`], [`verb_families`], [`kinds`], [`people`], WordNet's
//! words of one meaning [`wordnet`]) and their hasher ([`hash`]), Brill's English lexicon
//! ([`lexicon`]), the
//! conventions of a text's English ([`locale`]) and calendar arithmetic
//! ([`calendar`]). A leaf: it depends on no other
//! module of the crate. `facts` builds its numerals, dates, figures and
//! names over it; `events` and `compare` use its tables and calendar.
//! Never panics on any input; tokenizing is one linear pass.

pub mod calendar;
pub mod can;
pub mod contraction;
pub mod currency;
pub mod happenings;
pub mod hash;
pub mod incidents;
pub mod kinds;
pub mod lexicon;
pub mod locale;
pub mod memo;
pub mod people;
pub mod token;
pub mod units;
pub mod verb_families;
pub mod wordnet;
pub mod words;

pub use calendar::CivilDate;
pub use can::Can;
pub use locale::{Locale, Region};
pub use token::{Kind, Token, Tokens};
