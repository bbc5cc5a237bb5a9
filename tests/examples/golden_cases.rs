//! The golden cases with their full engine inputs, for readers outside the Rust tests (the Node parity
//! test, `wasm/tests/node/helpers.mjs` `goldenCases()`), so that a case that names a baseline is
//! expanded by the one definition in `tests/src/golden.rs`:
//!
//! - `cargo run -q -p tsb-akutt-tests --example golden_cases` prints a JSON list of
//!   `{ "file": "tests/golden/…json", "case": { …, "input": <full input>, "expect": … } }`;
//! - with `-- --pinned` it prints one line per case instead: the file (below `tests/golden/`), a tab,
//!   and the canonical JSON of `{"expect", "input"}` that `tests/golden/expanded.sha256` pins.

use serde_json::{json, Value};
use tsb_akutt_tests::{golden_dir, golden_files, pinned_text, read_case};

fn main() {
    let pinned = std::env::args().any(|a| a == "--pinned");
    let mut list = Vec::new();
    for path in golden_files() {
        let case = read_case(&path);
        let file = path.strip_prefix(golden_dir()).unwrap_or(&path);
        let file = file.to_string_lossy().replace('\\', "/");
        if pinned {
            println!("{file}\t{}", pinned_text(&case));
        } else {
            list.push(json!({ "file": format!("tests/golden/{file}"), "case": case }));
        }
    }
    if !pinned {
        println!("{}", Value::Array(list));
    }
}
