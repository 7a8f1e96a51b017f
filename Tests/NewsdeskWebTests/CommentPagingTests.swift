import Foundation
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Long threads: 200 conversations a page, and comment links find their page")
struct CommentPagingTests {
    @Test(
        "a ?showComment link to a comment beyond the first page opens the page that holds it")
    func showCommentFindsItsPage() async throws {
        try await withMemoryDemoApp { client, store in
            let post = try #require(try await store.post(atPath: referencePath))
            let start = Date(millisecondsSince1970: 1_700_000_000_000)
            var last: NewsdeskCore.Comment?
            for number in 1...CommentPaging.conversationsPerPage + 5 {
                last = try await store.addComment(
                    NewComment(
                        postID: post.id ?? 0, authorName: "Reader \(number)", body: "Comment number \(number).",
                        createdAt: start.addingTimeInterval(Double(number))))
            }
            let comment = try #require(last)
            let milliseconds = comment.createdAt.millisecondsSince1970
            let first = try await client.execute(uri: referencePath, method: .get).text
            #expect(!first.contains("Comment number 205."))
            #expect(first.contains("?commentPage=2#comments"))
            let linked = try await client.execute(uri: "\(referencePath)?showComment=\(milliseconds)", method: .get)
            #expect(linked.status == .ok)
            #expect(linked.text.contains("id=\"c\(comment.id)\""))
            #expect(linked.text.contains("Comment number 205."))
            let early = try await client.execute(uri: "\(referencePath)?showComment=1", method: .get).text
            #expect(early.contains("Fair enough."), "an unknown time shows the first page")
        }
    }
}
