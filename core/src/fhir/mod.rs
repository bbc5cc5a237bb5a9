//! FHIR R4 and CDS Hooks 2.0 interop (issue 5): the catalog as a FHIR `Questionnaire`, a
//! `QuestionnaireResponse` in, CDS Hooks cards and a FHIR `GuidanceResponse` out.
//!
//! Everything here is a pure function from JSON values to JSON values, like the rest of the core: no IO,
//! no clock, no randomness (ids and card uuids are derived from the content), and no panic on any input.
//! The item catalog stays the single source of truth: the Questionnaire is generated from
//! [`crate::catalog::CATALOG`] and the instrument tables, and a QuestionnaireResponse is read back through
//! the same linkIds, then validated by the ordinary input contract ([`crate::evaluate()`]), so a FHIR host
//! gets exactly the same decisions, errors and texts as a JSON host. `docs/FHIR.md` has the mapping table
//! and the choices made.
//!
//! | function | in | out |
//! | --- | --- | --- |
//! | [`questionnaire`] | a primary language | the R4 `Questionnaire` (nb, nn and en texts at once) |
//! | [`evaluate_questionnaire_response`] | an R4 `QuestionnaireResponse` and the engine `options` | the [`Evaluation`](crate::Evaluation), or errors with FHIR paths |
//! | [`input_from_questionnaire_response`] | the same | the engine input JSON it maps to |
//! | [`questionnaire_response`] | an engine input | the R4 `QuestionnaireResponse` with the same answers |
//! | [`cds_hooks_response`] | an evaluation | a CDS Hooks 2.0 response `{ "cards": [...] }` |
//! | [`guidance_response`] | an evaluation | an R4 `GuidanceResponse` with contained `Parameters`, `Observation`s and `OperationOutcome` |
//!
//! A CDS service in three calls:
//!
//! ```
//! use serde_json::json;
//! use tsb_akutt_core::fhir;
//!
//! let qr = json!({
//!     "resourceType": "QuestionnaireResponse",
//!     "status": "in-progress",
//!     "language": "en",
//!     "item": [{ "linkId": "somatic", "item": [{
//!         "linkId": "consciousness",
//!         "answer": [{ "valueCoding": { "code": "unresponsive" } }]
//!     }] }]
//! });
//! let evaluation = fhir::evaluate_questionnaire_response(&qr, &serde_json::Value::Null).unwrap();
//! let response = fhir::cds_hooks_response(&evaluation);
//! assert_eq!(response["cards"][0]["indicator"], "critical");
//! assert_eq!(response["cards"][0]["summary"], "Call 113: immediate danger to life");
//!
//! // A wrong answer type is an error with the FHIR path, never a guess.
//! let bad = json!({ "resourceType": "QuestionnaireResponse",
//!     "item": [{ "linkId": "age", "answer": [{ "valueString": "34" }] }] });
//! let errors = fhir::evaluate_questionnaire_response(&bad, &serde_json::Value::Null).unwrap_err();
//! assert_eq!(errors[0].path, "QuestionnaireResponse.item[0].answer[0].valueString");
//! ```

mod cds_hooks;
mod guidance;
mod questionnaire;
mod response;

pub use cds_hooks::cds_hooks_response;
pub use guidance::guidance_response;
pub use questionnaire::{
    questionnaire, questionnaire_for, questionnaire_helsenorge, Flavour, BCP_47, SDF_QUESTIONNAIRE,
};
pub use response::{
    evaluate_questionnaire_response, input_from_questionnaire_response, questionnaire_response,
};

use crate::errors::{ErrorCode, Errors, InputError};
use crate::evaluate::Evaluation;
use crate::text::{Lang, Text};
use serde::Serialize;
use serde_json::{json, Value};

/// Evaluates either an engine input (`{ answers, instruments?, options? }`, SPEC section 2) or an R4
/// QuestionnaireResponse of [`questionnaire`], told apart by `resourceType` (an engine input has no such
/// key; any other resource type is an error at `QuestionnaireResponse.resourceType`). `options` are the
/// engine options for a QuestionnaireResponse (`null` for none); an engine input carries its own, so
/// giving both is `inconsistent` at `options`. This is what a CDS service or a FHIR host calls when it
/// may hold either.
pub fn evaluate_input_or_response(
    input: &crate::json::Value,
    options: &crate::json::Value,
) -> Result<Evaluation, Vec<InputError>> {
    if is_resource(input) {
        return evaluate_questionnaire_response(&input.into(), &options.into());
    }
    if !matches!(options, crate::json::Value::Null) {
        let lang = input
            .get("options")
            .and_then(|o| o.get("lang"))
            .and_then(crate::json::Value::as_str)
            .and_then(Lang::parse)
            .unwrap_or_default();
        let mut errors = Errors::default();
        errors.push(
            ErrorCode::Inconsistent,
            "options".into(),
            MSG_OPTIONS_TWICE,
            &[],
        );
        return Err(errors.render(lang));
    }
    crate::evaluate(input)
}

/// Whether a value is a FHIR resource (an object with `resourceType`) rather than an engine input.
pub fn is_resource(value: &crate::json::Value) -> bool {
    value
        .as_object()
        .is_some_and(|o| o.contains_key("resourceType"))
}

const MSG_OPTIONS_TWICE: Text = text!(
    "innstillingene til en inndata-JSON står i dens `options`; egne innstillinger gjelder bare et QuestionnaireResponse",
    "innstillingane til ein inndata-JSON står i `options` i han; eigne innstillingar gjeld berre eit QuestionnaireResponse",
    "the options of an engine input are its own `options`; separate options apply to a QuestionnaireResponse only",
);

/// The base of every canonical URL and code system of this project. Canonical URLs identify; they need
/// not resolve.
pub const CANONICAL_BASE: &str = "https://tsb-akutt.no/fhir";

/// `Questionnaire.url` (a QuestionnaireResponse names it, optionally with `|version`).
pub const QUESTIONNAIRE_URL: &str = "https://tsb-akutt.no/fhir/Questionnaire/tsb-akutt";

/// The answers of every yes/no item: `yes`, `no`, `unknown`.
pub const TRI_SYSTEM: &str = "https://tsb-akutt.no/fhir/CodeSystem/tri-state";

/// GCS component points, and `nt` (not testable), as the Questionnaire of engine 0.2.0 coded them: still
/// read in a response, no longer written (every instrument item now has a code system of its own,
/// [`choice_system`] of its linkId).
pub const POINTS_SYSTEM: &str = "https://tsb-akutt.no/fhir/CodeSystem/instrument-points";

/// The standard extensions used (all in the R4 core extension registry).
pub const EXT_TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";
pub const EXT_MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
pub const EXT_MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";
pub const EXT_UNIT: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
pub const EXT_ITEM_CONTROL: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
pub const EXT_DATA_ABSENT_REASON: &str =
    "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
/// The points of an answer option (SDC scoring; R4 core extension, context `Coding` and
/// `Questionnaire.item.answerOption`).
pub const EXT_ORDINAL_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

pub const LOINC: &str = "http://loinc.org";
pub const UCUM: &str = "http://unitsofmeasure.org";

/// The code system of the choices of one choice or multi-choice item (codes are the choice ids), or of
/// the points of one instrument item (`…/CodeSystem/instruments.gcs.eye`: codes are the points, and
/// `nt`).
pub fn choice_system(item_id: &str) -> String {
    format!("{CANONICAL_BASE}/CodeSystem/{item_id}")
}

/// A local code system of this project (`care-level`, `criterion`, `concurrent-need`, …).
pub(crate) fn system(name: &str) -> String {
    format!("{CANONICAL_BASE}/CodeSystem/{name}")
}

/// `_text` (or `_display`, `_title`, …): the translation extension with the two languages other than
/// `primary`.
pub(crate) fn translations(text: Text, primary: Lang) -> Value {
    translations_of(|l| text.get(l).to_string(), primary)
}

/// `_display` (or `_text`, …) for a text made per language: the translation extension with the two
/// languages other than `primary`.
pub(crate) fn translations_of(text: impl Fn(Lang) -> String, primary: Lang) -> Value {
    let extension: Vec<Value> = Lang::ALL
        .iter()
        .filter(|l| **l != primary)
        .map(|l| {
            json!({
                "url": EXT_TRANSLATION,
                "extension": [
                    { "url": "lang", "valueCode": l.id() },
                    { "url": "content", "valueString": text(*l) },
                ]
            })
        })
        .collect();
    json!({ "extension": extension })
}

/// The JSON string of a serialisable enum (`"emergency_113"`, `"met"`, …).
pub(crate) fn id_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

/// FNV-1a over `bytes` from `seed`: a small, stable, platform-independent hash (not cryptographic).
fn fnv1a(bytes: &[u8], seed: u64) -> u64 {
    let mut hash = seed;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// 128 bits derived from `content`.
fn hash128(content: &str) -> [u8; 16] {
    let a = fnv1a(content.as_bytes(), 0xcbf2_9ce4_8422_2325);
    let b = fnv1a(content.as_bytes(), 0x6c62_272e_07bb_0142);
    let mut out = [0u8; 16];
    for (slot, byte) in out
        .iter_mut()
        .zip(a.to_be_bytes().into_iter().chain(b.to_be_bytes()))
    {
        *slot = byte;
    }
    out
}

/// A UUID (version 8, RFC 9562: custom) derived from `content`: the same content gives the same uuid,
/// since the core has no randomness.
pub(crate) fn uuid_from(content: &str) -> String {
    let mut bytes = hash128(content);
    if let Some(b) = bytes.get_mut(6) {
        *b = (*b & 0x0f) | 0x80;
    }
    if let Some(b) = bytes.get_mut(8) {
        *b = (*b & 0x3f) | 0x80;
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let part = |from: usize, to: usize| hex.get(from..to).unwrap_or_default().to_string();
    format!(
        "{}-{}-{}-{}-{}",
        part(0, 8),
        part(8, 12),
        part(12, 16),
        part(16, 20),
        part(20, 32)
    )
}

/// A FHIR resource id (`[A-Za-z0-9\-\.]{1,64}`) from an engine id.
pub(crate) fn fhir_id(id: &str) -> String {
    let out: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .take(64)
        .collect();
    if out.is_empty() {
        "x".to_string()
    } else {
        out
    }
}

/// `s` cut to at most `max` characters, ending in `…` when cut.
pub(crate) fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Escapes the characters that would change the meaning of a text inside GitHub-flavoured Markdown
/// (emphasis, code, links, html, table cells).
pub(crate) fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A whole number as a JSON integer, anything else as a JSON number (or null when not finite).
pub(crate) fn number(value: f64) -> Value {
    if value.is_finite() && value.fract() == 0.0 && value.abs() < 9.0e15 {
        Value::from(value as i64)
    } else {
        serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number)
    }
}
