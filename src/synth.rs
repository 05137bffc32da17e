//! Synthetic news-like corpora with planted near-duplicate clusters, for
//! benchmarks and tests (no files needed, fully determined by the seed).
//!
//! Words follow a Zipf law over a pseudo-word vocabulary; a planted cluster
//! is one base article and copies made by word substitutions, insertions,
//! deletions and tail truncation, keeping the base's sentence ends (as
//! edited wire copies do, so intact sentences recur across copies); a share of documents get one of a few
//! shared boilerplate footers, the classic source of false positives.

/// A small, fast, seeded generator (SplitMix64): the same seed gives the
/// same corpus on every platform.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A uniform float in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A uniform integer in `[lo, hi]` (inclusive; `hi >= lo`).
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next_u64() % (hi - lo + 1) as u64) as usize
    }
}

/// Settings of a synthetic corpus.
#[derive(Debug, Clone)]
pub struct SynthConfig {
    /// Number of documents.
    pub docs: usize,
    /// Seed.
    pub seed: u64,
    /// Mean words per article.
    pub words: usize,
    /// Vocabulary size.
    pub vocab: usize,
    /// Share of documents in planted clusters of size ≥ 2.
    pub dup_frac: f64,
    /// Largest planted cluster.
    pub max_cluster: usize,
    /// Per-word probability of each of substitution, insertion, deletion.
    pub edit_rate: f64,
    /// Share of documents with a shared footer.
    pub boilerplate_frac: f64,
}

impl Default for SynthConfig {
    fn default() -> Self {
        SynthConfig {
            docs: 10_000,
            seed: 1,
            words: 500,
            vocab: 30_000,
            dup_frac: 0.4,
            max_cluster: 8,
            edit_rate: 0.005,
            boilerplate_frac: 0.15,
        }
    }
}

/// One synthetic document.
#[derive(Debug, Clone)]
pub struct SynthDoc {
    /// Id, `d0000001` style.
    pub id: String,
    /// Text.
    pub text: String,
    /// Planted cluster number (a singleton has its own).
    pub cluster: usize,
}

struct Zipf {
    words: Vec<String>,
    cum: Vec<f64>,
}

impl Zipf {
    fn new(rng: &mut Rng, size: usize) -> Self {
        const ONSETS: [&str; 20] = [
            "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br",
            "st", "tr", "ch",
        ];
        const VOWELS: [&str; 8] = ["a", "e", "i", "o", "u", "ai", "ea", "ou"];
        const CODAS: [&str; 8] = ["", "", "n", "r", "s", "t", "l", "nd"];
        let mut seen = std::collections::HashSet::new();
        let mut words = Vec::with_capacity(size);
        while words.len() < size {
            let syl = rng.range(1, 3);
            let w: String = (0..syl)
                .map(|_| {
                    format!(
                        "{}{}{}",
                        ONSETS[rng.range(0, ONSETS.len() - 1)],
                        VOWELS[rng.range(0, VOWELS.len() - 1)],
                        CODAS[rng.range(0, CODAS.len() - 1)]
                    )
                })
                .collect();
            if seen.insert(w.clone()) {
                words.push(w);
            }
        }
        words.sort_by_key(|w| w.len());
        let mut total = 0.0;
        let cum = (0..size)
            .map(|r| {
                total += 1.0 / (r + 1) as f64;
                total
            })
            .collect();
        Zipf { words, cum }
    }

    fn word(&self, rng: &mut Rng) -> &str {
        let total = self.cum.last().copied().unwrap_or(1.0);
        let x = rng.next_f64() * total;
        let i = self
            .cum
            .partition_point(|&c| c < x)
            .min(self.words.len() - 1);
        &self.words[i]
    }
}

/// The sentence end in a list of units (words and sentence ends).
const STOP: &str = "";

/// Words cut into sentences of 12–28 words: the units of an article. Copies
/// keep their base's sentence ends, as edited wire copies do.
fn sentences(words: Vec<String>, rng: &mut Rng) -> Vec<String> {
    let mut units = Vec::with_capacity(words.len() + words.len() / 12 + 1);
    let mut left = rng.range(12, 28);
    for w in words {
        units.push(w);
        left -= 1;
        if left == 0 {
            units.push(STOP.to_string());
            left = rng.range(12, 28);
        }
    }
    units.push(STOP.to_string());
    units
}

/// Text of a list of units: words joined by spaces, sentences capitalised
/// and ended by a full stop.
fn render(units: &[String]) -> String {
    let mut out = String::with_capacity(units.len() * 7);
    let mut cap = true;
    for w in units {
        if w == STOP {
            if !out.is_empty() && !out.ends_with('.') {
                out.push('.');
            }
            cap = true;
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if cap {
            let mut c = w.chars();
            if let Some(f) = c.next() {
                out.extend(f.to_uppercase());
                out.push_str(c.as_str());
            }
            cap = false;
        } else {
            out.push_str(w);
        }
    }
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

/// Generates a corpus; documents are shuffled so cluster members are not
/// adjacent.
pub fn generate(config: &SynthConfig) -> Vec<SynthDoc> {
    let mut rng = Rng::new(config.seed);
    let zipf = Zipf::new(&mut rng, config.vocab.max(100));
    let footers: Vec<String> = (0..5)
        .map(|_| {
            let w: Vec<String> = (0..40).map(|_| zipf.word(&mut rng).to_string()).collect();
            render(&sentences(w, &mut rng))
        })
        .collect();
    let mut docs = Vec::with_capacity(config.docs);
    let dup_target = (config.docs as f64 * config.dup_frac) as usize;
    let mut cluster = 0usize;
    while docs.len() < config.docs {
        let size = if docs.len() < dup_target {
            rng.range(2, config.max_cluster.max(2))
                .min(config.docs - docs.len())
        } else {
            1
        };
        let n = rng
            .range(config.words * 3 / 4, config.words * 5 / 4)
            .max(20);
        let words: Vec<String> = (0..n).map(|_| zipf.word(&mut rng).to_string()).collect();
        let base = sentences(words, &mut rng);
        for m in 0..size {
            let mut words = base.clone();
            if m > 0 {
                let mut edited = Vec::with_capacity(words.len() + 8);
                for w in words {
                    if w == STOP {
                        edited.push(w);
                        continue;
                    }
                    let r = rng.next_f64();
                    if r < config.edit_rate {
                        // deleted
                    } else if r < 2.0 * config.edit_rate {
                        edited.push(zipf.word(&mut rng).to_string());
                    } else {
                        edited.push(w);
                    }
                    if rng.next_f64() < config.edit_rate {
                        edited.push(zipf.word(&mut rng).to_string());
                    }
                }
                if rng.next_f64() < 0.2 {
                    let cut = edited.len() - edited.len() * rng.range(0, 15) / 100;
                    edited.truncate(cut.max(1));
                    edited.push(STOP.to_string());
                }
                words = edited;
            }
            let mut text = render(&words);
            if rng.next_f64() < config.boilerplate_frac {
                text.push(' ');
                text.push_str(&footers[rng.range(0, footers.len() - 1)]);
            }
            docs.push(SynthDoc {
                id: String::new(),
                text,
                cluster,
            });
        }
        cluster += 1;
    }
    // Fisher–Yates shuffle, then ids in output order.
    for i in (1..docs.len()).rev() {
        let j = rng.range(0, i);
        docs.swap(i, j);
    }
    for (i, d) in docs.iter_mut().enumerate() {
        d.id = format!("d{i:07}");
    }
    docs
}

/// The corpus as JSONL (`{"id","text","cluster"}` per line).
pub fn to_jsonl(docs: &[SynthDoc]) -> String {
    let mut out = String::new();
    for d in docs {
        let line =
            serde_json::json!({"id": d.id, "text": d.text, "cluster": format!("c{}", d.cluster)});
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_sized() {
        let c = SynthConfig {
            docs: 300,
            ..Default::default()
        };
        let a = generate(&c);
        let b = generate(&c);
        assert_eq!(a.len(), 300);
        assert!(a
            .iter()
            .zip(&b)
            .all(|(x, y)| x.text == y.text && x.cluster == y.cluster));
        let clusters: std::collections::HashSet<_> = a.iter().map(|d| d.cluster).collect();
        assert!(clusters.len() < 300 && clusters.len() > 150);
    }
}

/// Settings of a synthetic corpus of event reports.
#[derive(Debug, Clone)]
pub struct EventSynthConfig {
    /// Number of documents.
    pub docs: usize,
    /// Seed.
    pub seed: u64,
    /// Mean words per report.
    pub words: usize,
    /// Vocabulary size.
    pub vocab: usize,
    /// Largest number of reports of one event.
    pub max_reports: usize,
    /// Share of documents that report an event with other documents.
    pub event_frac: f64,
}

impl Default for EventSynthConfig {
    fn default() -> Self {
        EventSynthConfig {
            docs: 10_000,
            seed: 1,
            words: 250,
            vocab: 30_000,
            max_reports: 8,
            event_frac: 0.6,
        }
    }
}

/// One synthetic report.
#[derive(Debug, Clone)]
pub struct EventDoc {
    /// Id, `r0000001` style.
    pub id: String,
    /// Headline.
    pub title: String,
    /// Text.
    pub text: String,
    /// Publication date, `YYYY-MM-DD`.
    pub published: String,
    /// Planted event number (a lone report has its own).
    pub event: usize,
}

fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Generates reports of planted events. An event has two people, a place,
/// an organisation, a date, a money figure and a count, and a pool of
/// topic words; each report of it is written independently: its own
/// background words (Zipf), a sample of the topic words, the names in
/// varying forms ("Brontal Vesk", "Vesk", "B. Vesk"), the date, the figures
/// (rounded in some reports), and a publication date zero to three days
/// after the event. Events of one *kind* share their topic words (like
/// two meetings of the same ministers), so topic words alone do not
/// identify an event. Documents are shuffled.
pub fn generate_events(config: &EventSynthConfig) -> Vec<EventDoc> {
    let mut rng = Rng::new(config.seed);
    let zipf = Zipf::new(&mut rng, config.vocab.max(200));
    // Names: capitalised rare words from the tail of the vocabulary.
    let tail = zipf.words.len() / 2;
    let name = |rng: &mut Rng| capitalised(&zipf.words[rng.range(tail, zipf.words.len() - 1)]);
    let kinds: Vec<Vec<String>> = (0..(config.docs / 40).max(4))
        .map(|_| {
            (0..30)
                .map(|_| zipf.words[rng.range(200, tail)].clone())
                .collect()
        })
        .collect();
    let mut docs = Vec::with_capacity(config.docs);
    let target = (config.docs as f64 * config.event_frac) as usize;
    let mut event = 0usize;
    while docs.len() < config.docs {
        let reports = if docs.len() < target {
            rng.range(2, config.max_reports.max(2))
                .min(config.docs - docs.len())
        } else {
            1
        };
        let kind = &kinds[rng.range(0, kinds.len() - 1)];
        let people: Vec<(String, String)> =
            (0..2).map(|_| (name(&mut rng), name(&mut rng))).collect();
        let place = name(&mut rng);
        let org = format!("{} Council", name(&mut rng));
        let year = rng.range(2005, 2024);
        let month = rng.range(1, 12);
        let day = rng.range(1, 25);
        let money = rng.range(2, 900);
        let count = rng.range(12, 400);
        for _ in 0..reports {
            let mut words: Vec<String> = Vec::new();
            let n = rng
                .range(config.words * 3 / 4, config.words * 5 / 4)
                .max(30);
            for _ in 0..n {
                if rng.next_f64() < 0.15 {
                    words.push(kind[rng.range(0, kind.len() - 1)].clone());
                } else {
                    words.push(zipf.word(&mut rng).to_string());
                }
            }
            let mut sentences: Vec<String> = words
                .chunks(18)
                .map(|c| {
                    let mut s = c.join(" ");
                    s = capitalised(&s);
                    s.push('.');
                    s
                })
                .collect();
            let (f0, s0) = &people[0];
            let (f1, s1) = &people[1];
            let first = match rng.range(0, 2) {
                0 => format!("{f0} {s0}"),
                1 => format!("{}. {s0}", f0.chars().next().unwrap_or('X')),
                _ => format!("Minister {f0} {s0}"),
            };
            let figure = if rng.next_f64() < 0.5 {
                format!("${money} million")
            } else {
                format!("about ${money} million")
            };
            let lead = format!(
                "{first} met {f1} {s1} in {place} on {} {day}, {year}, where the {org} agreed on {figure}.",
                crate::lex::words::MONTH_NAMES[month - 1]
            );
            sentences.insert(0, lead);
            let at = rng.range(1, sentences.len());
            sentences.insert(
                at,
                format!("{s0} said {count} people attended, and {s1} thanked the {org}."),
            );
            let published_day = (day + rng.range(0, 3)).min(28);
            docs.push(EventDoc {
                id: String::new(),
                title: format!("{s0} and {s1} meet in {place}"),
                text: sentences.join(" "),
                published: format!("{year:04}-{month:02}-{published_day:02}"),
                event,
            });
        }
        event += 1;
    }
    for i in (1..docs.len()).rev() {
        let j = rng.range(0, i);
        docs.swap(i, j);
    }
    for (i, d) in docs.iter_mut().enumerate() {
        d.id = format!("r{i:07}");
    }
    docs
}

/// Event reports as JSONL (`{"id","title","text","published","event"}`).
pub fn events_to_jsonl(docs: &[EventDoc]) -> String {
    let mut out = String::new();
    for d in docs {
        let line = serde_json::json!({
            "id": d.id,
            "title": d.title,
            "text": d.text,
            "published": d.published,
            "event": format!("v{}", d.event),
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}
