extension Migration {
    /// Imports and exports: pages beside posts, summaries, the source keys that make re-imports add nothing,
    /// commenters' e-mail addresses, old comment anchors, and redirects from old addresses.
    static let m003Archive = Migration(
        version: 3,
        name: "archive",
        sqlite: statements,
        postgres: statements
    )

    /// The same in both dialects.
    private static let statements = [
        "ALTER TABLE posts ADD COLUMN kind TEXT NOT NULL DEFAULT 'post'",
        "ALTER TABLE posts ADD COLUMN summary TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE posts ADD COLUMN source_key TEXT",
        "CREATE UNIQUE INDEX posts_by_source_key ON posts (source_key)",
        "ALTER TABLE comments ADD COLUMN author_email TEXT",
        "ALTER TABLE comments ADD COLUMN legacy_anchor TEXT",
        "ALTER TABLE comments ADD COLUMN source_key TEXT",
        "CREATE UNIQUE INDEX comments_by_source_key ON comments (source_key)",
        "CREATE TABLE redirects (from_path TEXT PRIMARY KEY, to_path TEXT NOT NULL)",
    ]
}
