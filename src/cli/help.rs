//! `--help` in the reader's language: every command's about, every argument's and every
//! value's help, clap's own flags (`-h`, `-V`, `help`) and, in Danish, clap's headings and
//! brackets (`Brug:`, `Tilvalg:`, `[standard: table]`), all from `i18n/*/help.ftl`.
//!
//! The arguments in `args.rs` carry no help of their own: clap derives their shape, and the
//! words come from here, in English as in Danish. The values of a choice (`--format json`)
//! keep their English help in `args.rs`, where clap's typed parser holds it; `help.ftl` has it
//! in both languages, and a test keeps the English the same as clap's. A message's id follows the command's path:
//! `cmd-shift` (its about), `cmd-shift-long` (its long about), `arg-shift--months` (an
//! argument of one command), `arg--format` (an argument whose help is the same wherever it
//! stands), `val--format--json` (a value's help); clap's own flags are `builtin-…`.

use aula_plan::i18n::Lang;
use clap::builder::PossibleValue;
use clap::{Arg, Command};

/// The command line `cmd` with its help in `lang`, built: the words are set first (clap
/// decides at the build whether a command has a long help), then clap's own flags, which the
/// build adds, are put in words too.
pub fn localized(cmd: Command, lang: Lang) -> Command {
    let mut cmd = words(cmd, "", lang);
    cmd.build();
    builtins(cmd, lang)
}

/// The message id of a command's about (`cmd`, `cmd-shift`, `cmd-show-org`).
pub fn command_id(path: &str) -> String {
    if path.is_empty() { "cmd".to_owned() } else { format!("cmd-{path}") }
}

/// The ids an argument's help may have, most particular first: of this command, then shared.
pub fn arg_ids(path: &str, arg: &str) -> [String; 2] {
    [format!("arg-{path}--{arg}"), format!("arg--{arg}")]
}

/// The ids a value's help may have, most particular first.
pub fn value_ids(path: &str, arg: &str, value: &str) -> [String; 2] {
    [format!("val-{path}--{arg}--{value}"), format!("val--{arg}--{value}")]
}

/// The id of a value's placeholder (`DATE` → `placeholder-date`, `NAME=PUPILS` →
/// `placeholder-name-pupils`, `ID.KEY` → `placeholder-id-key`).
pub fn value_id(name: &str) -> String {
    format!("placeholder-{}", name.to_lowercase().replace(['=', '|', '.'], "-").replace("-or-", "-"))
}

/// The first of `ids` the language has.
fn first(lang: Lang, ids: &[String]) -> Option<String> {
    ids.iter().find_map(|id| lang.try_text_with(id, &[]).ok())
}

/// The id of clap's own words for one of its flags or its `help` command, by what clap wrote.
fn builtin(english: &str) -> Option<&'static str> {
    Some(match english {
        "Print help (see more with '--help')" => "builtin-help-more",
        "Print help (see a summary with '-h')" => "builtin-help-summary",
        "Print help" => "builtin-help",
        "Print version" => "builtin-version",
        "Print this message or the help of the given subcommand(s)" => "builtin-help-command",
        "Print help for the subcommand(s)" => "builtin-help-subcommands",
        _ => return None,
    })
}

/// clap's own flags and `help` command, which the build adds, in words; in Danish, with its
/// usage line's `[OPTIONS]` as `[TILVALG]`.
fn builtins(mut cmd: Command, lang: Lang) -> Command {
    for name in ["help", "version"] {
        if cmd.get_arguments().any(|a| a.get_id() == name) {
            cmd = cmd.mut_arg(name, |mut a| {
                if let Some(id) = a.get_help().and_then(|h| builtin(&h.to_string())) {
                    a = a.help(lang.text(id));
                }
                if let Some(id) = a.get_long_help().and_then(|h| builtin(&h.to_string())) {
                    a = a.long_help(lang.text(id));
                }
                if lang == Lang::Da { a.help_heading(lang.text("help-heading-options")) } else { a }
            });
        }
    }
    if let Some(id) = cmd.get_about().and_then(|a| builtin(&a.to_string())) {
        cmd = cmd.about(lang.text(id));
    }
    if lang == Lang::Da {
        let command = lang.text("help-value-command");
        cmd = cmd
            .help_template(format!(
                "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
                lang.text("help-heading-usage")
            ))
            .subcommand_help_heading(lang.text("help-heading-commands"))
            .subcommand_value_name(&command);
        let usage = cmd.render_usage().to_string();
        let usage = usage.trim_start_matches("Usage:").trim().replace("[OPTIONS]", &lang.text("help-value-options"));
        let usage = usage.replace("<COMMAND>", &format!("<{command}>")).replace("[COMMAND]", &format!("[{command}]"));
        cmd = cmd.override_usage(usage);
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for name in subs {
        cmd = cmd.mut_subcommand(&name, |s| builtins(s, lang));
    }
    cmd
}

fn words(mut cmd: Command, path: &str, lang: Lang) -> Command {
    let id = command_id(path);
    if let Some(about) = first(lang, std::slice::from_ref(&id)) {
        cmd = cmd.about(about);
    }
    if let Some(long_help) = first(lang, &[format!("{id}-long")]) {
        cmd = cmd.long_about(long_help);
    }
    let args: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for name in args {
        cmd = cmd.mut_arg(&name, |a| arg_words(a, path, lang));
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for name in subs {
        let sub_path = if path.is_empty() { name.clone() } else { format!("{path}-{name}") };
        cmd = cmd.mut_subcommand(&name, |s| words(s, &sub_path, lang));
    }
    cmd
}

fn arg_words(mut a: Arg, path: &str, lang: Lang) -> Arg {
    // A global argument is declared once, at the top, and its words with it.
    let path = if a.is_global_set() { "" } else { path };
    let ids = arg_ids(path, a.get_id().as_str());
    let help = first(lang, &ids);
    let long_help = first(lang, &ids.map(|id| format!("{id}-long")));
    if lang == Lang::Da {
        return danish(a, path, help, long_help);
    }
    if let Some(h) = help {
        a = a.help(h);
    }
    if let Some(l) = long_help {
        a = a.long_help(l);
    }
    a
}

/// An argument's words in Danish, and clap's words around them: its heading, its placeholders
/// (`<DATO>`) and its brackets (`[standard: auto]`), which clap would write in English.
fn danish(mut a: Arg, path: &str, help: Option<String>, long_help: Option<String>) -> Arg {
    let lang = Lang::Da;
    let heading = if a.is_positional() { "help-heading-arguments" } else { "help-heading-options" };
    a = a.help_heading(lang.text(heading));
    let names: Vec<String> = a.get_value_names().unwrap_or_default().iter().map(ToString::to_string).collect();
    if !names.is_empty() {
        let translated = names.iter().map(|n| first(lang, &[value_id(n)]).unwrap_or_else(|| n.clone()));
        a = a.value_names(translated.collect::<Vec<_>>());
    }
    if !a.get_action().takes_values() {
        return match help {
            Some(h) => a.help(h),
            None => a,
        };
    }
    let name = a.get_id().to_string();
    let values: Vec<PossibleValue> = a.get_possible_values().into_iter().filter(|v| !v.is_hide_set()).collect();
    let values = if a.is_hide_possible_values_set() { Vec::new() } else { values };
    let listed = values.iter().map(PossibleValue::get_name).collect::<Vec<_>>().join(", ");
    let defaults: Vec<String> = a.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    let mut rest = Vec::new();
    if !defaults.is_empty() && !a.is_hide_default_value_set() {
        rest.push(format!("[{}: {}]", lang.text("help-default"), defaults.join(", ")));
    }
    if let Some(env) = a.get_env().filter(|_| !a.is_hide_env_set()) {
        rest.push(format!("[{}: {}]", lang.text("help-env"), env.to_string_lossy()));
    }
    let with = |text: &str, values: bool| {
        let mut parts = vec![text.to_owned()];
        if values && !listed.is_empty() {
            parts.push(format!("[{}: {listed}]", lang.text("help-possible-values")));
        }
        parts.extend(rest.iter().cloned());
        parts.join(" ")
    };
    a = a.hide_possible_values(true).hide_default_value(true).hide_env(true);
    if let Some(h) = &help {
        a = a.help(with(h, true));
    }
    // As clap does: when a value has help of its own, the long help lists every value.
    let described: Vec<(&str, Option<String>)> =
        values.iter().map(|v| (v.get_name(), first(lang, &value_ids(path, &name, v.get_name())))).collect();
    if described.iter().any(|(_, h)| h.is_some()) {
        let list: Vec<String> = described
            .iter()
            .map(|(v, h)| h.as_ref().map_or_else(|| format!("- {v}"), |h| format!("- {v}: {h}")))
            .collect();
        let text = long_help.or(help).unwrap_or_default();
        let heading = lang.text("help-possible-values-heading");
        a = a.long_help(format!("{}\n\n{heading}:\n{}", with(&text, false), list.join("\n")));
    } else if let Some(l) = long_help {
        a = a.long_help(with(&l, true));
    }
    a
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use clap::CommandFactory;

    use super::*;

    /// Every help text the command line has, by the ids that may hold it: (ids, clap's own
    /// English, when it has any).
    fn texts(cmd: &Command, path: &str, out: &mut Vec<(Vec<String>, Option<String>)>) {
        let id = command_id(path);
        out.push((vec![id.clone()], cmd.get_about().map(ToString::to_string)));
        if cmd.get_long_about().is_some() || first(Lang::En, &[format!("{id}-long")]).is_some() {
            out.push((vec![format!("{id}-long")], cmd.get_long_about().map(ToString::to_string)));
        }
        for a in cmd.get_arguments() {
            let name = a.get_id().as_str();
            if (a.is_global_set() && !path.is_empty()) || name == "help" || name == "version" {
                continue;
            }
            out.push((arg_ids(path, name).to_vec(), a.get_help().map(ToString::to_string)));
            for v in a.get_possible_values().iter().filter(|v| v.get_help().is_some()) {
                out.push((value_ids(path, name, v.get_name()).to_vec(), v.get_help().map(ToString::to_string)));
            }
        }
        for s in cmd.get_subcommands() {
            let sub = if path.is_empty() { s.get_name().to_owned() } else { format!("{path}-{}", s.get_name()) };
            texts(s, &sub, out);
        }
    }

    fn ids_of(lang: &str) -> BTreeSet<String> {
        let file = format!("{}/i18n/{lang}/help.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(file).expect("help.ftl");
        text.lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
            .filter(|id| !id.starts_with('#'))
            .collect()
    }

    #[test]
    fn every_command_argument_and_value_has_its_help_in_both_languages_and_nowhere_else() {
        let mut all = Vec::new();
        texts(&crate::cli::args::Cli::command(), "", &mut all);
        assert!(all.len() > 100, "{}", all.len());
        for (ids, english) in &all {
            for lang in [Lang::En, Lang::Da] {
                assert!(first(lang, ids).is_some(), "{ids:?} has no help in {}", lang.code());
            }
            let is_value = ids[0].starts_with("val-");
            match english {
                // A value's English help stays where clap's typed parser reads it, and the
                // English of help.ftl says the same.
                Some(e) if is_value => assert_eq!(first(Lang::En, ids).as_deref(), Some(e.as_str()), "{ids:?}"),
                Some(e) => panic!("{ids:?} has help of its own in args.rs: {e:?}; it belongs in help.ftl"),
                None => {}
            }
        }
    }

    #[test]
    fn every_help_message_is_used() {
        let mut used: BTreeSet<String> = BTreeSet::new();
        let mut all = Vec::new();
        texts(&crate::cli::args::Cli::command(), "", &mut all);
        for (ids, _) in &all {
            used.extend(ids.iter().filter(|id| first(Lang::En, std::slice::from_ref(id)).is_some()).cloned());
        }
        let mut cmd = crate::cli::args::Cli::command();
        cmd.build();
        for a in cmd.get_subcommands().flat_map(Command::get_arguments).chain(cmd.get_arguments()) {
            for n in a.get_value_names().unwrap_or_default() {
                used.insert(value_id(n.as_str()));
            }
        }
        for lang in ["en", "da"] {
            let unused: Vec<String> = ids_of(lang)
                .into_iter()
                .filter(|id| !id.starts_with("builtin-") && !id.starts_with("help-") && !used.contains(id))
                .collect();
            assert!(unused.is_empty(), "help.ftl ({lang}) has messages no command, argument or value uses: {unused:?}");
        }
    }

    #[test]
    fn english_help_is_clap_s_own_and_danish_has_no_english_headings() {
        let mut en = localized(crate::cli::args::Cli::command(), Lang::En);
        let text = en.render_long_help().to_string();
        assert!(text.contains("Usage: aula-plan [OPTIONS] <COMMAND>"), "{text}");
        assert!(text.contains("Print help (see a summary with '-h')"), "{text}");
        let mut da = localized(crate::cli::args::Cli::command(), Lang::Da);
        let text = da.render_long_help().to_string();
        for english in
            ["Usage:", "Options:", "Commands:", "[OPTIONS]", "Print help", "Possible values", "[default:", "[env:"]
        {
            assert!(!text.contains(english), "{english} in {text}");
        }
        for sub in da.get_subcommands_mut() {
            let text = sub.render_long_help().to_string();
            for english in
                ["Usage:", "Options:", "Arguments:", "[OPTIONS]", "Print help", "[default:", "<FILE>", "<DATE>"]
            {
                assert!(!text.contains(english), "{english} in {}: {text}", sub.get_name());
            }
        }
    }

    #[test]
    fn the_language_is_read_before_the_arguments_are_parsed() {
        let args = |list: &[&str]| list.iter().map(std::ffi::OsString::from).collect::<Vec<_>>().into_iter();
        assert_eq!(crate::cli::language_asked(args(&["--lang", "da", "validate"]), None), Some(Lang::Da));
        assert_eq!(crate::cli::language_asked(args(&["validate", "--lang=en"]), Some("da".into())), Some(Lang::En));
        assert_eq!(crate::cli::language_asked(args(&["validate"]), Some("da".into())), Some(Lang::Da));
        assert_eq!(crate::cli::language_asked(args(&["validate", "--", "--lang", "da"]), None), None);
        assert_eq!(crate::cli::language_asked(args(&["--lang", "fr"]), None), None);
    }
}
