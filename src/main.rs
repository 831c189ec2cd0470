//! The `aula-plan` binary: parses the command line and hands over to `cli`.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
