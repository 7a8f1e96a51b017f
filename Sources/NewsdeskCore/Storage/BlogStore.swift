/// The blog's settings and authors.
public protocol BlogStore: Sendable {
    /// The stored settings, or the defaults when none were saved yet.
    func blog() async throws -> Blog
    /// Replaces the settings.
    func saveBlog(_ blog: Blog) async throws
    /// The author with this display name, created if missing.
    func author(named displayName: String) async throws -> Author
    /// A random secret shared by every server of the blog (for signing form tokens and cookies), made on first use.
    func siteSecret(named name: String) async throws -> String
}
