//! The wording of each answer option of the instruments whose items are scored by points: what a form
//! shows beside "0", "1", … (the catalog's `instruments[].items[].options`, and the `display` of each
//! `answerOption` of the FHIR Questionnaire).
//!
//! From the instruments' published forms: CIWA-Ar (Sullivan et al. 1989, public domain), COWS (Wesson &
//! Ling 2003), AUDIT (Babor et al., WHO 2001, and the Norwegian version of Helsedirektoratet), DUDIT
//! (Berman et al. 2005, and its Norwegian version), GCS (Teasdale & Jennett 1974, with the current
//! wording of the Glasgow Coma Scale: "to sound", "to pressure"). Where a published form gives no words
//! for a point (the CIWA-Ar points between its anchors 1, 4 and 7), the option says that it lies between
//! the anchors, and nothing more. The Norwegian wording follows the Norwegian versions in use; nn is
//! written from nb. PAWSS items are answered yes or no, and NEWS2 is computed from the vital signs: they
//! have no options here.

use super::Points;
use crate::text::Text;

/// One option: its points and its words.
pub type PointOption = (u8, Text);

/// The options of each item scored by points, per instrument, in the order of the instrument's items
/// (an index, not a match on names: this table is in the package's main module, whose size is
/// budgeted). PAWSS (yes or no) and NEWS2 (no items) are not here.
const TABLE: &[(&str, &[&[PointOption]])] = &[
    (
        "ciwa_ar",
        &[
            CIWA_NAUSEA,
            CIWA_TREMOR,
            CIWA_SWEATS,
            CIWA_ANXIETY,
            CIWA_AGITATION,
            CIWA_TACTILE,
            CIWA_AUDITORY,
            CIWA_VISUAL,
            CIWA_HEADACHE,
            CIWA_ORIENTATION,
        ],
    ),
    (
        "cows",
        &[
            COWS_PULSE,
            COWS_SWEATING,
            COWS_RESTLESSNESS,
            COWS_PUPILS,
            COWS_ACHES,
            COWS_NOSE,
            COWS_GI,
            COWS_TREMOR,
            COWS_YAWNING,
            COWS_ANXIETY,
            COWS_GOOSEFLESH,
        ],
    ),
    (
        "audit",
        &[
            AUDIT_Q1,
            AUDIT_Q2,
            AUDIT_FREQUENCY,
            AUDIT_FREQUENCY,
            AUDIT_FREQUENCY,
            AUDIT_FREQUENCY,
            AUDIT_FREQUENCY,
            AUDIT_FREQUENCY,
            AUDIT_YES_NO,
            AUDIT_YES_NO,
        ],
    ),
    ("audit_c", &[AUDIT_Q1, AUDIT_Q2, AUDIT_FREQUENCY]),
    (
        "dudit",
        &[
            DUDIT_HOW_OFTEN,
            DUDIT_HOW_OFTEN,
            DUDIT_TIMES,
            DUDIT_FREQUENCY,
            DUDIT_FREQUENCY,
            DUDIT_FREQUENCY,
            DUDIT_FREQUENCY,
            DUDIT_FREQUENCY,
            DUDIT_FREQUENCY,
            DUDIT_YES_NO,
            DUDIT_YES_NO,
        ],
    ),
    ("gcs", &[GCS_EYE, GCS_VERBAL, GCS_MOTOR]),
];

/// The options of the item at `index` of an instrument, in the order of its points; empty for an item
/// without point-scored options (PAWSS) or an unknown one.
pub fn options_at(instrument: &str, index: usize) -> &'static [PointOption] {
    TABLE
        .iter()
        .find(|(id, _)| *id == instrument)
        .and_then(|(_, items)| items.get(index))
        .copied()
        .unwrap_or(&[])
}

/// The options of an instrument item by its id (see [`options_at`]).
pub fn options(instrument: &str, item: &str) -> &'static [PointOption] {
    super::instrument(instrument)
        .and_then(|i| i.items.iter().position(|it| it.id == item))
        .map_or(&[], |index| options_at(instrument, index))
}

/// The words of one option, if the item has them for these points.
pub fn option_label(instrument: &str, item: &str, points: u8) -> Option<Text> {
    options(instrument, item)
        .iter()
        .find(|(p, _)| *p == points)
        .map(|(_, t)| *t)
}

/// The points an item scored by points can take, in order (none for `true`/`false` items).
pub fn point_values(points: Points) -> Vec<u8> {
    match points {
        Points::Range(lo, hi) | Points::RangeOrNotTestable(lo, hi) => (lo..=hi).collect(),
        Points::Set(values) => values.to_vec(),
        Points::Bool | Points::Gate => Vec::new(),
    }
}

// ---- CIWA-Ar ----------------------------------------------------------------------------------------

const BETWEEN_1_4: Text = text!("Mellom 1 og 4", "Mellom 1 og 4", "Between 1 and 4");
const BETWEEN_4_7: Text = text!("Mellom 4 og 7", "Mellom 4 og 7", "Between 4 and 7");

/// An item with words at 0, 1, 4 and 7 only (the published form leaves 2, 3, 5 and 6 without words).
macro_rules! anchors {
    ($zero:expr, $one:expr, $four:expr, $seven:expr $(,)?) => {
        &[
            (0, $zero),
            (1, $one),
            (2, BETWEEN_1_4),
            (3, BETWEEN_1_4),
            (4, $four),
            (5, BETWEEN_4_7),
            (6, BETWEEN_4_7),
            (7, $seven),
        ]
    };
}

const CIWA_NAUSEA: &[PointOption] = anchors!(
    text!(
        "Ingen kvalme og ingen oppkast",
        "Inga kvalme og ikkje oppkast",
        "No nausea and no vomiting",
    ),
    text!(
        "Lett kvalme uten oppkast",
        "Lett kvalme utan oppkast",
        "Mild nausea with no vomiting",
    ),
    text!(
        "Periodevis kvalme med brekninger",
        "Periodevis kvalme med brekningar",
        "Intermittent nausea with dry heaves",
    ),
    text!(
        "Konstant kvalme, hyppige brekninger og oppkast",
        "Konstant kvalme, hyppige brekningar og oppkast",
        "Constant nausea, frequent dry heaves and vomiting",
    ),
);

const CIWA_TREMOR: &[PointOption] = anchors!(
    text!("Ingen skjelving", "Inga skjelving", "No tremor"),
    text!(
        "Ikke synlig, men kan kjennes fingertupp mot fingertupp",
        "Ikkje synleg, men kan kjennast fingertupp mot fingertupp",
        "Not visible, but can be felt fingertip to fingertip",
    ),
    text!(
        "Moderat, med armene strakt ut",
        "Moderat, med armane strekte ut",
        "Moderate, with arms extended",
    ),
    text!(
        "Kraftig, også uten at armene er strakt ut",
        "Kraftig, også utan at armane er strekte ut",
        "Severe, even with arms not extended",
    ),
);

const CIWA_SWEATS: &[PointOption] = anchors!(
    text!(
        "Ingen synlig svette",
        "Inga synleg sveitte",
        "No sweat visible"
    ),
    text!(
        "Knapt merkbar svette, fuktige håndflater",
        "Knapt merkbar sveitte, fuktige handflater",
        "Barely perceptible sweating, palms moist",
    ),
    text!(
        "Tydelige svetteperler i pannen",
        "Tydelege sveitteperler i panna",
        "Beads of sweat obvious on forehead",
    ),
    text!(
        "Gjennomvåt av svette",
        "Gjennomvåt av sveitte",
        "Drenching sweats"
    ),
);

const CIWA_ANXIETY: &[PointOption] = anchors!(
    text!("Ingen angst, avslappet", "Inga angst, avslappa", "No anxiety, at ease"),
    text!("Lett engstelig", "Lett engsteleg", "Mildly anxious"),
    text!(
        "Moderat engstelig, eller avvergende slik at angst kan antas",
        "Moderat engsteleg, eller avvergjande slik at ein kan gå ut frå angst",
        "Moderately anxious, or guarded, so anxiety is inferred",
    ),
    text!(
        "Tilsvarer akutt panikk, som ved alvorlig delirium eller akutt psykose",
        "Svarar til akutt panikk, som ved alvorleg delirium eller akutt psykose",
        "Equivalent to acute panic states as seen in severe delirium or acute schizophrenic reactions",
    ),
);

const CIWA_AGITATION: &[PointOption] = anchors!(
    text!("Normal aktivitet", "Normal aktivitet", "Normal activity"),
    text!(
        "Noe mer aktivitet enn normalt",
        "Noko meir aktivitet enn normalt",
        "Somewhat more than normal activity",
    ),
    text!(
        "Moderat urolig og rastløs",
        "Moderat uroleg og rastlaus",
        "Moderately fidgety and restless",
    ),
    text!(
        "Går fram og tilbake under det meste av samtalen, eller kaster seg stadig omkring",
        "Går fram og tilbake under det meste av samtalen, eller kastar seg stadig omkring",
        "Paces back and forth during most of the interview, or constantly thrashes about",
    ),
);

/// The upper half of the three disturbance items (tactile, auditory, visual): hallucinations.
const HALLUCINATIONS_4: Text = text!(
    "Moderat alvorlige hallusinasjoner",
    "Moderat alvorlege hallusinasjonar",
    "Moderately severe hallucinations",
);
const HALLUCINATIONS_5: Text = text!(
    "Alvorlige hallusinasjoner",
    "Alvorlege hallusinasjonar",
    "Severe hallucinations",
);
const HALLUCINATIONS_6: Text = text!(
    "Svært alvorlige hallusinasjoner",
    "Svært alvorlege hallusinasjonar",
    "Extremely severe hallucinations",
);
const HALLUCINATIONS_7: Text = text!(
    "Vedvarende hallusinasjoner",
    "Vedvarande hallusinasjonar",
    "Continuous hallucinations",
);
const NOT_PRESENT: Text = text!("Ikke til stede", "Ikkje til stades", "Not present");

const CIWA_TACTILE: &[PointOption] = &[
    (0, text!("Ingen", "Ingen", "None")),
    (
        1,
        text!(
            "Svært lett kløe, prikking, brenning eller nummenhet",
            "Svært lett kløe, prikking, brenning eller nummenheit",
            "Very mild itching, pins and needles, burning or numbness",
        ),
    ),
    (
        2,
        text!(
            "Lett kløe, prikking, brenning eller nummenhet",
            "Lett kløe, prikking, brenning eller nummenheit",
            "Mild itching, pins and needles, burning or numbness",
        ),
    ),
    (
        3,
        text!(
            "Moderat kløe, prikking, brenning eller nummenhet",
            "Moderat kløe, prikking, brenning eller nummenheit",
            "Moderate itching, pins and needles, burning or numbness",
        ),
    ),
    (4, HALLUCINATIONS_4),
    (5, HALLUCINATIONS_5),
    (6, HALLUCINATIONS_6),
    (7, HALLUCINATIONS_7),
];

const CIWA_AUDITORY: &[PointOption] = &[
    (0, NOT_PRESENT),
    (
        1,
        text!(
            "Lydene er svært lett skarpe eller skremmende",
            "Lydane er svært lett skarpe eller skremmande",
            "Very mild harshness or ability to frighten",
        ),
    ),
    (
        2,
        text!(
            "Lydene er lett skarpe eller skremmende",
            "Lydane er lett skarpe eller skremmande",
            "Mild harshness or ability to frighten",
        ),
    ),
    (
        3,
        text!(
            "Lydene er moderat skarpe eller skremmende",
            "Lydane er moderat skarpe eller skremmande",
            "Moderate harshness or ability to frighten",
        ),
    ),
    (4, HALLUCINATIONS_4),
    (5, HALLUCINATIONS_5),
    (6, HALLUCINATIONS_6),
    (7, HALLUCINATIONS_7),
];

const CIWA_VISUAL: &[PointOption] = &[
    (0, NOT_PRESENT),
    (
        1,
        text!(
            "Svært lett lysømfintlig",
            "Svært lett lysømfintleg",
            "Very mild sensitivity",
        ),
    ),
    (
        2,
        text!("Lett lysømfintlig", "Lett lysømfintleg", "Mild sensitivity"),
    ),
    (
        3,
        text!(
            "Moderat lysømfintlig",
            "Moderat lysømfintleg",
            "Moderate sensitivity",
        ),
    ),
    (4, HALLUCINATIONS_4),
    (5, HALLUCINATIONS_5),
    (6, HALLUCINATIONS_6),
    (7, HALLUCINATIONS_7),
];

const CIWA_HEADACHE: &[PointOption] = &[
    (0, NOT_PRESENT),
    (1, text!("Svært lett", "Svært lett", "Very mild")),
    (2, text!("Lett", "Lett", "Mild")),
    (3, text!("Moderat", "Moderat", "Moderate")),
    (
        4,
        text!("Moderat kraftig", "Moderat kraftig", "Moderately severe"),
    ),
    (5, text!("Kraftig", "Kraftig", "Severe")),
    (6, text!("Svært kraftig", "Svært kraftig", "Very severe")),
    (
        7,
        text!("Ekstremt kraftig", "Ekstremt kraftig", "Extremely severe"),
    ),
];

const CIWA_ORIENTATION: &[PointOption] = &[
    (
        0,
        text!(
            "Orientert og klarer fortløpende addisjon",
            "Orientert og klarar fortløpande addisjon",
            "Oriented and can do serial additions",
        ),
    ),
    (
        1,
        text!(
            "Klarer ikke fortløpende addisjon, eller usikker på datoen",
            "Klarar ikkje fortløpande addisjon, eller usikker på datoen",
            "Cannot do serial additions or is uncertain about date",
        ),
    ),
    (
        2,
        text!(
            "Desorientert for dato med høyst 2 kalenderdager",
            "Desorientert for dato med høgst 2 kalenderdagar",
            "Disoriented for date by no more than 2 calendar days",
        ),
    ),
    (
        3,
        text!(
            "Desorientert for dato med mer enn 2 kalenderdager",
            "Desorientert for dato med meir enn 2 kalenderdagar",
            "Disoriented for date by more than 2 calendar days",
        ),
    ),
    (
        4,
        text!(
            "Desorientert for sted og/eller person",
            "Desorientert for stad og/eller person",
            "Disoriented for place and/or person",
        ),
    ),
];

// ---- COWS -------------------------------------------------------------------------------------------

const COWS_PULSE: &[PointOption] = &[
    (
        0,
        text!(
            "Puls 80 eller lavere",
            "Puls 80 eller lågare",
            "Pulse rate 80 or below"
        ),
    ),
    (1, text!("Puls 81–100", "Puls 81–100", "Pulse rate 81–100")),
    (
        2,
        text!("Puls 101–120", "Puls 101–120", "Pulse rate 101–120"),
    ),
    (
        4,
        text!(
            "Puls over 120",
            "Puls over 120",
            "Pulse rate greater than 120"
        ),
    ),
];

const COWS_SWEATING: &[PointOption] = &[
    (
        0,
        text!(
            "Ingen frysninger eller rødming",
            "Ingen frysingar eller raudming",
            "No report of chills or flushing",
        ),
    ),
    (
        1,
        text!(
            "Forteller om frysninger eller rødming",
            "Fortel om frysingar eller raudming",
            "Subjective report of chills or flushing",
        ),
    ),
    (
        2,
        text!(
            "Rødmet eller synlig fuktig i ansiktet",
            "Raud eller synleg fuktig i andletet",
            "Flushed or observable moistness on face",
        ),
    ),
    (
        3,
        text!(
            "Svetteperler i pannen eller ansiktet",
            "Sveitteperler i panna eller andletet",
            "Beads of sweat on brow or face",
        ),
    ),
    (
        4,
        text!(
            "Svetten renner av ansiktet",
            "Sveitten renn av andletet",
            "Sweat streaming off face",
        ),
    ),
];

const COWS_RESTLESSNESS: &[PointOption] = &[
    (
        0,
        text!("Kan sitte stille", "Kan sitje stille", "Able to sit still"),
    ),
    (
        1,
        text!(
            "Sier det er vanskelig å sitte stille, men klarer det",
            "Seier det er vanskeleg å sitje stille, men klarar det",
            "Reports difficulty sitting still, but is able to do so",
        ),
    ),
    (
        3,
        text!(
            "Skifter stilling ofte, eller overflødige bevegelser av armer eller bein",
            "Skiftar stilling ofte, eller overflødige rørsler av armar eller bein",
            "Frequent shifting or extraneous movements of legs/arms",
        ),
    ),
    (
        5,
        text!(
            "Klarer ikke å sitte stille mer enn noen sekunder",
            "Klarar ikkje å sitje stille meir enn nokre sekund",
            "Unable to sit still for more than a few seconds",
        ),
    ),
];

const COWS_PUPILS: &[PointOption] = &[
    (
        0,
        text!(
            "Knappenålspupiller eller normal størrelse for lyset i rommet",
            "Knappenålspupillar eller normal storleik for lyset i rommet",
            "Pupils pinned or normal size for room light",
        ),
    ),
    (
        1,
        text!(
            "Pupillene muligens større enn normalt for lyset i rommet",
            "Pupillane moglegvis større enn normalt for lyset i rommet",
            "Pupils possibly larger than normal for room light",
        ),
    ),
    (
        2,
        text!(
            "Pupillene moderat utvidet",
            "Pupillane moderat utvida",
            "Pupils moderately dilated",
        ),
    ),
    (
        5,
        text!(
            "Pupillene så utvidet at bare kanten av iris er synlig",
            "Pupillane så utvida at berre kanten av iris er synleg",
            "Pupils so dilated that only the rim of the iris is visible",
        ),
    ),
];

const COWS_ACHES: &[PointOption] = &[
    (0, NOT_PRESENT),
    (
        1,
        text!(
            "Lett diffust ubehag",
            "Lett diffust ubehag",
            "Mild diffuse discomfort",
        ),
    ),
    (
        2,
        text!(
            "Forteller om sterke, diffuse smerter i ledd eller muskler",
            "Fortel om sterke, diffuse smerter i ledd eller musklar",
            "Reports severe diffuse aching of joints/muscles",
        ),
    ),
    (
        4,
        text!(
            "Gnir ledd eller muskler og klarer ikke å sitte stille på grunn av ubehaget",
            "Gnir ledd eller musklar og klarar ikkje å sitje stille på grunn av ubehaget",
            "Is rubbing joints or muscles and is unable to sit still because of discomfort",
        ),
    ),
];

const COWS_NOSE: &[PointOption] = &[
    (0, NOT_PRESENT),
    (
        1,
        text!(
            "Tett nese eller uvanlig fuktige øyne",
            "Tett nase eller uvanleg fuktige auge",
            "Nasal stuffiness or unusually moist eyes",
        ),
    ),
    (
        2,
        text!(
            "Rennende nese eller tåreflod",
            "Rennande nase eller tårer",
            "Nose running or tearing",
        ),
    ),
    (
        4,
        text!(
            "Nesen renner hele tiden, eller tårene renner nedover kinnene",
            "Nasen renn heile tida, eller tårene renn nedover kinna",
            "Nose constantly running or tears streaming down cheeks",
        ),
    ),
];

const COWS_GI: &[PointOption] = &[
    (
        0,
        text!(
            "Ingen mage-tarm-symptomer",
            "Ingen mage-tarm-symptom",
            "No GI symptoms"
        ),
    ),
    (1, text!("Magekramper", "Magekrampar", "Stomach cramps")),
    (
        2,
        text!(
            "Kvalme eller løs avføring",
            "Kvalme eller laus avføring",
            "Nausea or loose stool"
        ),
    ),
    (
        3,
        text!(
            "Oppkast eller diaré",
            "Oppkast eller diaré",
            "Vomiting or diarrhoea"
        ),
    ),
    (
        5,
        text!(
            "Gjentatt diaré eller oppkast",
            "Gjenteken diaré eller oppkast",
            "Multiple episodes of diarrhoea or vomiting",
        ),
    ),
];

const COWS_TREMOR: &[PointOption] = &[
    (0, text!("Ingen skjelving", "Inga skjelving", "No tremor")),
    (
        1,
        text!(
            "Skjelving kan kjennes, men ikke ses",
            "Skjelving kan kjennast, men ikkje sjåast",
            "Tremor can be felt, but not observed",
        ),
    ),
    (
        2,
        text!(
            "Lett synlig skjelving",
            "Lett synleg skjelving",
            "Slight tremor observable",
        ),
    ),
    (
        4,
        text!(
            "Grov skjelving eller muskelrykninger",
            "Grov skjelving eller muskelrykkingar",
            "Gross tremor or muscle twitching",
        ),
    ),
];

const COWS_YAWNING: &[PointOption] = &[
    (0, text!("Ingen gjesping", "Inga gjesping", "No yawning")),
    (
        1,
        text!(
            "Gjesper én eller to ganger under vurderingen",
            "Gjespar éin eller to gonger under vurderinga",
            "Yawning once or twice during assessment",
        ),
    ),
    (
        2,
        text!(
            "Gjesper tre eller flere ganger under vurderingen",
            "Gjespar tre eller fleire gonger under vurderinga",
            "Yawning three or more times during assessment",
        ),
    ),
    (
        4,
        text!(
            "Gjesper flere ganger i minuttet",
            "Gjespar fleire gonger i minuttet",
            "Yawning several times/minute",
        ),
    ),
];

const COWS_ANXIETY: &[PointOption] = &[
    (0, text!("Ingen", "Ingen", "None")),
    (
        1,
        text!(
            "Forteller om økende irritabilitet eller uro",
            "Fortel om aukande irritabilitet eller uro",
            "Reports increasing irritability or anxiousness",
        ),
    ),
    (
        2,
        text!(
            "Tydelig irritabel eller engstelig",
            "Tydeleg irritabel eller engsteleg",
            "Obviously irritable or anxious",
        ),
    ),
    (
        4,
        text!(
            "Så irritabel eller engstelig at det er vanskelig å gjennomføre vurderingen",
            "Så irritabel eller engsteleg at det er vanskeleg å gjennomføre vurderinga",
            "So irritable or anxious that participation in the assessment is difficult",
        ),
    ),
];

const COWS_GOOSEFLESH: &[PointOption] = &[
    (0, text!("Glatt hud", "Glatt hud", "Skin is smooth")),
    (
        3,
        text!(
            "Gåsehud kan kjennes, eller hårene reiser seg på armene",
            "Gåsehud kan kjennast, eller håra reiser seg på armane",
            "Piloerection of skin can be felt or hairs standing up on arms",
        ),
    ),
    (
        5,
        text!(
            "Tydelig gåsehud",
            "Tydeleg gåsehud",
            "Prominent piloerection"
        ),
    ),
];

// ---- AUDIT and AUDIT-C -----------------------------------------------------------------------------

const NEVER: Text = text!("Aldri", "Aldri", "Never");

const AUDIT_Q1: &[PointOption] = &[
    (0, NEVER),
    (
        1,
        text!(
            "Månedlig eller sjeldnere",
            "Månadleg eller sjeldnare",
            "Monthly or less"
        ),
    ),
    (
        2,
        text!(
            "2–4 ganger i måneden",
            "2–4 gonger i månaden",
            "2–4 times a month"
        ),
    ),
    (
        3,
        text!("2–3 ganger i uken", "2–3 gonger i veka", "2–3 times a week"),
    ),
    (
        4,
        text!(
            "4 ganger i uken eller mer",
            "4 gonger i veka eller meir",
            "4 or more times a week"
        ),
    ),
];

const AUDIT_Q2: &[PointOption] = &[
    (0, text!("1–2", "1–2", "1 or 2")),
    (1, text!("3–4", "3–4", "3 or 4")),
    (2, text!("5–6", "5–6", "5 or 6")),
    (3, text!("7–9", "7–9", "7, 8 or 9")),
    (4, text!("10 eller flere", "10 eller fleire", "10 or more")),
];

const AUDIT_FREQUENCY: &[PointOption] = &[
    (0, NEVER),
    (
        1,
        text!(
            "Sjeldnere enn månedlig",
            "Sjeldnare enn månadleg",
            "Less than monthly"
        ),
    ),
    (2, text!("Månedlig", "Månadleg", "Monthly")),
    (3, text!("Ukentlig", "Kvar veke", "Weekly")),
    (
        4,
        text!(
            "Daglig eller nesten daglig",
            "Dagleg eller nesten dagleg",
            "Daily or almost daily"
        ),
    ),
];

const NO: Text = text!("Nei", "Nei", "No");
const YES_LAST_YEAR: Text = text!(
    "Ja, i løpet av det siste året",
    "Ja, i løpet av det siste året",
    "Yes, during the last year",
);

const AUDIT_YES_NO: &[PointOption] = &[
    (0, NO),
    (
        2,
        text!(
            "Ja, men ikke i løpet av det siste året",
            "Ja, men ikkje i løpet av det siste året",
            "Yes, but not in the last year",
        ),
    ),
    (4, YES_LAST_YEAR),
];

// ---- DUDIT -----------------------------------------------------------------------------------------

const DUDIT_HOW_OFTEN: &[PointOption] = &[
    (0, NEVER),
    (
        1,
        text!(
            "En gang i måneden eller sjeldnere",
            "Ein gong i månaden eller sjeldnare",
            "Once a month or less often",
        ),
    ),
    (
        2,
        text!(
            "2–4 ganger i måneden",
            "2–4 gonger i månaden",
            "2–4 times a month"
        ),
    ),
    (
        3,
        text!("2–3 ganger i uken", "2–3 gonger i veka", "2–3 times a week"),
    ),
    (
        4,
        text!(
            "4 ganger i uken eller oftere",
            "4 gonger i veka eller oftare",
            "4 times a week or more often",
        ),
    ),
];

const DUDIT_TIMES: &[PointOption] = &[
    (0, text!("0", "0", "0")),
    (1, text!("1–2", "1–2", "1–2")),
    (2, text!("3–4", "3–4", "3–4")),
    (3, text!("5–6", "5–6", "5–6")),
    (4, text!("7 eller flere", "7 eller fleire", "7 or more")),
];

const DUDIT_FREQUENCY: &[PointOption] = &[
    (0, NEVER),
    (
        1,
        text!(
            "Sjeldnere enn en gang i måneden",
            "Sjeldnare enn ein gong i månaden",
            "Less often than once a month",
        ),
    ),
    (2, text!("Hver måned", "Kvar månad", "Every month")),
    (3, text!("Hver uke", "Kvar veke", "Every week")),
    (
        4,
        text!(
            "Daglig eller nesten hver dag",
            "Dagleg eller nesten kvar dag",
            "Daily or almost every day",
        ),
    ),
];

const DUDIT_YES_NO: &[PointOption] = &[
    (0, NO),
    (
        2,
        text!(
            "Ja, men ikke det siste året",
            "Ja, men ikkje det siste året",
            "Yes, but not over the past year",
        ),
    ),
    (
        4,
        text!(
            "Ja, i løpet av det siste året",
            "Ja, i løpet av det siste året",
            "Yes, over the past year",
        ),
    ),
];

// ---- GCS -------------------------------------------------------------------------------------------

const NONE: Text = text!("Ingen", "Ingen", "None");

const GCS_EYE: &[PointOption] = &[
    (1, NONE),
    (
        2,
        text!("Ved trykk (smerte)", "Ved trykk (smerte)", "To pressure"),
    ),
    (
        3,
        text!("Ved lyd (tiltale)", "Ved lyd (tiltale)", "To sound"),
    ),
    (4, text!("Spontant", "Spontant", "Spontaneous")),
];

const GCS_VERBAL: &[PointOption] = &[
    (1, NONE),
    (2, text!("Lyder", "Lydar", "Sounds")),
    (3, text!("Enkeltord", "Einskildord", "Words")),
    (4, text!("Forvirret", "Forvirra", "Confused")),
    (5, text!("Orientert", "Orientert", "Oriented")),
];

const GCS_MOTOR: &[PointOption] = &[
    (1, NONE),
    (2, text!("Ekstensjon", "Ekstensjon", "Extension")),
    (
        3,
        text!("Unormal fleksjon", "Unormal fleksjon", "Abnormal flexion"),
    ),
    (
        4,
        text!(
            "Normal fleksjon (avverger)",
            "Normal fleksjon (avvergjer)",
            "Normal flexion"
        ),
    ),
    (5, text!("Lokaliserer", "Lokaliserer", "Localising")),
    (
        6,
        text!("Følger oppfordring", "Følgjer oppmoding", "Obeys commands"),
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instruments;

    /// Every allowed point of every point-scored item has words, and no words are given for a point
    /// the item does not allow.
    #[test]
    fn every_point_has_words() {
        for id in instruments::ids() {
            let Some(instrument) = instruments::instrument(id) else {
                continue;
            };
            for item in instrument.items {
                let allowed = point_values(item.points);
                let given: Vec<u8> = options(id, item.id).iter().map(|(p, _)| *p).collect();
                assert_eq!(given, allowed, "{id}.{}", item.id);
            }
        }
    }
}
