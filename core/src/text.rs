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

/// One text in the three languages, written with [`text!`](crate::text!): `text!(nb, nn, en)`.
///
/// Stored as the three texts one after the other in one string, with the two places where nn and en
/// begin: 12 bytes in wasm instead of three string slices' 24. There are some 500 texts, most of them
/// in static tables, so this keeps about 2 KB (gzip) out of the module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    all: &'static str,
    nn: u16,
    en: u16,
}

/// A [`Text`] from three string literals: `text!("nb", "nn", "en")`. Its checks are a constant, so
/// they run when the crate compiles, never at run time (and the text itself is built where it is used:
/// a constant of its own for every text measured 0.3 KB larger in wasm).
#[macro_export]
macro_rules! text {
    ($nb:expr, $nn:expr, $en:expr $(,)?) => {{
        const _: () = $crate::text::Text::check($nb.len(), $nn.len(), $en.len());
        $crate::text_parts!($nb, $nn, $en)
    }};
}

/// The texts a build keeps: all three languages, or with a feature `language-nb`, `language-nn` or
/// `language-en` only that one (a module of one language for the browser, see `scripts/pkg.sh`).
#[cfg(not(any(
    feature = "language-nb",
    feature = "language-nn",
    feature = "language-en"
)))]
#[doc(hidden)]
#[macro_export]
macro_rules! text_parts {
    ($nb:expr, $nn:expr, $en:expr) => {
        $crate::text::Text::from_parts(concat!($nb, $nn, $en), $nb.len(), $nb.len() + $nn.len())
    };
}
#[cfg(feature = "language-nb")]
#[doc(hidden)]
#[macro_export]
macro_rules! text_parts {
    ($nb:expr, $nn:expr, $en:expr) => {
        $crate::text::Text::same($nb)
    };
}
#[cfg(feature = "language-nn")]
#[doc(hidden)]
#[macro_export]
macro_rules! text_parts {
    ($nb:expr, $nn:expr, $en:expr) => {
        $crate::text::Text::same($nn)
    };
}
#[cfg(feature = "language-en")]
#[doc(hidden)]
#[macro_export]
macro_rules! text_parts {
    ($nb:expr, $nn:expr, $en:expr) => {
        $crate::text::Text::same($en)
    };
}

impl Text {
    /// What [`text!`](crate::text!) checks when the crate compiles: the three parts fit the offsets
    /// (far shorter than 64 KiB together), and nb and nn are not both empty unless all is (`en == 0`
    /// marks a text that is the same in all three languages, see [`Text::same`]).
    ///
    /// ```compile_fail
    /// // English alone would read as "the same in every language": refused when compiling.
    /// let _ = tsb_akutt_core::text!("", "", "only English");
    /// ```
    ///
    /// ```
    /// let t = tsb_akutt_core::text!("ja", "ja", "yes");
    /// assert_eq!(t.get(tsb_akutt_core::Lang::En), "yes");
    /// ```
    #[doc(hidden)]
    pub const fn check(nb: usize, nn: usize, en: usize) {
        assert!(nb + nn + en <= u16::MAX as usize);
        assert!(nb + nn > 0 || en == 0);
    }

    /// Use [`text!`](crate::text!), which checks the parts first.
    #[doc(hidden)]
    pub const fn from_parts(all: &'static str, nn: usize, en: usize) -> Text {
        Text {
            all,
            nn: nn as u16,
            en: en as u16,
        }
    }

    /// The same text in every language (a symbol, a name).
    pub const fn same(all: &'static str) -> Text {
        // `en == 0` with a non-empty text: the marker for "the same in all three" (a real text has
        // a non-empty nb or nn before its en).
        Text { all, nn: 0, en: 0 }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        if self.en == 0 {
            return self.all;
        }
        let (start, end) = match lang {
            Lang::Nb => (0, usize::from(self.nn)),
            Lang::Nn => (usize::from(self.nn), usize::from(self.en)),
            Lang::En => (usize::from(self.en), self.all.len()),
        };
        self.all.get(start..end).unwrap_or("")
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
    // `split_once` rather than slicing by index: no char-boundary panic path (and its message tables)
    // in the wasm module.
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let placeholder = after
            .split_once('}')
            .and_then(|(n, tail)| Some((args.get(n.parse::<usize>().ok()?)?, tail)));
        match placeholder {
            Some((arg, tail)) => {
                out.push_str(arg);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The number of characters in `s`: `s.chars().count()` by a plain loop, whose code in wasm is a
/// tenth of the standard library's vectorised count.
pub fn char_count(s: &str) -> usize {
    // Every character has exactly one byte that is not a UTF-8 continuation byte (`10xxxxxx`).
    s.bytes().filter(|b| b & 0xc0 != 0x80).count()
}

/// Formats a number the way a clinician writes it: at most two decimals, no trailing zeros, a decimal
/// comma in Norwegian. Done with integers: Rust's float formatting would add 14 KB to the wasm module.
pub fn number(value: f64, lang: Lang) -> String {
    let hundredths = (value * 100.0).round();
    if !hundredths.is_finite() || hundredths.abs() >= 1e17 {
        return String::from("?");
    }
    let hundredths = hundredths as i64;
    let (whole, fraction) = (hundredths.abs() / 100, hundredths.abs() % 100);
    let mut out = crate::json::number_text((hundredths.signum() * whole) as f64);
    if hundredths < 0 && whole == 0 {
        out.insert(0, '-');
    }
    if fraction != 0 {
        out.push(if lang == Lang::En { '.' } else { ',' });
        out.push(char::from(b'0' + (fraction / 10) as u8));
        if fraction % 10 != 0 {
            out.push(char::from(b'0' + (fraction % 10) as u8));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_gives_each_language_its_part() {
        const T: Text = text!("Pasient", "Pasient", "Patient");
        assert_eq!(T.get(Lang::Nb), "Pasient");
        assert_eq!(T.get(Lang::Nn), "Pasient");
        assert_eq!(T.get(Lang::En), "Patient");
        let t = text!("blå", "blå", "blue");
        assert_eq!(
            [t.get(Lang::Nb), t.get(Lang::Nn), t.get(Lang::En)],
            ["blå", "blå", "blue"]
        );
        let same = Text::same("mmHg");
        assert_eq!([same.get(Lang::Nb), same.get(Lang::En)], ["mmHg", "mmHg"]);
        // An empty English part is still English, not "the same in all three".
        assert_eq!(text!("a", "b", "").get(Lang::En), "");
        assert_eq!(text!("", "", "").get(Lang::Nn), "");
    }

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
        assert_eq!(number(-0.05, Lang::En), "-0.05");
        assert_eq!(number(100_000.0, Lang::En), "100000");
        assert_eq!(number(0.125, Lang::Nb), "0,13");
    }
}
