import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Content API: comments, labels, sources and search")
struct ContentAPIDiscoveryTests {
    @Test("a post's comments are its published ones, threaded, sanitised; a new one shows at once")
    func comments() async throws {
        try await withMemoryNewsroomApp { client, store in
            let id = try #require(try await store.post(atPath: referencePath)?.id)
            let uri = "/api/v1/posts/\(id)/comments"
            let list = try await APITest.get(client, uri, as: APICommentList.self)
            #expect(list.postID == id && list.comments.count == 3)
            #expect(list.comments.allSatisfy { $0.parent == nil && $0.depth == 1 })
            #expect(list.comments[0].author.name == "Anonymous" && list.comments[1].byEditor)
            let first = list.comments[0].id
            let reply = try await store.addComment(
                NewComment(
                    postID: id, parentID: first, authorName: "Reader", authorURL: "javascript:alert(1)",
                    body: "I <script>x</script>agree.\n\nYes."))
            _ = try await store.addComment(
                NewComment(postID: id, authorName: "Held", body: "Waiting", status: .pending))
            let after = try await APITest.eventually(client, uri, as: APICommentList.self) { $0.comments.count == 4 }
            #expect(after.comments.count == 4)
            // Reading order: the reply follows the comment it answers.
            #expect(after.comments.map(\.id) == [first, reply.id] + list.comments.dropFirst().map(\.id))
            let answer = after.comments[1]
            #expect(answer.parent == first && answer.depth == 2 && answer.author == .init(name: "Reader", url: nil))
            #expect(answer.html == CommentSanitizer.sanitize(reply.body) && !answer.html.contains("<script"))
            #expect(!after.comments.contains { $0.author.name == "Held" })
            let post = try await APITest.get(client, "/api/v1/posts/\(id)", as: APIPost.self)
            #expect(post.commentCount == 4)
            try await store.setCommentMode(postID: id, .hidden)
            let problem = try await APITest.eventuallyProblem(client, uri)
            #expect(problem.detail == "This post's comments are not shown.")
        }
    }

    @Test("labels and sources give their counts of published posts")
    func counts() async throws {
        try await withMemoryNewsroomApp { client, _ in
            let labels = try await APITest.get(client, "/api/v1/labels", as: APILabelList.self).labels
            #expect(labels.contains(.init(name: "Afghanistan", count: 2)))
            #expect(labels.contains(.init(name: "Defense Secretary Gates", count: 2)))
            #expect(labels.contains(.init(name: "Iraq", count: 1)) && labels.contains(.init(name: "Drones", count: 1)))
            let sources = try await APITest.get(client, "/api/v1/sources", as: APISourceList.self).sources
            let expected: Set = ["Stars And Stripes 2", "Reuters 2"]
            #expect(Set(sources.map { "\($0.outlet) \($0.count)" }) == expected && sources.count == 2)
        }
    }

    @Test("search finds published posts, pages through them, and marks the matched words")
    func search() async throws {
        try await withMemoryNewsroomApp { client, _ in
            let found = try await APITest.get(client, "/api/v1/search?q=drones", as: APISearchResults.self)
            #expect(found.query == "drones" && found.page == 1 && found.limit == 20)
            #expect(found.results.map(\.title) == ["Notes on drones"])
            let hit = try #require(found.results.first)
            #expect(hit.url == "https://wnu.example/2011/02/notes-on-drones.html" && hit.outlet == nil)
            #expect(hit.snippetHTML.contains("<mark>") && !hit.snippet.contains("\u{E000}"))
            let reuters = try await APITest.get(client, "/api/v1/search?q=troops&limit=1", as: APISearchResults.self)
            #expect(reuters.results.count == 1 && reuters.results[0].outlet == "Reuters")
            let none = try await APITest.get(client, "/api/v1/search?q=zeppelin", as: APISearchResults.self)
            #expect(none.results.isEmpty && none.next == nil)
            try await APITest.problem(client, "/api/v1/search?q=drones&limit=500", .badRequest)
        }
    }
}

extension APITest {
    /// GET `uri` until it answers a 404 problem (a change is seen once its fresh answer is made); the problem.
    static func eventuallyProblem(_ client: any TestClientProtocol, _ uri: String) async throws -> ProblemDetails {
        for _ in 0..<60 {
            let response = try await client.execute(uri: uri, method: .get)
            if response.status == .notFound { return try decode(ProblemDetails.self, response) }
            try await Task.sleep(for: .milliseconds(50))
        }
        return try await problem(client, uri, .notFound)
    }
}
