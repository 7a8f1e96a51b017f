import NewsdeskCore

/// An `authors` row.
struct AuthorRow: Decodable {
    let id: Int64
    let displayName: String
    let profileUrl: String?

    var author: Author { Author(id: id, displayName: displayName, profileURL: profileUrl) }
}
