//! `score` as the wasm binding calls it: `<instrument id> NUL <items JSON> NUL <options JSON>` (options
//! `null` when the second NUL is missing). Each text is size-checked and read by the core's reader.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tsb_akutt_core::input::check_size;
use tsb_akutt_core::json::{self, Value};
use tsb_akutt_core::Lang;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = text.splitn(3, '\0');
    let id = parts.next().unwrap_or_default();
    let items = parts.next().unwrap_or("{}");
    let options = parts.next().unwrap_or("null");
    let read = |text| {
        check_size(text, "", Lang::default())
            .ok()
            .and_then(|()| json::parse(text).ok())
    };
    let (Some(items), Some(options)) = (read(items), read(options)) else {
        return;
    };
    let written = match tsb_akutt_core::score(id, &items, &options) {
        Ok(report) => json::to_string(&report),
        Err(errors) => json::to_string(&errors),
    };
    assert!(written.is_ok(), "the output could not be written");
    // The reader's tree is written back as JSON that reads as the same tree.
    let again = json::to_string(&items).ok();
    let reread: Option<Value> = again.as_deref().and_then(|t| json::parse(t).ok());
    assert!(reread.is_some(), "written JSON did not read back");
});
