import NewsdeskCore

/// A `users` row.
struct UserRow: Decodable {
    let id: Int64
    let email: String
    let displayName: String
    let role: String
    let passwordHash: String
    let authorId: Int64?

    /// The columns, in the row's names.
    static let columns = "u.id, u.email, u.display_name, u.role, u.password_hash, u.author_id"

    var user: User {
        User(
            id: id, email: email, displayName: displayName, role: UserRole(rawValue: role) ?? .author,
            authorID: authorId)
    }
}
