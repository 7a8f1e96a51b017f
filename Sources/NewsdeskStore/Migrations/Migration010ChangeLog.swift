extension Migration {
    /// What each write touched, beside the change counter: a comment on one post makes every server drop that
    /// post's pages and the listings, not every page of the blog. Old records are pruned as the counter moves.
    static let m010ChangeLog = Migration(
        version: 10,
        name: "change log",
        sqlite: [
            """
            CREATE TABLE change_log (
                generation INTEGER NOT NULL,
                scope TEXT NOT NULL,
                PRIMARY KEY (generation, scope)
            ) WITHOUT ROWID
            """
        ],
        postgres: [
            """
            CREATE TABLE change_log (
                generation BIGINT NOT NULL,
                scope TEXT NOT NULL,
                PRIMARY KEY (generation, scope)
            )
            """
        ]
    )
}
