//! clap's errors about the arguments (a flag it does not know, a value it cannot take) in
//! Danish: a clap error formatter that reads the error's context, as clap's own does, and says
//! it with the words of `i18n/*/cli.ftl`. In English clap's own formatter speaks.

use std::fmt::Write as _;

use aula_plan::i18n::{Arg, Lang};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};

/// clap's error, said in Danish.
pub struct Danish;

fn say(id: &'static str, args: &[(&'static str, Arg)]) -> String {
    Lang::Da.text_with(id, args)
}

fn string(e: &clap::error::Error<Danish>, kind: ContextKind) -> Option<&str> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s),
        _ => None,
    }
}

fn strings(e: &clap::error::Error<Danish>, kind: ContextKind) -> &[String] {
    match e.get(kind) {
        Some(ContextValue::Strings(s)) => s,
        _ => &[],
    }
}

/// The first line's words, when this formatter knows the kind of error.
fn message(e: &clap::error::Error<Danish>) -> Option<String> {
    let arg = string(e, ContextKind::InvalidArg).map(|a| Arg::Str(a.to_owned()));
    let value = string(e, ContextKind::InvalidValue).map(|v| Arg::Str(v.to_owned()));
    Some(match e.kind() {
        ErrorKind::ArgumentConflict => {
            let arg = arg?;
            match e.get(ContextKind::PriorArg) {
                Some(ContextValue::String(p)) if Some(p.as_str()) == string(e, ContextKind::InvalidArg) => {
                    say("clap-repeated", &[("arg", arg)])
                }
                Some(ContextValue::String(p)) => {
                    say("clap-conflict", &[("arg", arg), ("other", format!("'{p}'").into())])
                }
                Some(ContextValue::Strings(list)) => {
                    let mut out = say("clap-conflict-many", &[("arg", arg)]);
                    for p in list {
                        let _ = write!(out, "\n  {p}");
                    }
                    out
                }
                _ => say("clap-conflict", &[("arg", arg), ("other", say("clap-conflict-others", &[]).into())]),
            }
        }
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg?, value?);
            let mut out = if matches!(&value, Arg::Str(v) if v.is_empty()) {
                say("clap-no-value", &[("arg", arg)])
            } else {
                say("clap-invalid-value", &[("arg", arg), ("value", value)])
            };
            list(&mut out, "clap-possible-values", strings(e, ContextKind::ValidValue));
            out
        }
        ErrorKind::ValueValidation => {
            let mut out = say("clap-invalid-value", &[("arg", arg?), ("value", value?)]);
            if let Some(source) = std::error::Error::source(e) {
                let _ = write!(out, ": {source}");
            }
            out
        }
        ErrorKind::InvalidSubcommand => {
            say("clap-unknown-command", &[("command", string(e, ContextKind::InvalidSubcommand)?.into())])
        }
        ErrorKind::MissingRequiredArgument => {
            let mut out = say("clap-missing", &[]);
            for a in strings(e, ContextKind::InvalidArg) {
                let _ = write!(out, "\n  {a}");
            }
            out
        }
        ErrorKind::MissingSubcommand => {
            let mut out =
                say("clap-missing-command", &[("command", string(e, ContextKind::InvalidSubcommand)?.into())]);
            list(&mut out, "clap-commands", strings(e, ContextKind::ValidSubcommand));
            out
        }
        ErrorKind::TooManyValues => say("clap-too-many", &[("arg", arg?), ("value", value?)]),
        ErrorKind::UnknownArgument => say("clap-unknown-argument", &[("arg", arg?)]),
        _ => return None,
    })
}

fn list(out: &mut String, id: &'static str, values: &[String]) {
    if !values.is_empty() {
        let _ = write!(out, "\n  [{}: {}]", say(id, &[]), values.join(", "));
    }
}

impl ErrorFormatter for Danish {
    fn format_error(e: &clap::error::Error<Self>) -> clap::builder::StyledStr {
        // A kind this formatter does not know (rare ones: a wrong number of values, an
        // argument that is not UTF-8) keeps clap's English words for it.
        let first = message(e).unwrap_or_else(|| e.kind().as_str().unwrap_or_default().to_owned());
        let red = anstyle::Style::new().bold().fg_color(Some(anstyle::AnsiColor::Red.into()));
        let mut out = format!("{red}{}:{red:#} {first}", say("clap-error", &[]));
        for (kind, what) in [
            (ContextKind::SuggestedSubcommand, "subcommand"),
            (ContextKind::SuggestedArg, "argument"),
            (ContextKind::SuggestedValue, "value"),
        ] {
            if let Some(word) = string(e, kind).map(str::to_owned).or_else(|| strings(e, kind).first().cloned()) {
                let _ =
                    write!(out, "\n\n  {}", say("clap-did-you-mean", &[("what", what.into()), ("word", word.into())]));
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
            let usage = usage.to_string();
            let usage = usage.trim_start_matches("Usage:").trim_start();
            let _ = write!(out, "\n\n{}: {usage}", Lang::Da.text("help-heading-usage"));
        }
        let _ = writeln!(out, "\n\n{}", say("clap-more", &[("flag", "--help".into())]));
        let mut styled = clap::builder::StyledStr::new();
        styled.push_str(&out);
        styled
    }
}

/// Ends the program on a mistake in the arguments (or on `--help`), in `lang`.
pub fn exit(e: clap::Error, lang: Lang) -> ! {
    match (lang, e.kind()) {
        (Lang::Da, kind) if !matches!(kind, ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            e.apply::<Danish>().exit()
        }
        _ => e.exit(),
    }
}
