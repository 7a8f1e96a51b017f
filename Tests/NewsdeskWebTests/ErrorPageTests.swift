import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@Suite("Error pages")
struct ErrorPageTests {
    @Test(
        "unknown paths get the theme's 404 page",
        arguments: [
            "/nope", "/2011/01/no-such-post.html", "/2011/13/x.html", "/?page=abc", "/?page=0", "/?page=2",
            "/static/nothing.css",
        ])
    func notFound(path: String) async throws {
        try await withDemoApp(.sqlite) { client, _, _ in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .notFound)
            #expect(response.text.contains("Page not found"))
            #expect(response.text.contains("War News Updates"))
        }
    }

    @Test("a broken database gives a 500 page with no internals", arguments: TestDatabase.available)
    func serverError(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, _, location in
            try await TestDatabase.executeBehindTheBack("DROP TABLE post_labels", on: location)
            let response = try await client.execute(uri: referencePath, method: .get)
            #expect(response.status == .internalServerError)
            let html = response.text
            #expect(html.contains("Something went wrong"))
            for leak in ["post_labels", "SQL", "Error", "sqlite", "postgres", ".swift"] {
                #expect(!html.contains(leak), "the 500 page leaks \(leak)")
            }
        }
    }

    @Test("a draft's permalink is not public")
    func draftsHidden() async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            let draft = try await store.createPost(
                Post(title: "Secret Draft", status: .draft, publishedAt: ReferenceBlog.publishedAt), timeZone: "UTC")
            #expect(try await client.execute(uri: draft.path, method: .get).status == .notFound)
        }
    }
}
