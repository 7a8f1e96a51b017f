import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@Suite("Moderating comments in the admin")
struct AdminModerationTests {
    @Test(
        "held comments wait in the queue; approve, spam, delete and restore, singly and ticked together",
        arguments: TestDatabase.available)
    func queue(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let browser = try await signedIn(client, store)
            var held: [NewsdeskCore.Comment] = []
            for index in 1...3 {
                held.append(
                    try await store.addComment(
                        NewComment(
                            postID: 1, authorName: "Reader \(index)", body: "Held <b>\(index)</b>", status: .pending),
                        heldReason: "first-time commenter", formNonce: nil))
            }
            let page = try await browser.get(client, "/admin/comments")
            #expect(page.status == .ok)
            for comment in held { #expect(page.text.contains("id=\"c\(comment.id)\"")) }
            #expect(page.text.contains("Held &lt;b&gt;1&lt;/b&gt;"))  // shown as typed, never as markup
            #expect(page.text.contains("held: first-time commenter"))
            // One at a time.
            let one = try await browser.post(
                client, "/admin/comments", [("one", "spam:\(held[0].id)"), ("status", "pending")])
            #expect(one.status == .seeOther)
            #expect(one.headers[.location]?.contains("1%20comment%20marked%20as%20spam") == true)
            // Ticked together.
            let bulk = try await browser.post(
                client, "/admin/comments",
                [("bulk", "approve"), ("ids[]", "\(held[1].id)"), ("ids[]", "\(held[2].id)")])
            #expect(bulk.status == .seeOther)
            #expect(try await store.comment(id: held[0].id)?.status == .spam)
            #expect(try await store.comment(id: held[1].id)?.status == .published)
            #expect(try await store.comment(id: held[2].id)?.status == .published)
            // Deleted, then restored from the Deleted tab.
            _ = try await browser.post(client, "/admin/comments", [("one", "delete:\(held[1].id)")])
            #expect(
                try await browser.get(client, "/admin/comments?status=deleted").text.contains("id=\"c\(held[1].id)\""))
            _ = try await browser.post(client, "/admin/comments", [("one", "restore:\(held[1].id)")])
            #expect(try await store.comment(id: held[1].id)?.status == .published)
            let history = try await store.moderationHistory(commentID: held[1].id)
            #expect(history.map(\.action) == [.approve, .delete, .restore])
            #expect(history.allSatisfy { $0.actor == "War News Updates Editor" })
            let published = try await freshPage(client)
            #expect(published.contains("Held <b>2</b>"))  // the comment sanitiser's allowed markup
            #expect(!published.contains("Held <b>1</b>"))
        }
    }

    @Test(
        "the editor's inline reply approves the held comment and shows with the blog-author mark",
        arguments: TestDatabase.available)
    func reply(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let browser = try await signedIn(client, store)
            let held = try await store.addComment(
                NewComment(postID: 1, authorName: "Mark", body: "Is this true?", status: .pending))
            let response = try await browser.post(
                client, "/admin/comments/\(held.id)/reply", [("body", "Yes, Mark. Sources confirm it.")])
            #expect(response.status == .seeOther)
            #expect(try await store.comment(id: held.id)?.status == .published)
            let replies = try await store.comments(onPost: 1, statuses: [.published]).filter { $0.parentID == held.id }
            let reply = try #require(replies.first)
            #expect(reply.isEditor && reply.authorName == "War News Updates Editor")
            let html = try await freshPage(client)
            #expect(html.contains("Yes, Mark. Sources confirm it."))
            #expect(html.contains("War News Updates Editor</cite><span class=\"author-badge\""))
            let empty = try await browser.post(client, "/admin/comments/\(held.id)/reply", [("body", "  ")])
            #expect(empty.headers[.location]?.contains("Not%20sent") == true)
        }
    }

    @Test("an author moderates comments on their own posts only")
    func authorScope() async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            let author = try await signedIn(client, store, email: "ann@example.com", name: "Ann", role: .author)
            let held = try await store.addComment(
                NewComment(postID: 1, authorName: "Reader", body: "On the editor's post", status: .pending))
            #expect(!(try await author.get(client, "/admin/comments").text.contains("On the editor&#39;s post")))
            let refused = try await author.post(client, "/admin/comments", [("one", "approve:\(held.id)")])
            #expect(refused.status == .forbidden)
            #expect(try await store.comment(id: held.id)?.status == .pending)
            let reply = try await author.post(client, "/admin/comments/\(held.id)/reply", [("body", "Mine now")])
            #expect(reply.status == .forbidden)
        }
    }
}
