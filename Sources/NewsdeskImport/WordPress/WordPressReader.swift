import Foundation

/// Reads WordPress exports (WXR 1.0–1.2, `wp` namespace over `http` or `https`).
///
/// Posts and pages come in document order with their comments (threads by `wp:comment_parent`). Attachments,
/// menu items, revisions, other post types, trashed posts and auto-drafts are skipped (listed in `skipped`).
/// Times are WordPress's GMT ones; a draft without one (`0000-00-00 00:00:00`) gets its local time read in
/// `localTimeZone` (the blog's zone, UTC unless given). Files that are not well-formed, or lack a valid
/// `wp:wxr_version` (WordPress 2.x files in the `export/1.0/` namespace predate it and are taken as 1.0),
/// are refused.
public enum WordPressReader {
    /// Reads a whole export into memory.
    public static func read(_ data: Data, localTimeZone: TimeZone = utc) throws -> ImportBundle {
        try ImportReading.collect { onPost, onComment in
            try read(data, localTimeZone: localTimeZone, onPost: onPost, onComment: onComment)
        }
    }

    /// Reads the export at `url` into memory (the file itself is streamed).
    public static func read(contentsOf url: URL, localTimeZone: TimeZone = utc) throws -> ImportBundle {
        try ImportReading.collect { onPost, onComment in
            try read(url, localTimeZone: localTimeZone, onPost: onPost, onComment: onComment)
        }
    }

    /// Streams the export in `data`: each post goes to `onPost` as soon as its item closes, followed by its
    /// comments. If this throws, the file is refused as a whole: discard what was already handed over.
    public static func read(
        _ data: Data, localTimeZone: TimeZone = utc, onPost: (ImportedPost) throws -> Void,
        onComment: (ImportedComment) throws -> Void
    ) throws -> ImportSummary {
        try read(.data(data), localTimeZone: localTimeZone, onPost: onPost, onComment: onComment)
    }

    /// Streams the export file at `url` without loading it: see `read(_:localTimeZone:onPost:onComment:)`.
    public static func read(
        _ url: URL, localTimeZone: TimeZone = utc, onPost: (ImportedPost) throws -> Void,
        onComment: (ImportedComment) throws -> Void
    ) throws -> ImportSummary {
        try read(.file(url), localTimeZone: localTimeZone, onPost: onPost, onComment: onComment)
    }

    /// The default zone for local times.
    public static let utc = TimeZone(secondsFromGMT: 0)!

    private static func read(
        _ input: ImportInput, localTimeZone: TimeZone, onPost: (ImportedPost) throws -> Void,
        onComment: (ImportedComment) throws -> Void
    ) throws -> ImportSummary {
        try ImportReading.stream(onPost: onPost, onComment: onComment) { sink in
            _ = try ImportReading.parse(input, as: .wordpress, sink: sink) {
                WordPressChannelHandler(sink: sink, localTimeZone: localTimeZone, input: input)
            }
            return sink.summary(source: .wordpress)
        }
    }
}
