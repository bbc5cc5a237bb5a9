//! JSON for the engine's own use: a reader of JSON text into a [`Value`] ([`parse`]) and a writer of
//! the output types as compact JSON text ([`to_string`]).
//!
//! Why not `serde_json`: in the WebAssembly module (wasm/BENCHMARKS.md) reading into a
//! `serde_json::Value` took about 24 KB of code (its parser, its `BTreeMap` objects, its error
//! messages) and a third of the time of an evaluation. The input contract needs only a tree it can
//! walk and report paths in; this reader builds one with objects as lists in document order, and it
//! says what is wrong in nb, nn or en. Natively, with the `serde_json` feature, a `serde_json::Value`
//! converts into a [`Value`] (`From`), so Rust callers can keep theirs.

mod decimal;
mod read;
mod write;

pub use read::{parse, SyntaxError, MAX_DEPTH};
pub use write::{to_string, to_string_without, Error as WriteError, Skip};

use std::borrow::Cow;

/// A JSON value. Strings and keys borrow from the text they were read from when it holds them as they
/// are (no escapes): no allocation for most of them.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value<'a> {
    #[default]
    Null,
    Bool(bool),
    /// Every JSON number is read as the nearest `f64` (finite: larger numbers are a syntax error).
    Number(f64),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    Object(Object<'a>),
}

/// A JSON object: its members in document order. The reader refuses a key given twice; an object built
/// otherwise (with [`Object::push`]) may have one, and [`Object::get`] then finds the last.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Object<'a>(Vec<(Cow<'a, str>, Value<'a>)>);

impl<'a> Object<'a> {
    pub fn new() -> Object<'a> {
        Object(Vec::new())
    }

    /// The value of the last member named `key`.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }

    /// Adds a member at the end.
    pub fn push(&mut self, key: impl Into<Cow<'a, str>>, value: Value<'a>) {
        self.0.push((key.into(), value));
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value<'a>)> {
        self.0.iter().map(|(k, v)| (&**k, v))
    }
}

impl<'o, 'a> IntoIterator for &'o Object<'a> {
    type Item = (&'o str, &'o Value<'a>);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'o, (Cow<'a, str>, Value<'a>)>,
        fn(&'o (Cow<'a, str>, Value<'a>)) -> (&'o str, &'o Value<'a>),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (&**k, v))
    }
}

impl<'a, K: Into<Cow<'a, str>>> FromIterator<(K, Value<'a>)> for Object<'a> {
    fn from_iter<I: IntoIterator<Item = (K, Value<'a>)>>(iter: I) -> Object<'a> {
        Object(iter.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }
}

impl<'a> Value<'a> {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Object<'a>> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }

    /// The member `key` of an object (`None` for anything else).
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.as_object().and_then(|o| o.get(key))
    }

    /// The JSON type, as messages name it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
    }
}

/// A number the way JSON writes it, shortest form: `30`, `-0.5`, `1e300` (see [`write`]).
pub fn number_text(n: f64) -> String {
    let mut out = write::Out::with_capacity(24);
    write::push_float(&mut out, n);
    out.into_string().unwrap_or_default()
}

/// `s` as a JSON string literal (quotes and escapes; characters outside ASCII as they are).
pub fn string_literal(s: &str) -> String {
    let mut out = write::Out::with_capacity(s.len() + 2);
    write::push_string(&mut out, s, false);
    out.into_string().unwrap_or_default()
}

/// Written as the JSON it was read from (objects in document order), by [`to_string`] or any serde
/// serializer.
impl serde::Serialize for Value<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Number(n) => serializer.serialize_f64(*n),
            Value::String(s) => serializer.serialize_str(s),
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Value::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (key, value) in members {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

#[cfg(feature = "serde_json")]
impl From<&serde_json::Value> for Value<'static> {
    fn from(value: &serde_json::Value) -> Value<'static> {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            // Every serde_json number has an f64 (without the arbitrary-precision feature).
            serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
            serde_json::Value::String(s) => Value::String(Cow::Owned(s.clone())),
            serde_json::Value::Array(a) => Value::Array(a.iter().map(Value::from).collect()),
            serde_json::Value::Object(o) => Value::Object(
                o.iter()
                    .map(|(k, v)| (Cow::Owned(k.clone()), Value::from(v)))
                    .collect(),
            ),
        }
    }
}

#[cfg(feature = "serde_json")]
impl From<&Value<'_>> for serde_json::Value {
    /// For the FHIR mapping, which reads `serde_json` values: a number that is a whole number (below
    /// 2^53) becomes a `serde_json` integer, as `serde_json` reads `3` (JSON has one kind of number).
    fn from(value: &Value<'_>) -> serde_json::Value {
        match value {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => {
                serde_json::Value::from(*n as i64)
            }
            Value::Number(n) => serde_json::Number::from_f64(*n)
                .map_or(serde_json::Value::Null, serde_json::Value::Number),
            Value::String(s) => serde_json::Value::String(s.to_string()),
            Value::Array(a) => {
                serde_json::Value::Array(a.iter().map(serde_json::Value::from).collect())
            }
            Value::Object(o) => serde_json::Value::Object(
                o.iter()
                    .map(|(k, v)| (k.to_string(), serde_json::Value::from(v)))
                    .collect(),
            ),
        }
    }
}
