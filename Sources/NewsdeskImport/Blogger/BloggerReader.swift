import Foundation

/// Reads Blogger exports: the classic Atom backup (Settings › Back up content, also the `ns0:`-prefixed
/// files other tools write) and Google Takeout's `feed.atom`, told apart by the Takeout namespace
/// `http://schemas.google.com/blogger/2018`.
///
/// Posts and pages come in document order. Settings and the template are skipped (listed in `skipped`);
/// so are trashed posts and comments whose post is not in the file. Deleted and spam comments are kept
/// with status `.deleted` / `.spam`, so moderation history survives and a re-import stays idempotent.
public enum BloggerReader {
    /// Reads a whole export into memory.
    public static func read(_ data: Data) throws -> ImportBundle {
        try ImportReading.collect { onPost, onComment in try read(data, onPost: onPost, onComment: onComment) }
    }

    /// Reads the export at `url` into memory (the file itself is streamed).
    public static func read(contentsOf url: URL) throws -> ImportBundle {
        try ImportReading.collect { onPost, onComment in try read(url, onPost: onPost, onComment: onComment) }
    }

    /// Streams the export in `data`: each post and comment goes to the closures as soon as it is read, so
    /// memory does not grow with the number of posts. Comments come after their post (a Takeout comment that
    /// precedes its post is held until the post is read). If this throws, the file is refused as a whole:
    /// whatever was already handed over must be discarded.
    public static func read(
        _ data: Data, onPost: (ImportedPost) throws -> Void, onComment: (ImportedComment) throws -> Void
    ) throws -> ImportSummary {
        try read(.data(data), onPost: onPost, onComment: onComment)
    }

    /// Streams the export file at `url` without loading it: see `read(_:onPost:onComment:)`.
    public static func read(
        _ url: URL, onPost: (ImportedPost) throws -> Void, onComment: (ImportedComment) throws -> Void
    ) throws -> ImportSummary {
        try read(.file(url), onPost: onPost, onComment: onComment)
    }

    private static func read(
        _ input: ImportReading.Input, onPost: (ImportedPost) throws -> Void,
        onComment: (ImportedComment) throws -> Void
    ) throws -> ImportSummary {
        try ImportReading.stream(onPost: onPost, onComment: onComment) { sink in
            let handler = BloggerFeedHandler(sink: sink)
            try ImportReading.parse(input, as: .blogger, into: handler)
            return sink.summary(source: handler.isTakeout ? .bloggerTakeout : .blogger)
        }
    }
}
