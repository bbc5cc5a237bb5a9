//! The input contract (SPEC section 2): parse and validate one JSON input into typed answers,
//! instrument answers and options. Every problem becomes an [`InputError`] with a stable code, the path
//! of the offending key and a localised message; all problems are reported together; nothing is
//! silently dropped or guessed (SPEC 1.4). Nothing here panics, whatever the JSON.

use crate::answers::{option_index, Answered, Answers, Slot};
use crate::catalog::{Item, Kind, CATALOG};
use crate::errors::{
    code, concat, index, join, quote, suggest, Arg, ErrorCode, Errors, InputError,
};
use crate::facts::{InstrumentFacts, TotalAnswer, TOTAL_ANSWERS};
use crate::instruments::{
    self, news2, AuditCCutoff, CiwaCutoff, Cutoffs, Instrument, Interval, ItemAnswers, Points,
};
use crate::json::{self, Object, Value};
use crate::routing::Level;
use crate::text::{Lang, Text};
use serde::Serialize;

/// A validated input.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    pub answers: Answers,
    pub instruments: Vec<InstrumentInput>,
    pub options: Options,
}

/// What was given under `instruments.<id>`.
#[derive(Clone, Debug)]
pub struct InstrumentInput {
    pub instrument: &'static Instrument,
    pub items: ItemAnswers,
    pub total: Option<f64>,
}

impl PartialEq for InstrumentInput {
    fn eq(&self, other: &Self) -> bool {
        self.instrument.id == other.instrument.id
            && self.items == other.items
            && self.total == other.total
    }
}

impl InstrumentInput {
    /// The totals the given items and total allow (`None`: they contradict each other).
    pub fn interval(&self) -> Option<Interval> {
        let from_items = self.items.interval(self.instrument);
        match self.total {
            Some(t) => from_items.intersect(&Interval::exact(t)),
            None => Some(from_items),
        }
    }
}

/// Who reads the output (SPEC section 9).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    #[default]
    Clinician,
    Citizen,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    pub lang: Lang,
    pub audience: Audience,
    pub services: Vec<Service>,
    pub cutoffs: Cutoffs,
    /// `texts: false` (SPEC 2): the JSON text of the evaluation carries ids only, no texts.
    pub ids_only: bool,
}

/// A local service from `options.services`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Service {
    pub id: String,
    pub name: String,
    pub levels: Vec<Level>,
    #[cfg_attr(feature = "ts", ts(optional))]
    pub phone: Option<String>,
    #[cfg_attr(feature = "ts", ts(optional))]
    pub url: Option<String>,
    #[cfg_attr(feature = "ts", ts(optional))]
    pub hours: Option<String>,
}

/// The longest JSON text read, in bytes: 4 MiB. Checked before anything else, so that the work of one
/// call is bounded (a fully answered input is about 2 KB; SPEC puts no limit, and a form cannot come
/// near this). A longer text is one `input_too_large` error.
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;

/// `Err` with the one `input_too_large` error (at `path`) when `text` is longer than
/// [`MAX_INPUT_BYTES`].
pub fn check_size(text: &str, path: &str, lang: Lang) -> Result<(), Vec<InputError>> {
    if text.len() <= MAX_INPUT_BYTES {
        return Ok(());
    }
    let mut errors = Errors::default();
    errors.push(
        ErrorCode::InputTooLarge,
        path.to_string(),
        MSG_INPUT_TOO_LARGE,
        &[
            &json::number_text(text.len() as f64),
            &json::number_text(MAX_INPUT_BYTES as f64),
        ],
    );
    Err(errors.render(lang))
}

/// Parses a JSON text. Text longer than [`MAX_INPUT_BYTES`] is an `input_too_large` error; invalid
/// JSON (or nesting deeper than 128 levels) is an `invalid_json` error.
pub fn parse_str(text: &str) -> Result<Input, Vec<InputError>> {
    // The language cannot be read from text that is not read: the default one.
    check_size(text, "", Lang::default())?;
    match json::parse(text) {
        Ok(value) => parse(&value),
        Err(e) => {
            // The language cannot be read from text that is not JSON: the default one.
            let lang = Lang::default();
            let mut errors = Errors::default();
            errors.push(
                ErrorCode::InvalidJson,
                String::new(),
                MSG_INVALID_JSON,
                &[&e.describe(lang)],
            );
            Err(errors.render(lang))
        }
    }
}

/// Parses and validates an input value.
pub fn parse(value: &Value) -> Result<Input, Vec<InputError>> {
    let mut errors = Errors::default();
    let mut input = Input::default();
    let Some(root) = expect_object(value, "", &mut errors) else {
        return Err(errors.render(Lang::default()));
    };
    // The language first, so that every other message can be rendered in it.
    if let Some(lang) = root
        .get("options")
        .and_then(|o| o.get("lang"))
        .and_then(Value::as_str)
        .and_then(Lang::parse)
    {
        input.options.lang = lang;
    }
    for (key, value) in root {
        match key {
            "answers" => parse_answers(value, "answers", &mut input.answers, &mut errors),
            "instruments" => parse_instruments(value, &mut input.instruments, &mut errors),
            "options" => parse_options(value, &mut input.options, &mut errors),
            _ => {
                if let Some(errors) = errors.room() {
                    errors.push(
                        ErrorCode::UnknownField,
                        join("", key),
                        MSG_UNKNOWN_FIELD,
                        &[&quote(key), "`answers`, `instruments`, `options`"],
                    );
                }
            }
        }
    }
    check_totals(&input, &mut errors);
    let instruments = InstrumentFacts::from_inputs(&input.instruments);
    check_consistency(&input.answers, &instruments, &mut |blame, message| {
        let path = match blame {
            Blame::Answer(item) => join("answers", item.id()),
            Blame::Path(path) => path.to_string(),
        };
        errors.push(ErrorCode::Inconsistent, path, message, &[]);
    });
    if errors.is_empty() {
        Ok(input)
    } else {
        Err(errors.render(input.options.lang))
    }
}

/// A value as a message shows it: a number or a short string as JSON writes it, anything else by its
/// JSON type.
pub(crate) fn shown(value: &Value) -> String {
    match value {
        Value::Number(n) => code(&json::number_text(*n)),
        Value::String(s) => quote(&json::string_literal(s)),
        other => code(other.type_name()),
    }
}

/// `wrong_type` at `path`: what was expected and what was given.
pub(crate) fn wrong_type(errors: &mut Errors, path: String, expected: Text, value: &Value) {
    let what = if path.is_empty() {
        "input".to_string()
    } else {
        code(&path)
    };
    errors.push_args(
        ErrorCode::WrongType,
        path,
        MSG_WRONG_TYPE,
        vec![
            Arg::Plain(what),
            Arg::Phrase(expected),
            Arg::Plain(shown(value)),
        ],
    );
}

fn expect_object<'v, 'a>(
    value: &'v Value<'a>,
    path: &str,
    errors: &mut Errors,
) -> Option<&'v Object<'a>> {
    match value {
        Value::Object(map) => Some(map),
        other => {
            wrong_type(errors, path.to_string(), EXPECTED_OBJECT, other);
            None
        }
    }
}

/// Parses answers given at `base` (`answers`; `items` for the stand-alone NEWS2 score).
pub(crate) fn parse_answers(value: &Value, base: &str, answers: &mut Answers, errors: &mut Errors) {
    let Some(map) = expect_object(value, base, errors) else {
        return;
    };
    let mut previous = None;
    for (key, value) in map {
        // Paths are built only when there is an error to report.
        let path = || join(base, key);
        match Item::from_id_after(key, previous) {
            Some(item) => {
                previous = Some(item);
                if let Some(slot) = parse_answer(item, value, &path, errors) {
                    answers.set(item, slot);
                }
            }
            None => {
                if let Some(errors) = errors.room() {
                    errors.push_suggesting(
                        ErrorCode::UnknownItem,
                        path(),
                        (MSG_UNKNOWN_ITEM_NEAR, MSG_UNKNOWN_ITEM),
                        &[&quote(key)],
                        (key, catalog_suggestion),
                    );
                }
            }
        }
    }
}

/// The item id a misspelt key most likely means (made only for the errors that are listed).
fn catalog_suggestion(key: &str) -> Option<String> {
    suggest(key, CATALOG.iter().map(|d| d.id)).map(str::to_string)
}

fn parse_answer(
    item: Item,
    value: &Value,
    path: &dyn Fn() -> String,
    errors: &mut Errors,
) -> Option<Slot> {
    if value.as_str() == Some("unknown") {
        return Some(Slot::Unknown);
    }
    match item.def().kind {
        Kind::Tri(_) => match value {
            Value::String(s) if s == "yes" => Some(Slot::Yes),
            Value::String(s) if s == "no" => Some(Slot::No),
            Value::String(s) => {
                errors.push(
                    ErrorCode::InvalidChoice,
                    path(),
                    MSG_INVALID_CHOICE,
                    &[&quote(s), &code(item.id()), "`yes`, `no`, `unknown`"],
                );
                None
            }
            other => {
                wrong_type(errors, path(), EXPECTED_TRI, other);
                None
            }
        },
        Kind::Int { min, max, .. } => {
            parse_number(value, path, min as f64, max as f64, true, errors).map(Slot::Number)
        }
        Kind::Number { min, max, .. } => {
            parse_number(value, path, min, max, false, errors).map(Slot::Number)
        }
        Kind::Choice(choices) => match value {
            Value::String(s) => match option_index(item, s) {
                Some(i) => Some(Slot::Choice(i as u8)),
                None => {
                    invalid_choice(errors, &path(), s, item, choices.iter().map(|c| c.id));
                    None
                }
            },
            other => {
                wrong_type(errors, path(), EXPECTED_STRING, other);
                None
            }
        },
        Kind::Multi(choices) => match value {
            Value::Array(values) if values.is_empty() => {
                errors.push(
                    ErrorCode::InvalidChoice,
                    path(),
                    MSG_EMPTY_MULTI,
                    &[&code(item.id())],
                );
                None
            }
            Value::Array(values) => {
                let mut bits: u16 = 0;
                let mut ok = true;
                for (i, v) in values.iter().enumerate() {
                    if let Some(k) = v.as_str().and_then(|s| option_index(item, s)) {
                        bits |= 1 << k;
                        continue;
                    }
                    ok = false;
                    // A long array of bad values: once the list is full they are only counted.
                    let Some(errors) = errors.room() else {
                        continue;
                    };
                    let p = index(&path(), i);
                    match v {
                        Value::String(s) => {
                            invalid_choice(errors, &p, s, item, choices.iter().map(|c| c.id))
                        }
                        other => wrong_type(errors, p, EXPECTED_STRING, other),
                    }
                }
                ok.then_some(Slot::Multi(bits))
            }
            other => {
                wrong_type(errors, path(), EXPECTED_ARRAY, other);
                None
            }
        },
    }
}

fn invalid_choice<'a>(
    errors: &mut Errors,
    path: &str,
    given: &str,
    item: Item,
    allowed: impl Iterator<Item = &'a str>,
) {
    let list: Vec<String> = allowed.map(code).collect();
    errors.push(
        ErrorCode::InvalidChoice,
        path.to_string(),
        MSG_INVALID_CHOICE,
        &[&quote(given), &code(item.id()), &list.join(", ")],
    );
}

fn parse_number(
    value: &Value,
    path: &dyn Fn() -> String,
    min: f64,
    max: f64,
    whole: bool,
    errors: &mut Errors,
) -> Option<f64> {
    let Some(n) = value.as_f64() else {
        wrong_type(
            errors,
            path(),
            if whole {
                EXPECTED_WHOLE
            } else {
                EXPECTED_NUMBER
            },
            value,
        );
        return None;
    };
    if whole && n.fract() != 0.0 {
        wrong_type(errors, path(), EXPECTED_WHOLE, value);
        return None;
    }
    if n < min || n > max {
        errors.push(
            ErrorCode::OutOfRange,
            path(),
            MSG_OUT_OF_RANGE,
            &[&shown(value), &code(&path()), &fmt(min), &fmt(max)],
        );
        return None;
    }
    Some(n)
}

fn fmt(n: f64) -> String {
    crate::text::number(n, Lang::En)
}

fn parse_instruments(value: &Value, out: &mut Vec<InstrumentInput>, errors: &mut Errors) {
    let Some(map) = expect_object(value, "instruments", errors) else {
        return;
    };
    for (key, value) in map {
        let Some(instrument) = instruments::instrument(key) else {
            if let Some(errors) = errors.room() {
                let known: Vec<String> = instruments::ids().map(code).collect();
                errors.push(
                    ErrorCode::UnknownInstrument,
                    join("instruments", key),
                    MSG_UNKNOWN_INSTRUMENT,
                    &[&quote(key), &known.join(", ")],
                );
            }
            continue;
        };
        let path = join("instruments", key);
        let Some(fields) = expect_object(value, &path, errors) else {
            continue;
        };
        if let Some(parsed) = parse_instrument(instrument, fields, &path, errors) {
            out.push(parsed);
        }
    }
}

/// Parses the item answers and total of one instrument (also used by the stand-alone `score`).
pub fn parse_instrument(
    instrument: &'static Instrument,
    fields: &Object,
    path: &str,
    errors: &mut Errors,
) -> Option<InstrumentInput> {
    let mut items = ItemAnswers::new(instrument);
    let mut total = None;
    let mut ok = true;
    // Where the search for the next key's item starts: after the last one found (given in order,
    // as forms give them, each is then found at once).
    let mut next = 0;
    for (key, value) in fields {
        let item_path = || join(path, key);
        if key == "total" {
            match parse_number(
                value,
                &item_path,
                instrument.min_total,
                instrument.max_total,
                true,
                errors,
            ) {
                Some(t) => total = Some(t),
                None => ok = false,
            }
            continue;
        }
        let count = instrument.items.len();
        let found = (next..count)
            .chain(0..next)
            .find(|&k| instrument.items.get(k).is_some_and(|i| i.id == key));
        let Some(k) = found else {
            ok = false;
            if let Some(errors) = errors.room() {
                let mut known: Vec<String> = instrument.items.iter().map(|i| code(i.id)).collect();
                known.push("`total`".into());
                errors.push(
                    ErrorCode::UnknownInstrumentItem,
                    item_path(),
                    MSG_UNKNOWN_INSTRUMENT_ITEM,
                    &[&quote(key), &code(instrument.id), &known.join(", ")],
                );
            }
            continue;
        };
        next = k + 1;
        let points = instrument.items[k].points;
        let parsed = match (points, value) {
            (Points::Bool | Points::Gate, Value::Bool(b)) => Some(Some(if *b { 1.0 } else { 0.0 })),
            (Points::Bool | Points::Gate, other) => {
                wrong_type(errors, item_path(), EXPECTED_BOOL, other);
                None
            }
            (Points::RangeOrNotTestable(..), Value::String(s)) if s == "nt" => Some(None),
            (_, Value::Number(n)) => match *n {
                v if points.allows(v) => Some(Some(v)),
                _ => {
                    errors.push(
                        ErrorCode::OutOfRange,
                        item_path(),
                        MSG_POINTS,
                        &[&shown(value), &code(&item_path()), &points.describe()],
                    );
                    None
                }
            },
            (_, other) => {
                wrong_type(errors, item_path(), EXPECTED_WHOLE, other);
                None
            }
        };
        match parsed {
            Some(v) => items.values[k] = Some(v),
            None => ok = false,
        }
    }
    if !ok {
        return None;
    }
    let parsed = InstrumentInput {
        instrument,
        items,
        total,
    };
    // NEWS2 has no items here: its total is checked against the vital signs in `answers` (check_totals).
    if !instrument.items.is_empty() && parsed.interval().is_none() {
        let range = parsed.items.interval(instrument);
        errors.push(
            ErrorCode::TotalMismatch,
            join(path, "total"),
            MSG_TOTAL_MISMATCH,
            &[
                &fmt(total.unwrap_or_default()),
                &code(instrument.id),
                &fmt(range.lo),
                &fmt(range.hi),
            ],
        );
        return None;
    }
    Some(parsed)
}

fn parse_options(value: &Value, options: &mut Options, errors: &mut Errors) {
    let Some(map) = expect_object(value, "options", errors) else {
        return;
    };
    for (key, value) in map {
        let path = join("options", key);
        match key {
            "lang" => match value.as_str() {
                Some(s) if Lang::parse(s).is_some() => {}
                Some(s) => errors.push(
                    ErrorCode::InvalidChoice,
                    path,
                    MSG_INVALID_OPTION_VALUE,
                    &[&quote(s), &code(key), "`nb`, `nn`, `en`"],
                ),
                None => wrong_type(errors, path, EXPECTED_STRING, value),
            },
            "audience" => match value.as_str() {
                Some("clinician") => options.audience = Audience::Clinician,
                Some("citizen") => options.audience = Audience::Citizen,
                Some(s) => errors.push(
                    ErrorCode::InvalidChoice,
                    path,
                    MSG_INVALID_OPTION_VALUE,
                    &[&quote(s), &code(key), "`clinician`, `citizen`"],
                ),
                None => wrong_type(errors, path, EXPECTED_STRING, value),
            },
            "cutoffs" => parse_cutoffs(value, &path, &mut options.cutoffs, errors),
            "services" => parse_services(value, &path, &mut options.services, errors),
            "texts" => match value {
                Value::Bool(b) => options.ids_only = !b,
                other => wrong_type(errors, path, EXPECTED_BOOL, other),
            },
            _ => {
                if let Some(errors) = errors.room() {
                    errors.push(
                        ErrorCode::UnknownOption,
                        path,
                        MSG_UNKNOWN_OPTION,
                        &[
                            &quote(key),
                            "`lang`, `audience`, `services`, `cutoffs`, `texts`",
                        ],
                    );
                }
            }
        }
    }
}

/// Parses `cutoffs` (`{ "ciwa_ar": "va" | "asam", "audit_c": "bradley" | "swedish" }`).
pub fn parse_cutoffs(value: &Value, path: &str, cutoffs: &mut Cutoffs, errors: &mut Errors) {
    let Some(map) = expect_object(value, path, errors) else {
        return;
    };
    for (key, value) in map {
        let p = join(path, key);
        match (key, value.as_str()) {
            ("ciwa_ar", Some("va")) => cutoffs.ciwa_ar = CiwaCutoff::Va,
            ("ciwa_ar", Some("asam")) => cutoffs.ciwa_ar = CiwaCutoff::Asam,
            ("audit_c", Some("bradley")) => cutoffs.audit_c = AuditCCutoff::Bradley,
            ("audit_c", Some("swedish")) => cutoffs.audit_c = AuditCCutoff::Swedish,
            ("ciwa_ar", Some(s)) => errors.push(
                ErrorCode::InvalidChoice,
                p,
                MSG_INVALID_OPTION_VALUE,
                &[&quote(s), &code(key), "`va`, `asam`"],
            ),
            ("audit_c", Some(s)) => errors.push(
                ErrorCode::InvalidChoice,
                p,
                MSG_INVALID_OPTION_VALUE,
                &[&quote(s), &code(key), "`bradley`, `swedish`"],
            ),
            ("ciwa_ar" | "audit_c", None) => wrong_type(errors, p, EXPECTED_STRING, value),
            _ => {
                if let Some(errors) = errors.room() {
                    errors.push(
                        ErrorCode::UnknownOption,
                        p,
                        MSG_UNKNOWN_OPTION,
                        &[&quote(key), "`ciwa_ar`, `audit_c`"],
                    );
                }
            }
        }
    }
}

fn parse_services(value: &Value, path: &str, services: &mut Vec<Service>, errors: &mut Errors) {
    let Value::Array(list) = value else {
        wrong_type(errors, path.to_string(), EXPECTED_ARRAY, value);
        return;
    };
    // Paths are built only for the errors that are listed: the list may be long.
    for (i, entry) in list.iter().enumerate() {
        let p = || index(path, i);
        let Value::Object(map) = entry else {
            if let Some(errors) = errors.room() {
                wrong_type(errors, p(), EXPECTED_OBJECT, entry);
            }
            continue;
        };
        let mut service = Service {
            id: String::new(),
            name: String::new(),
            levels: Vec::new(),
            phone: None,
            url: None,
            hours: None,
        };
        let mut ok = true;
        for (key, value) in map {
            let fp = || join(&p(), key);
            let text = match value {
                Value::String(s) => Some(s.to_string()),
                _ => None,
            };
            match key {
                "id" | "name" | "phone" | "url" | "hours" => {
                    let Some(text) = text else {
                        wrong_type(errors, fp(), EXPECTED_STRING, value);
                        ok = false;
                        continue;
                    };
                    match key {
                        "id" => service.id = text,
                        "name" => service.name = text,
                        "phone" => service.phone = Some(text),
                        "url" => service.url = Some(text),
                        _ => service.hours = Some(text),
                    }
                }
                "levels" => {
                    let Value::Array(levels) = value else {
                        wrong_type(errors, fp(), EXPECTED_ARRAY, value);
                        ok = false;
                        continue;
                    };
                    for (k, level) in levels.iter().enumerate() {
                        if let Some(l) = level.as_str().and_then(Level::from_id) {
                            service.levels.push(l);
                            continue;
                        }
                        ok = false;
                        let Some(errors) = errors.room() else {
                            continue;
                        };
                        let lp = index(&fp(), k);
                        match level.as_str() {
                            Some(s) => {
                                let all: Vec<String> =
                                    Level::ALL.iter().map(|l| code(l.id())).collect();
                                errors.push(
                                    ErrorCode::InvalidChoice,
                                    lp,
                                    MSG_INVALID_OPTION_VALUE,
                                    &[&quote(s), "`levels`", &all.join(", ")],
                                );
                            }
                            None => wrong_type(errors, lp, EXPECTED_STRING, level),
                        }
                    }
                }
                _ => {
                    ok = false;
                    if let Some(errors) = errors.room() {
                        errors.push(
                            ErrorCode::UnknownField,
                            fp(),
                            MSG_UNKNOWN_FIELD,
                            &[
                                &quote(key),
                                "`id`, `name`, `levels`, `phone`, `url`, `hours`",
                            ],
                        );
                    }
                }
            }
        }
        for required in ["id", "name", "levels"] {
            if !map.contains_key(required) {
                ok = false;
                if let Some(errors) = errors.room() {
                    errors.push(
                        ErrorCode::WrongType,
                        join(&p(), required),
                        MSG_REQUIRED_FIELD,
                        &[&code(required)],
                    );
                }
            }
        }
        if ok {
            services.push(service);
        }
    }
}

/// The totals given as answers agree with the instruments given (also for the answers the analysis
/// tries: a total the items rule out is not a possible answer, SPEC 6).
pub fn totals_agree(a: &impl Answered, instruments: &InstrumentFacts) -> bool {
    TOTAL_ANSWERS.iter().all(
        |t| match (a.number(t.item), instruments.total_for(t.item)) {
            (Some(t), Some(range)) => range.intersect(&Interval::exact(t)).is_some(),
            _ => true,
        },
    )
}

/// Totals given as answers (`ciwa_ar_score`, `cows_score`, `gcs`) must agree with the instrument,
/// AUDIT-C with AUDIT Q1-Q3, and a host's NEWS2 total with the vital signs given (from age 12).
fn check_totals(input: &Input, errors: &mut Errors) {
    let facts = InstrumentFacts::from_inputs(&input.instruments);
    for TotalAnswer { item, instrument } in TOTAL_ANSWERS {
        let (Some(total), Some(range)) = (input.answers.number(item), facts.total_for(item)) else {
            continue;
        };
        if range.intersect(&Interval::exact(total)).is_none() {
            errors.push(
                ErrorCode::TotalMismatch,
                join("answers", item.id()),
                MSG_TOTAL_MISMATCH,
                &[
                    &fmt(total),
                    &code(instrument),
                    &fmt(range.lo),
                    &fmt(range.hi),
                ],
            );
        }
    }
    let audit = input
        .instruments
        .iter()
        .find(|i| i.instrument.id == "audit");
    let audit_c = input
        .instruments
        .iter()
        .find(|i| i.instrument.id == "audit_c");
    if let (Some(audit), Some(audit_c)) = (audit, audit_c) {
        for (k, item) in audit_c.instrument.items.iter().enumerate() {
            if let (Some(a), Some(c)) = (audit.items.values[k], audit_c.items.values[k]) {
                if a != c {
                    errors.push(
                        ErrorCode::Inconsistent,
                        concat(&["instruments.audit_c.", item.id]),
                        MSG_AUDIT_C_DIFFERS,
                        &[&code(item.id)],
                    );
                }
            }
        }
    }
    // From age 12 a host's NEWS2 total counts, so it must be a sum the vital signs given allow (SPEC 4);
    // under 12 it is ignored (with a warning).
    let child = input
        .answers
        .number(Item::Age)
        .is_some_and(|age| age < news2::HOST_TOTAL_FROM_AGE);
    if let (Some(total), false) = (facts.news2_total, child) {
        let points = news2::PARAMETERS.map(|p| news2::points(p, input.answers.get(p)));
        if !news2::Sum::allows(&points, total) {
            let range = news2::Sum::new(points, None).interval;
            errors.push(
                ErrorCode::TotalMismatch,
                "instruments.news2.total".into(),
                MSG_NEWS2_TOTAL_MISMATCH,
                &[&fmt(total), &fmt(range.lo), &fmt(range.hi)],
            );
        }
    }
}

/// Where an inconsistency is reported: at an answer, or at another path of the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blame {
    Answer(Item),
    Path(&'static str),
}

/// Calls `report` for each pair of answers that contradict each other (SPEC sections 3 and 4), naming
/// what to blame. Also used by the analysis, so that an answer the input rules out is never tried.
pub fn check_consistency(
    a: &impl Answered,
    instruments: &InstrumentFacts,
    report_to: &mut dyn FnMut(Blame, Text),
) {
    let mut report = |item: Item, text: Text| report_to(Blame::Answer(item), text);
    if a.has(Item::Substances, "none") && a.has_any_but_none(Item::Substances) {
        report(Item::Substances, MSG_NONE_WITH_OTHERS);
    }
    if a.has(Item::AcuteSocialRisks, "none") && a.has_any_but_none(Item::AcuteSocialRisks) {
        report(Item::AcuteSocialRisks, MSG_NONE_WITH_OTHERS);
    }
    // `sex: male` with a pregnancy is not an error (a trans man can be pregnant): a warning, SPEC 3.
    if a.is(Item::PregnancyTest, "positive") && a.no(Item::Pregnant) {
        report(Item::PregnancyTest, MSG_POSITIVE_TEST_NOT_PREGNANT);
    }
    if !a.is_absent(Item::ChildrenAtRisk) && a.no(Item::MinorChildren) {
        report(Item::ChildrenAtRisk, MSG_CHILDREN_WITHOUT_CHILDREN);
    }
    if !a.is_absent(Item::OatMissedDoses) && a.no(Item::Oat) {
        report(Item::OatMissedDoses, MSG_MISSED_DOSES_WITHOUT_OAT);
    }
    if a.number(Item::AlcoholPermille).is_some()
        && a.is_any(Item::AlcoholTest, &["not_done", "declined"])
    {
        report(Item::AlcoholPermille, MSG_PERMILLE_WITHOUT_TEST);
    }
    if instruments.pawss_threshold == Some(false)
        && (a.has(Item::Substances, "alcohol")
            || a.number(Item::AlcoholPermille).is_some_and(|p| p > 0.0))
    {
        report_to(
            Blame::Path("instruments.pawss.threshold"),
            MSG_PAWSS_THRESHOLD_WITH_ALCOHOL,
        );
    }
}

/// The answers contradict each other nowhere.
pub fn is_consistent(a: &impl Answered, instruments: &InstrumentFacts) -> bool {
    let mut ok = true;
    check_consistency(a, instruments, &mut |_, _| ok = false);
    ok
}

// ---- Messages (lower case, no final period, user input in backticks) ---------------------------------

pub(crate) const EXPECTED_OBJECT: Text = text!("et objekt", "eit objekt", "an object");
pub(crate) const EXPECTED_ARRAY: Text = text!("en liste", "ei liste", "an array");
pub(crate) const EXPECTED_STRING: Text = text!("en tekst", "ein tekst", "a string");
pub(crate) const EXPECTED_BOOL: Text = text!(
    "`true` eller `false`",
    "`true` eller `false`",
    "`true` or `false`",
);
const EXPECTED_TRI: Text = text!(
    "`yes`, `no` eller `unknown`",
    "`yes`, `no` eller `unknown`",
    "`yes`, `no` or `unknown`",
);
pub(crate) const EXPECTED_WHOLE: Text = text!("et heltall", "eit heiltal", "a whole number");
pub(crate) const EXPECTED_NUMBER: Text = text!("et tall", "eit tal", "a number");

const MSG_INPUT_TOO_LARGE: Text = text!(
    "inndata er for store: {0} byte JSON, grensen er {1} byte",
    "inndata er for store: {0} byte JSON, grensa er {1} byte",
    "the input is too large: {0} bytes of JSON, the limit is {1} bytes",
);
const MSG_INVALID_JSON: Text = text!(
    "ugyldig JSON: {0}",
    "ugyldig JSON: {0}",
    "invalid JSON: {0}",
);
pub(crate) const MSG_WRONG_TYPE: Text = text!(
    "feil type for {0}: forventet {1}, fikk {2}",
    "feil type for {0}: venta {1}, fekk {2}",
    "wrong type for {0}: expected {1}, got {2}",
);
const MSG_UNKNOWN_FIELD: Text = text!(
    "ukjent felt {0}; gyldige felt er {1}",
    "ukjent felt {0}; gyldige felt er {1}",
    "unknown field {0}; valid fields are {1}",
);
const MSG_UNKNOWN_ITEM: Text = text!(
    "ukjent spørsmål {0}",
    "ukjent spørsmål {0}",
    "unknown item {0}",
);
const MSG_UNKNOWN_ITEM_NEAR: Text = text!(
    "ukjent spørsmål {0}; mente du {1}?",
    "ukjent spørsmål {0}; meinte du {1}?",
    "unknown item {0}; did you mean {1}?",
);
const MSG_INVALID_CHOICE: Text = text!(
    "{0} er ikke et gyldig svar på {1}; gyldige svar er {2}",
    "{0} er ikkje eit gyldig svar på {1}; gyldige svar er {2}",
    "{0} is not a valid answer to {1}; valid answers are {2}",
);
const MSG_EMPTY_MULTI: Text = text!(
    "tom liste for {0}: velg minst ett svar, `[\"none\"]` for ingen, eller utelat spørsmålet",
    "tom liste for {0}: vel minst eitt svar, `[\"none\"]` for ingen, eller utelat spørsmålet",
    "empty list for {0}: choose at least one answer, `[\"none\"]` for none, or leave the item out",
);
const MSG_OUT_OF_RANGE: Text = text!(
    "{0} er utenfor gyldig område for {1} ({2}–{3})",
    "{0} er utanfor gyldig område for {1} ({2}–{3})",
    "{0} is out of range for {1} ({2}–{3})",
);
const MSG_POINTS: Text = text!(
    "{0} er ikke en gyldig poengverdi for {1}; gyldige verdier er {2}",
    "{0} er ikkje ein gyldig poengverdi for {1}; gyldige verdiar er {2}",
    "{0} is not a valid score for {1}; valid values are {2}",
);
const MSG_UNKNOWN_INSTRUMENT: Text = text!(
    "ukjent instrument {0}; kjente instrumenter er {1}",
    "ukjent instrument {0}; kjende instrument er {1}",
    "unknown instrument {0}; known instruments are {1}",
);
const MSG_UNKNOWN_INSTRUMENT_ITEM: Text = text!(
    "{1} har ikke leddet {0}; leddene er {2}",
    "{1} har ikkje leddet {0}; ledda er {2}",
    "{1} has no item {0}; its items are {2}",
);
const MSG_TOTAL_MISMATCH: Text = text!(
    "summen {0} stemmer ikke med {1}: leddene gir {2}–{3}",
    "summen {0} stemmer ikkje med {1}: ledda gir {2}–{3}",
    "the total {0} does not agree with {1}: its items give {2}–{3}",
);
const MSG_UNKNOWN_OPTION: Text = text!(
    "ukjent innstilling {0}; gyldige innstillinger er {1}",
    "ukjend innstilling {0}; gyldige innstillingar er {1}",
    "unknown option {0}; valid options are {1}",
);
const MSG_INVALID_OPTION_VALUE: Text = text!(
    "{0} er ikke en gyldig verdi for {1}; gyldige verdier er {2}",
    "{0} er ikkje ein gyldig verdi for {1}; gyldige verdiar er {2}",
    "{0} is not a valid value for {1}; valid values are {2}",
);
const MSG_REQUIRED_FIELD: Text = text!(
    "feltet {0} mangler",
    "feltet {0} manglar",
    "the field {0} is missing",
);
const MSG_AUDIT_C_DIFFERS: Text = text!(
    "AUDIT-C {0} er ulik AUDIT {0}",
    "AUDIT-C {0} er ulik AUDIT {0}",
    "AUDIT-C {0} differs from AUDIT {0}",
);
const MSG_NONE_WITH_OTHERS: Text = text!(
    "`none` kan ikke kombineres med andre svar",
    "`none` kan ikkje kombinerast med andre svar",
    "`none` cannot be combined with other answers",
);
const MSG_MISSED_DOSES_WITHOUT_OAT: Text = text!(
    "`oat_missed_doses` er besvart, men `oat` er `no`",
    "`oat_missed_doses` er svara, men `oat` er `no`",
    "`oat_missed_doses` is answered, but `oat` is `no`",
);
const MSG_PAWSS_THRESHOLD_WITH_ALCOHOL: Text = text!(
    "PAWSS-terskelen er `false`, men alkohol er brukt eller promille er over 0",
    "PAWSS-terskelen er `false`, men alkohol er brukt eller promille er over 0",
    "the PAWSS threshold is `false`, but alcohol is used or the blood alcohol is above 0",
);
const MSG_NEWS2_TOTAL_MISMATCH: Text = text!(
    "NEWS2-summen {0} stemmer ikke med de vitale tegnene som er gitt: de gir {1}–{2}",
    "NEWS2-summen {0} stemmer ikkje med dei vitale teikna som er gitt: dei gir {1}–{2}",
    "the NEWS2 total {0} does not agree with the vital signs given: they give {1}–{2}",
);
const MSG_POSITIVE_TEST_NOT_PREGNANT: Text = text!(
    "positiv graviditetstest, men `pregnant` er `no`",
    "positiv graviditetstest, men `pregnant` er `no`",
    "positive pregnancy test, but `pregnant` is `no`",
);
const MSG_CHILDREN_WITHOUT_CHILDREN: Text = text!(
    "`children_at_risk` er besvart, men `minor_children` er `no`",
    "`children_at_risk` er svara, men `minor_children` er `no`",
    "`children_at_risk` is answered, but `minor_children` is `no`",
);
const MSG_PERMILLE_WITHOUT_TEST: Text = text!(
    "promille er oppgitt, men alkotest er ikke tatt",
    "promille er oppgitt, men alkotest er ikkje teken",
    "a blood alcohol value is given, but no alcohol test was done",
);
