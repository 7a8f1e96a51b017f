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
            posts: posts, comments: comments, skipped: summary.skipped
        )
        bundle.unknownShortcodes = summary.unknownShortcodes
        bundle.contentNotes = summary.contentNotes
        return bundle
    }

    /// Parses `input` into `handler`.
    static func parse(_ input: ImportInput, as format: ImportSource, into handler: any XMLEventHandler) throws {
        switch input {
        case .data(let data): try XMLEventDriver.parse(data, as: format, into: handler)
        case .file(let url): try XMLEventDriver.parse(contentsOf: url, as: format, into: handler)
        }
    }
}
