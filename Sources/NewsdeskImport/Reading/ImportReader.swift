import Foundation

/// Where an export is read from.
public enum ImportInput: Sendable {
    /// Bytes already in memory.
    case data(Data)
    /// A file, streamed without loading it whole.
    case file(URL)
}

/// A reader of one export format. Conforming readers stream; the whole-bundle and convenience reads come with
/// the protocol, so every format reads the same four ways.
public protocol ImportReader {
    /// Streams `input`: each post and comment goes to the closures as soon as it is read, so memory does not
    /// grow with the number of posts. If this throws, the file is refused as a whole: whatever was already
    /// handed over must be discarded.
    static func stream(
        _ input: ImportInput, onPost: (ImportedPost) throws -> Void, onComment: (ImportedComment) throws -> Void
    ) throws -> ImportSummary
}

extension ImportReader {
    /// Reads a whole export into memory.
    public static func read(_ data: Data) throws -> ImportBundle {
        try ImportReading.collect { onPost, onComment in try stream(.data(data), onPost: onPost, onComment: onComment) }
    }

    /// Reads the export at `url` into memory (the file itself is streamed).
    public static func read(contentsOf url: URL) throws -> ImportBundle {
        try ImportReading.collect { onPost, onComment in try stream(.file(url), onPost: onPost, onComment: onComment) }
    }

    /// Streams the export in `data`: see `stream(_:onPost:onComment:)`.
    public static func read(
        _ data: Data, onPost: (ImportedPost) throws -> Void, onComment: (ImportedComment) throws -> Void
    ) throws -> ImportSummary {
        try stream(.data(data), onPost: onPost, onComment: onComment)
    }

    /// Streams the export file at `url` without loading it: see `stream(_:onPost:onComment:)`.
    public static func read(
        _ url: URL, onPost: (ImportedPost) throws -> Void, onComment: (ImportedComment) throws -> Void
    ) throws -> ImportSummary {
        try stream(.file(url), onPost: onPost, onComment: onComment)
    }
}
