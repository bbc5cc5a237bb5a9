//! One instrument on its own (SPEC section 4: "each also callable on its own").

use crate::answers::{Answered, Answers};
use crate::catalog::Item;
use crate::errors::{code, join, quote, ErrorCode, Errors, InputError};
use crate::input::{parse_answers, parse_cutoffs, parse_instrument};
use crate::instruments::{self, news2, pawss, BandContext, CutoffSex, Cutoffs, ScoreReport};
use crate::json::Value;
use crate::text::{Lang, Text};

/// Scores `instrument_id` from `items` (the instrument's item ids, or `total`; for `news2` the vital
/// sign answer ids, with `age` and `pregnant` for its validity). `options` may hold `lang`, `sex`
/// (`female`, `male`, `other`) and `cutoffs`.
pub fn score(
    instrument_id: &str,
    items: &Value,
    options: &Value,
) -> Result<ScoreReport, Vec<InputError>> {
    let mut errors = Errors::default();
    let (lang, sex, cutoffs) = score_options(options, &mut errors);
    let context = BandContext { sex, cutoffs };
    if instrument_id == "news2" {
        return news2_alone(items, &context, lang, errors);
    }
    let Some(instrument) = instruments::INSTRUMENTS
        .iter()
        .copied()
        .find(|i| i.id == instrument_id)
    else {
        let known: Vec<String> = instruments::ids().map(code).collect();
        errors.push(
            ErrorCode::UnknownInstrument,
            "instrument".into(),
            MSG_UNKNOWN_INSTRUMENT,
            &[&quote(instrument_id), &known.join(", ")],
        );
        return Err(errors.render(lang));
    };
    let parsed = match items {
        Value::Object(map) => parse_instrument(instrument, map, "items", &mut errors),
        other => {
            errors.push(
                ErrorCode::WrongType,
                "items".into(),
                MSG_ITEMS_OBJECT,
                &[other.type_name()],
            );
            None
        }
    };
    match (parsed, errors.is_empty()) {
        // Alone, the PAWSS gate is the threshold item only (no substances, no blood alcohol).
        (Some(given), true) => Ok(instruments::report(
            &given,
            pawss::Gate::of(&given.items),
            &context,
            lang,
        )),
        _ => Err(errors.render(lang)),
    }
}

/// [`score`] over `serde_json` values.
#[cfg(feature = "serde_json")]
pub fn score_serde(
    instrument_id: &str,
    items: &serde_json::Value,
    options: &serde_json::Value,
) -> Result<ScoreReport, Vec<InputError>> {
    score(instrument_id, &items.into(), &options.into())
}

fn news2_alone(
    items: &Value,
    context: &BandContext,
    lang: Lang,
    mut errors: Errors,
) -> Result<ScoreReport, Vec<InputError>> {
    let allowed: Vec<&str> = news2::PARAMETERS
        .iter()
        .map(|i| i.id())
        .chain(["age", "pregnant"])
        .collect();
    let Value::Object(map) = items else {
        errors.push(
            ErrorCode::WrongType,
            "items".into(),
            MSG_ITEMS_OBJECT,
            &[items.type_name()],
        );
        return Err(errors.render(lang));
    };
    for (key, _) in map.iter().filter(|(k, _)| !allowed.contains(k)) {
        let Some(errors) = errors.room() else {
            continue;
        };
        let list: Vec<String> = allowed.iter().map(|a| code(a)).collect();
        errors.push(
            ErrorCode::UnknownInstrumentItem,
            join("items", key),
            MSG_NEWS2_ITEM,
            &[&quote(key), &list.join(", ")],
        );
    }
    if !errors.is_empty() {
        return Err(errors.render(lang));
    }
    // Parsed through the answer contract, so that the values are validated exactly as in `evaluate`.
    let mut answers = Answers::default();
    parse_answers(items, "items", &mut answers, &mut errors);
    if !errors.is_empty() {
        return Err(errors.render(lang));
    }
    let age = answers.number(Item::Age);
    let report = news2::report(
        news2::PARAMETERS.map(|p| news2::points(p, answers.get(p))),
        None,
        news2::NotValid::of(age, answers.pregnant()),
        context,
        lang,
    );
    Ok(report)
}

fn score_options(options: &Value, errors: &mut Errors) -> (Lang, CutoffSex, Cutoffs) {
    let mut lang = Lang::default();
    let mut sex = CutoffSex::Cautious;
    let mut cutoffs = Cutoffs::default();
    match options {
        Value::Null => {}
        Value::Object(map) => {
            if let Some(l) = map
                .get("lang")
                .and_then(Value::as_str)
                .and_then(Lang::parse)
            {
                lang = l;
            }
            for (key, value) in map {
                let path = join("options", key);
                match (key, value.as_str()) {
                    ("lang", Some(s)) if Lang::parse(s).is_some() => {}
                    ("sex", Some("male")) => sex = CutoffSex::Male,
                    ("sex", Some("female" | "other")) => {}
                    ("cutoffs", _) => parse_cutoffs(value, &path, &mut cutoffs, errors),
                    ("lang" | "sex", _) => errors.push(
                        ErrorCode::InvalidChoice,
                        path,
                        MSG_BAD_OPTION,
                        &[&code(key)],
                    ),
                    _ => {
                        if let Some(errors) = errors.room() {
                            errors.push(
                                ErrorCode::UnknownOption,
                                path,
                                MSG_UNKNOWN_OPTION,
                                &[&quote(key)],
                            );
                        }
                    }
                }
            }
        }
        other => errors.push(
            ErrorCode::WrongType,
            "options".into(),
            MSG_OPTIONS_OBJECT,
            &[other.type_name()],
        ),
    }
    (lang, sex, cutoffs)
}

const MSG_UNKNOWN_INSTRUMENT: Text = text!(
    "ukjent instrument {0}; kjente instrumenter er {1}",
    "ukjent instrument {0}; kjende instrument er {1}",
    "unknown instrument {0}; known instruments are {1}",
);
const MSG_ITEMS_OBJECT: Text = text!(
    "leddene må være et objekt, fikk `{0}`",
    "ledda må vere eit objekt, fekk `{0}`",
    "the items must be an object, got `{0}`",
);
const MSG_OPTIONS_OBJECT: Text = text!(
    "innstillingene må være et objekt, fikk `{0}`",
    "innstillingane må vere eit objekt, fekk `{0}`",
    "the options must be an object, got `{0}`",
);
const MSG_NEWS2_ITEM: Text = text!(
    "NEWS2 har ikke parameteren {0}; parameterne er {1}",
    "NEWS2 har ikkje parameteren {0}; parametrane er {1}",
    "NEWS2 has no parameter {0}; its parameters are {1}",
);
const MSG_BAD_OPTION: Text = text!(
    "ugyldig verdi for {0}",
    "ugyldig verdi for {0}",
    "invalid value for {0}",
);
const MSG_UNKNOWN_OPTION: Text = text!(
    "ukjent innstilling {0}",
    "ukjend innstilling {0}",
    "unknown option {0}",
);
