//! `evaluate_json` on any bytes, and its output written as the wasm binding writes it. A crash (a panic
//! aborts) is a finding: the core must never panic, on any input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The binding hands the core text only (JS strings are UTF-16, converted to UTF-8).
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let written = match tsb_akutt_core::evaluate_json(text) {
        Ok(evaluation) => tsb_akutt_core::json::to_string(&evaluation),
        Err(errors) => tsb_akutt_core::json::to_string(&errors),
    };
    assert!(written.is_ok(), "the output could not be written");
});
