import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Content API on the SQL stores")
struct ContentAPIStoreTests {
    @Test("lists, filters, comments and search answer the same on each database", arguments: TestDatabase.available)
    func sqlStores(database: TestDatabase) async throws {
        try await withNewsroomApp(database) { client, store in
            let all = try await APITest.get(client, "/api/v1/posts?limit=2", as: APIPostList.self)
            #expect(all.posts.map(\.title) == ["Notes on drones", "Iraq withdrawal timetable"] && all.next != nil)
            let reuters = try await APITest.get(client, "/api/v1/posts?outlet=Reuters", as: APIPostList.self)
            #expect(reuters.posts.map(\.title) == ["Iraq withdrawal timetable", "Year-end Afghanistan review"])
            let december = try await APITest.get(client, "/api/v1/posts?year=2010&month=12", as: APIPostList.self)
            #expect(december.posts.map(\.title) == ["Year-end Afghanistan review"])
            let gates = try #require(try await store.post(atPath: "/2011/01/gates-visits-beijing.html")?.id)
            let comments = try await APITest.get(client, "/api/v1/posts/\(gates)/comments", as: APICommentList.self)
            #expect(comments.comments.map(\.html) == ["Great analysis"])
            let draft = try #require(try await store.post(atPath: "/2011/02/secret-draft.html")?.id)
            try await APITest.problem(client, "/api/v1/posts/\(draft)", .notFound)
            let found = try await APITest.get(client, "/api/v1/search?q=drones", as: APISearchResults.self)
            #expect(found.results.map(\.title) == ["Notes on drones"])
        }
    }
}
