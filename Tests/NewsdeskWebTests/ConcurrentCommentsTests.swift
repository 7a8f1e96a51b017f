import Foundation
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@Suite("Durability under concurrent posting")
struct ConcurrentCommentsTests {
    @Test(
        "200 comments posted at once to one post are each stored once, with the right count",
        arguments: TestDatabase.available)
    func twoHundred(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<200 {
                    group.addTask {
                        let response = try await postComment(
                            client, name: "Reader \(index)", body: "Concurrent comment \(index)",
                            from: "192.0.2.\(index % 250)")
                        return Int(response.status.code)
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == 303 })
            let post = try #require(try await store.post(atPath: referencePath))
            let bodies = try await store.comments(onPost: post.id!, statuses: [.published]).map(\.body)
            #expect(bodies.count == 203)
            #expect(Set(bodies).count == 203)
            #expect(try await store.publishedCommentCounts(postIDs: [post.id!]) == [post.id!: 203])
            // The page is now long enough to be sent in parts around its token: all of it must arrive.
            let page = try await freshPage(client)
            #expect(page.utf8.count > 32 * 1024)
            #expect(page.contains("203 comments:"))
            #expect(formToken(in: page)?.hasPrefix("v2.") == true)
            #expect(page.hasSuffix("</html>\n"))
        }
    }
}
