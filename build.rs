//! The texts of `i18n/` are built into the binary by `fluent-templates`' macro, which cargo
//! does not know reads them: a change to a `.ftl` file alone rebuilds the crate through this.

fn main() {
    println!("cargo:rerun-if-changed=i18n");
}
