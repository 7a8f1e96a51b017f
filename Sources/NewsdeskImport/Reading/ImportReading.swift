import Foundation

/// The plumbing every reader shares: non-escaping caller closures made usable by the parser's delegate
/// for the length of one read, and whole-bundle reads built on the streaming ones.
enum ImportReading {
    /// Runs `body` with a sink that hands posts and comments to the caller's closures. The closures do not
    /// escape: the sink and the parser driving it are gone when this returns.
    static func stream(
        onPost: (ImportedPost) throws -> Void,
        onComment: (ImportedComment) throws -> Void,
        _ body: (ImportSink) throws -> ImportSummary
    ) throws -> ImportSummary {
        try withoutActuallyEscaping(onPost) { onPost in
            try withoutActuallyEscaping(onComment) { onComment in
                try body(ImportSink(onPost: onPost, onComment: onComment))
            }
        }
    }

    /// A whole bundle from a streaming read.
    static func collect(
        _ read: (_ onPost: (ImportedPost) throws -> Void, _ onComment: (ImportedComment) throws -> Void) throws ->
            ImportSummary
    ) throws -> ImportBundle {
        var posts: [ImportedPost] = []
        var comments: [ImportedComment] = []
        let summary = try read({ posts.append($0) }, { comments.append($0) })
        var bundle = ImportBundle(
            source: summary.source, blogTitle: summary.blogTitle, blogDescription: summary.blogDescription,
            posts: posts, comments: comments, skipped: summary.skipped, repairs: summary.repairs
        )
        bundle.unknownShortcodes = summary.unknownShortcodes
        bundle.contentNotes = summary.contentNotes
        return bundle
    }

    /// Parses `input` (put into UTF-8 first) into a handler from `makeHandler`, and returns that handler. A
    /// well-formed file is
    /// parsed once, as it is. When the parse stops at something the repair pass mends (a bare `&`, an HTML
    /// entity, an undeclared prefix, a root without its namespace), the pass scans the file; if it finds
    /// repairs, the mended copy (in memory, or a temporary file for a file) is parsed into a new handler,
    /// the sink told to pass over what it already handed on, and the repairs go to the sink. Otherwise the
    /// first error stands.
    static func parse<Handler: XMLEventHandler>(
        _ input: ImportInput, as format: ImportSource, sink: ImportSink, handler makeHandler: () -> Handler
    ) throws -> Handler {
        // Into UTF-8 first, so the parse, the repair pass and the prolog check all read the same text.
        switch input {
        case .data(let data):
            return try parseUTF8(.data(try ExportDecoding.utf8(data)), as: format, sink: sink, makeHandler)
        case .file(let url):
            return try ExportDecoding.withUTF8File(url) { url in
                try parseUTF8(.file(url), as: format, sink: sink, makeHandler)
            }
        }
    }

    private static func parseUTF8<Handler: XMLEventHandler>(
        _ input: ImportInput, as format: ImportSource, sink: ImportSink, _ makeHandler: () -> Handler
    ) throws -> Handler {
        let handler = makeHandler()
        do {
            switch input {
            case .data(let data): try XMLEventDriver.parse(data, as: format, into: handler, offersRepair: true)
            case .file(let url):
                try XMLEventDriver.parse(contentsOf: url, as: format, into: handler, offersRepair: true)
            }
            return handler
        } catch let failure as XMLEventDriver.Repairable {
            return try parseRepaired(input, as: format, sink: sink, failure: failure, makeHandler)
        }
    }

    private static func parseRepaired<Handler: XMLEventHandler>(
        _ input: ImportInput, as format: ImportSource, sink: ImportSink, failure: XMLEventDriver.Repairable,
        _ makeHandler: () -> Handler
    ) throws -> Handler {
        switch input {
        case .data(let data):
            let scan = XMLRepairPass.scan(data, as: format)
            guard scan.count > 0 else { throw failure.error }
            sink.restart(repairs: scan.repairs)
            let handler = makeHandler()
            try XMLEventDriver.parse(XMLRepairPass.rewrite(data, as: format, scan), as: format, into: handler)
            return handler
        case .file(let url):
            let scan = try XMLRepairPass.scan(contentsOf: url, as: format)
            guard scan.count > 0 else { throw failure.error }
            let repaired = try XMLRepairPass.rewrite(contentsOf: url, as: format, scan)
            defer { try? FileManager.default.removeItem(at: repaired) }
            sink.restart(repairs: scan.repairs)
            let handler = makeHandler()
            try XMLEventDriver.parse(contentsOf: repaired, as: format, into: handler)
            return handler
        }
    }
}
