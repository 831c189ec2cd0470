//! aula-plan: checks and edits a Danish municipality's Aula implementation plan.
//!
//! The library reads a plan file ([`load`]) into a model ([`plan`]), runs the named rules
//! ([`rules`]) and renders findings ([`diagnostic`]); the `aula-plan` binary is a thin layer
//! over it. The library never prints.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod allocate;
pub mod apportion;
pub mod clock;
pub mod diagnostic;
pub mod diff;
pub mod edit;
pub mod escape;
pub mod export;
pub mod follow;
pub mod gantt;
pub mod git;
pub mod holidays;
pub mod html;
pub mod i18n;
pub mod init;
pub mod input;
pub mod lang;
pub mod load;
pub mod lsp;
pub mod plan;
pub mod record;
pub mod registry;
pub mod reschedule;
pub mod rules;
pub mod schema;
pub mod shift;
pub mod span;
pub mod spec;
pub mod steering;
pub mod suggest;
pub mod table;
pub mod validate;
pub mod view;
