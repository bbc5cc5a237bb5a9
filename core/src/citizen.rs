//! Citizen mode (SPEC section 9): the routing as "where to get help now", in plain language, for a
//! person or a relative. No scores, no jargon.

use crate::routing::Level;
use crate::text::Text;

/// Headline and text for `level`.
pub fn advice(level: Level) -> (Text, Text) {
    match level {
        Level::Emergency113 => (
            text!("Ring 113 nå", "Ring 113 no", "Call 113 now"),
            text!(
                "Dette kan være livsfarlig. Ring 113 og bli hos personen. Hvis personen puster, legg henne eller ham i stabilt sideleie.",
                "Dette kan vere livsfarleg. Ring 113 og bli hos personen. Om personen pustar, legg henne eller han i stabilt sideleie.",
                "This may be life-threatening. Call 113 and stay with the person. If the person is breathing, put them in the recovery position.",
            ),
        ),
        Level::SomaticEmergency => (
            text!("Kontakt legevakt nå: 116 117", "Kontakt legevakt no: 116 117", "Contact legevakt now: 116 117"),
            text!(
                "Personen trenger legehjelp i dag. Ring legevakt på 116 117. Ring 113 hvis personen blir verre. Ved forgiftning kan du ringe Giftinformasjonen på 22 59 13 00.",
                "Personen treng legehjelp i dag. Ring legevakt på 116 117. Ring 113 om personen blir verre. Ved forgifting kan du ringje Giftinformasjonen på 22 59 13 00.",
                "The person needs a doctor today. Call legevakt on 116 117. Call 113 if the person gets worse. For poisoning you can call Giftinformasjonen on 22 59 13 00.",
            ),
        ),
        Level::PsychiatricEmergency => (
            text!("Kontakt legevakt nå: 116 117", "Kontakt legevakt no: 116 117", "Contact legevakt now: 116 117"),
            text!(
                "Personen trenger akutt hjelp for den psykiske helsen, også om hun eller han er ruset. Ring legevakt på 116 117. Ring 113 hvis noen er i fare.",
                "Personen treng akutt hjelp for den psykiske helsa, også om ho eller han er rusa. Ring legevakt på 116 117. Ring 113 om nokon er i fare.",
                "The person needs acute help for their mental health, even if intoxicated. Call legevakt on 116 117. Call 113 if anyone is in danger.",
            ),
        ),
        Level::TsbAcuteInpatient | Level::TsbAcuteOutpatient => (
            text!("Få akutt hjelp for rusproblemene i dag", "Få akutt hjelp for rusproblema i dag", "Get acute help for the substance problems today"),
            text!(
                "Personen har rett til akutt hjelp, og det trengs ingen henvisning. Ring legevakt på 116 117, som kan sende videre til akutt rusbehandling.",
                "Personen har rett til akutt hjelp, og det trengst inga tilvising. Ring legevakt på 116 117, som kan sende vidare til akutt rusbehandling.",
                "The person has a right to acute help, and no referral is needed. Call legevakt on 116 117, who can send the person on to acute substance treatment.",
            ),
        ),
        Level::TsbPlanned | Level::Municipal | Level::Gp => (
            text!("Kontakt fastlegen", "Kontakt fastlegen", "Contact the GP (fastlege)"),
            text!(
                "Det ser ikke ut til å haste akkurat nå. Fastlegen eller kommunens tjenester for psykisk helse og rus kan hjelpe videre. Ring legevakt på 116 117 hvis det blir verre.",
                "Det ser ikkje ut til å haste akkurat no. Fastlegen eller kommunen sine tenester for psykisk helse og rus kan hjelpe vidare. Ring legevakt på 116 117 om det blir verre.",
                "It does not seem urgent right now. The GP or the municipal mental health and substance services can help further. Call legevakt on 116 117 if it gets worse.",
            ),
        ),
    }
}
