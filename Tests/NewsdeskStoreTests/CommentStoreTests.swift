import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("Comments in the store, in memory, on SQLite and PostgreSQL")
struct CommentStoreTests {
    @Test("the seed's three comments come back in order, the editor's marked", arguments: StoreUnderTest.all)
    func seedComments(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let post = try #require(try await ReferenceBlog.load(into: store))
            let comments = try await store.comments(onPost: post.id!, statuses: [.published])
            #expect(comments.map(\.displayName) == ["Anonymous", "War News Updates Editor", "Mark"])
            #expect(comments.map(\.isEditor) == [false, true, false])
            #expect(comments[2].body.contains("\"reaching out\""))
            #expect(try await store.publishedCommentCounts(postIDs: [post.id!]) == [post.id!: 3])
        }
    }

    @Test("counts include published comments only", arguments: StoreUnderTest.all)
    func countsPublishedOnly(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let post = try #require(try await ReferenceBlog.load(into: store))
            for status in [CommentStatus.pending, .spam, .deleted] {
                _ = try await store.addComment(
                    NewComment(postID: post.id!, authorName: "x", body: "held", status: status))
            }
            #expect(try await store.publishedCommentCounts(postIDs: [post.id!]) == [post.id!: 3])
            #expect(try await store.comments(onPost: post.id!, statuses: [.pending]).count == 1)
            #expect(try await store.comments(onPost: post.id!, statuses: Set(CommentStatus.allCases)).count == 6)
        }
    }

    @Test("100 comments posted at once are each stored once", arguments: StoreUnderTest.all)
    func concurrentComments(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let post = try #require(try await ReferenceBlog.load(into: store))
            let ids = try await withThrowingTaskGroup(of: Int64.self) { group in
                for index in 0..<100 {
                    group.addTask {
                        try await store.addComment(
                            NewComment(postID: post.id!, authorName: "Reader \(index)", body: "Comment \(index)")
                        ).id
                    }
                }
                return try await group.reduce(into: Set<Int64>()) { $0.insert($1) }
            }
            #expect(ids.count == 100)
            let bodies = try await store.comments(onPost: post.id!, statuses: [.published]).map(\.body)
            #expect(Set(bodies).count == 103)
            #expect(try await store.publishedCommentCounts(postIDs: [post.id!]) == [post.id!: 103])
        }
    }

    @Test(
        "comments posted at once: an orphan or a reused token is refused alone, the rest are stored",
        arguments: StoreUnderTest.all)
    func groupCommitKeepsFailuresApart(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let post = try #require(try await ReferenceBlog.load(into: store))
            // Posted all at once, so that they share transactions; the orphan and the second use of "n-0" fail.
            let outcomes = await withTaskGroup(of: (String, Bool).self) { group in
                for index in 0..<40 {
                    group.addTask {
                        let postID = index == 7 ? 999 : post.id!
                        let nonce = index == 0 || index == 1 ? "n-0" : "n-\(index)"
                        let comment = NewComment(postID: postID, authorName: "R\(index)", body: "Batch \(index)")
                        let stored = try? await store.addComment(comment, heldReason: nil, formNonce: nonce)
                        return ("Batch \(index)", stored != nil)
                    }
                }
                return await group.reduce(into: [String: Bool]()) { $0[$1.0] = $1.1 }
            }
            #expect(outcomes["Batch 7"] == false)
            #expect([outcomes["Batch 0"], outcomes["Batch 1"]].compactMap { $0 }.filter { $0 }.count == 1)
            #expect(outcomes.values.filter { $0 }.count == 38)
            let stored = try await store.comments(onPost: post.id!, statuses: [.published]).map(\.body)
            #expect(Set(stored.filter { $0.hasPrefix("Batch ") }) == Set(outcomes.filter(\.value).map(\.key)))
        }
    }

    @Test("a failed write changes nothing, not even the change counter", arguments: StoreUnderTest.all)
    func failedWriteRollsBack(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            try await ReferenceBlog.load(into: store)
            let before = try await store.changeGeneration()
            // No post 999: the foreign key refuses the comment.
            await #expect(throws: (any Error).self) {
                _ = try await store.addComment(NewComment(postID: 999, authorName: "", body: "orphan"))
            }
            #expect(try await store.changeGeneration() == before)
        }
    }

    @Test("every write advances the change counter", arguments: StoreUnderTest.all)
    func changeCounter(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let start = try await store.changeGeneration()
            let post = try await store.createPost(
                Post(title: "x", status: .published, publishedAt: Date()), timeZone: "UTC")
            let afterPost = try await store.changeGeneration()
            _ = try await store.addComment(NewComment(postID: post.id!, authorName: "", body: "y"))
            #expect(afterPost > start)
            #expect(try await store.changeGeneration() > afterPost)
        }
    }
}
