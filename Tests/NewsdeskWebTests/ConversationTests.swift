import Foundation
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@Suite("Replies, anonymous voices and comment modes")
struct ConversationTests {
    @Test(
        "Reply opens the form for a reply; replies nest, deeper ones attach to the third level")
    func nestedReplies() async throws {
        try await withMemoryDemoApp { client, _ in
            let page = try await client.execute(uri: referencePath, method: .get).text
            #expect(
                page.contains("<a class=\"comment-reply\" href=\"\(referencePath)?replyTo=3#comment-form\">Reply</a>"))
            let replyForm = try await client.execute(uri: "\(referencePath)?replyTo=3", method: .get).text
            #expect(replyForm.contains("Reply to Mark"))
            #expect(replyForm.contains("<input type=\"hidden\" name=\"parent\" value=\"3\">"))
            var parent: Int64 = 3
            var ids: [Int64] = []
            for level in 2...5 {
                let response = try await postComment(
                    client, name: "Level \(level)", body: "Reply at level \(level)", replyTo: parent)
                #expect(response.status == .seeOther)
                parent = try #require(commentID(response))
                ids.append(parent)
            }
            let html = try await freshPage(client)
            #expect(html.contains("class=\"comment depth-2\" id=\"c\(ids[0])\""))
            #expect(html.contains("class=\"comment depth-3\" id=\"c\(ids[1])\""))
            // Levels 4 and 5 attach to the third level, so they show at depth 3 too.
            #expect(html.contains("class=\"comment depth-3\" id=\"c\(ids[2])\""))
            #expect(html.contains("class=\"comment depth-3\" id=\"c\(ids[3])\""))
            #expect(!html.contains("depth-4"))
            #expect(html.contains("7 comments:"))
        }
    }

    @Test("Blogger's comment links land on the comment's anchor")
    func bloggerCommentLinks() async throws {
        try await withMemoryDemoApp { client, _ in
            let page = try await client.execute(uri: referencePath, method: .get).text
            let link = "\(referencePath)?showComment=1295288520000#c1"
            #expect(page.contains("href=\"\(link)\""))
            let response = try await client.execute(uri: "\(referencePath)?showComment=1295288520000", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.contains("id=\"c1\""))
        }
    }

    @Test("anonymous commenters are told apart within a thread, stably, by a signed cookie")
    func anonymousVoices() async throws {
        try await withMemoryDemoApp { client, _ in
            // The seed's Anonymous has no identity; the first new anonymous voice is "Anonymous" as well.
            let first = try await postComment(client, body: "First new voice")
            let cookie = try #require(first.headers[.setCookie])
            #expect(cookie.contains("nd_anon=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
            let firstCookie = String(cookie.split(separator: ";")[0])
            let second = try await postComment(client, body: "Second voice", from: "192.0.2.2")
            let secondCookie = String(try #require(second.headers[.setCookie]).split(separator: ";")[0])
            try await postComment(client, body: "First voice again", cookie: firstCookie)
            try await postComment(client, body: "Second voice again", from: "192.0.2.2", cookie: secondCookie)
            // A forged cookie is not accepted as anyone's identity.
            let forged = try await postComment(client, body: "Forged voice", cookie: "nd_anon=abc.def")
            #expect(forged.headers[.setCookie] != nil)
            let html = try await freshPage(client)
            func name(before text: String) -> String? {
                guard let range = html.range(of: text) else { return nil }
                let head = html[..<range.lowerBound]
                guard let cite = head.range(of: "<cite>", options: .backwards) else { return nil }
                let rest = head[cite.upperBound...]
                return rest.range(of: "</cite>").map { String(rest[..<$0.lowerBound]) }
            }
            #expect(name(before: "First new voice") == "Anonymous")
            #expect(name(before: "Second voice") == "Anonymous 2")
            #expect(name(before: "First voice again") == "Anonymous")
            #expect(name(before: "Second voice again") == "Anonymous 2")
            #expect(name(before: "Forged voice") == "Anonymous 3")
        }
    }

    @Test("closed posts show comments but take none; hidden posts show none")
    func commentModes() async throws {
        try await withMemoryDemoApp { client, store in
            let post = try #require(try await store.post(atPath: referencePath))
            try await store.setCommentMode(postID: post.id!, .closed)
            let closed = try await page(client, referencePath, eventuallyContaining: "Comments are closed")
            #expect(closed.contains("Comments are closed on this post."))
            #expect(closed.contains("3 comments:"))
            #expect(!closed.contains("<form class=\"comment-form\""))
            #expect(!closed.contains(">Reply</a>"))
            let refused = try await client.execute(
                uri: referencePath, method: .post, headers: formHeaders, body: formBody([("body", "late")]))
            #expect(refused.status == .forbidden)
            try await store.setCommentMode(postID: post.id!, .hidden)
            try await Task.sleep(for: .milliseconds(200))
            let hidden = try await freshPage(client)
            #expect(!hidden.contains("3 comments"))
            #expect(!hidden.contains("Fair enough"))
            #expect(hidden.contains("My Comment:"))
        }
    }

    @Test("limited HTML is kept, everything else shown as text, bare URLs linked")
    func limitedHTML() async throws {
        try await withMemoryDemoApp { client, _ in
            let body = "<b>bold</b> <script>alert(1)</script> see https://example.com/story"
            #expect(try await postComment(client, body: body).status == .seeOther)
            let html = try await freshPage(client)
            #expect(html.contains("<b>bold</b>"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!html.contains("<script>"))
            #expect(html.contains("href=\"https://example.com/story\""))
        }
    }
}
