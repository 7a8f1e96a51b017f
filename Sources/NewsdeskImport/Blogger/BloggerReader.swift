import Foundation

/// Reads Blogger exports: the classic Atom backup (Settings › Back up content, also the `ns0:`-prefixed
/// files other tools write) and Google Takeout's `feed.atom`, told apart by the Takeout namespace
/// `http://schemas.google.com/blogger/2018`.
///
/// Posts and pages come in document order. Settings and the template are skipped (listed in `skipped`);
/// so are trashed posts and comments whose post is not in the file. Deleted and spam comments are kept
/// with status `.deleted` / `.spam`, so moderation history survives and a re-import stays idempotent.
public enum BloggerReader: ImportReader {
    public static func stream(
        _ input: ImportInput, onPost: (ImportedPost) throws -> Void, onComment: (ImportedComment) throws -> Void
    ) throws -> ImportSummary {
        try ImportReading.stream(onPost: onPost, onComment: onComment) { sink in
            let handler = try ImportReading.parse(input, as: .blogger, sink: sink) { BloggerFeedHandler(sink: sink) }
            return sink.summary(source: handler.isTakeout ? .bloggerTakeout : .blogger)
        }
    }
}
