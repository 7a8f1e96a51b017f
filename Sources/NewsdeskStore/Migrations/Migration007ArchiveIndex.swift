extension Migration {
    /// Every published post's time, for the archive widget, read from an index alone: with `kind` missing from
    /// the index, each of 100,000 posts was looked up in the table, and every write made the next uncached page
    /// wait 0.2 s for the sidebar (bench/search).
    static let m007ArchiveIndex = Migration(
        version: 7,
        name: "archive index",
        sqlite: shared,
        postgres: shared
    )

    /// The same in both dialects.
    private static let shared = [
        "CREATE INDEX posts_published_times ON posts (status, kind, published_at_ms)"
    ]
}
