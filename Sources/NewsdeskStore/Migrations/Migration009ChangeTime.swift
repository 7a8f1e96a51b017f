extension Migration {
    /// When the blog last changed, beside the change counter that every write advances: an empty feed says
    /// this as its `updated` time, instead of 1970. Filled from the newest post or comment time already
    /// stored.
    static let m009ChangeTime = Migration(
        version: 9,
        name: "change time",
        sqlite: [
            "ALTER TABLE change_counter ADD COLUMN changed_at_ms INTEGER NOT NULL DEFAULT 0",
            fillFromContent,
        ],
        postgres: [
            "ALTER TABLE change_counter ADD COLUMN changed_at_ms BIGINT NOT NULL DEFAULT 0",
            fillFromContent,
        ]
    )

    /// The same in both dialects.
    private static let fillFromContent = """
        UPDATE change_counter SET changed_at_ms = (
            SELECT coalesce(max(t), 0) FROM (
                SELECT max(updated_at_ms) AS t FROM posts
                UNION ALL SELECT max(created_at_ms) FROM comments
            ) AS times
        ) WHERE id = 1
        """
}
