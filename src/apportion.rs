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

/// Seats per weight by a highest-averages method: each seat in turn goes to the weight with
/// the largest `weight / divisor(seats it has)`. Ties go to the larger weight, then the first.
fn highest_averages(quota: u64, weights: &[u64], divisor: fn(u64) -> u64) -> Vec<u64> {
    let mut seats = vec![0u64; weights.len()];
    if weights.iter().all(|&w| w == 0) {
        return seats;
    }
    for _ in 0..quota {
        // Compare a/b with c/d as a*d with c*b: exact, no rounding.
        let best = (0..weights.len()).max_by(|&i, &j| {
            let (a, b) = (u128::from(weights[i]), u128::from(divisor(seats[i])));
            let (c, d) = (u128::from(weights[j]), u128::from(divisor(seats[j])));
            (a * d).cmp(&(c * b)).then(weights[i].cmp(&weights[j])).then(j.cmp(&i))
        });
        if let Some(i) = best {
            seats[i] += 1;
        }
    }
    seats
}

/// D'Hondt, as Danish elections use it inside a list: divisors 1, 2, 3, …
#[must_use]
pub fn dhondt(quota: u64, weights: &[u64]) -> Vec<u64> {
    highest_averages(quota, weights, |s| s + 1)
}

/// Sainte-Laguë, as the Folketing's supplementary seats use a modified form of it: divisors
/// 1, 3, 5, …
#[must_use]
pub fn sainte_lague(quota: u64, weights: &[u64]) -> Vec<u64> {
    highest_averages(quota, weights, |s| 2 * s + 1)
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

    #[test]
    fn off_by_more_than_one_is_exact() {
        let s = exact_shares(3, &[300, 200]);
        assert!(!s[0].off_by_more_than_one(1)); // 1.8 vs 1: 0.8
        assert!(!s[0].off_by_more_than_one(2));
        assert!(s[0].off_by_more_than_one(0)); // 1.8 vs 0
        assert!(s[1].off_by_more_than_one(3)); // 1.2 vs 3
    }
}
