//! Command-line arguments (clap).

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// concord: near-duplicates, event clusters and source consistency for news
/// corpora.
#[derive(Debug, Parser)]
#[command(name = "concord", version, about, long_about = None)]
pub struct Cli {
    /// The job to run.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Near-duplicate removal: keep one document per cluster of near-duplicates.
    Dedup(DedupArgs),
    /// Extract dates, figures, names and quotes with their byte spans.
    Facts(FactsArgs),
    /// Group the reports that describe the same event.
    Cluster(ClusterArgs),
    /// Source consistency: per event, the facts sources agree on, differ on, or alone state.
    Report(ReportArgs),
}

/// Options every subcommand shares: inputs, fields, threads, verbosity.
#[derive(Debug, Args)]
pub struct CommonArgs {
    /// Files or directories (read recursively in sorted order); `-` or
    /// nothing reads JSONL from standard input.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Worker threads (default: all cores). Output is identical for any value.
    #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
    pub threads: usize,
    /// Print nothing on standard error but errors and skipped records.
    #[arg(long, short)]
    pub quiet: bool,
    /// Also print the time each stage took.
    #[arg(long, short)]
    pub verbose: bool,
    /// JSON field holding the article text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub text_field: String,
    /// JSON field holding the document id.
    #[arg(long, default_value = "id", value_name = "NAME")]
    pub id_field: String,
    /// JSON field holding the outlet name or domain.
    #[arg(long, default_value = "source", value_name = "NAME")]
    pub source_field: String,
    /// JSON field holding the publication date (ISO 8601).
    #[arg(long, default_value = "published", value_name = "NAME")]
    pub published_field: String,
    /// JSON field holding the headline.
    #[arg(long, default_value = "title", value_name = "NAME")]
    pub title_field: String,
    /// JSON field holding the article's locale (BCP 47, "en-GB").
    #[arg(long, default_value = "locale", value_name = "NAME")]
    pub locale_field: String,
    /// Locale of articles that name none and whose source domain tells
    /// none (BCP 47: en-US, en-GB, en-AU, en-CA, en-NZ, en-IE, en-IN, ...):
    /// day-first numeric dates, what "$" means, local holidays.
    #[arg(long, default_value = "en-US", value_name = "TAG", value_parser = parse_locale)]
    pub locale: concord::lex::Locale,
    /// Records longer than this many bytes are skipped (and reported).
    #[arg(long, default_value_t = 64 << 20, value_name = "BYTES")]
    pub max_record_bytes: usize,
}

/// Word or character shingles.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ShingleKindArg {
    /// k consecutive words.
    Word,
    /// k consecutive characters.
    Char,
}

/// Which document of a cluster to keep.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KeepArg {
    /// The first in input order.
    First,
    /// The longest text (ties: first in input order).
    Longest,
}

/// `concord dedup`.
#[derive(Debug, Args)]
pub struct DedupArgs {
    /// Shared options.
    #[command(flatten)]
    pub common: CommonArgs,
    /// Write the kept records here (JSONL lines byte for byte; text files as
    /// {"id","text"}); `-` or absent: standard output.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Write one line per input document: {"id","cluster","kept","similarity"}.
    #[arg(long, value_name = "FILE")]
    pub clusters: Option<PathBuf>,
    /// Jaccard similarity at which two documents are near-duplicates.
    #[arg(long, default_value_t = 0.8)]
    pub threshold: f64,
    /// Number of MinHash values per signature.
    #[arg(long, default_value_t = 128)]
    pub num_perm: usize,
    /// Seed of the shingle hash and MinHash.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Shingle length (words, or characters with --shingle-kind char).
    #[arg(long, short = 'k', default_value_t = 5)]
    pub shingle_size: usize,
    /// Word or character shingles.
    #[arg(long, value_enum, default_value_t = ShingleKindArg::Word)]
    pub shingle_kind: ShingleKindArg,
    /// LSH bands (with --rows; default: chosen from the threshold).
    #[arg(long, requires = "rows")]
    pub bands: Option<usize>,
    /// LSH rows per band (with --bands).
    #[arg(long, requires = "bands")]
    pub rows: Option<usize>,
    /// Which document of a cluster to keep.
    #[arg(long, value_enum, default_value_t = KeepArg::First)]
    pub keep: KeepArg,
    /// Do not detect and ignore boilerplate lines shared by many documents.
    #[arg(long)]
    pub no_boilerplate: bool,
    /// A block must appear in at least this many documents to be boilerplate.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub boilerplate_min_docs: u32,
    /// ...and be this many times more frequent than the document's own text.
    #[arg(long, default_value_t = 4.0, value_name = "R")]
    pub boilerplate_ratio: f64,
    /// LSH buckets of at most N documents give all their pairs as candidates;
    /// every bucket gives star edges from each member to its first document.
    #[arg(long, default_value_t = 16, value_name = "N")]
    pub small_bucket: usize,
    /// No longer used (large buckets give star edges, linear in their
    /// size); accepted with a warning so that older scripts still run.
    #[arg(long, hide = true, value_name = "N")]
    pub max_bucket: Option<usize>,
    /// Warn about clusters larger than this.
    #[arg(long, default_value_t = 1000, value_name = "N")]
    pub warn_cluster_size: usize,
    /// Run the dedup as stages with Parquet datasets between them, kept in
    /// DIR (same outputs; needs the `parquet` feature).
    #[arg(long, value_name = "DIR", conflicts_with = "stage")]
    pub keep_intermediates: Option<PathBuf>,
    /// Run one stage of the staged dedup over --work DIR: shingle, docs,
    /// boilerplate, signatures, candidates, verify, components, clusters,
    /// kept (the last writes -o and --clusters; needs the `parquet` feature).
    #[arg(long, value_name = "NAME", requires = "work")]
    pub stage: Option<String>,
    /// The shard of the input a sharded stage (shingle, signatures) works
    /// on: i/n, 0-based.
    #[arg(long, value_name = "i/n", requires = "stage")]
    pub shard: Option<String>,
    /// The folder of a staged run's datasets.
    #[arg(long, value_name = "DIR", requires = "stage")]
    pub work: Option<PathBuf>,
}

/// `concord facts`.
#[derive(Debug, Args)]
pub struct FactsArgs {
    /// Shared options.
    #[command(flatten)]
    pub common: CommonArgs,
    /// Write the facts here (one JSON object per line); `-` or absent: standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// What `cluster` groups.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LevelArg {
    /// Near-duplicate texts (as `dedup`, word 5-shingles, Jaccard 0.8).
    Duplicate,
    /// Reports of the same event.
    Event,
    /// Reports of one story (related events, any time span).
    Story,
}

/// `concord cluster`.
#[derive(Debug, Args)]
pub struct ClusterArgs {
    /// Shared options.
    #[command(flatten)]
    pub common: CommonArgs,
    /// Write one line per document here; `-` or absent: standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// What a cluster groups.
    #[arg(long, value_enum, default_value_t = LevelArg::Event)]
    pub level: LevelArg,
    /// Average-linkage similarity threshold (default: by level, 0.12 for
    /// events, 0.08 for stories; 0.8 Jaccard for duplicates).
    #[arg(long)]
    pub threshold: Option<f64>,
    /// Days two publication dates of one event's reports may be apart.
    #[arg(long, default_value_t = 14, value_name = "DAYS")]
    pub window_days: i64,
    /// Strongest rare features per document (its candidate keys) hashed
    /// into its MinHash signature.
    #[arg(long, default_value_t = 32, value_name = "K")]
    pub top_features: usize,
    /// Key-set Jaccard the LSH banding targets (bands and rows are chosen
    /// from the S-curve for it); lower finds more candidate pairs.
    #[arg(long, default_value_t = 0.016, value_name = "J")]
    pub key_jaccard: f64,
    /// LSH buckets of more documents than this (a feature shared too
    /// widely to point at one event) are skipped.
    #[arg(long, default_value_t = 128, value_name = "N")]
    pub max_bucket: usize,
    /// Explain on standard error why two documents (ids) are or are not
    /// in one cluster: similarity, LSH candidacy, every rule's verdict
    /// with each side's values, and the outcome. With one id: that
    /// document against its cluster's members and its nearest
    /// non-members. Repeatable; event and story levels.
    #[arg(
        long = "explain",
        id = "explain",
        num_args = 1..=2,
        value_names = ["A", "B"],
        action = clap::ArgAction::Append
    )]
    pub explain_ids: Vec<String>,
    /// The ids of `--explain`, one list per occurrence (filled by
    /// [`explain_groups`]: the derive flattens occurrences).
    #[arg(skip)]
    pub explain: Vec<Vec<String>>,
}

/// The values of each `--explain` occurrence of the `cluster`
/// subcommand's matches, in order.
pub fn explain_groups(m: &clap::ArgMatches) -> Vec<Vec<String>> {
    m.get_occurrences::<String>("explain")
        .map(|o| o.map(|ids| ids.cloned().collect()).collect())
        .unwrap_or_default()
}

/// Output format of `concord report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// The CONTRACT.md JSON document (schema_version 1).
    Json,
    /// Markdown, for terminals and diffs.
    #[value(alias = "md")]
    Markdown,
    /// One self-contained HTML page.
    Html,
}

impl ReportFormat {
    /// The format a file's extension names (`.json`, `.html`/`.htm`,
    /// `.md`/`.markdown`, any case); `None` for any other.
    pub fn of_path(path: &std::path::Path) -> Option<ReportFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(ReportFormat::Json),
            "html" | "htm" => Some(ReportFormat::Html),
            "md" | "markdown" => Some(ReportFormat::Markdown),
            _ => None,
        }
    }
}

/// `concord report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Shared options.
    #[command(flatten)]
    pub common: CommonArgs,
    /// Write the report here; `-` or absent: standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format [default: from the extension of `-o` (.json, .html or
    /// .htm, .md), else markdown].
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Documents this similar (word 5-shingle Jaccard) are copies of one text: one source.
    #[arg(long, default_value_t = 0.8, value_name = "J")]
    pub copy_threshold: f64,
    /// Context similarity at which two different figures are one fact in conflict.
    #[arg(long, default_value_t = 0.5, value_name = "S")]
    pub context_threshold: f64,
    /// Compare at most this many documents of one event (the first in input
    /// order); the others are listed as not compared.
    #[arg(long, default_value_t = 100, value_name = "N")]
    pub max_event_docs: usize,
    /// Take all the input as reports of one event (no event clustering): for
    /// a handful of articles you gathered about one event.
    #[arg(long)]
    pub single_event: bool,
}

/// Parses `--locale`.
fn parse_locale(s: &str) -> Result<concord::lex::Locale, String> {
    concord::lex::Locale::parse(s).ok_or_else(|| {
        format!("unknown locale {s:?} (an English BCP 47 tag such as en-US, en-GB, en-AU)")
    })
}
