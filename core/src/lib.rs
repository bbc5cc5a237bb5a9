//! # tsb-akutt-core
//!
//! Decision support for acute specialised substance-use treatment (TSB) in Norway: the five criteria
//! for acute TSB, the completeness of the assessment, and care-level routing with concurrent needs.
//! The clinical contract is `SPEC.md` (shared with the team); `docs/CONTRACT.md` is the public JSON
//! contract.
//!
//! **Architecture invariants**: no IO, no state, deterministic; never panics on any input; every rule
//! has an id and a source; the item catalog is the single source of truth for the questions.
//!
//! ```
//! let out = tsb_akutt_core::evaluate_json(r#"{"answers": {"age": 30, "sex": "male",
//!     "substances": ["ghb"], "consciousness": "unresponsive"}}"#).unwrap();
//! assert_eq!(out.routing.level.id(), "emergency_113");
//! ```

// First, so that `text!` can be used in every other module.
#[macro_use]
pub mod text;

pub mod analysis;
pub mod answers;
pub mod catalog;
pub mod catalog_export;
pub mod citizen;
pub mod citizen_wording;
pub mod completeness;
pub mod concurrent;
pub mod criteria;
pub mod decision;
pub mod errors;
pub mod evaluate;
pub mod facts;
#[cfg(feature = "fhir")]
pub mod fhir;
pub mod form;
pub mod input;
pub mod instruments;
pub mod json;
pub mod messages;
mod probes;
pub mod routing;
pub mod rules;
pub mod score;
pub mod sources;

pub use catalog_export::{catalog, CatalogExport};
pub use errors::{ErrorCode, InputError};
pub use evaluate::Evaluation;
pub use score::score;
#[cfg(feature = "serde_json")]
pub use score::score_serde;
pub use text::Lang;

/// The version of the rules (criteria, routing, concurrent needs, completeness). Bumped whenever a
/// rule changes, so that a stored evaluation can be traced to the rules that made it.
pub const RULESET: &str = "2026.2";

/// The version of this engine.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Evaluates one input (SPEC section 2) given as JSON text.
pub fn evaluate_json(json: &str) -> Result<Evaluation, Vec<InputError>> {
    input::parse_str(json).map(|i| evaluate::evaluate_input(&i))
}

/// Evaluates one input given as a JSON value.
pub fn evaluate(value: &json::Value) -> Result<Evaluation, Vec<InputError>> {
    input::parse(value).map(|i| evaluate::evaluate_input(&i))
}

/// Evaluates one input given as a `serde_json` value.
#[cfg(feature = "serde_json")]
pub fn evaluate_serde(value: &serde_json::Value) -> Result<Evaluation, Vec<InputError>> {
    evaluate(&json::Value::from(value))
}

/// Engine and ruleset versions.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct Version {
    pub engine: &'static str,
    pub ruleset: &'static str,
}

pub fn version() -> Version {
    Version {
        engine: ENGINE_VERSION,
        ruleset: RULESET,
    }
}
