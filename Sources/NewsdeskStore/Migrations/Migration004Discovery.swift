extension Migration {
    /// Reading and discovery: full-text search over posts (FTS5 on SQLite, with prefix indexes so `ka*` need
    /// not merge thousands of words; a weighted tsvector with a GIN index on PostgreSQL), the plain text of free
    /// HTML bodies it reads, and indexes for sources and the comment feed.
    static let m004Discovery = Migration(
        version: 4,
        name: "discovery",
        sqlite: [
            "ALTER TABLE posts ADD COLUMN body_text TEXT NOT NULL DEFAULT ''",
            """
            CREATE VIRTUAL TABLE post_search USING fts5(
                title, clip_headline, clip_outlet, clip_excerpt, commentary, body_text,
                content='posts', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2',
                prefix='2 3 4')
            """,
            """
            CREATE TRIGGER posts_search_insert AFTER INSERT ON posts BEGIN
                INSERT INTO post_search (rowid, title, clip_headline, clip_outlet, clip_excerpt, commentary, body_text)
                VALUES (new.id, new.title, new.clip_headline, new.clip_outlet, new.clip_excerpt, new.commentary,
                        new.body_text);
            END
            """,
            """
            CREATE TRIGGER posts_search_delete AFTER DELETE ON posts BEGIN
                INSERT INTO post_search (post_search, rowid, title, clip_headline, clip_outlet, clip_excerpt,
                                         commentary, body_text)
                VALUES ('delete', old.id, old.title, old.clip_headline, old.clip_outlet, old.clip_excerpt,
                        old.commentary, old.body_text);
            END
            """,
            """
            CREATE TRIGGER posts_search_update
            AFTER UPDATE OF title, clip_headline, clip_outlet, clip_excerpt, commentary, body_text ON posts BEGIN
                INSERT INTO post_search (post_search, rowid, title, clip_headline, clip_outlet, clip_excerpt,
                                         commentary, body_text)
                VALUES ('delete', old.id, old.title, old.clip_headline, old.clip_outlet, old.clip_excerpt,
                        old.commentary, old.body_text);
                INSERT INTO post_search (rowid, title, clip_headline, clip_outlet, clip_excerpt, commentary, body_text)
                VALUES (new.id, new.title, new.clip_headline, new.clip_outlet, new.clip_excerpt, new.commentary,
                        new.body_text);
            END
            """,
            "INSERT INTO post_search (post_search) VALUES ('rebuild')",
            "CREATE INDEX posts_by_outlet ON posts (clip_outlet)",
            "CREATE INDEX comments_by_status_and_time ON comments (status, created_at_ms DESC)",
        ],
        postgres: [
            "ALTER TABLE posts ADD COLUMN body_text TEXT NOT NULL DEFAULT ''",
            """
            ALTER TABLE posts ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
                || setweight(to_tsvector('english'::regconfig, coalesce(clip_headline, '')), 'A')
                || setweight(to_tsvector('english'::regconfig, coalesce(clip_outlet, '')), 'B')
                || setweight(to_tsvector('english'::regconfig,
                       coalesce(clip_excerpt, '') || ' ' || commentary || ' ' || body_text), 'C')
            ) STORED
            """,
            "CREATE INDEX posts_search ON posts USING GIN (search_vector)",
            "CREATE INDEX posts_by_outlet ON posts (clip_outlet)",
            "CREATE INDEX comments_by_status_and_time ON comments (status, created_at_ms DESC)",
        ],
        fill: refillSearchText
    )
}
