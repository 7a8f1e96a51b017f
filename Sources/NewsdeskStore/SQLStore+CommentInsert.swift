import Foundation
import NewsdeskCore
import SQLKit

/// A comment waiting to be written, with what its row needs besides the comment.
struct PendingComment: Sendable {
    let comment: NewComment
    let heldReason: String?
    let formNonce: String?
}

/// Every comment of a batch failed: thrown to roll its transaction back, carrying why each failed.
struct NothingWritten: Error {
    let results: [Result<CommentRow, any Error>]
}

extension SQLStore {
    /// Writes a batch of comments in one transaction (``GroupCommit``): one result each.
    static func write(_ batch: [PendingComment], on backend: any DatabaseBackend, observers: CommitObservers)
        async throws -> [Result<CommentRow, any Error>]
    {
        do {
            return try await write(on: backend, observers: observers) { database in
                let results = try await insert(batch, dialect: backend.dialect, into: database)
                // Nothing written: roll back, so the change counter does not move either.
                let written = results.compactMap { try? $0.get() }
                guard !written.isEmpty else { throw NothingWritten(results: results) }
                return (results, Set(written.map { .comments(postID: $0.postId) }))
            }
        } catch let nothing as NothingWritten {
            return nothing.results
        }
    }

    /// Writes a batch of comments inside the caller's transaction (``GroupCommit``): one result each, so a reused
    /// form token or a failed insert refuses that comment only.
    static func insert(_ batch: [PendingComment], dialect: SQLDialectKind, into database: any SQLDatabase)
        async throws -> [Result<CommentRow, any Error>]
    {
        // PostgreSQL ends a transaction at its first error, so each comment gets a savepoint there. SQLite undoes
        // just the failing statement and goes on; at worst a comment that then fails has used up its form token.
        let savepoints = dialect == .postgres
        var results: [Result<CommentRow, any Error>] = []
        for pending in batch {
            if savepoints { try await database.raw("SAVEPOINT one_comment").run() }
            do {
                if let nonce = pending.formNonce {
                    try await consume(formNonce: nonce, at: pending.comment.createdAt, in: database)
                }
                let row = try await insertRow(pending, into: database)
                if savepoints { try await database.raw("RELEASE SAVEPOINT one_comment").run() }
                results.append(.success(row))
            } catch {
                if savepoints {
                    try await database.raw("ROLLBACK TO SAVEPOINT one_comment").run()
                    try await database.raw("RELEASE SAVEPOINT one_comment").run()
                }
                results.append(.failure(error))
            }
        }
        return results
    }

    /// One `comments` row. Written as SQL rather than with SQLKit's insert builder, whose serialising was a
    /// fourteenth of the time a comment took (bench/comments).
    private static func insertRow(_ pending: PendingComment, into database: any SQLDatabase) async throws -> CommentRow
    {
        let comment = pending.comment
        let row = try await database.raw(
            """
            INSERT INTO comments (post_id, parent_id, author_name, author_url, is_editor, anonymous_key,
                client_address, body, created_at_ms, status, held_reason)
            VALUES (\(bind: comment.postID), \(bind: comment.parentID), \(bind: comment.authorName),
                \(bind: comment.authorURL), \(bind: comment.isEditor), \(bind: comment.anonymousKey),
                \(bind: comment.clientAddress), \(bind: comment.body), \(bind: comment.createdAt.millisecondsSince1970),
                \(bind: comment.status.rawValue), \(bind: pending.heldReason))
            RETURNING \(unsafeRaw: CommentRow.columns)
            """
        ).first().map(CommentRow.init(row:))
        guard let row else { throw StoreError.notFound("The new comment") }
        return row
    }
}
