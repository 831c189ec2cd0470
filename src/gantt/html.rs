//! The chart in a page of its own: no script, no fonts or styles fetched, so it opens from a
//! mail or a USB stick as well as from the intranet. Below the chart, the activities as a
//! table, for screen readers and for copying.

use quick_xml::Writer;
use quick_xml::events::BytesText;

use super::Chart;
use crate::html::{notes, table};
use crate::view::View;

const STYLE: &str = "
body { font-family: Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif; margin: 1.5rem; color: #222; }
.chart { overflow-x: auto; border: 1px solid #ddd; }
.chart svg { display: block; }
table { border-collapse: collapse; margin-top: 0.5rem; font-size: 0.9rem; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
td.number { text-align: right; }
td.day { white-space: nowrap; }
table.many { width: 100%; font-size: 0.8rem; }
td.file span { white-space: nowrap; }
.wide { max-width: 100%; overflow-x: auto; }
.wide svg { max-width: 100%; height: auto; }
th { background: #f2f2f2; }
footer { margin-top: 1rem; color: #666; font-size: 0.8rem; }
@media print { body { margin: 0; } .chart { overflow: visible; border: none; } .chart svg { max-width: 100%; height: auto; } }
";

/// A whole HTML page: the chart, then `activities` as a table, then where it came from.
#[must_use]
pub fn page(chart: &Chart, activities: &View, source: &str) -> String {
    crate::html::document(chart.lang, &chart.title, STYLE, source, |w| {
        chart_div(w, chart, "chart")?;
        w.create_element("h2").write_text_content(BytesText::new(&activities.title))?;
        table(w, activities, "")?;
        notes(w, activities)
    })
}

/// Many plans on one page (`aula-plan overview`): `overview` as a table, then `chart`, a lane
/// per plan on one time axis ([`super::overview::layout`]).
#[must_use]
pub fn overview(overview: &View, chart: &Chart, source: &str) -> String {
    crate::html::document(overview.lang, &overview.title, STYLE, source, |w| {
        w.create_element("h1").write_text_content(BytesText::new(&overview.title))?;
        table(w, overview, "many")?;
        notes(w, overview)?;
        chart_div(w, chart, "chart wide")
    })
}

/// The chart's SVG in a `div` of `class`: `chart` scrolls sideways, a `wide` one is scaled to
/// the page.
fn chart_div(w: &mut Writer<Vec<u8>>, chart: &Chart, class: &str) -> std::io::Result<()> {
    w.create_element("div").with_attribute(("class", class)).write_inner_content(|w| {
        let svg = super::svg::element(chart);
        w.get_mut().extend_from_slice(svg.trim_end().as_bytes());
        Ok(())
    })?;
    Ok(())
}
