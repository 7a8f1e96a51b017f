import Foundation

/// Reads Disqus exports: the comments ("posts" in Disqus's words) of every thread. A comment's
/// `postSourceID` is its thread's link, to be matched to imported or existing posts by URL; `isBlogAuthor`
/// is always false (the export does not say who runs the blog). Deleted and spam comments are kept with
/// status `.deleted` / `.spam`; comments whose thread is missing or has no link are skipped.
public enum DisqusReader: ImportReader {
    public static func stream(
        _ input: ImportInput, onPost: (ImportedPost) throws -> Void, onComment: (ImportedComment) throws -> Void
    ) throws -> ImportSummary {
        try ImportReading.stream(onPost: onPost, onComment: onComment) { sink in
            _ = try ImportReading.parse(input, as: .disqus, sink: sink) { DisqusExportHandler(sink: sink) }
            return sink.summary(source: .disqus)
        }
    }
}
