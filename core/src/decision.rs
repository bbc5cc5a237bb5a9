//! The decision proper: criteria, indication and level from the facts. Allocation-free and cheap,
//! because completeness calls it again for every possible answer of every missing question.

use crate::criteria::{self, Indication, IndicationBasis, Necessity, Status, Verdict, CRITERIA};
use crate::facts::Facts;
use crate::routing::{self, Level, Route};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision {
    pub verdicts: [Verdict; 5],
    pub indication: Indication,
    pub basis: IndicationBasis,
    pub necessity: Necessity,
    pub route: Route,
}

/// What an answer can change: the level, each criterion's status and the indication.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub level: Level,
    pub statuses: [Status; 5],
    pub indication: Indication,
}

impl Decision {
    pub fn level(&self) -> Level {
        self.route.level
    }

    pub fn outcome(&self) -> Outcome {
        Outcome {
            level: self.route.level,
            statuses: self.verdicts.map(|v| v.status),
            indication: self.indication,
        }
    }
}

pub fn decide(f: &Facts) -> Decision {
    let verdicts = CRITERIA.each_ref().map(|c| c.assess(f));
    let (indication, basis, necessity) = criteria::indication(&verdicts, f);
    let route = routing::route(f, &verdicts, indication);
    Decision {
        verdicts,
        indication,
        basis,
        necessity,
        route,
    }
}
