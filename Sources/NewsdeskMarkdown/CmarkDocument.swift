import CCmarkGFM
import Synchronization

/// One call into cmark-gfm: parse, render, free.
enum CmarkDocument {
    /// cmark-gfm's extension registry is a process-wide list that `ensure_registered` fills without a lock;
    /// a lazy static runs it exactly once, whichever thread comes first.
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    /// cmark-gfm 0.29 parses inlines with a process-wide table of special characters that every parse with
    /// an inline extension (autolink, strikethrough) adds to and takes back from
    /// (`cmark_manage_extensions_special_characters`): two parses at once could take a character away from
    /// each other midway. So documents take turns.
    private static let turn = Mutex(())

    /// The HTML of `markdown`, raw HTML let through, with the named extensions attached.
    static func html(fromMarkdown markdown: String, extensionNames: [String]) -> String {
        _ = registration
        return turn.withLock { _ in render(markdown, extensionNames: extensionNames) }
    }

    private static func render(_ markdown: String, extensionNames: [String]) -> String {
        let options = CMARK_OPT_UNSAFE
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            // The registry owns the extensions; a parser only points at them.
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        feed(markdown, to: parser)
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        // cmark_render_html allocates with the default allocator, so that allocator frees the string.
        defer { cmark_get_default_mem_allocator().pointee.free(html) }
        return String(cString: html)
    }

    /// Feeds `markdown` by its byte count rather than as a C string, so that a NUL inside it is read (and
    /// replaced by U+FFFD) instead of ending the input early.
    private static func feed(_ markdown: String, to parser: OpaquePointer) {
        var markdown = markdown
        markdown.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { characters in
                cmark_parser_feed(parser, characters, bytes.count)
            }
        }
    }
}
