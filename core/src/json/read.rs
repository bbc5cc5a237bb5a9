//! JSON text (RFC 8259) into a [`Value`], strictly: no comments, no trailing commas, no single quotes,
//! no leading zeros, no lone surrogates in `\u` escapes, nothing after the value. A syntax error says
//! what is wrong and where (line and column, counted in characters from 1), in nb, nn or en.
//!
//! Every number becomes the nearest `f64` (correctly rounded, whatever its digits and exponent, as
//! `f64::from_str` but without its tables in the module: `decimal.rs`), so that range and
//! whole-number checks see the number given (`120.00000000000001` is above 120, not 120).
//! A number too large for an `f64` is a syntax error.

use super::{decimal, write, Object, Value};
use crate::text::{Lang, Text};
use std::borrow::Cow;
use std::collections::BinaryHeap;

/// Arrays and objects may nest this deep (the input contract: deeper is `invalid_json`).
pub const MAX_DEPTH: usize = 128;

/// Why a text is not JSON, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    kind: Kind,
    /// The line (from 1) and the column (in characters, from 1) where the problem is.
    pub line: usize,
    pub column: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    End,
    Value,
    Key,
    Colon,
    CommaOrBrace,
    CommaOrBracket,
    Number,
    NumberTooLarge,
    Escape,
    Control,
    Surrogate,
    TooDeep,
    Trailing,
    Duplicate,
}

impl SyntaxError {
    /// What is wrong and where: `forventet en verdi på linje 1, kolonne 9`.
    pub fn describe(&self, lang: Lang) -> String {
        let what = match self.kind {
            Kind::End => END,
            Kind::Value => VALUE,
            Kind::Key => KEY,
            Kind::Colon => COLON,
            Kind::CommaOrBrace => COMMA_OR_BRACE,
            Kind::CommaOrBracket => COMMA_OR_BRACKET,
            Kind::Number => NUMBER,
            Kind::NumberTooLarge => NUMBER_TOO_LARGE,
            Kind::Escape => ESCAPE,
            Kind::Control => CONTROL,
            Kind::Surrogate => SURROGATE,
            Kind::TooDeep => TOO_DEEP,
            Kind::Trailing => TRAILING,
            Kind::Duplicate => DUPLICATE,
        };
        AT.fill(
            lang,
            &[
                what.get(lang),
                &self.line.to_string(),
                &self.column.to_string(),
            ],
        )
    }
}

/// Reads one JSON value from `text` (surrounding whitespace allowed).
pub fn parse(text: &str) -> Result<Value<'_>, SyntaxError> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        items: Vec::new(),
        members: Vec::new(),
    };
    let value = reader.value(0)?;
    reader.skip_whitespace();
    if reader.pos < reader.bytes.len() {
        return Err(reader.error(Kind::Trailing));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// The items of the arrays being read, the innermost's last. At its `]` an array takes its own
    /// into a vector of their exact length: one allocation per array instead of a vector grown item
    /// by item (a reallocation and a copy at 4, 8, 16, …).
    items: Vec<Value<'a>>,
    /// The same for the members of the objects being read.
    members: Vec<(Cow<'a, str>, Value<'a>)>,
}

impl<'a> Reader<'a> {
    // Inlined by hand: the wasm build optimises for size and would call it for every byte.
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// An error at the current position (at the end of the text: `End`, whatever was expected).
    fn error(&self, kind: Kind) -> SyntaxError {
        let kind = if self.pos >= self.bytes.len() && kind != Kind::Trailing {
            Kind::End
        } else {
            kind
        };
        let before = self.text.get(..self.pos).unwrap_or(self.text);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        SyntaxError {
            kind,
            line: 1 + before.bytes().filter(|&b| b == b'\n').count(),
            column: 1 + crate::text::char_count(before.get(line_start..).unwrap_or("")),
        }
    }

    /// Consumes `byte` after optional whitespace, or fails with `kind`.
    fn consume(&mut self, byte: u8, kind: Kind) -> Result<(), SyntaxError> {
        self.skip_whitespace();
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(kind))
        }
    }

    /// A value inside `depth` arrays and objects.
    fn value(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            _ => Err(self.error(Kind::Value)),
        }
    }

    fn literal(&mut self, word: &str, value: Value<'a>) -> Result<Value<'a>, SyntaxError> {
        if self.bytes.get(self.pos..self.pos + word.len()) == Some(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error(Kind::Value))
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error(Kind::TooDeep));
        }
        self.pos += 1;
        let base = self.items.len();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(Vec::new()));
        }
        loop {
            let item = self.value(depth)?;
            self.items.push(item);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    // `base` is at most the length: inner arrays took only their own items.
                    let base = base.min(self.items.len());
                    return Ok(Value::Array(self.items.split_off(base)));
                }
                _ => return Err(self.error(Kind::CommaOrBracket)),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error(Kind::TooDeep));
        }
        let open = self.pos;
        self.pos += 1;
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(Object::new()));
        }
        let base = self.members.len();
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.error(Kind::Key));
            }
            let key = self.string()?;
            self.consume(b':', Kind::Colon)?;
            let value = self.value(depth)?;
            self.members.push((key, value));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    // `base` is at most the length: inner objects took only their own members.
                    let base = base.min(self.members.len());
                    let members = self.members.split_off(base);
                    if let Some(second) = first_duplicate(&members) {
                        return Err(self.duplicate_at(open, second, depth));
                    }
                    self.pos += 1;
                    return Ok(Value::Object(Object(members)));
                }
                _ => return Err(self.error(Kind::CommaOrBrace)),
            }
        }
    }

    /// The error for the key at `index` of the object that opens at `open`, a key given before: the
    /// object is read again up to it (only for an object refused; its text read without error once).
    fn duplicate_at(&mut self, open: usize, index: usize, depth: usize) -> SyntaxError {
        self.pos = open;
        for _ in 0..index {
            // Past `{` or `,`, one member.
            self.pos += 1;
            let member = self.skip_member(depth);
            if member.is_err() {
                break;
            }
            self.skip_whitespace();
        }
        self.pos += 1;
        self.skip_whitespace();
        self.error(Kind::Duplicate)
    }

    /// One member read and dropped: `"key": value`, after optional whitespace.
    fn skip_member(&mut self, depth: usize) -> Result<(), SyntaxError> {
        self.skip_whitespace();
        self.string()?;
        self.consume(b':', Kind::Colon)?;
        self.value(depth).map(drop)
    }

    /// A string, the reader on its opening quote: borrowed from the text when it has no escapes.
    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.pos += 1;
        let text: &'a str = self.text;
        let mut out = String::new();
        let mut start = self.pos;
        let mut escaped = false;
        loop {
            // The plain run first, eight bytes at a time: up to `"`, `\\` or a control character,
            // the bytes a JSON string writes escaped (characters outside ASCII are plain here).
            self.pos = write::first_escape(self.bytes, self.pos, false).unwrap_or(self.bytes.len());
            let Some(b) = self.peek() else {
                return Err(self.error(Kind::End));
            };
            match b {
                b'"' | b'\\' => {
                    // `start` and `pos` are at ASCII bytes, so at character boundaries.
                    let run = text.get(start..self.pos).unwrap_or("");
                    self.pos += 1;
                    if b == b'"' {
                        if !escaped {
                            return Ok(Cow::Borrowed(run));
                        }
                        out.push_str(run);
                        return Ok(Cow::Owned(out));
                    }
                    out.push_str(run);
                    escaped = true;
                    self.escape(&mut out)?;
                    start = self.pos;
                }
                0..=0x1f => return Err(self.error(Kind::Control)),
                _ => self.pos += 1,
            }
        }
    }

    /// The escape after a backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let unit = self.hex4()?;
                let code = match unit {
                    0xd800..=0xdbff => {
                        // A high surrogate must be followed by `\u` and a low one.
                        if self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                            return Err(self.error(Kind::Surrogate));
                        }
                        self.pos += 2;
                        let low = self.hex4()?;
                        if !(0xdc00..=0xdfff).contains(&low) {
                            self.pos -= 6;
                            return Err(self.error(Kind::Surrogate));
                        }
                        0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)
                    }
                    0xdc00..=0xdfff => {
                        self.pos -= 6;
                        return Err(self.error(Kind::Surrogate));
                    }
                    _ => unit,
                };
                // Surrogates are handled above, so `code` is a character.
                out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                return Ok(());
            }
            _ => return Err(self.error(Kind::Escape)),
        };
        out.push(c);
        self.pos += 1;
        Ok(())
    }

    /// Four hex digits.
    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut unit = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.error(Kind::Escape))?;
            unit = unit * 16 + digit;
            self.pos += 1;
        }
        Ok(unit)
    }

    fn skip_digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, as the nearest `f64`: the syntax is
    /// checked here, then [`decimal::to_f64`] reads the digits, correctly rounded.
    fn number(&mut self) -> Result<f64, SyntaxError> {
        let start = self.pos;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let int_start = self.pos;
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.skip_digits(),
            _ => return Err(self.error(Kind::Number)),
        }
        let int_end = self.pos;
        // A short integer (most numbers of an input) is exact as it is: no need for the full reading.
        if int_end - int_start <= 15 && !matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
            let integer = self.bytes.get(int_start..int_end).unwrap_or_default();
            let magnitude = integer
                .iter()
                .fold(0u64, |n, d| n * 10 + u64::from(d - b'0')) as f64;
            return Ok(if negative { -magnitude } else { magnitude });
        }
        let mut fraction = int_end..int_end;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error(Kind::Number));
            }
            let from = self.pos;
            self.skip_digits();
            fraction = from..self.pos;
        }
        // The written exponent, saturating far beyond any text's number of digits.
        let mut exponent: i64 = 0;
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            let sign = match self.peek() {
                Some(b'-') => {
                    self.pos += 1;
                    -1
                }
                Some(b'+') => {
                    self.pos += 1;
                    1
                }
                _ => 1,
            };
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error(Kind::Number));
            }
            while let Some(d @ b'0'..=b'9') = self.peek() {
                exponent = (exponent * 10 + i64::from(d - b'0')).min(SATURATED_EXPONENT);
                self.pos += 1;
            }
            exponent *= sign;
        }
        let digits = |range: std::ops::Range<usize>| self.bytes.get(range).unwrap_or_default();
        let magnitude = decimal::to_f64(digits(int_start..int_end), digits(fraction), exponent);
        if magnitude.is_finite() {
            Ok(if negative { -magnitude } else { magnitude })
        } else {
            self.pos = start;
            Err(self.error(Kind::NumberTooLarge))
        }
    }
}

/// Beyond this a written exponent is only "huge" (no text has this many digits to make up for it).
const SATURATED_EXPONENT: i64 = 1_000_000_000_000_000;

/// The index of the second occurrence of a key that occurs twice, the earliest such in the text.
///
/// Duplicate keys are refused: RFC 8259 leaves their meaning open (readers take the first, the last or
/// both), and an answer given twice with two values is not an answer the engine may choose between.
/// Linear for the objects of an input (a hash table on the stack, up to 64 members); `O(n log n)` by
/// std's heap sort for larger ones, so that no object makes this quadratic.
fn first_duplicate(members: &[(Cow<'_, str>, Value<'_>)]) -> Option<usize> {
    const SLOTS: usize = 128;
    const EMPTY: u8 = u8::MAX;
    if members.len() < 2 {
        return None;
    }
    if members.len() <= SLOTS / 2 {
        let mut table = [EMPTY; SLOTS];
        for (i, (key, _)) in members.iter().enumerate() {
            // The length and three bytes, not every byte: a collision costs a comparison, nothing
            // else, and at most 64 keys bound the probing.
            let bytes = key.as_bytes();
            let byte = |i: usize| u32::from(bytes.get(i).copied().unwrap_or(0));
            let last = bytes.len().saturating_sub(1);
            let mixed =
                (bytes.len() as u32) ^ byte(0) << 8 ^ byte(last / 2) << 16 ^ byte(last) << 24;
            // Fibonacci hashing: the top seven bits of the product, 0..128.
            let mut slot = (mixed.wrapping_mul(0x9e37_79b9) >> 25) as usize % SLOTS;
            loop {
                match table[slot] {
                    EMPTY => {
                        // `i` is below 64.
                        table[slot] = i as u8;
                        break;
                    }
                    j if members.get(usize::from(j)).is_some_and(|(k, _)| k == key) => {
                        return Some(i)
                    }
                    _ => slot = (slot + 1) % SLOTS,
                }
            }
        }
        return None;
    }
    // (key, index): equal keys end up side by side, in document order.
    let keyed: BinaryHeap<(&str, usize)> = members
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (&**k, i))
        .collect();
    keyed
        .into_sorted_vec()
        .windows(2)
        .filter(|pair| pair[0].0 == pair[1].0)
        .map(|pair| pair[1].1)
        .min()
}

/// `value · 10^exponent` rounded to an integer (saturating at `u64::MAX`): the digits the writer tries.
pub(super) fn scale_rounded(value: f64, exponent: i64) -> u64 {
    // `as` saturates, and 17 digits stay below 2^64.
    times_power_of_ten(value, exponent).round() as u64
}

/// `mantissa · 10^exponent` as the nearest `f64` when `mantissa < 2^53` and `|exponent| <= 22` (both
/// factors are then exact, and one IEEE operation rounds once); otherwise close to it.
pub(super) fn scale(mantissa: u64, exponent: i64) -> f64 {
    times_power_of_ten(mantissa as f64, exponent)
}

fn times_power_of_ten(value: f64, exponent: i64) -> f64 {
    const POWERS: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let mut value = value;
    let mut exponent = exponent;
    if value == 0.0 {
        return 0.0;
    }
    // In steps of 10^22, stopping at infinity or zero.
    while exponent > 22 && value.is_finite() {
        value *= 1e22;
        exponent -= 22;
    }
    while exponent < -22 && value != 0.0 {
        value /= 1e22;
        exponent += 22;
    }
    // `exponent` is now within ±22.
    let power = POWERS[exponent.unsigned_abs().min(22) as usize];
    if exponent >= 0 {
        value * power
    } else {
        value / power
    }
}

// ---- Messages (lower case, no final period) ----------------------------------------------------------

const AT: Text = text!(
    "{0} på linje {1}, kolonne {2}",
    "{0} på linje {1}, kolonne {2}",
    "{0} at line {1}, column {2}",
);
const END: Text = text!(
    "teksten slutter for tidlig",
    "teksten sluttar for tidleg",
    "the text ends too early",
);
const VALUE: Text = text!("forventet en verdi", "venta ein verdi", "expected a value");
const KEY: Text = text!(
    "forventet et feltnavn i anførselstegn",
    "venta eit feltnamn i hermeteikn",
    "expected a key in double quotes",
);
const COLON: Text = text!("forventet `:`", "venta `:`", "expected `:`");
const COMMA_OR_BRACE: Text = text!(
    "forventet `,` eller `}`",
    "venta `,` eller `}`",
    "expected `,` or `}`",
);
const COMMA_OR_BRACKET: Text = text!(
    "forventet `,` eller `]`",
    "venta `,` eller `]`",
    "expected `,` or `]`",
);
const NUMBER: Text = text!("ugyldig tall", "ugyldig tal", "invalid number");
const NUMBER_TOO_LARGE: Text = text!(
    "tallet er for stort",
    "talet er for stort",
    "the number is too large",
);
const ESCAPE: Text = text!(
    "ugyldig escape-sekvens",
    "ugyldig escape-sekvens",
    "invalid escape sequence",
);
const CONTROL: Text = text!(
    "kontrolltegn i en tekst må skrives med escape",
    "kontrollteikn i ein tekst må skrivast med escape",
    "a control character in a string must be escaped",
);
const SURROGATE: Text = text!(
    "`\\u`-escape med et enslig surrogat",
    "`\\u`-escape med eit einsleg surrogat",
    "`\\u` escape with a lone surrogate",
);
const TOO_DEEP: Text = text!(
    "nøstet dypere enn 128 nivåer",
    "nøsta djupare enn 128 nivå",
    "nested deeper than 128 levels",
);
const DUPLICATE: Text = text!(
    "feltnavnet er gitt to ganger",
    "feltnamnet er gitt to gonger",
    "the key is given twice",
);
const TRAILING: Text = text!(
    "mer tekst etter JSON-verdien",
    "meir tekst etter JSON-verdien",
    "more text after the JSON value",
);

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Value<'_> {
        parse(text).unwrap_or_else(|e| panic!("{text}: {}", e.describe(Lang::En)))
    }

    fn err(text: &str) -> String {
        match parse(text) {
            Ok(v) => panic!("{text}: accepted as {v:?}"),
            Err(e) => e.describe(Lang::En),
        }
    }

    #[test]
    fn values_of_every_kind() {
        let v =
            ok(r#" { "a": [1, -2.5, 0, 1e2, true, false, null], "b": {}, "c": [], "d": "x" } "#);
        let a = v.get("a").and_then(|a| match a {
            Value::Array(items) => Some(items.clone()),
            _ => None,
        });
        assert_eq!(
            a,
            Some(vec![
                Value::Number(1.0),
                Value::Number(-2.5),
                Value::Number(0.0),
                Value::Number(100.0),
                Value::Bool(true),
                Value::Bool(false),
                Value::Null,
            ])
        );
        assert_eq!(v.get("b"), Some(&Value::Object(Object::new())));
        assert_eq!(v.get("c"), Some(&Value::Array(vec![])));
        assert_eq!(v.get("d").and_then(Value::as_str), Some("x"));
    }

    #[test]
    fn members_keep_document_order_and_a_key_given_twice_is_refused() {
        let v = ok(r#"{"b": 1, "a": 2, "c": {"b": 3}}"#);
        // Past the hash table's size: the same answer by sorting.
        let keys: Vec<String> = (0..100).map(|i| format!("\"k{i}\": 0")).collect();
        assert!(parse(&format!("{{{}}}", keys.join(","))).is_ok());
        let text = format!("{{{}, \"k3\": 1, \"k2\": 1}}", keys.join(","));
        assert_eq!(
            parse(&text).map_err(|e| e.column),
            Err(text.find("\"k3\": 1").map_or(0, |i| i + 1))
        );
        let keys: Vec<&str> = v
            .as_object()
            .map(|o| o.iter().map(|(k, _)| k).collect())
            .unwrap_or_default();
        assert_eq!(keys, ["b", "a", "c"]);
        assert_eq!(
            err(r#"{"b": 1, "a": 2, "b": 3}"#),
            "the key is given twice at line 1, column 18"
        );
        assert_eq!(
            err("{\"x\": {\"a\": 1,\n \"a\": 1, \"z\": 0, \"z\": 0}}"),
            "the key is given twice at line 2, column 2"
        );
        // Many keys: no quadratic work, and a duplicate among them is found.
        let many: Vec<String> = (0..20_000).map(|i| format!("\"k{i}\": {i}")).collect();
        assert!(parse(&format!("{{{}}}", many.join(","))).is_ok());
        assert!(parse(&format!("{{{}, \"k7\": 0}}", many.join(","))).is_err());
    }

    #[test]
    fn strings_without_escapes_are_borrowed_from_the_text() {
        let text = r#"{"plain": "ja", "escaped": "a\"b"}"#;
        let v = ok(text);
        let members: Vec<(bool, bool)> = v
            .as_object()
            .map(|o| {
                o.0.iter()
                    .map(|(k, v)| {
                        let borrowed = |c: &Cow<'_, str>| matches!(c, Cow::Borrowed(_));
                        (borrowed(k), matches!(v, Value::String(s) if borrowed(s)))
                    })
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(members, [(true, true), (true, false)]);
        assert_eq!(v.get("escaped").and_then(Value::as_str), Some("a\"b"));
    }

    #[test]
    fn strings_and_escapes() {
        assert_eq!(
            ok(r#""a\"b\\c\/d\b\f\n\r\t\u00e6\u00C6\ud83d\ude00 ø""#),
            Value::String("a\"b\\c/d\u{8}\u{c}\n\r\t\u{e6}\u{c6}\u{1f600} ø".into())
        );
        assert!(err(r#""\ud83d""#).starts_with("`\\u` escape with a lone surrogate"));
        assert!(err(r#""\ude00""#).starts_with("`\\u` escape with a lone surrogate"));
        assert!(err(r#""\ud83d\u0041""#).starts_with("`\\u` escape with a lone surrogate"));
        assert!(err(r#""\x""#).starts_with("invalid escape sequence"));
        assert!(err(r#""\u12g4""#).starts_with("invalid escape sequence"));
        assert!(err("\"a\u{1}b\"").starts_with("a control character"));
        assert!(err(r#""abc"#).starts_with("the text ends too early"));
    }

    #[test]
    fn numbers_are_the_nearest_double() {
        for text in [
            "0",
            "-0",
            "7",
            "36.6",
            "38.1",
            "0.1",
            "0.3",
            "-273.15",
            "1e-7",
            "2.5E3",
            "120",
            "1e22",
            "9007199254740991",
            "0.000123",
            "1E+2",
            "99.99",
            "36.60",
            "4367953279259290.0",
            "0.0",
            "-0.000",
            "120.000000000000000000000001",
        ] {
            assert_eq!(
                ok(text),
                Value::Number(text.parse::<f64>().unwrap_or(f64::NAN)),
                "{text}"
            );
        }
        assert_eq!(ok("1e-400"), Value::Number(0.0));
        assert!(err("1e400000000000").starts_with("the number is too large"));
        assert_eq!(
            ok("12345678901234567890123"),
            Value::Number(1.2345678901234568e22)
        );
    }

    #[test]
    fn numbers_next_to_a_boundary_are_not_rounded_onto_it() {
        // Each is the double just past the boundary, as Rust reads it; read twice-rounded (digits
        // cut, then scaled) they became the boundary itself.
        for (text, boundary) in [
            ("120.00000000000001", 120.0),
            ("100.00000000000001", 100.0),
            ("0.9999999999999999", 1.0),
            ("39.099999999999994", 39.1),
            ("4.9406564584124654e-324", 0.0),
        ] {
            let read = ok(text).as_f64().unwrap_or(f64::NAN);
            assert_ne!(read, boundary, "{text}");
            assert_eq!(read, text.parse::<f64>().unwrap_or(f64::NAN), "{text}");
        }
    }

    #[test]
    fn huge_exponents_are_made_up_for_by_the_digits() {
        let zeros = "0".repeat(2_000_000);
        // 0.(2,000,000 zeros)3 · 10^2000002 = 30
        assert_eq!(ok(&format!("0.{zeros}3e2000002")), Value::Number(30.0));
        assert_eq!(ok(&format!("-0.{zeros}3e2000002")), Value::Number(-30.0));
        // 3 followed by 2,000,001 zeros, · 10^-2000000 = 30
        assert_eq!(ok(&format!("3{zeros}0e-2000000")), Value::Number(30.0));
        assert_eq!(ok(&format!("3.{zeros}1e-2000000")), Value::Number(0.0));
        for thirty in [
            "3000e-2",
            "0.3e2",
            "30.000",
            "3e1",
            "300000000000000000000e-19",
        ] {
            assert_eq!(ok(thirty), Value::Number(30.0), "{thirty}");
        }
        assert_eq!(ok("0.0e99999999999999999999"), Value::Number(0.0));
        assert_eq!(ok("1e-99999999999999999999"), Value::Number(0.0));
        assert!(err("1e99999999999999999999").starts_with("the number is too large"));
        assert!(err(&format!("1{zeros}e-1999000")).starts_with("the number is too large"));
        assert_eq!(ok(&format!("1{zeros}e-2000308")), Value::Number(1e-308));
    }

    #[test]
    fn syntax_errors_say_what_and_where() {
        assert_eq!(err(""), "the text ends too early at line 1, column 1");
        assert_eq!(
            err("{\n  \"a\": x}"),
            "expected a value at line 2, column 8"
        );
        assert_eq!(err("[1 2]"), "expected `,` or `]` at line 1, column 4");
        assert_eq!(err(r#"{"a" 1}"#), "expected `:` at line 1, column 6");
        assert_eq!(
            err(r#"{"a": 1,}"#),
            "expected a key in double quotes at line 1, column 9"
        );
        assert_eq!(
            err(r#"{"a": 1 "b": 2}"#),
            "expected `,` or `}` at line 1, column 9"
        );
        assert_eq!(err("[1,]"), "expected a value at line 1, column 4");
        assert_eq!(
            err("{} x"),
            "more text after the JSON value at line 1, column 4"
        );
        assert_eq!(
            err("01"),
            "more text after the JSON value at line 1, column 2"
        );
        for bad in [
            "-", "1.", ".5", "1e", "1e+", "+1", "-x", "tru", "nul", "NaN", "Infinity",
        ] {
            assert!(
                err(bad).starts_with("invalid number")
                    || err(bad).starts_with("expected a value")
                    || err(bad).starts_with("the text ends"),
                "{bad}: {}",
                err(bad)
            );
        }
        assert_eq!(err("1e400"), "the number is too large at line 1, column 1");
        assert_eq!(err("-1e400"), "the number is too large at line 1, column 1");
        assert_eq!(err("[ø, 1]"), "expected a value at line 1, column 2");
        assert_eq!(
            parse("x").map_err(|e| e.describe(Lang::Nb)),
            Err("forventet en verdi på linje 1, kolonne 1".into())
        );
    }

    #[test]
    fn nesting_is_limited_to_128_levels() {
        let nested = |n: usize| "[".repeat(n) + &"]".repeat(n);
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        assert_eq!(
            err(&nested(MAX_DEPTH + 1)),
            "nested deeper than 128 levels at line 1, column 129"
        );
        let objects = |n: usize| r#"{"a":"#.repeat(n) + "1" + &"}".repeat(n);
        assert!(parse(&objects(MAX_DEPTH)).is_ok());
        assert!(parse(&objects(MAX_DEPTH + 1)).is_err());
        // Far deeper does not overflow the stack: the limit stops the descent.
        assert!(parse(&nested(1_000_000)).is_err());
    }
}
