//! What a form says at a field whose answer the engine refuses (issue 12), written for people: what to
//! write instead, not what the JSON got wrong. The engine's API stays strict (`input.rs`, `errors.rs`):
//! an invalid answer is an error and nothing is evaluated. A form (the widget) shows the message of the
//! field the error names, and evaluates with that answer left out, so that it counts as not answered
//! (the cautious reading, SPEC 1.2) and the advice on the other answers stays on screen.
//!
//! The ranges come from the catalog, so no form writes them again.

use crate::catalog::{unit_label, Item, Kind};
use crate::text::{number, Lang, Text};

const WHOLE_NUMBER: Text = text!(
    "Skriv et helt tall, {0}–{1}.",
    "Skriv eit heilt tal, {0}–{1}.",
    "Write a whole number, {0}–{1}.",
);
const NUMBER: Text = text!(
    "Skriv et tall, {0}–{1}.",
    "Skriv eit tal, {0}–{1}.",
    "Write a number, {0}–{1}.",
);
const CHOOSE_ONE: Text = text!(
    "Velg ett av svarene.",
    "Vel eitt av svara.",
    "Choose one of the answers.",
);
const CHOOSE_ANY: Text = text!(
    "Velg ett eller flere av svarene.",
    "Vel eitt eller fleire av svara.",
    "Choose one or more of the answers.",
);

/// At a field whose answer contradicts another (`inconsistent`, `total_mismatch`).
pub const INCONSISTENT: Text = text!(
    "Dette svaret passer ikke med et annet svar. Sjekk begge.",
    "Dette svaret passar ikkje med eit anna svar. Sjekk begge.",
    "This answer does not fit another answer. Check both.",
);

/// Beside the advice while an answer is left out.
pub const LEFT_OUT: Text = text!(
    "Et svar må rettes. Til det er rettet, regnes spørsmålet som ubesvart, og rådet bygger på de andre svarene.",
    "Eit svar må rettast. Til det er retta, blir spørsmålet rekna som ikkje svart, og rådet byggjer på dei andre svara.",
    "An answer needs correcting. Until it is, the question counts as not answered, and the advice rests on the other answers.",
);

/// What to write in a number field that accepts `min` to `max` (`unit` as the catalog has it).
pub fn number_message(whole: bool, min: f64, max: f64, unit: &'static str, lang: Lang) -> String {
    let mut max = number(max, lang);
    let unit = unit_label(unit).get(lang);
    if !unit.is_empty() {
        max.push(' ');
        max.push_str(unit);
    }
    let template = if whole { WHOLE_NUMBER } else { NUMBER };
    template.fill(lang, &[&number(min, lang), &max])
}

/// What to give as an answer to `item`, for a field whose answer the engine refuses.
pub fn invalid(item: Item, lang: Lang) -> String {
    match item.def().kind {
        Kind::Int { min, max, unit } => number_message(true, min as f64, max as f64, unit, lang),
        Kind::Number { min, max, unit } => number_message(false, min, max, unit, lang),
        Kind::Multi(_) => CHOOSE_ANY.get(lang).to_string(),
        Kind::Tri(_) | Kind::Choice(_) => CHOOSE_ONE.get(lang).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_field_says_what_to_write_with_the_catalog_range() {
        assert_eq!(
            invalid(Item::Age, Lang::Nb),
            "Skriv et helt tall, 0–120 år."
        );
        assert_eq!(
            invalid(Item::Age, Lang::Nn),
            "Skriv eit heilt tal, 0–120 år."
        );
        assert_eq!(
            invalid(Item::Age, Lang::En),
            "Write a whole number, 0–120 years."
        );
        assert_eq!(
            invalid(Item::Temperature, Lang::Nb),
            "Skriv et tall, 20–45 °C."
        );
        assert_eq!(invalid(Item::Gcs, Lang::En), "Write a whole number, 3–15.");
        assert_eq!(invalid(Item::Seizure, Lang::Nb), "Velg ett av svarene.");
        assert_eq!(
            invalid(Item::Substances, Lang::En),
            "Choose one or more of the answers."
        );
    }
}
