import Foundation
import NewsdeskCore
import SQLKit

extension SQLStore: BlogStore {
    public func blog() async throws -> Blog {
        try await backend.read { database in try await Self.blog(in: database) }
    }

    /// The stored settings as `database` sees them (inside a transaction, too), or the defaults.
    static func blog(in database: any SQLDatabase) async throws -> Blog {
        let json = try await database.raw("SELECT settings_json FROM blog_settings WHERE id = 1")
            .first(decodingColumn: "settings_json", as: String.self)
        guard let json else { return Blog() }
        return try JSONDecoder().decode(Blog.self, from: Data(json.utf8))
    }

    public func saveBlog(_ blog: Blog) async throws {
        let json = String(decoding: try JSONEncoder().encode(blog), as: UTF8.self)
        try await write(touching: .everything) { database in
            try await database.raw("DELETE FROM blog_settings WHERE id = 1").run()
            try await database.insert(into: "blog_settings").columns("id", "settings_json")
                .values(SQLBind(1), SQLBind(json)).run()
        }
    }

    public func author(named displayName: String) async throws -> Author {
        if let found = try await findAuthor(named: displayName) { return found }
        // An author appears on a page only with a post, whose own write tells the caches.
        return try await write(touching: nil) { database in
            // Another writer may have added the same author since the read above.
            try await database.raw(
                "INSERT INTO authors (display_name) VALUES (\(bind: displayName)) ON CONFLICT (display_name) DO NOTHING"
            ).run()
            let id = try await database.raw("SELECT id FROM authors WHERE display_name = \(bind: displayName)")
                .first(decodingColumn: "id", as: Int64.self)
            return Author(id: id, displayName: displayName)
        }
    }

    public func siteSecret(named name: String) async throws -> String {
        let existing = try await backend.read { database in
            try await database.raw("SELECT value FROM site_secrets WHERE name = \(bind: name)")
                .first(decodingColumn: "value", as: String.self)
        }
        if let existing { return existing }
        var generator = SystemRandomNumberGenerator()
        let fresh = HexText.encode((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
        return try await write(touching: nil) { database in
            // Two servers starting together may race here; both end up with whichever secret was stored first.
            try await database.raw(
                "INSERT INTO site_secrets (name, value) VALUES (\(bind: name), \(bind: fresh)) ON CONFLICT (name) DO NOTHING"
            ).run()
            return try await database.raw("SELECT value FROM site_secrets WHERE name = \(bind: name)")
                .first(decodingColumn: "value", as: String.self) ?? fresh
        }
    }

    private func findAuthor(named displayName: String) async throws -> Author? {
        try await backend.read { database in
            try await database.raw(
                "SELECT id, display_name, profile_url FROM authors WHERE display_name = \(bind: displayName)"
            ).first(decoding: AuthorRow.self, keyDecodingStrategy: .convertFromSnakeCase)?.author
        }
    }
}
