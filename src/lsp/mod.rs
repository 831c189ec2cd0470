//! `aula-plan lsp`: a Language Server Protocol server, made of the tool's own loader, rules,
//! key spec, catalogue and edit code, so that the editor and the command line never disagree.
//!
//! The connection is `lsp-server`'s (rust-analyzer's), its messages `lsp-types`'. One loop reads
//! a message at a time and hands it to the file of its concern: [`diagnostics`], [`hover`],
//! [`navigate`] (definition, references), [`complete`], [`rename`], [`actions`], [`symbols`];
//! [`position`] turns byte offsets into LSP's lines and UTF-16 columns. A change only stores
//! the text: when no more messages wait, each changed document is checked once, so of several
//! changes queued only the last text is. A malformed message or an unknown method is answered
//! (or logged) and the loop goes on. The library prints nothing but the connection's messages.

pub mod actions;
pub mod complete;
pub mod context;
pub mod diagnostics;
pub mod hover;
pub mod ids;
pub mod navigate;
pub mod position;
pub mod rename;
pub mod session;
pub mod symbols;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{self as note, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    CodeActionProviderCapability, CompletionOptions, HoverProviderCapability, InitializeResult, OneOf,
    PublishDiagnosticsParams, RenameOptions, ServerCapabilities, ServerInfo, TextDocumentPositionParams,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Uri,
    WorkDoneProgressOptions,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

use self::session::{Doc, Docs, Read, path_of, same_file};
use crate::diagnostic::CheckedPlan;
use crate::i18n::Lang;

/// The method of the note the reader sends the loop when a message could not be read.
const MALFORMED: &str = "$/aula-plan/malformed";

/// Serves on standard input and output until the client says `exit`, or closes the input.
/// `lang` is the language asked for on the command line; without it, the client's locale's,
/// else the environment's. Whether the server ended as the protocol asks (`shutdown`, then
/// `exit`).
///
/// # Errors
/// When standard output cannot be written.
pub fn stdio(lang: Option<Lang>) -> std::io::Result<bool> {
    let (server, client) = Connection::memory();
    let to_server = client.sender.clone();
    // Not joined: it waits on standard input, which the client may keep open after `exit`.
    std::thread::spawn(move || {
        let mut input = std::io::stdin().lock();
        loop {
            match Message::read(&mut input) {
                Ok(Some(msg)) => {
                    let exit = matches!(&msg, Message::Notification(n) if n.method == note::Exit::METHOD);
                    if to_server.send(msg).is_err() || exit {
                        break;
                    }
                }
                // A message that is not JSON-RPC: said to the client, and the next one read, from
                // the next header (after a broken header, the rest of the message is skipped).
                Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                    let params = serde_json::Value::String(e.to_string());
                    let note = Notification { method: MALFORMED.to_owned(), params };
                    if to_server.send(Message::Notification(note)).is_err() || !skip_to_header(&mut input) {
                        break;
                    }
                }
                Ok(None) | Err(_) => break,
            }
        }
    });
    let from_server = client.receiver;
    drop(client.sender);
    let writer = std::thread::spawn(move || -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        for msg in from_server {
            msg.write(&mut out)?;
        }
        Ok(())
    });
    let clean = serve(&server, lang);
    drop(server);
    writer.join().unwrap_or_else(|_| Err(std::io::Error::other("the writer stopped")))?;
    Ok(clean)
}

/// Skips what is left of a broken message, up to the next `Content-Length` header; whether one
/// came before the input ended.
fn skip_to_header(input: &mut impl std::io::BufRead) -> bool {
    const HEADER: &[u8] = b"Content-Length:";
    loop {
        let Ok(buffer) = input.fill_buf() else { return false };
        if buffer.is_empty() {
            return false;
        }
        if let Some(at) = memchr::memmem::find(buffer, HEADER) {
            input.consume(at);
            return true;
        }
        // A header cut by the end of the buffer is found whole after the next read.
        let done = buffer.len().saturating_sub(HEADER.len() - 1).max(1);
        input.consume(done);
    }
}

/// Serves on `connection` until `exit`, or until the client goes away. Whether it ended as the
/// protocol asks.
pub fn serve(connection: &Connection, lang: Option<Lang>) -> bool {
    let mut server = Server {
        connection,
        docs: Docs::default(),
        lang: lang.unwrap_or_else(Lang::of_this_process),
        lang_given: lang.is_some(),
        initialized: false,
        shut_down: false,
        dirty: BTreeSet::new(),
        reads: BTreeMap::new(),
        checked: BTreeMap::new(),
        pages: diagnostics::rule_pages(),
    };
    while let Ok(msg) = connection.receiver.recv() {
        if let Some(clean) = server.handle(msg) {
            return clean;
        }
        // Whatever else is waiting first: of several changes, only the last text is checked.
        while let Ok(msg) = connection.receiver.try_recv() {
            if let Some(clean) = server.handle(msg) {
                return clean;
            }
        }
        server.publish();
    }
    false
}

struct Server<'c> {
    connection: &'c Connection,
    docs: Docs,
    lang: Lang,
    lang_given: bool,
    initialized: bool,
    shut_down: bool,
    /// The documents to check when no message waits.
    dirty: BTreeSet<String>,
    /// The files each document's last check read (the plans it follows), to check it again
    /// when one of them changes.
    reads: BTreeMap<String, Vec<PathBuf>>,
    /// Each document's last check, for the quick fixes of its findings.
    checked: BTreeMap<String, CheckedPlan>,
    /// The rules' explanations beside the program, which the findings link to.
    pages: Option<PathBuf>,
}

/// Why a request is refused.
type Refusal = (ErrorCode, String);

impl Server<'_> {
    fn send(&self, msg: impl Into<Message>) {
        // The writer goes away only when the client does; the loop ends then too.
        let _ = self.connection.sender.send(msg.into());
    }

    /// Handles one message; `Some` when the server is to stop (whether cleanly).
    fn handle(&mut self, msg: Message) -> Option<bool> {
        match msg {
            Message::Request(r) => self.request(r),
            Message::Notification(n) => return self.notification(n),
            Message::Response(_) => {}
        }
        None
    }

    fn request(&mut self, r: Request) {
        let id = r.id.clone();
        // A mistake of the server answers its request with an error; it does not end the server.
        let answered = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.request_result(r)));
        let result =
            answered.unwrap_or_else(|_| Err((ErrorCode::InternalError, "aula-plan lsp failed here".to_owned())));
        let response = match result {
            Ok(value) => Response::new_ok(id, value),
            Err((code, message)) => Response::new_err(id, code as i32, message),
        };
        self.send(response);
    }

    fn request_result(&mut self, r: Request) -> Result<serde_json::Value, Refusal> {
        if r.method == req::Initialize::METHOD {
            self.initialize(r)
        } else if !self.initialized {
            Err((ErrorCode::ServerNotInitialized, "initialize first".to_owned()))
        } else if self.shut_down {
            Err((ErrorCode::InvalidRequest, "the server is shutting down".to_owned()))
        } else {
            self.answer(r)
        }
    }

    fn initialize(&mut self, r: Request) -> Result<serde_json::Value, Refusal> {
        let params: lsp_types::InitializeParams = params(r.params)?;
        if !self.lang_given
            && let Some(lang) = params.locale.as_deref().and_then(Lang::of_locale)
        {
            self.lang = lang;
        }
        self.initialized = true;
        let result = InitializeResult { capabilities: capabilities(), server_info: Some(server_info()) };
        Ok(to_value(&result))
    }

    fn answer(&mut self, r: Request) -> Result<serde_json::Value, Refusal> {
        let lang = self.lang;
        match r.method.as_str() {
            req::Shutdown::METHOD => {
                self.shut_down = true;
                Ok(serde_json::Value::Null)
            }
            req::HoverRequest::METHOD => {
                let p: lsp_types::HoverParams = params(r.params)?;
                self.at(&p.text_document_position_params, |docs, read, at| hover::hover(docs, read, at, lang))
            }
            req::GotoDefinition::METHOD => {
                let p: lsp_types::GotoDefinitionParams = params(r.params)?;
                self.at(&p.text_document_position_params, navigate::definition)
            }
            req::References::METHOD => {
                let p: lsp_types::ReferenceParams = params(r.params)?;
                let declaration = p.context.include_declaration;
                self.at(&p.text_document_position, |docs, read, at| navigate::references(docs, read, at, declaration))
            }
            req::Completion::METHOD => {
                let p: lsp_types::CompletionParams = params(r.params)?;
                self.at(&p.text_document_position, |docs, read, at| complete::complete(docs, read, at, lang))
            }
            req::PrepareRenameRequest::METHOD => {
                let p: TextDocumentPositionParams = params(r.params)?;
                self.at(&p, rename::prepare)
            }
            req::Rename::METHOD => {
                let p: lsp_types::RenameParams = params(r.params)?;
                let at = &p.text_document_position;
                let doc = self.doc(&at.text_document.uri)?;
                let read = doc.read();
                let offset = read.lines.offset(doc.text(), at.position);
                rename::rename(&self.docs, &read, offset, &p.new_name, lang)
                    .map(|edit| to_value(&edit))
                    .map_err(|why| (ErrorCode::RequestFailed, why))
            }
            req::CodeActionRequest::METHOD => {
                let p: lsp_types::CodeActionParams = params(r.params)?;
                let doc = self.doc(&p.text_document.uri)?;
                let checked = self.checked.get(doc.uri.as_str()).filter(|c| c.source == doc.text());
                Ok(to_value(&actions::actions(&doc.read(), p.range, checked, lang)))
            }
            req::DocumentSymbolRequest::METHOD => {
                let p: lsp_types::DocumentSymbolParams = params(r.params)?;
                let doc = self.doc(&p.text_document.uri)?;
                Ok(to_value(&symbols::symbols(&doc.read(), lang)))
            }
            other => Err((ErrorCode::MethodNotFound, format!("aula-plan does not answer `{other}`"))),
        }
    }

    fn doc(&self, uri: &Uri) -> Result<&Doc, Refusal> {
        self.docs.get(uri).ok_or_else(|| (ErrorCode::InvalidParams, format!("`{}` is not open", uri.as_str())))
    }

    /// The answer of `f` at a position of an open document.
    fn at<T: Serialize>(
        &self,
        p: &TextDocumentPositionParams,
        f: impl FnOnce(&Docs, &Read<'_>, usize) -> T,
    ) -> Result<serde_json::Value, Refusal> {
        let doc = self.doc(&p.text_document.uri)?;
        let read = doc.read();
        let offset = read.lines.offset(doc.text(), p.position);
        Ok(to_value(&f(&self.docs, &read, offset)))
    }

    fn notification(&mut self, n: Notification) -> Option<bool> {
        match n.method.as_str() {
            note::Exit::METHOD => return Some(self.shut_down),
            note::DidOpenTextDocument::METHOD => {
                if let Ok(p) = params::<lsp_types::DidOpenTextDocumentParams>(n.params) {
                    let d = p.text_document;
                    let path = path_of(&d.uri);
                    let doc = Doc::new(d.uri, d.text, d.version, path);
                    self.changed(doc.uri.as_str().to_owned(), doc.path.as_deref());
                    self.docs.open.insert(doc.uri.as_str().to_owned(), doc);
                }
            }
            note::DidChangeTextDocument::METHOD => {
                if let Ok(p) = params::<lsp_types::DidChangeTextDocumentParams>(n.params) {
                    let key = p.text_document.uri.as_str().to_owned();
                    // Full sync: the last change holds the whole text.
                    if let (Some(doc), Some(change)) =
                        (self.docs.open.get_mut(&key), p.content_changes.into_iter().last())
                    {
                        doc.change(change.text, p.text_document.version);
                    }
                    let path = self.docs.open.get(&key).and_then(|d| d.path.clone());
                    self.changed(key, path.as_deref());
                }
            }
            note::DidSaveTextDocument::METHOD => {
                if let Ok(p) = params::<lsp_types::DidSaveTextDocumentParams>(n.params)
                    && let Some(doc) = self.docs.get(&p.text_document.uri)
                {
                    let path = doc.path.clone();
                    self.changed(p.text_document.uri.as_str().to_owned(), path.as_deref());
                }
            }
            note::DidCloseTextDocument::METHOD => {
                if let Ok(p) = params::<lsp_types::DidCloseTextDocumentParams>(n.params) {
                    let key = p.text_document.uri.as_str();
                    self.docs.open.remove(key);
                    self.dirty.remove(key);
                    self.reads.remove(key);
                    self.checked.remove(key);
                    self.publish_one(p.text_document.uri, Vec::new(), None);
                }
            }
            MALFORMED => {
                let message = format!("aula-plan lsp: a message could not be read: {}", n.params);
                let params = lsp_types::LogMessageParams { typ: lsp_types::MessageType::ERROR, message };
                self.send(Notification::new(note::LogMessage::METHOD.to_owned(), params));
            }
            // `initialized`, `$/cancelRequest`, settings: nothing to do.
            _ => {}
        }
        None
    }

    /// A document changed: it is checked again, and so is every open plan whose last check read
    /// its file.
    fn changed(&mut self, key: String, path: Option<&std::path::Path>) {
        self.dirty.insert(key);
        if let Some(path) = path {
            let path = same_file(path);
            for (uri, read) in &self.reads {
                if read.contains(&path) {
                    self.dirty.insert(uri.clone());
                }
            }
        }
    }

    /// Checks each changed document and publishes its findings; a document whose check fails
    /// (a mistake of the tool) gets none, and the others theirs.
    fn publish(&mut self) {
        for key in std::mem::take(&mut self.dirty) {
            if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.publish_doc(key))).is_err() {
                let message = "aula-plan lsp: checking a document failed".to_owned();
                let params = lsp_types::LogMessageParams { typ: lsp_types::MessageType::ERROR, message };
                self.send(Notification::new(note::LogMessage::METHOD.to_owned(), params));
            }
        }
    }

    fn publish_doc(&mut self, key: String) {
        let Some(doc) = self.docs.open.get(&key) else { return };
        if !session::is_plan(doc.text()) {
            self.publish_one(doc.uri.clone(), Vec::new(), Some(doc.version));
            return;
        }
        let checked = diagnostics::check_among(doc, Some(&self.docs));
        let found = diagnostics::diagnostics(doc, &checked.checked, self.lang, self.pages.as_deref());
        let (uri, version) = (doc.uri.clone(), doc.version);
        self.reads.insert(key.clone(), checked.read);
        self.checked.insert(key, checked.checked);
        self.publish_one(uri, found, Some(version));
    }

    fn publish_one(&self, uri: Uri, diagnostics: Vec<lsp_types::Diagnostic>, version: Option<i32>) {
        let params = PublishDiagnosticsParams { uri, diagnostics, version };
        self.send(Notification::new(note::PublishDiagnostics::METHOD.to_owned(), params));
    }
}

fn params<P: DeserializeOwned>(value: serde_json::Value) -> Result<P, Refusal> {
    serde_json::from_value(value).map_err(|e| (ErrorCode::InvalidParams, e.to_string()))
}

fn to_value<T: Serialize>(value: &T) -> serde_json::Value {
    // The protocol's types are plain data: they always serialise.
    serde_json::to_value(value).unwrap_or_default()
}

fn server_info() -> ServerInfo {
    ServerInfo { name: "aula-plan".to_owned(), version: Some(env!("CARGO_PKG_VERSION").to_owned()) }
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
            open_close: Some(true),
            change: Some(TextDocumentSyncKind::FULL),
            save: Some(TextDocumentSyncSaveOptions::Supported(true)),
            ..TextDocumentSyncOptions::default()
        })),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(["\"", "[", ":"].map(str::to_owned).to_vec()),
            ..CompletionOptions::default()
        }),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: WorkDoneProgressOptions::default(),
        })),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        ..ServerCapabilities::default()
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr as _;

    use super::*;

    /// A small plan with Danish letters, a character beyond the BMP, CRLF lines, a typo, a
    /// Danish word and a multi-line list.
    const PLAN: &str = "format = 1\r\n[plan]\r\ntitle = \"Børn 😀\"\r\nroot = \"leverandør\"\r\n\r\n[[unit]]\r\nid = \"leverandor\"\r\nname = \"Æblehaven ø\"\r\nkind = \"vendor\"\r\n\r\n[[role]]\r\nid = \"superbruger\"\r\nname = \"Superbrugere — skoler\"\r\nunit = \"leverandor\"\r\nquota = 2\r\n\r\n[[training]]\r\nid = \"kursus\"\r\nname = \"Kursus å\"\r\ntrainer = [\"leverandor\"]\r\ntrainees = [\r\n  \"superbruger\",\r\n  \"superbrugr\",\r\n]\r\nstatus = \"gennemført\"\r\ndate = \"tbd\"\r\n\r\n[lints]\r\ntbd-date = \"allow\"\r\n";

    #[test]
    fn every_request_at_every_offset_answers() {
        let uri = Uri::from_str("untitled:plan").unwrap();
        let doc = Doc::new(uri, PLAN.to_owned(), 1, None);
        let docs = Docs::default();
        let read = doc.read();
        let mut answered = 0;
        for offset in 0..=PLAN.len() {
            let position = read.lines.position(PLAN, offset);
            let range = lsp_types::Range { start: position, end: position };
            let at = read.lines.offset(PLAN, position);
            answered += usize::from(hover::hover(&docs, &read, at, Lang::Da).is_some());
            answered += complete::complete(&docs, &read, at, Lang::En).len();
            answered += navigate::definition(&docs, &read, at).len();
            answered += navigate::references(&docs, &read, at, true).len();
            answered += usize::from(rename::prepare(&docs, &read, at).is_some());
            answered += usize::from(rename::rename(&docs, &read, at, "nyt-id", Lang::Da).is_ok());
            answered += actions::actions(&read, range, None, Lang::Da).len();
        }
        assert!(answered > 1000, "{answered}");
        assert!(!symbols::symbols(&read, Lang::En).is_empty());
    }
}
