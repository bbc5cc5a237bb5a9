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
#[derive(Debug, Default)]
pub struct Errors {
    list: Vec<(ErrorCode, String, Text, Vec<Arg>)>,
}

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
        self.list.push((
            code,
            path,
            message,
            args.iter().map(|a| Arg::Plain((*a).to_string())).collect(),
        ));
    }

    pub fn push_args(&mut self, code: ErrorCode, path: String, message: Text, args: Vec<Arg>) {
        self.list.push((code, path, message, args));
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn render(self, lang: Lang) -> Vec<InputError> {
        let total = self.list.len();
        let mut out: Vec<InputError> = self
            .list
            .into_iter()
            .take(MAX_ERRORS)
            .map(|(code, path, message, args)| {
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
            })
            .collect();
        if total > MAX_ERRORS {
            let more = (total - MAX_ERRORS).to_string();
            out.push(InputError {
                code: ErrorCode::TooManyErrors,
                path: String::new(),
                message: MSG_TOO_MANY.fill(lang, &[&more]),
            });
        }
        out
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

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub fn suggest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    if word.len() > 64 {
        return None;
    }
    let limit = (crate::text::char_count(word) / 3).clamp(1, 3);
    candidates
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
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
