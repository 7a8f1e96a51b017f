import NewsdeskCore

/// Who is signed in to the admin, and the session their browser holds.
struct SignedInEditor: Sendable {
    /// The user.
    let user: User
    /// The session, with the CSRF token its forms carry.
    let session: AdminSession
}
