//! A course's length as the source writes it: `"2d"`, `"7h"`, `"3-6h"`.

use serde::{Serialize, Serializer};

/// A course length as written: `"2d"`, `"7h"`, `"3-6h"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Duration {
    pub low: u32,
    pub high: u32,
    pub unit: DurationUnit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationUnit {
    Hours,
    Days,
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl std::fmt::Display for Duration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.unit {
            DurationUnit::Hours => "h",
            DurationUnit::Days => "d",
        };
        if self.low == self.high {
            write!(f, "{}{unit}", self.low)
        } else {
            write!(f, "{}-{}{unit}", self.low, self.high)
        }
    }
}

impl Duration {
    /// Parses `N` or `N-M` followed by `h` or `d`, with `low <= high`.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        let (num, unit) = if let Some(n) = s.strip_suffix('h') {
            (n, DurationUnit::Hours)
        } else if let Some(n) = s.strip_suffix('d') {
            (n, DurationUnit::Days)
        } else {
            return None;
        };
        let digits =
            |t: &str| (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse::<u32>().ok()).flatten();
        let (low, high) = match num.split_once('-') {
            Some((a, b)) => (digits(a)?, digits(b)?),
            None => (digits(num)?, digits(num)?),
        };
        (low > 0 && low <= high).then_some(Self { low, high, unit })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_as_the_source_writes_them() {
        let d = |s| Duration::parse(s);
        assert_eq!(d("2d"), Some(Duration { low: 2, high: 2, unit: DurationUnit::Days }));
        assert_eq!(d("3-6h"), Some(Duration { low: 3, high: 6, unit: DurationUnit::Hours }));
        for bad in ["", "h", "7", "6-3h", "0h", "2 d", "-3h", "3-h"] {
            assert_eq!(d(bad), None, "{bad}");
        }
    }
}
