/// The image formats the blog takes, told by their first bytes rather than by a file's name or the type a
/// browser claims (either can lie, and a file served as an image must be one).
public enum ImageKind: String, Sendable, CaseIterable {
    case jpeg, png, gif, webp

    /// The largest upload accepted.
    public static let maximumBytes = 10 * 1024 * 1024

    /// The format of `bytes`, or `nil` when they are none of the accepted ones.
    public static func sniff(_ bytes: some Collection<UInt8>) -> ImageKind? {
        let head = Array(bytes.prefix(12))
        func starts(_ signature: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + signature.count && Array(head[offset..<(offset + signature.count)]) == signature
        }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("RIFF".utf8)), starts(Array("WEBP".utf8), at: 8) { return .webp }
        return nil
    }

    /// The media type it is served as.
    public var contentType: String { "image/\(rawValue)" }

    /// The file extension of its address.
    public var fileExtension: String { self == .jpeg ? "jpg" : rawValue }
}
