//! Evaluates the JSON input on standard input and prints the evaluation (or the errors) as JSON.
//! `cargo run -q -p tsb-akutt-core --example evaluate < input.json`

use std::io::Read;

fn main() {
    let mut input = String::new();
    if std::io::stdin().read_to_string(&mut input).is_err() {
        eprintln!("could not read standard input");
        std::process::exit(2);
    }
    let (json, code) = match tsb_akutt_core::evaluate_json(&input) {
        Ok(out) => (serde_json::to_string_pretty(&out), 0),
        Err(errors) => (serde_json::to_string_pretty(&errors), 1),
    };
    println!("{}", json.unwrap_or_default());
    std::process::exit(code);
}
