//! Feeding the parser a piece of the file at a time. The parser takes a slice of tokens, and
//! the tokens of a whole file take fourteen times its size (24 bytes each): more than all the
//! rest of `validate` together. TOML's top level is a list of lines, so the file is cut into
//! pieces at the ends of lines outside any brackets or braces, and the parser meets each piece
//! as the expressions that follow the one before.

use toml_parser::lexer::{Token, TokenKind};
use toml_parser::parser::{RecursionGuard, ValidateWhitespace};
use toml_parser::{ErrorSink, ParseError, Source};

use super::{Builder, DEEPEST, Node, TomlValue};

/// How many tokens the parser is given at once, at least.
const PIECE: usize = 1 << 16;

/// Parses `source` a piece at a time into `builder`, giving the complete entries of the
/// builder's streamed lists to `take` after each piece, and the last ones at the end.
pub(super) fn by_lines<'i>(
    source: Source<'i>,
    builder: &mut Builder<'i>,
    errors: &mut Vec<ParseError>,
    take: &mut dyn FnMut(&'static str, Node<'i>),
) {
    let mut keep = |e: ParseError| errors.push(e);
    let mut piece: Vec<Token> = Vec::with_capacity(PIECE + 1024);
    let mut depth: usize = 0;
    for token in source.lex() {
        let kind = token.kind();
        piece.push(token);
        match kind {
            TokenKind::LeftSquareBracket | TokenKind::LeftCurlyBracket => depth += 1,
            TokenKind::RightSquareBracket | TokenKind::RightCurlyBracket => depth = depth.saturating_sub(1),
            TokenKind::Newline if depth == 0 && piece.len() >= PIECE => {
                parse(source, &piece, builder, &mut keep);
                piece.clear();
                for (key, node) in builder.complete.drain(..) {
                    take(key, node);
                }
            }
            _ => {}
        }
    }
    parse(source, &piece, builder, &mut keep);
    drop(piece);
    builder.finish_table(&mut keep);
    for (key, node) in builder.complete.drain(..) {
        take(key, node);
    }
    // The last entry of each list is complete now.
    for &key in builder.streamed {
        let Some(i) = builder.root.position(key) else { continue };
        if let TomlValue::Array(list) = &mut builder.root.entries[i].node.value
            && list.of_tables
        {
            for node in list.items.drain(..) {
                take(key, node);
            }
        }
    }
}

/// Parses `source` whole into `builder`, keeping every entry: for the errors of a file that
/// has them, as the parser reports them of the whole.
pub(super) fn at_once<'i>(source: Source<'i>, builder: &mut Builder<'i>, errors: &mut Vec<ParseError>) {
    let tokens = source.lex().into_vec();
    let mut keep = |e: ParseError| errors.push(e);
    parse(source, &tokens, builder, &mut keep);
    drop(tokens);
    builder.finish_table(&mut keep);
}

/// The parser's events for `tokens`, whitespace checked and nesting limited, into `builder`.
fn parse<'i>(source: Source<'i>, tokens: &[Token], builder: &mut Builder<'i>, keep: &mut dyn ErrorSink) {
    let mut checked = ValidateWhitespace::new(builder, source);
    let mut guarded = RecursionGuard::new(&mut checked, DEEPEST);
    toml_parser::parser::parse_document(tokens, &mut guarded, keep);
}
