/// A post's clipped story as fields. `sourceURL` is the address the editor clipped; `readerURL` is where the
/// blog sends readers now (a moved story's new address), and a story that is gone has `sourceStatus` `gone`
/// and the archived copy nearest the post's date, when the blog names an archive: what the post page and the
/// feeds show.
struct APIClipping: Codable, Sendable, Equatable {
    var sourceURL: String
    var readerURL: String
    /// `available`, `moved` or `gone`, as the source checker last found it.
    var sourceStatus: String
    var archivedCopy: String?
    var outlet: String
    var headline: String
    /// The quoted paragraphs, in order.
    var excerpt: [String]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sourceURL, forKey: .sourceURL)
        try container.encode(readerURL, forKey: .readerURL)
        try container.encode(sourceStatus, forKey: .sourceStatus)
        try container.encode(archivedCopy, forKey: .archivedCopy)
        try container.encode(outlet, forKey: .outlet)
        try container.encode(headline, forKey: .headline)
        try container.encode(excerpt, forKey: .excerpt)
    }
}
