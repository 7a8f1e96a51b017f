import Foundation
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Spam defence")
struct SpamDefenceTests {
    @Test("a filled honeypot is refused with a clear message, keeping what was typed")
    func honeypot() async throws {
        try await withDemoApp(.sqlite) { client, _, _ in
            let response = try await postComment(client, name: "Bot", body: "Buy now", extraFields: [("contact", "x")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("looked automated"))
            #expect(response.text.contains("Buy now"))
        }
    }

    @Test("missing, forged and reused tokens are refused", arguments: TestDatabase.available)
    func tokens(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let missing = try await client.execute(
                uri: referencePath, method: .post, headers: formHeaders, body: formBody([("body", "no token")]))
            #expect(missing.status == .unprocessableContent)
            #expect(missing.text.contains("could not be verified"))
            let forged = try await client.execute(
                uri: referencePath, method: .post, headers: formHeaders,
                body: formBody([("body", "forged"), ("token", "v2.1.1295273100000.abc-1.0123456789abcdef")]))
            #expect(forged.text.contains("could not be verified"))
            let page = try await client.execute(uri: referencePath, method: .get).text
            let token = try #require(formToken(in: page))
            let first = try await client.execute(
                uri: referencePath, method: .post, headers: formHeaders,
                body: formBody([("body", "once"), ("token", token)]))
            #expect(first.status == .seeOther)
            let again = try await client.execute(
                uri: referencePath, method: .post, headers: formHeaders,
                body: formBody([("body", "twice"), ("token", token)]))
            #expect(again.status == .unprocessableContent)
            #expect(again.text.contains("already used"))
            let post = try #require(try await store.post(atPath: referencePath))
            #expect(try await store.publishedCommentCounts(postIDs: [post.id!]) == [post.id!: 4])
        }
    }

    @Test("each response carries a fresh token; the rest of the cached page is the same")
    func freshTokens() async throws {
        try await withDemoApp(.sqlite) { client, _, _ in
            let first = try await client.execute(uri: referencePath, method: .get)
            let second = try await client.execute(uri: referencePath, method: .get)
            let (a, b) = (try #require(formToken(in: first.text)), try #require(formToken(in: second.text)))
            #expect(a != b)
            #expect(
                first.text.replacingOccurrences(of: a, with: "") == second.text.replacingOccurrences(of: b, with: ""))
            #expect(first.headers[.eTag] == second.headers[.eTag])
        }
    }

    // The wait is measured on a real clock: the refusal is checked against a long minimum and the pass
    // against a short one, so a machine slowed by the other tests running beside this one cannot flip either.
    @Test("a submission sooner after the form than the minimum is refused, with a clear message")
    func tooFast() async throws {
        try await withDemoApp(.sqlite, settings: .forTests.with { $0.minimumSecondsToSubmit = 60 }) { client, _, _ in
            let page = try await client.execute(uri: referencePath, method: .get).text
            let token = try #require(formToken(in: page))
            let fast = try await client.execute(
                uri: referencePath, method: .post, headers: formHeaders,
                body: formBody([("body", "quick"), ("token", token)]))
            #expect(fast.status == .unprocessableContent)
            #expect(fast.text.contains("very quick"))
        }
    }

    @Test("a submission after the minimum passes")
    func patient() async throws {
        try await withDemoApp(.sqlite, settings: .forTests.with { $0.minimumSecondsToSubmit = 1 }) { client, _, _ in
            let page = try await client.execute(uri: referencePath, method: .get).text
            let token = try #require(formToken(in: page))
            try await Task.sleep(for: .milliseconds(1100))
            let patient = try await client.execute(
                uri: referencePath, method: .post, headers: formHeaders,
                body: formBody([("body", "patient"), ("token", token)]))
            #expect(patient.status == .seeOther)
        }
    }

    @Test("a form older than a day is refused")
    func expired() async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            let tokens = FormToken(secret: try await store.siteSecret(named: "form-tokens"))
            let post = try #require(try await store.post(atPath: referencePath))
            let old = tokens.issue(postID: post.id!, at: Date().addingTimeInterval(-86_500))
            let response = try await client.execute(
                uri: referencePath, method: .post, headers: formHeaders,
                body: formBody([("body", "stale"), ("token", old)]))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("open for too long"))
        }
    }

    @Test("the sixth comment in a minute from one address gets 429 with Retry-After; another address is fine")
    func rateLimit() async throws {
        try await withDemoApp(.sqlite, settings: .forTests.with { $0.ratePerMinute = 5 }) { client, _, _ in
            for index in 1...5 {
                #expect(
                    try await postComment(client, body: "Comment \(index)", from: "198.51.100.7").status == .seeOther)
            }
            let limited = try await postComment(client, body: "Comment 6", from: "198.51.100.7")
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] == "60")
            #expect(limited.text.contains("Please wait 60 seconds"))
            #expect(limited.text.contains("Comment 6"))
            #expect(try await postComment(client, body: "From elsewhere", from: "198.51.100.8").status == .seeOther)
        }
    }

    @Test("a duplicate of a recent comment is refused")
    func duplicate() async throws {
        try await withDemoApp(.sqlite) { client, _, _ in
            #expect(try await postComment(client, body: "Same words").status == .seeOther)
            let again = try await postComment(client, body: "Same words")
            #expect(again.status == .unprocessableContent)
            #expect(again.text.contains("already said that"))
        }
    }

    @Test(
        "more than two links holds the comment; the commenter is told it awaits approval",
        arguments: TestDatabase.available)
    func manyLinksHeld(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let body = "https://a.example https://b.example https://c.example"
            let response = try await postComment(client, name: "Linker", body: body)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "\(referencePath)?held=1#comment-notice")
            let notice = try await client.execute(uri: "\(referencePath)?held=1", method: .get).text
            #expect(notice.contains("will be visible after the editor approves it"))
            #expect(try await freshPage(client).contains("Linker") == false)
            let queue = try await store.queue(statuses: [.pending], limit: 10)
            #expect(queue.map(\.comment.authorName) == ["Linker"])
            #expect(queue.first?.heldReason == "more than 2 links")
        }
    }

    @Test("blocked words and addresses are refused")
    func blocklists() async throws {
        try await withDemoApp(
            .sqlite,
            settings: .forTests.with {
                $0.blockedWords = ["casino"]
                $0.blockedAddresses = ["203.0.113."]
            }
        ) {
            client, _, _ in
            let word = try await postComment(client, body: "Visit my Casino today")
            #expect(word.status == .unprocessableContent)
            #expect(word.text.contains("does not accept"))
            #expect(try await postComment(client, body: "Occasionally fine").status == .seeOther)
            let address = try await postComment(client, body: "Hello", from: "203.0.113.9")
            #expect(address.text.contains("not accepted"))
        }
    }

    @Test(
        "hold-all holds everything; hold-links-or-new holds first-timers and links only",
        arguments: TestDatabase.available)
    func moderationPolicies(database: TestDatabase) async throws {
        try await withDemoApp(database, settings: .forTests.with { $0.moderation = .holdLinksOrFirstTime }) {
            client, store, _ in
            let newcomer = try await postComment(client, name: "Newcomer", body: "My first words")
            #expect(newcomer.headers[.location]?.contains("held=1") == true)
            // Mark has a published comment already (the seed's third).
            let regular = try await postComment(client, name: "Mark", body: "Back again")
            #expect(regular.status == .seeOther && regular.headers[.location]?.contains("#c") == true)
            let link = try await postComment(client, name: "Mark", body: "See https://example.com")
            #expect(link.headers[.location]?.contains("held=1") == true)
            var blog = try await store.blog()
            blog.comments.moderation = .holdAll
            try await store.saveBlog(blog)
            // Written behind the server's back, as the CLI would: it applies once the change watcher notices.
            try await Task.sleep(for: .milliseconds(300))
            let held = try await postComment(client, name: "Mark", body: "Even me")
            #expect(held.headers[.location]?.contains("held=1") == true)
            #expect(try await store.queue(statuses: [.pending], limit: 10).count == 3)
        }
    }
}
