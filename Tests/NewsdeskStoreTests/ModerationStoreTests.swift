import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("Moderation in the store")
struct ModerationStoreTests {
    @Test(
        "approve, spam, delete and restore move a comment and are recorded with who and when",
        arguments: StoreUnderTest.all)
    func actionsRecorded(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let post = try #require(try await ReferenceBlog.load(into: store))
            let held = try await store.addComment(
                NewComment(postID: post.id!, authorName: "Held", body: "wait", status: .pending),
                heldReason: "hold-all",
                formNonce: nil)
            let start = Date().addingTimeInterval(-1)
            #expect(
                try await store.moderate(commentID: held.id, action: .approve, actor: "editor").status == .published)
            #expect(try await store.moderate(commentID: held.id, action: .spam, actor: "editor").status == .spam)
            #expect(try await store.moderate(commentID: held.id, action: .delete, actor: "cli").status == .deleted)
            // Restore returns it to what it was before the delete: spam.
            #expect(try await store.moderate(commentID: held.id, action: .restore, actor: "cli").status == .spam)
            let history = try await store.moderationHistory(commentID: held.id)
            #expect(history.map(\.action) == [.approve, .spam, .delete, .restore])
            #expect(history.map(\.to) == [.published, .spam, .deleted, .spam])
            #expect(history.map(\.actor) == ["editor", "editor", "cli", "cli"])
            #expect(history.allSatisfy { $0.at >= start && $0.at <= Date() })
        }
    }

    @Test(
        "restoring a comment that is not deleted, or acting on a missing one, is refused",
        arguments: StoreUnderTest.all)
    func refusals(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            try await ReferenceBlog.load(into: store)
            await #expect(throws: ModerationError.notDeleted(1)) {
                _ = try await store.moderate(commentID: 1, action: .restore, actor: "x")
            }
            await #expect(throws: ModerationError.noSuchComment(999)) {
                _ = try await store.moderate(commentID: 999, action: .approve, actor: "x")
            }
            #expect(try await store.moderationHistory(commentID: 1).isEmpty)
        }
    }

    @Test("a form nonce works once; the second comment is not stored", arguments: StoreUnderTest.all)
    func nonceOnce(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let post = try #require(try await ReferenceBlog.load(into: store))
            _ = try await store.addComment(
                NewComment(postID: post.id!, authorName: "", body: "one"), heldReason: nil, formNonce: "n1")
            await #expect(throws: CommentStoreError.formTokenReused) {
                _ = try await store.addComment(
                    NewComment(postID: post.id!, authorName: "", body: "two"), heldReason: nil, formNonce: "n1")
            }
            #expect(try await store.publishedCommentCounts(postIDs: [post.id!]) == [post.id!: 4])
        }
    }

    @Test("rate, duplicate and first-time lookups", arguments: StoreUnderTest.all)
    func lookups(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let post = try #require(try await ReferenceBlog.load(into: store))
            let now = Date()
            for index in 0..<3 {
                _ = try await store.addComment(
                    NewComment(
                        postID: post.id!, authorName: "", anonymousKey: "k1", clientAddress: "192.0.2.5",
                        body: "b\(index)",
                        createdAt: now.addingTimeInterval(Double(-index) * 40)))
            }
            #expect(
                try await store.commentCount(
                    fromAddress: "192.0.2.5", since: [now.addingTimeInterval(-60), now.addingTimeInterval(-86_400)])
                    == [2, 3])
            #expect(try await store.hasComment(onPost: post.id!, body: "b1", since: now.addingTimeInterval(-3600)))
            #expect(
                try await store.hasComment(onPost: post.id!, body: "b9", since: now.addingTimeInterval(-3600)) == false)
            #expect(try await store.hasPublishedComment(name: "mark", anonymousKey: nil))
            #expect(try await store.hasPublishedComment(name: "", anonymousKey: "k1"))
            #expect(try await store.hasPublishedComment(name: "Stranger", anonymousKey: nil) == false)
        }
    }
}
