import Foundation

/// Reads Disqus exports: the comments ("posts" in Disqus's words) of every thread. A comment's
/// `postSourceID` is its thread's link, to be matched to imported or existing posts by URL; `isBlogAuthor`
/// is always false (the export does not say who runs the blog). Deleted and spam comments are kept with
/// status `.deleted` / `.spam`; comments whose thread is missing or has no link are skipped.
public enum DisqusReader {
    /// Reads a whole export into memory.
    public static func read(_ data: Data) throws -> ImportBundle {
        try ImportReading.collect { onPost, onComment in try read(data, onPost: onPost, onComment: onComment) }
    }

    /// Reads the export at `url` into memory (the file itself is streamed).
    public static func read(contentsOf url: URL) throws -> ImportBundle {
        try ImportReading.collect { onPost, onComment in try read(url, onPost: onPost, onComment: onComment) }
    }

    /// Streams the export in `data`, handing each comment over as soon as its thread is known. `onPost` is
    /// never called (a Disqus export has no posts); it is there so all readers stream alike.
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
            try ImportReading.parse(input, as: .disqus, into: DisqusExportHandler(sink: sink))
            return sink.summary(source: .disqus)
        }
    }
}
