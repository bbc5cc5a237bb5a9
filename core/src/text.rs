//! Languages and translated texts. Every human-readable string of the engine is a [`Text`] with nb
//! (the canonical wording, following the sources), nn and en side by side, so that a reviewer sees the
//! three together and no language can be left behind.

use serde::Serialize;

/// Output language. `nb` is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nb,
    Nn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "nb" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }
}

/// One text in the three languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub nb: &'static str,
    pub nn: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(nb: &'static str, nn: &'static str, en: &'static str) -> Text {
        Text { nb, nn, en }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nb => self.nb,
            Lang::Nn => self.nn,
            Lang::En => self.en,
        }
    }

    /// The text in `lang` with `{0}`, `{1}`, … replaced by `args`.
    pub fn fill(&self, lang: Lang, args: &[&str]) -> String {
        fill(self.get(lang), args)
    }
}

/// Replaces `{0}`, `{1}`, … in `template` by `args`; a placeholder without an argument is kept as is.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}');
        let index = close.and_then(|c| after[..c].parse::<usize>().ok());
        match (close, index.and_then(|i| args.get(i))) {
            (Some(c), Some(arg)) => {
                out.push_str(arg);
                rest = &after[c + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Formats a number the way a clinician writes it: no trailing `.0`, a decimal comma in Norwegian.
pub fn number(value: f64, lang: Lang) -> String {
    let mut s = if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{}", (value * 100.0).round() / 100.0)
    };
    if lang != Lang::En {
        s = s.replace('.', ",");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_placeholders_and_keeps_unmatched_braces() {
        assert_eq!(fill("a {0} b {1}", &["x", "y"]), "a x b y");
        assert_eq!(fill("{2} {x} {", &["x"]), "{2} {x} {");
    }

    #[test]
    fn numbers_use_a_decimal_comma_in_norwegian() {
        assert_eq!(number(36.6, Lang::Nb), "36,6");
        assert_eq!(number(36.6, Lang::En), "36.6");
        assert_eq!(number(18.0, Lang::Nn), "18");
    }
}
