import Foundation

/// Uploaded images, kept in the database so that every server sharing it serves them.
public protocol MediaStore: Sendable {
    /// Stores an image once per content (the same bytes uploaded twice are one file) and returns it.
    func storeMedia(bytes: [UInt8], kind: ImageKind, originalName: String, uploadedBy: Int64?) async throws
        -> StoredMedia
    /// The image named by its content hash, with its bytes.
    func media(sha256: String) async throws -> (StoredMedia, [UInt8])?
}

/// An uploaded image.
public struct StoredMedia: Sendable, Equatable {
    /// SHA-256 of the bytes, in hex: also the image's name, so its address never needs to change.
    public var sha256: String
    /// What it is.
    public var kind: ImageKind
    /// Its size.
    public var byteCount: Int

    /// Creates a description of a stored image.
    public init(sha256: String, kind: ImageKind, byteCount: Int) {
        self.sha256 = sha256
        self.kind = kind
        self.byteCount = byteCount
    }

    /// Where it is served: `/media/<sha256>.<ext>`.
    public var path: String { "/media/\(sha256).\(kind.fileExtension)" }
}
