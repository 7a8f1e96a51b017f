import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

/// The admin's Sources page: clipped stories that are gone or moved, and what the editor does about them.
@Suite("The admin's Sources page")
struct AdminSourcesTests {
    /// The archive's copy of the reference story nearest its post's date (2011-01-17 14:05:00 UTC).
    static let archivedCopy = "https://web.archive.org/web/20110117140500/" + referenceSource

    /// POSTs `action` for the address `id`, and follows the redirect to the page with its notice.
    static func act(
        _ browser: AdminBrowser, _ client: any TestClientProtocol, _ id: Int64, _ action: String,
        _ extra: [(String, String)] = []
    ) async throws -> String {
        let response = try await browser.post(client, "/admin/sources/\(id)", [("action", action)] + extra)
        #expect(response.status == .seeOther, "\(action): \(response.text)")
        return try await browser.get(client, try #require(response.headers[.location])).text
    }

    @Test("a gone story is listed with its verdict, status, archived copy and post; the dashboard counts it")
    func listsGone() async throws {
        try await withMemoryDemoApp { client, store in
            let browser = try await signedIn(client, store)
            let empty = try await browser.get(client, "/admin/sources").text
            #expect(empty.contains("No clipped story is gone or has moved."))
            let link = try await recordSource(.gone, in: store)
            let page = try await browser.get(client, "/admin/sources").text
            #expect(page.contains("<a href=\"/admin/sources\" aria-current=\"page\">Sources</a>"))
            #expect(page.contains("<h2>Gone</h2>"))
            #expect(page.contains("<a href=\"\(referenceSource)\" rel=\"noreferrer\">\(referenceSource)</a>"))
            #expect(page.contains("<span class=\"badge\">gone</span>"))
            #expect(page.contains(": 410</dd>"))
            #expect(page.contains("<dt>Broken since</dt>"))
            #expect(page.contains("<a href=\"\(Self.archivedCopy)\" rel=\"noreferrer\">"))
            #expect(page.contains("<a href=\"\(referencePath)\">Is The Chinese Military Interested"))
            for action in ["check", "keep", "replace"] { #expect(page.contains("value=\"\(action)\""), "\(action)") }
            #expect(!page.contains("value=\"accept-move\""))
            let dashboard = try await browser.get(client, "/admin").text
            #expect(
                dashboard.contains("<div class=\"number\">1</div><a href=\"/admin/sources\">sources gone or moved</a>"))
            let detail = try await browser.get(client, "/admin/sources/\(link.id)").text
            #expect(detail.contains("<h2 id=\"checks-heading\">Checks</h2>"))
            #expect(detail.contains("<td>410</td><td>\(referenceSource)</td><td>gone</td><td>gone</td>"))
            #expect(try await browser.get(client, "/admin/sources/999999").status == .notFound)
        }
    }

    @Test("Accept the move rewrites the post: its headline then links to the new address")
    func acceptMove() async throws {
        try await withMemoryDemoApp { client, store in
            let browser = try await signedIn(client, store)
            let link = try await recordSource(.moved(to: referenceSourceMoved), in: store)
            let listed = try await browser.get(client, "/admin/sources").text
            #expect(listed.contains("<h2>Moved</h2>") && listed.contains("value=\"accept-move\""))
            let page = try await Self.act(browser, client, link.id, "accept-move")
            #expect(page.contains("1 post now cites \(referenceSourceMoved)."))
            let post = try #require(try await store.post(atPath: referencePath))
            #expect(post.clipping?.sourceURL == referenceSourceMoved)
            let html = try await client.execute(uri: referencePath, method: .get).text
            #expect(html.contains("<p class=\"clip-headline\"><a href=\"\(referenceSourceMoved)\">"))
            #expect(!html.contains(referenceSource + "\""))
        }
    }

    @Test("Replace the address takes an http or https address only, and rewrites the post")
    func replace() async throws {
        try await withMemoryDemoApp { client, store in
            let browser = try await signedIn(client, store)
            let link = try await recordSource(.gone, in: store)
            let refused = try await Self.act(browser, client, link.id, "replace", [("address", "stripes.com/story")])
            #expect(refused.contains("Not done: The new address must be a whole address starting with http://"))
            #expect(try await store.post(atPath: referencePath)?.clipping?.sourceURL == referenceSource)
            let typed = "https://www.stripes.com/news/found-again-1.131912"
            let done = try await Self.act(browser, client, link.id, "replace", [("address", typed)])
            #expect(done.contains("1 post now cites \(typed)."))
            let html = try await page(client, referencePath, eventuallyContaining: typed)
            #expect(html.contains("<p class=\"clip-headline\"><a href=\"\(typed)\">"))
            #expect(!html.contains(ReaderSource.brokenNote))
        }
    }

    @Test("Keep as is takes the note off the post page; Undo keep puts it back; Check again makes it due")
    func keepAndCheck() async throws {
        try await withMemoryDemoApp { client, store in
            let browser = try await signedIn(client, store)
            let link = try await recordSource(.gone, in: store)
            let gone = try await page(client, referencePath, eventuallyContaining: Self.archivedCopy)
            #expect(gone.contains(ReaderSource.brokenNote))
            let kept = try await Self.act(browser, client, link.id, "keep")
            #expect(kept.contains("is kept as it is"))
            #expect(kept.contains("<h2>Kept as they are</h2>") && kept.contains("value=\"undo-keep\""))
            let plain = try await page(
                client, referencePath,
                eventuallyContaining:
                    "<p class=\"clip-headline\"><a href=\"\(referenceSource)\">Does China&#39;s Military Want Better Relations With The U.S.?</a> -- "
            )
            #expect(!plain.contains(ReaderSource.brokenNote))
            #expect(try await store.problemSourceCount() == 0)
            let undone = try await Self.act(browser, client, link.id, "undo-keep")
            #expect(undone.contains("<h2>Gone</h2>"))
            let back = try await page(client, referencePath, eventuallyContaining: ReaderSource.brokenNote)
            #expect(back.contains(Self.archivedCopy))
            let checked = try await Self.act(browser, client, link.id, "check", [("from", "detail")])
            #expect(checked.contains("will be checked again in the next run."))
            #expect(checked.contains("<h2 id=\"checks-heading\">Checks</h2>"))
            let due = try await store.claimSourcesDue(
                checkedBefore: .distantPast, limit: 10, now: Date(), leaseUntil: Date().addingTimeInterval(60))
            #expect(due.map(\.id) == [link.id])
        }
    }

    @Test("an action without the CSRF token is refused and changes nothing")
    func csrf() async throws {
        try await withMemoryDemoApp { client, store in
            let browser = try await signedIn(client, store)
            let link = try await recordSource(.gone, in: store)
            let response = try await browser.post(
                client, "/admin/sources/\(link.id)", [("action", "keep")], withToken: false)
            #expect(response.status == .forbidden)
            #expect(try await store.sourceReport(linkID: link.id)?.link.decision == nil)
        }
    }

    @Test("an author sees the page but may not change an address other authors' posts cite")
    func authorRefused() async throws {
        try await withMemoryDemoApp { client, store in
            let author = try await signedIn(client, store, email: "au@example.com", name: "An Author", role: .author)
            let link = try await recordSource(.gone, in: store)
            #expect(try await author.get(client, "/admin/sources").status == .ok)
            for action in ["keep", "check", "accept-move"] {
                let response = try await author.post(client, "/admin/sources/\(link.id)", [("action", action)])
                #expect(response.status == .forbidden, "\(action)")
            }
            #expect(try await store.sourceReport(linkID: link.id)?.link.decision == nil)
            #expect(try await store.post(atPath: referencePath)?.clipping?.sourceURL == referenceSource)
        }
    }
}
