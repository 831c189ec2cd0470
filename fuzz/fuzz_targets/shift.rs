//! A plan that loads, shifted by any amount from any red line: the shift either refuses with
//! a message or gives a text that loads again. The first five bytes choose the shift, the rest
//! is the plan (so that the corpus can start from real plans).
#![no_main]

use aula_plan::plan::PlanDate;
use aula_plan::plan::date::Step;
use aula_plan::shift::{Request, plan_shift};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((head, rest)) = data.split_first_chunk::<5>() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let amount = i32::from(i16::from_le_bytes([head[0], head[1]]));
    let step = match head[2] % 3 {
        0 => Step::Days(amount),
        1 => Step::Weeks(amount),
        _ => Step::Months(amount),
    };
    // A red line somewhere in 2017-2024, or none.
    let day = u16::from_le_bytes([head[3], head[4]]);
    let from = (day % 4 != 0)
        .then(|| chrono::NaiveDate::from_num_days_from_ce_opt(736_330 + i32::from(day % 2900)))
        .flatten()
        .map(PlanDate::Day);
    let loaded = aula_plan::load::load(text);
    let Some(plan) = loaded.plan.as_ref() else { return };
    let request = Request { step, most: None, from, tracks: Vec::new(), only: Vec::new(), workdays: head[2] > 128, end_only: false };
    if let Ok(shift) = plan_shift(plan, text, &request) {
        let shifted = shift.splices.apply(text);
        assert!(aula_plan::load::load(&shifted).plan.is_some(), "a shifted plan must load:\n{shifted}");
    }
});
