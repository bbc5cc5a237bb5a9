//! The golden cases (`tests/golden/`, format in `tests/golden/README.md`): the one definition of how a
//! case that names a baseline expands into its full engine input. Every reader of the cases goes through
//! it: the Rust tests with [`golden_files`] and [`read_case`], the Node tests through the `golden_cases`
//! example (`tests/examples/golden_cases.rs`).

use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// The sections of an engine input a case can change in its baseline.
const SECTIONS: [&str; 3] = ["answers", "instruments", "options"];

/// The fields a case that names a baseline may have.
const BASELINE_CASE_FIELDS: [&str; 8] = [
    "name",
    "about",
    "baseline",
    "answers",
    "without",
    "instruments",
    "options",
    "expect",
];

/// `tests/golden/`.
pub fn golden_dir() -> PathBuf {
    crate::tests_dir().join("golden")
}

/// `tests/golden/baselines/`: the shared inputs cases start from; not cases themselves.
pub fn baselines_dir() -> PathBuf {
    golden_dir().join("baselines")
}

/// Every golden case file: `tests/golden/**/*.json` but the baselines, sorted.
pub fn golden_files() -> Vec<PathBuf> {
    let baselines = baselines_dir();
    crate::json_files(&golden_dir())
        .into_iter()
        .filter(|p| !p.starts_with(&baselines))
        .collect()
}

/// A golden case file with its full engine input in `input`: a case that names a baseline comes back
/// as if it had been written whole (`baseline`, `answers`, `without`, `instruments` and `options`
/// replaced by `input`); a whole case comes back as it is.
pub fn read_case(path: &Path) -> Value {
    let case = crate::read_json(path);
    expand_case(&case).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The engine input of a golden case: its `input`, or its baseline with its differences applied.
pub fn case_input(case: &Value) -> Value {
    expand_input(case).unwrap_or_else(|e| panic!("golden case {}: {e}", case["name"]))
}

/// The case with its full input (see [`read_case`]).
pub fn expand_case(case: &Value) -> Result<Value, String> {
    let input = expand_input(case)?;
    let mut out = Map::new();
    for (k, v) in case.as_object().ok_or("a case is an object")? {
        if k != "baseline" && k != "without" && !SECTIONS.contains(&k.as_str()) {
            out.insert(k.clone(), v.clone());
        }
    }
    out.insert("input".into(), input);
    Ok(Value::Object(out))
}

/// The full engine input of a case. The rules (tests/golden/README.md):
/// - a case has either `input` (the whole engine input, used as it is) or `baseline`, never both;
/// - `baseline: "<name>"` starts from the `input` of `tests/golden/baselines/<name>.json`;
/// - each entry of the case's `answers`, `instruments` and `options` is added, or replaces the
///   baseline's entry of that key whole (no deep merge); repeating the baseline's value is an error;
/// - `without: ["answers.pregnant", ...]` leaves out baseline entries (`<section>.<key>`); naming an
///   entry the baseline does not have, or one the case also sets, is an error.
pub fn expand_input(case: &Value) -> Result<Value, String> {
    let fields = case.as_object().ok_or("a case is an object")?;
    let Some(name) = fields.get("baseline") else {
        if let Some(field) = ["without", "answers", "instruments", "options"]
            .into_iter()
            .find(|f| fields.contains_key(*f))
        {
            return Err(format!(
                "`{field}` beside `input`: only a case with a baseline has it"
            ));
        }
        return fields
            .get("input")
            .cloned()
            .ok_or_else(|| "neither `input` nor `baseline`".to_string());
    };
    if let Some(field) = fields
        .keys()
        .find(|k| !BASELINE_CASE_FIELDS.contains(&k.as_str()))
    {
        return Err(format!(
            "`{field}` in a case with a baseline (it has {BASELINE_CASE_FIELDS:?})"
        ));
    }
    let name = name.as_str().ok_or("`baseline` is a name")?;
    let mut input = baseline(name)?;
    let sections = input
        .as_object_mut()
        .ok_or_else(|| format!("baseline {name}: its input is not an object"))?;
    let without: Vec<&str> = match fields.get("without") {
        None => Vec::new(),
        Some(list) => list
            .as_array()
            .and_then(|l| l.iter().map(Value::as_str).collect::<Option<Vec<_>>>())
            .ok_or("`without` is a list of \"<section>.<key>\"")?,
    };
    for entry in &without {
        let (section, key) = entry
            .split_once('.')
            .filter(|(s, _)| SECTIONS.contains(s))
            .ok_or_else(|| format!("without: {entry:?} is not <section>.<key>"))?;
        if fields.get(section).and_then(|s| s.get(key)).is_some() {
            return Err(format!("without: {entry} is also set by the case"));
        }
        let removed = sections
            .get_mut(section)
            .and_then(Value::as_object_mut)
            .and_then(|s| s.remove(key));
        if removed.is_none() {
            return Err(format!("without: baseline {name} has no {entry}"));
        }
    }
    for section in SECTIONS {
        let Some(changes) = fields.get(section) else {
            continue;
        };
        let changes = changes
            .as_object()
            .ok_or_else(|| format!("`{section}` is an object"))?;
        let target = sections
            .entry(section)
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()
            .ok_or_else(|| format!("baseline {name}: `{section}` is not an object"))?;
        for (key, value) in changes {
            if target.get(key) == Some(value) {
                return Err(format!(
                    "{section}.{key} repeats the value of baseline {name}: leave it out"
                ));
            }
            target.insert(key.clone(), value.clone());
        }
    }
    Ok(input)
}

/// The `input` of `tests/golden/baselines/<name>.json`.
fn baseline(name: &str) -> Result<Value, String> {
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(format!("baseline {name:?}: not a file name"));
    }
    let path = baselines_dir().join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("baseline {name}: {}: {e}", path.display()))?;
    let file: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    match file.get("input") {
        Some(input @ Value::Object(_)) => Ok(input.clone()),
        _ => Err(format!("{}: no `input` object", path.display())),
    }
}

/// Canonical JSON text: compact, object keys sorted (by their UTF-8 bytes), strings and numbers as
/// serde_json writes them; the same text whatever the key order in the file.
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write_canonical(&mut out, value);
    out
}

fn write_canonical(out: &mut String, value: &Value) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                write_canonical(out, &map[key]);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(out, item);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// What the manifest `tests/golden/expanded.sha256` pins of a case: the canonical JSON of
/// `{"expect": <expect>, "input": <full input>}`.
pub fn pinned_text(case: &Value) -> String {
    let mut pinned = Map::new();
    pinned.insert("expect".into(), case["expect"].clone());
    pinned.insert("input".into(), case["input"].clone());
    canonical_json(&Value::Object(pinned))
}

/// The SHA-256 of `bytes`, in lower-case hex (FIPS 180-4; the tests need no crate for it).
pub fn sha256_hex(bytes: &[u8]) -> String {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut message = bytes.to_vec();
    message.push(0x80);
    while message.len() % 64 != 56 {
        message.push(0);
    }
    message.extend_from_slice(&((bytes.len() as u64) * 8).to_be_bytes());
    for block in message.chunks(64) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    h.iter().map(|x| format!("{x:08x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn sha256_of_known_vectors() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            sha256_hex(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
    }

    #[test]
    fn canonical_json_sorts_keys_at_every_depth() {
        let v = json!({"b": [ {"z": 1, "a": 2.5} ], "a": "é\"", "c": null});
        assert_eq!(
            canonical_json(&v),
            r#"{"a":"é\"","b":[{"a":2.5,"z":1}],"c":null}"#
        );
    }

    #[test]
    fn a_whole_case_is_its_input() {
        let case = json!({"name": "x", "input": [1], "expect": {}});
        assert_eq!(expand_input(&case), Ok(json!([1])));
        assert!(expand_input(&json!({"name": "x", "expect": {}})).is_err());
    }
}
