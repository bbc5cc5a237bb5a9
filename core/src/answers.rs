//! The answers of one assessment, validated and typed, indexed by [`Item`].
//!
//! Rules read answers only through the small vocabulary here (`yes`, `no`, `is`, `has`, `number`, …),
//! which keeps the tri-state honest: an absent or `unknown` fact is neither yes nor no.

use crate::catalog::{Item, Kind};

/// One answer slot.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Slot {
    /// Not asked (the key is not in the input).
    Absent,
    /// Asked, and answered `"unknown"`.
    Unknown,
    Yes,
    No,
    /// Index into the item's choices.
    Choice(u8),
    /// Bit set over the item's choices.
    Multi(u16),
    Number(f64),
}

/// Yes / no / not known: the result of a question about the facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tri {
    Yes,
    No,
    Unknown,
}

impl Tri {
    pub fn from_bool(b: bool) -> Tri {
        if b {
            Tri::Yes
        } else {
            Tri::No
        }
    }
}

/// Substances whose withdrawal can give seizures and delirium (SPEC 5.3).
pub const WITHDRAWAL_SUBSTANCES: &[&str] = &["alcohol", "benzodiazepines", "ghb"];

#[derive(Clone, Debug, PartialEq)]
pub struct Answers {
    slots: [Slot; Item::COUNT],
}

impl Default for Answers {
    fn default() -> Self {
        Answers {
            slots: [Slot::Absent; Item::COUNT],
        }
    }
}

impl Answers {
    pub fn get(&self, item: Item) -> Slot {
        self.slots[item.index()]
    }

    pub fn set(&mut self, item: Item, slot: Slot) {
        self.slots[item.index()] = slot;
    }
}

impl Answered for Answers {
    fn slot(&self, item: Item) -> Slot {
        self.get(item)
    }
}

/// The small vocabulary every rule reads answers through, for the answers of an input and for the
/// answers the analysis tries (`rules::View`). Absent and `unknown` are neither yes nor no.
pub trait Answered {
    fn slot(&self, item: Item) -> Slot;

    /// Answered with something other than `unknown`.
    fn known(&self, item: Item) -> bool {
        !matches!(self.slot(item), Slot::Absent | Slot::Unknown)
    }

    fn is_absent(&self, item: Item) -> bool {
        self.slot(item) == Slot::Absent
    }

    fn yes(&self, item: Item) -> bool {
        self.slot(item) == Slot::Yes
    }

    fn no(&self, item: Item) -> bool {
        self.slot(item) == Slot::No
    }

    fn tri(&self, item: Item) -> Tri {
        match self.slot(item) {
            Slot::Yes => Tri::Yes,
            Slot::No => Tri::No,
            _ => Tri::Unknown,
        }
    }

    fn number(&self, item: Item) -> Option<f64> {
        match self.slot(item) {
            Slot::Number(n) => Some(n),
            _ => None,
        }
    }

    /// The chosen option id of a choice item.
    fn choice(&self, item: Item) -> Option<&'static str> {
        match (self.slot(item), item.def().kind) {
            (Slot::Choice(i), Kind::Choice(choices)) => choices.get(i as usize).map(|c| c.id),
            _ => None,
        }
    }

    /// The choice item is answered with `option`.
    fn is(&self, item: Item, option: &str) -> bool {
        debug_assert!(
            option_index(item, option).is_some(),
            "{option} is not a choice of {}",
            item.id()
        );
        self.choice(item).is_some_and(|c| same_id(c, option))
    }

    /// The choice item is answered with one of `options`.
    fn is_any(&self, item: Item, options: &[&str]) -> bool {
        options.iter().any(|o| self.is(item, o))
    }

    /// The multi-choice item holds `option`.
    fn has(&self, item: Item, option: &str) -> bool {
        match (self.slot(item), option_index(item, option)) {
            (Slot::Multi(bits), Some(i)) => bits & (1 << i) != 0,
            (_, None) => {
                debug_assert!(false, "{option} is not a choice of {}", item.id());
                false
            }
            _ => false,
        }
    }

    /// The multi-choice item holds something other than `none`.
    fn has_any_but_none(&self, item: Item) -> bool {
        match (self.slot(item), option_index(item, "none")) {
            (Slot::Multi(bits), Some(none)) => bits & !(1 << none) != 0,
            (Slot::Multi(bits), None) => bits != 0,
            _ => false,
        }
    }

    /// Whether any substance is used: yes, no (`["none"]`) or not known.
    fn substance_use(&self) -> Tri {
        match self.slot(Item::Substances) {
            Slot::Multi(_) => Tri::from_bool(self.has_any_but_none(Item::Substances)),
            _ => Tri::Unknown,
        }
    }

    /// Whether one of `substances` is used; `Unknown` when `substances` is not answered.
    fn uses_any(&self, substances: &[&str]) -> Tri {
        match self.slot(Item::Substances) {
            Slot::Multi(_) => {
                Tri::from_bool(substances.iter().any(|s| self.has(Item::Substances, s)))
            }
            _ => Tri::Unknown,
        }
    }

    /// Adds `item` to `missing` unless it is known.
    fn need(&self, item: Item, missing: &mut ItemSet) {
        if !self.known(item) {
            missing.insert(item);
        }
    }

    /// Pregnant, or a positive pregnancy test (which counts as pregnant, SPEC section 3), whatever the
    /// recorded sex (a trans man can be pregnant).
    fn pregnant(&self) -> bool {
        self.yes(Item::Pregnant) || self.is(Item::PregnancyTest, "positive")
    }

    /// Pregnancy may be relevant: sex is not `male`, and age is not known to be outside 12-55.
    /// Absent sex or age count as relevant (the cautious reading, SPEC section 3).
    fn pregnancy_relevant(&self) -> bool {
        !self.is(Item::Sex, "male")
            && self
                .number(Item::Age)
                .is_none_or(|age| (12.0..=55.0).contains(&age))
    }
}

/// Whether two option ids are the same. The rules' literals and the catalog's are usually one
/// address after linking: then no byte is compared (a call to `memcmp` in the wasm module).
pub fn same_id(a: &str, b: &str) -> bool {
    a.len() == b.len() && (a.as_ptr() == b.as_ptr() || a == b)
}

/// The index of `option` among the choices of `item`.
pub fn option_index(item: Item, option: &str) -> Option<usize> {
    item.def()
        .kind
        .choices()
        .iter()
        .position(|c| same_id(c.id, option))
}

/// A set of items (the catalog has fewer than 64).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ItemSet(u64);

impl ItemSet {
    pub const EMPTY: ItemSet = ItemSet(0);

    pub fn of(item: Item) -> ItemSet {
        ItemSet(1 << item.index())
    }

    pub fn insert(&mut self, item: Item) {
        self.0 |= 1 << item.index();
    }

    pub fn contains(&self, item: Item) -> bool {
        self.0 & (1 << item.index()) != 0
    }

    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// Some item is in both sets.
    pub fn intersects(&self, other: ItemSet) -> bool {
        self.0 & other.0 != 0
    }

    pub fn remove(&mut self, item: Item) {
        self.0 &= !(1 << item.index());
    }

    /// The items in either set.
    pub fn union(self, other: ItemSet) -> ItemSet {
        ItemSet(self.0 | other.0)
    }

    /// The items in both sets.
    pub fn intersection(self, other: ItemSet) -> ItemSet {
        ItemSet(self.0 & other.0)
    }

    /// Every item of this set is in `other`.
    pub fn is_subset(&self, other: ItemSet) -> bool {
        self.0 & !other.0 == 0
    }

    /// The first item in catalog order.
    pub fn first(&self) -> Option<Item> {
        let k = self.0.trailing_zeros() as usize;
        crate::catalog::CATALOG.get(k).map(|d| d.item)
    }

    /// The items in catalog order.
    pub fn items(self) -> impl Iterator<Item = Item> {
        Item::all().filter(move |i| self.contains(*i))
    }
}

#[cfg(test)]
mod tests {
    use super::same_id;

    /// The address is a shortcut, never the answer: equal bytes at two addresses are the same id,
    /// different bytes of the same length are not.
    #[test]
    fn option_ids_are_compared_by_their_bytes() {
        let owned = String::from("alcohol");
        assert!(same_id("alcohol", "alcohol"));
        assert!(same_id(&owned, "alcohol"));
        assert!(!same_id("alcohol", "alcohoL"));
        assert!(!same_id("alcohol", "alcohols"));
        let both = "opioids";
        assert!(same_id(both, both));
        assert!(!same_id(&both[..3], &both[..4]));
    }
}
