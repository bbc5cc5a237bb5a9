//! Structured, localised input errors (SPEC 1.4): every problem has a stable `code`, the JSON `path` of
//! the offending key and a message in the requested language. Messages follow one style: lower case,
//! no final period, user input in backticks.

use crate::text::{Lang, Text};
use serde::Serialize;

/// The stable error codes of the public contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The JSON text is longer than [`crate::input::MAX_INPUT_BYTES`]; it is not read.
    InputTooLarge,
    /// The input is not JSON, or nests deeper than the parser allows.
    InvalidJson,
    /// A value of the wrong JSON type (a string for a number, a number for yes/no, …).
    WrongType,
    /// A top-level key other than `answers`, `instruments` and `options`, or an unknown service field.
    UnknownField,
    /// An answer key that is not an item of the catalog.
    UnknownItem,
    /// A number outside the item's range.
    OutOfRange,
    /// A string that is not one of the item's choices.
    InvalidChoice,
    /// Answers that contradict each other.
    Inconsistent,
    /// An instrument id that the engine does not score.
    UnknownInstrument,
    /// An item key that the instrument does not have.
    UnknownInstrumentItem,
    /// A given total that the item answers or another total contradict.
    TotalMismatch,
    /// An unknown key or value in `options`.
    UnknownOption,
    /// More errors than are worth listing; the rest are left out.
    TooManyErrors,
}

impl ErrorCode {
    pub fn id(self) -> &'static str {
        match self {
            ErrorCode::InputTooLarge => "input_too_large",
            ErrorCode::InvalidJson => "invalid_json",
            ErrorCode::WrongType => "wrong_type",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::UnknownItem => "unknown_item",
            ErrorCode::OutOfRange => "out_of_range",
            ErrorCode::InvalidChoice => "invalid_choice",
            ErrorCode::Inconsistent => "inconsistent",
            ErrorCode::UnknownInstrument => "unknown_instrument",
            ErrorCode::UnknownInstrumentItem => "unknown_instrument_item",
            ErrorCode::TotalMismatch => "total_mismatch",
            ErrorCode::UnknownOption => "unknown_option",
            ErrorCode::TooManyErrors => "too_many_errors",
        }
    }
}

/// One input error of the public contract.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct InputError {
    pub code: ErrorCode,
    /// Where the problem is: `answers.pregnnat`, `answers.substances[1]`, `instruments.ciwa_ar.tremor`.
    pub path: String,
    pub message: String,
}

/// At most this many errors are listed; one `too_many_errors` error ends a longer list.
pub const MAX_ERRORS: usize = 100;

/// A user-supplied string as it appears in a message: in backticks, cut to a readable length.
pub fn quote(s: &str) -> String {
    const MAX: usize = 60;
    match s.char_indices().nth(MAX) {
        None => code(s),
        Some((cut, _)) => concat(&["`", s.get(..cut).unwrap_or(s), "…`"]),
    }
}

/// An id or a name as a message shows it: in backticks.
pub fn code(s: &str) -> String {
    concat(&["`", s, "`"])
}

/// The pieces one after the other (what `format!` would do, without its machinery in wasm).
pub fn concat(pieces: &[&str]) -> String {
    pieces.concat()
}

/// Collects errors, each with its message template and arguments, and renders them in one language.
///
/// Bounded: only the first [`MAX_ERRORS`] are kept; the others are only counted, for the final
/// `too_many_errors` ("and M more"). So neither memory nor the work of rendering grows with a hostile
/// input's number of errors. A caller whose message is costly to build (one per element of a long array)
/// asks [`Errors::room`] first and builds nothing once the list is full.
#[derive(Debug, Default)]
pub struct Errors {
    list: Vec<Entry>,
    /// Errors counted beyond the first [`MAX_ERRORS`].
    left_out: usize,
}

#[derive(Debug)]
struct Entry {
    code: ErrorCode,
    path: String,
    message: Template,
    args: Vec<Arg>,
}

/// A message, fixed or depending on a suggestion made only when the error is rendered.
#[derive(Debug)]
enum Template {
    Fixed(Text),
    /// `near` gets the word's suggestion as its last argument; `alone` is used without one.
    Suggesting {
        near: Text,
        alone: Text,
        word: String,
        suggester: Suggester,
    },
}

/// Finds the likely intended word for a misspelt one (see [`suggest`]).
pub type Suggester = fn(&str) -> Option<String>;

/// A message argument: user input or a number as is, or a phrase to translate.
#[derive(Clone, Debug)]
pub enum Arg {
    Plain(String),
    Phrase(Text),
}

impl Errors {
    /// Adds an error whose message arguments are all plain text (copied here, in one place, rather
    /// than at every call: less code in wasm).
    pub fn push(&mut self, code: ErrorCode, path: String, message: Text, args: &[&str]) {
        if let Some(errors) = self.room() {
            let args = args.iter().map(|a| Arg::Plain((*a).to_string())).collect();
            errors.keep(code, path, Template::Fixed(message), args);
        }
    }

    pub fn push_args(&mut self, code: ErrorCode, path: String, message: Text, args: Vec<Arg>) {
        if let Some(errors) = self.room() {
            errors.keep(code, path, Template::Fixed(message), args);
        }
    }

    /// Adds an error about a word that may be a typo: rendered with `near` and the suggestion (as the
    /// last argument) when `suggester` finds one for `word`, else with `alone`. The suggestion is looked
    /// for only if the error is listed, when it is rendered.
    pub fn push_suggesting(
        &mut self,
        code: ErrorCode,
        path: String,
        (near, alone): (Text, Text),
        args: &[&str],
        (word, suggester): (&str, Suggester),
    ) {
        if let Some(errors) = self.room() {
            let message = Template::Suggesting {
                near,
                alone,
                word: word.to_string(),
                suggester,
            };
            let args = args.iter().map(|a| Arg::Plain((*a).to_string())).collect();
            errors.keep(code, path, message, args);
        }
    }

    /// `Some` while another error would be listed; `None` once the list is full, and then this error is
    /// counted among those left out: a caller builds its message only inside `Some`.
    pub fn room(&mut self) -> Option<&mut Errors> {
        if self.list.len() < MAX_ERRORS {
            Some(self)
        } else {
            self.left_out += 1;
            None
        }
    }

    fn keep(&mut self, code: ErrorCode, path: String, message: Template, args: Vec<Arg>) {
        self.list.push(Entry {
            code,
            path,
            message,
            args,
        });
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Every error counted, listed or not.
    pub fn count(&self) -> usize {
        self.list.len() + self.left_out
    }

    pub fn render(self, lang: Lang) -> Vec<InputError> {
        let mut out: Vec<InputError> = self
            .list
            .into_iter()
            .map(|entry| render_one(entry, lang))
            .collect();
        if self.left_out > 0 {
            let more = self.left_out.to_string();
            out.push(InputError {
                code: ErrorCode::TooManyErrors,
                path: String::new(),
                message: MSG_TOO_MANY.fill(lang, &[&more]),
            });
        }
        out
    }
}

fn render_one(entry: Entry, lang: Lang) -> InputError {
    let Entry {
        code,
        path,
        message,
        mut args,
    } = entry;
    let message = match message {
        Template::Fixed(text) => text,
        Template::Suggesting {
            near,
            alone,
            word,
            suggester,
        } => match suggester(&word) {
            Some(suggestion) => {
                args.push(Arg::Plain(quote(&suggestion)));
                near
            }
            None => alone,
        },
    };
    let args: Vec<&str> = args
        .iter()
        .map(|a| match a {
            Arg::Plain(s) => s.as_str(),
            Arg::Phrase(t) => t.get(lang),
        })
        .collect();
    InputError {
        code,
        path,
        message: message.fill(lang, &args),
    }
}

const MSG_TOO_MANY: Text = text!(
    "{0} feil til er utelatt",
    "{0} feil til er utelatne",
    "{0} more errors left out",
);

/// Joins a child key onto a JSON path: `answers` + `age` is `answers.age`; odd keys are quoted.
pub fn join(parent: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !key.starts_with(|c: char| c.is_ascii_digit());
    if plain && parent.is_empty() {
        key.to_string()
    } else if plain {
        concat(&[parent, ".", key])
    } else {
        concat(&[parent, "[", &crate::json::string_literal(key), "]"])
    }
}

pub fn index(parent: &str, i: usize) -> String {
    concat(&[parent, "[", &crate::json::number_text(i as f64), "]"])
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo: at most a third
/// of its characters (1 to 3) edited, the earliest candidate of the smallest distance.
///
/// Cheap per candidate, so that a list of them costs little even for hostile words: a word longer than
/// 64 bytes gets none; a candidate whose length differs by more than the limit is skipped before any
/// distance is computed; the prefix and suffix the two share are cut off; and the distance is computed
/// only in the band that can stay within the limit, stopping as soon as a whole row exceeds it.
pub fn suggest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    if word.len() > 64 {
        return None;
    }
    let word: Vec<char> = word.chars().collect();
    let limit = (word.len() / 3).clamp(1, 3);
    let mut best: Option<(usize, &'a str)> = None;
    let mut candidate_chars = Vec::new();
    for candidate in candidates {
        // Bytes bound characters from above, and catalog ids are ASCII: a first cut without decoding.
        if candidate.len() + limit < word.len() {
            continue;
        }
        candidate_chars.clear();
        candidate_chars.extend(candidate.chars());
        let within = best.map_or(limit, |(d, _)| d.saturating_sub(1));
        if let Some(d) = bounded_edit_distance(&word, &candidate_chars, within) {
            best = Some((d, candidate));
            if d == 0 {
                break;
            }
        }
    }
    best.map(|(_, c)| c)
}

/// The Levenshtein distance of `a` and `b` if it is at most `limit`, else `None`.
fn bounded_edit_distance(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    // A shared prefix and suffix change nothing in the distance.
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (a.get(prefix..)?, b.get(prefix..)?);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (a.get(..a.len() - suffix)?, b.get(..b.len() - suffix)?);
    // One row of the distance matrix; cells outside the band |i - j| <= limit stay above the limit.
    let far = limit + 1;
    let mut row: Vec<usize> = (0..=b.len()).map(|j| j.min(far)).collect();
    for (i, ca) in a.iter().enumerate() {
        let from = (i + 1).saturating_sub(limit);
        let to = (i + 1 + limit).min(b.len());
        let mut diagonal = if from == 0 { i } else { *row.get(from - 1)? };
        if from == 0 {
            *row.first_mut()? = (i + 1).min(far);
        } else {
            // The cell left of the band is out of reach.
            *row.get_mut(from - 1)? = far;
        }
        let mut best_in_row = far;
        for j in from.max(1)..=to {
            let above = *row.get(j)?;
            let left = *row.get(j - 1)?;
            let cost = usize::from(Some(ca) != b.get(j - 1));
            let cell = (above + 1).min(left + 1).min(diagonal + cost).min(far);
            diagonal = above;
            *row.get_mut(j)? = cell;
            best_in_row = best_in_row.min(cell);
        }
        if from == 0 {
            best_in_row = best_in_row.min(*row.first()?);
        }
        if best_in_row > limit {
            return None;
        }
    }
    let d = *row.get(b.len())?;
    (d <= limit).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_quote_keys_that_are_not_identifiers() {
        assert_eq!(join("answers", "age"), "answers.age");
        assert_eq!(join("answers", "a.b"), "answers[\"a.b\"]");
        assert_eq!(join("", "answers"), "answers");
        assert_eq!(join("", ""), "[\"\"]");
        assert_eq!(index("answers.substances", 1), "answers.substances[1]");
    }

    #[test]
    fn a_typo_gets_a_suggestion() {
        let ids = ["pregnant", "pregnancy_test", "age"];
        assert_eq!(suggest("pregnnat", ids.iter().copied()), Some("pregnant"));
        assert_eq!(suggest("zzzzzz", ids.iter().copied()), None);
    }

    /// The full Levenshtein matrix, the reference the banded distance is checked against.
    fn reference_distance(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut diagonal = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let above = row[j + 1];
                row[j + 1] = (above + 1)
                    .min(row[j] + 1)
                    .min(diagonal + usize::from(ca != *cb));
                diagonal = above;
            }
        }
        row[b.len()]
    }

    #[test]
    fn the_banded_distance_agrees_with_the_full_one_within_the_limit() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "acb",
            "pregnant",
            "pregnnat",
            "pregant",
            "pregnantt",
            "spo2",
            "sp02",
            "age",
            "aeg",
            "ægg",
            "substances",
            "substancse",
            "subs",
            "ciwa_ar_score",
            "ciwa_ar",
            "xyz",
            "kitten",
            "sitting",
            "øre",
            "ore",
        ];
        for a in words {
            for b in words {
                let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let full = reference_distance(a, b);
                for limit in 0..=4 {
                    let want = (full <= limit).then_some(full);
                    assert_eq!(
                        bounded_edit_distance(&ac, &bc, limit),
                        want,
                        "{a} {b} {limit}"
                    );
                }
            }
        }
    }

    #[test]
    fn suggestions_pick_the_earliest_closest_candidate() {
        let ids = ["pregnant", "pregnancy_test", "age", "page"];
        assert_eq!(suggest("pregnnat", ids.iter().copied()), Some("pregnant"));
        assert_eq!(suggest("agee", ids.iter().copied()), Some("age"));
        assert_eq!(suggest("x".repeat(65).as_str(), ids.iter().copied()), None);
    }

    static SUGGESTER_CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

    fn counting_suggester(word: &str) -> Option<String> {
        SUGGESTER_CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        (word == "pregnnat").then(|| "pregnant".to_string())
    }

    #[test]
    fn suggestions_are_made_only_for_the_listed_errors_when_rendered() {
        let mut errors = Errors::default();
        let words = ["pregnnat", "zzz"];
        for i in 0..(MAX_ERRORS + 50) {
            let word = words[i % 2];
            errors.push_suggesting(
                ErrorCode::UnknownItem,
                format!("answers.{word}{i}"),
                (NEAR, ALONE),
                &[word],
                (word, counting_suggester),
            );
        }
        assert_eq!(
            SUGGESTER_CALLS.load(std::sync::atomic::Ordering::Relaxed),
            0
        );
        assert_eq!(errors.count(), MAX_ERRORS + 50);
        let out = errors.render(Lang::En);
        assert_eq!(
            SUGGESTER_CALLS.load(std::sync::atomic::Ordering::Relaxed),
            MAX_ERRORS
        );
        assert_eq!(out[0].message, "`pregnnat`? `pregnant`");
        assert_eq!(out[1].message, "`zzz`?");
        assert_eq!(out.len(), MAX_ERRORS + 1);
        assert_eq!(out[MAX_ERRORS].message, "50 more errors left out");
    }

    const NEAR: Text = text!("`{0}`? {1}", "`{0}`? {1}", "`{0}`? {1}");
    const ALONE: Text = text!("`{0}`?", "`{0}`?", "`{0}`?");

    #[test]
    fn errors_past_the_limit_are_counted_not_kept() {
        let mut errors = Errors::default();
        for _ in 0..MAX_ERRORS {
            assert!(errors.room().is_some());
            errors.push(ErrorCode::WrongType, String::new(), MSG_TOO_MANY, &["x"]);
        }
        assert!(errors.room().is_none());
        errors.push(ErrorCode::WrongType, String::new(), MSG_TOO_MANY, &["x"]);
        assert_eq!(errors.list.len(), MAX_ERRORS);
        assert_eq!(errors.count(), MAX_ERRORS + 2);
    }

    #[test]
    fn long_error_lists_are_cut_with_a_final_error() {
        let mut errors = Errors::default();
        for i in 0..(MAX_ERRORS + 5) {
            errors.push(
                ErrorCode::UnknownItem,
                format!("answers.x{i}"),
                MSG_TOO_MANY,
                &[],
            );
        }
        let out = errors.render(Lang::En);
        assert_eq!(out.len(), MAX_ERRORS + 1);
        assert_eq!(out.last().map(|e| e.code), Some(ErrorCode::TooManyErrors));
        assert_eq!(
            out.last().map(|e| e.message.as_str()),
            Some("5 more errors left out")
        );
    }
}
