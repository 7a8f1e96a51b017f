import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@Suite("Posting comments through the form")
struct CommentPostingTests {
    @Test("a comment is stored, redirected to with 303, and shown at its anchor", arguments: TestDatabase.available)
    func postsAndShows(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            // setup: the page is cached before the comment
            #expect(try await client.execute(uri: referencePath, method: .get).text.contains("3 comments:"))
            // MUT
            let response = try await postComment(client, name: "Dave", body: "Line one\r\nLine <two>")
            // validation
            #expect(response.status == .seeOther)
            let id = try #require(commentID(response))
            let location = try #require(response.headers[.location])
            #expect(location.hasPrefix("\(referencePath)?showComment=") && location.hasSuffix("#c\(id)"))
            // Following the redirect shows a page with the new comment at once.
            let html = try await client.execute(uri: String(location.split(separator: "#")[0]), method: .get).text
            #expect(html.contains("4 comments:"))
            #expect(html.contains("id=\"c\(id)\""))
            #expect(html.contains("<cite>Dave</cite> said..."))
            #expect(html.contains("Line one<br>"))
            #expect(html.contains("Line &lt;two&gt;"))
            let front = try await page(client, "/", eventuallyContaining: "4 comments</a>")
            #expect(front.contains("4 comments</a>"))
            let post = try #require(try await store.post(atPath: referencePath))
            #expect(try await store.comments(onPost: post.id!, statuses: [.published]).last?.authorName == "Dave")
        }
    }

    @Test("a named commenter's web address links their name, with rel=nofollow ugc noopener")
    func webAddress() async throws {
        try await withDemoApp(.sqlite) { client, _, _ in
            let response = try await postComment(client, name: "Mark", url: "https://mark.example/", body: "Linked.")
            #expect(response.status == .seeOther)
            let html = try await freshPage(client)
            #expect(html.contains("<a href=\"https://mark.example/\" rel=\"nofollow ugc noopener\">Mark</a>"))
            let bad = try await postComment(client, name: "Eve", url: "javascript:alert(1)", body: "Sneaky.")
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("http:// or https://"))
        }
    }

    @Test(
        "an empty or over-long body shows the form again with a message and what was typed, storing nothing",
        arguments: [
            ("", "Please write a comment"), ("   \n ", "Please write a comment"),
            (String(repeating: "w", count: 4097), "the limit is 4096"),
        ])
    func refused(body: String, message: String) async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            let response = try await postComment(client, name: "Kept Name", body: body)
            #expect(response.status == .unprocessableContent)
            let html = response.text
            #expect(html.contains(message))
            #expect(html.contains("value=\"Kept Name\""))
            if body.count > 10 { #expect(html.contains(body)) }
            #expect(html.contains("3 comments:"))
            #expect(formToken(in: html) != nil)
            let post = try #require(try await store.post(atPath: referencePath))
            #expect(try await store.publishedCommentCounts(postIDs: [post.id!]) == [post.id!: 3])
            // The refused form is not cached: the next reader sees an empty form.
            let next = try await client.execute(uri: referencePath, method: .get).text
            #expect(!next.contains("Kept Name"))
        }
    }

    @Test("comments to a missing post are a 404; an oversized form is refused cleanly")
    func badTargets() async throws {
        try await withDemoApp(.sqlite) { client, _, _ in
            let missing = try await client.execute(
                uri: "/2011/01/missing.html", method: .post, headers: formHeaders, body: formBody([("body", "x")]))
            #expect(missing.status == .notFound)
            let huge = try await client.execute(
                uri: referencePath, method: .post, headers: formHeaders,
                body: formBody([("body", String(repeating: "x", count: 70_000))]))
            #expect(huge.status == .contentTooLarge)
            #expect(!huge.text.contains("Error"))
        }
    }

    @Test(
        "a comment written by another process (the CLI, another server) shows up without a restart",
        arguments: TestDatabase.available)
    func invalidatedByOtherWriter(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, _, location in
            #expect(try await client.execute(uri: referencePath, method: .get).text.contains("3 comments:"))
            try await SQLStoreTestWriter.addComment(on: location, body: "Written elsewhere")
            let html = try await page(client, referencePath, eventuallyContaining: "Written elsewhere")
            #expect(html.contains("Written elsewhere"))
            #expect(html.contains("4 comments:"))
        }
    }
}
