//! Dividing a quota of seats over units in proportion to their pupils.
//!
//! The format fixes the largest-remainder (Hare) method: every unit gets the whole part of its
//! exact share, and the seats left go to the largest remainders. Ties go to more pupils, then
//! to the unit listed first. Arithmetic is exact (integers), so no share is off by rounding.

/// The exact share of `weight` in `quota` seats, as a fraction `numerator / total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    pub numerator: u128,
    pub total: u128,
}

impl Share {
    /// The exact share as a decimal, for display.
    #[must_use]
    #[allow(clippy::cast_precision_loss, reason = "shown to two decimals")]
    pub fn as_f64(self) -> f64 {
        if self.total == 0 { 0.0 } else { self.numerator as f64 / self.total as f64 }
    }

    /// Whether the share differs from `seats` by more than one seat.
    #[must_use]
    pub fn off_by_more_than_one(self, seats: u64) -> bool {
        let seats = u128::from(seats) * self.total;
        seats.abs_diff(self.numerator) > self.total
    }
}

/// Exact shares of `quota` for each weight.
#[must_use]
pub fn exact_shares(quota: u64, weights: &[u64]) -> Vec<Share> {
    let total: u128 = weights.iter().map(|&w| u128::from(w)).sum();
    weights.iter().map(|&w| Share { numerator: u128::from(quota) * u128::from(w), total }).collect()
}

/// Seats per weight by the largest-remainder method; all zero when every weight is zero.
#[must_use]
pub fn largest_remainder(quota: u64, weights: &[u64]) -> Vec<u64> {
    let shares = exact_shares(quota, weights);
    let total = shares.first().map_or(0, |s| s.total);
    if total == 0 {
        return vec![0; weights.len()];
    }
    let mut seats: Vec<u64> = shares.iter().map(|s| u64::try_from(s.numerator / total).unwrap_or(u64::MAX)).collect();
    let given: u64 = seats.iter().sum();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| {
        (shares[b].numerator % total)
            .cmp(&(shares[a].numerator % total))
            .then(weights[b].cmp(&weights[a]))
            .then(a.cmp(&b))
    });
    for &i in order.iter().take(usize::try_from(quota.saturating_sub(given)).unwrap_or(usize::MAX)) {
        seats[i] += 1;
    }
    seats
}

/// A quotient `weight / divisor` of one unit, ordered as a highest-averages method gives
/// seats: the larger quotient first (compared exactly), ties to the larger weight, then to the
/// unit listed first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Quotient {
    weight: u64,
    divisor: u128,
    unit: usize,
}

impl Ord for Quotient {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        // a/b against c/d as a·d against c·b, exactly (the products may pass 128 bits).
        wide_mul(self.weight, other.divisor)
            .cmp(&wide_mul(other.weight, self.divisor))
            .then(self.weight.cmp(&other.weight))
            .then(other.unit.cmp(&self.unit))
    }
}

impl PartialOrd for Quotient {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// `a · b` as 256 bits (high, low).
fn wide_mul(a: u64, b: u128) -> (u128, u128) {
    let (high_b, low_b) = (b >> 64, b & u128::from(u64::MAX));
    let low = u128::from(a) * low_b;
    let middle = u128::from(a) * high_b; // < 2^128: high_b < 2^64
    let (sum, carry) = low.overflowing_add(middle << 64);
    ((middle >> 64) + u128::from(carry), sum)
}

/// Seats per weight by a highest-averages method: the seats go, one by one, to the weight with
/// the largest `weight / divisor(seats it has)`; ties to the larger weight, then the first.
///
/// Not seat by seat, which takes as long as the quota is large: each unit starts with the
/// seats whose quotients pass `total / quota` (`start`, from its exact share), which is the
/// outcome up to at most one seat per unit; the last seats are then given, or taken back, in
/// the order the method gives them, through a heap. Time O(n log n), whatever the quota.
fn highest_averages(quota: u64, weights: &[u64], divisor: fn(u64) -> u128, start: fn(Share) -> u64) -> Vec<u64> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    if weights.iter().all(|&w| w == 0) {
        return vec![0; weights.len()];
    }
    let mut seats: Vec<u64> = exact_shares(quota, weights).into_iter().map(start).collect();
    let mut given: u128 = seats.iter().map(|&s| u128::from(s)).sum();
    let next = |unit: usize, seats: &[u64]| Quotient { weight: weights[unit], divisor: divisor(seats[unit]), unit };
    if given < u128::from(quota) {
        let mut heap: BinaryHeap<Quotient> =
            (0..weights.len()).filter(|&u| weights[u] > 0).map(|u| next(u, &seats)).collect();
        while given < u128::from(quota) {
            let Some(q) = heap.pop() else { break };
            seats[q.unit] += 1;
            given += 1;
            heap.push(next(q.unit, &seats));
        }
    }
    if given > u128::from(quota) {
        // The seat given last goes back first: the smallest quotient among the seats held.
        let last =
            |unit: usize, seats: &[u64]| Quotient { weight: weights[unit], divisor: divisor(seats[unit] - 1), unit };
        let mut heap: BinaryHeap<Reverse<Quotient>> =
            (0..weights.len()).filter(|&u| seats[u] > 0).map(|u| Reverse(last(u, &seats))).collect();
        while given > u128::from(quota) {
            let Some(Reverse(q)) = heap.pop() else { break };
            seats[q.unit] -= 1;
            given -= 1;
            if seats[q.unit] > 0 {
                heap.push(Reverse(last(q.unit, &seats)));
            }
        }
    }
    seats
}

/// D'Hondt, as Danish elections use it inside a list: divisors 1, 2, 3, …
#[must_use]
pub fn dhondt(quota: u64, weights: &[u64]) -> Vec<u64> {
    // Quotients w/(s+1) at least total/quota: the whole part of the exact share.
    highest_averages(
        quota,
        weights,
        |s| u128::from(s) + 1,
        |share| u64::try_from(share.numerator.checked_div(share.total).unwrap_or(0)).unwrap_or(u64::MAX),
    )
}

/// Sainte-Laguë, as the Folketing's supplementary seats use a modified form of it: divisors
/// 1, 3, 5, …
#[must_use]
pub fn sainte_lague(quota: u64, weights: &[u64]) -> Vec<u64> {
    // Quotients w/(s+½) above total/quota: the exact share rounded, a half down.
    highest_averages(
        quota,
        weights,
        |s| 2 * u128::from(s) + 1,
        |share| {
            if share.total == 0 {
                return 0;
            }
            let (whole, rest) = (share.numerator / share.total, share.numerator % share.total);
            u64::try_from(whole + u128::from(rest > share.total - rest)).unwrap_or(u64::MAX)
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remainders_decide_the_last_seats() {
        // 3 seats over 300 and 200 pupils: exact 1.8 and 1.2.
        assert_eq!(largest_remainder(3, &[300, 200]), [2, 1]);
        // 69 seats, the textbook case where remainders matter.
        let seats = largest_remainder(69, &[640, 410, 220, 95, 35]);
        assert_eq!(seats.iter().sum::<u64>(), 69);
        // Exact 31.54, 20.21, 10.84, 4.68, 1.73: floors give 66; .84, .73 and .68 win the rest.
        assert_eq!(seats, [31, 20, 11, 5, 2]);
        assert_eq!(largest_remainder(5, &[0, 0]), [0, 0]);
    }

    #[test]
    fn highest_averages_follow_the_textbook() {
        // The usual example: 7 seats over 100,000, 80,000, 30,000 and 20,000 votes.
        let votes = [100_000, 80_000, 30_000, 20_000];
        assert_eq!(dhondt(7, &votes), [3, 3, 1, 0]);
        assert_eq!(sainte_lague(7, &votes), [3, 2, 1, 1]);
        assert_eq!(largest_remainder(7, &votes), [3, 2, 1, 1]);
        assert_eq!(dhondt(3, &[0, 0]), [0, 0]);
    }

    /// The methods as their definition reads: seat by seat.
    fn seat_by_seat(quota: u64, weights: &[u64], divisor: fn(u64) -> u128) -> Vec<u64> {
        let mut seats = vec![0u64; weights.len()];
        if weights.iter().all(|&w| w == 0) {
            return seats;
        }
        for _ in 0..quota {
            let best = (0..weights.len())
                .map(|unit| Quotient { weight: weights[unit], divisor: divisor(seats[unit]), unit })
                .max()
                .expect("a unit");
            seats[best.unit] += 1;
        }
        seats
    }

    #[test]
    fn highest_averages_give_what_seat_by_seat_gives() {
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng % n
        };
        for _ in 0..3000 {
            let units = usize::try_from(next(6) + 1).unwrap();
            let weights: Vec<u64> = (0..units).map(|_| if next(5) == 0 { next(3) * 100 } else { next(900) }).collect();
            let quota = next(80);
            assert_eq!(
                dhondt(quota, &weights),
                seat_by_seat(quota, &weights, |s| u128::from(s) + 1),
                "{quota} {weights:?}"
            );
            assert_eq!(
                sainte_lague(quota, &weights),
                seat_by_seat(quota, &weights, |s| 2 * u128::from(s) + 1),
                "{quota} {weights:?}"
            );
        }
    }

    #[test]
    fn a_quota_of_a_quintillion_seats_is_divided_at_once() {
        let quota = 1_000_000_000_000_000_000;
        for seats in [dhondt(quota, &[640, 410, 220, 95, 35]), sainte_lague(quota, &[640, 410, 220, 95, 35])] {
            assert_eq!(seats.iter().sum::<u64>(), quota);
        }
        let seats = sainte_lague(u64::MAX, &[u64::MAX, 1, u64::MAX - 1]);
        assert_eq!(seats.iter().map(|&s| u128::from(s)).sum::<u128>(), u128::from(u64::MAX));
    }

    #[test]
    fn off_by_more_than_one_is_exact() {
        let s = exact_shares(3, &[300, 200]);
        assert!(!s[0].off_by_more_than_one(1)); // 1.8 vs 1: 0.8
        assert!(!s[0].off_by_more_than_one(2));
        assert!(s[0].off_by_more_than_one(0)); // 1.8 vs 0
        assert!(s[1].off_by_more_than_one(3)); // 1.2 vs 3
    }
}
