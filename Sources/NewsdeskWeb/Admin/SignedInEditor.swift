import NewsdeskCore

/// Who is signed in to the admin, and the session their browser holds.
struct SignedInEditor: Sendable {
    /// The user.
    let user: User
    /// The session, with the CSRF token its forms carry.
    let session: AdminSession

    /// Whose posts (and their comments) the editor sees: everyone's for an admin, their own for an author
    /// (an author without an author record sees none).
    var postScope: Int64? { user.postScope }
}

extension User {
    /// Whose posts (and their comments) this user sees in the admin and the Admin API: everyone's for an
    /// admin, their own for an author (an author without an author record sees none).
    var postScope: Int64? {
        role == .admin ? nil : authorID ?? -1
    }
}
