import Foundation
import HummingbirdTesting
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

/// The demo blog (the reference post of January 17, 2011) with the newsroom archive imported beside it.
func withNewsroomApp(
    _ database: TestDatabase, _ test: @escaping @Sendable (any TestClientProtocol, SQLStore) async throws -> Void
) async throws {
    try await withDemoApp(database) { client, store, _ in
        _ = try await store.importArchive(NewsroomArchive.archive, options: .init()) { _, _ in }
        try await test(client, store)
    }
}

@Suite("Labels, archives, sources and search pages")
struct DiscoveryPagesTests {
    @Test(
        "a label page lists its posts newest first, with its feed; an unknown label is a 404",
        arguments: TestDatabase.available)
    func labels(database: TestDatabase) async throws {
        try await withNewsroomApp(database) { client, _ in
            let page = try await client.execute(uri: "/search/label/Afghanistan", method: .get)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("Showing posts with label Afghanistan"))
            let order = html.offsets(of: ["Notes on drones", "Year-end Afghanistan review"])
            #expect(order[0] != nil && order[1] != nil && order[0]! < order[1]!)
            #expect(!html.contains("Iraq withdrawal timetable"))
            #expect(html.contains("href=\"https://wnu.example/feeds/posts/default/-/Afghanistan\""))
            let spaced = try await client.execute(uri: "/search/label/Defense%20Secretary%20Gates", method: .get).text
            #expect(spaced.contains("Gates visits Beijing") && spaced.contains("Is The Chinese Military Interested"))
            #expect(try await client.execute(uri: "/search/label/Nowhere", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/search/label/Drones?page=2", method: .get).status == .notFound)
        }
    }

    @Test(
        "archive years and months follow the blog's time zone; Blogger's archive files redirect",
        arguments: TestDatabase.available)
    func archives(database: TestDatabase) async throws {
        try await withNewsroomApp(database) { client, _ in
            let january = try await client.execute(uri: "/2011/01/", method: .get).text
            #expect(january.contains("Posts from January 2011"))
            for title in ["Gates visits Beijing", "Iraq withdrawal timetable", "Is The Chinese Military Interested"] {
                #expect(january.contains(title), "\(title)")
            }
            // Published at 23:30 on December 31 in New York, 04:30 on January 1 in UTC.
            #expect(!january.contains("Year-end Afghanistan review"))
            #expect(try await client.execute(uri: "/2010/", method: .get).text.contains("Year-end Afghanistan review"))
            let old = try await client.execute(uri: "/2011_01_01_archive.html", method: .get)
            #expect(old.status == .movedPermanently)
            #expect(old.headers[.location] == "/2011/01/")
            for missing in ["/2099/", "/2011/13/", "/abcd/", "/2011/1/"] {
                #expect(try await client.execute(uri: missing, method: .get).status == .notFound, "\(missing)")
            }
        }
    }

    @Test("every page shows the archive, labels with counts, and links the pages", arguments: TestDatabase.available)
    func sidebar(database: TestDatabase) async throws {
        try await withNewsroomApp(database) { client, _ in
            for uri in ["/", referencePath, "/search/label/Iraq", "/search?q=iraq"] {
                let html = try await client.execute(uri: uri, method: .get).text
                #expect(html.contains("<a href=\"/2011/\">2011</a> <span class=\"count\">(4)</span>"), "\(uri)")
                #expect(html.contains("<a href=\"/2011/01/\">January</a> <span class=\"count\">(3)</span>"), "\(uri)")
                // The older year lists its months too, closed.
                #expect(html.contains("<li><details open><summary><a href=\"/2011/\">2011</a>"), "\(uri)")
                #expect(html.contains("<li><details><summary><a href=\"/2010/\">2010</a>"), "\(uri)")
                #expect(html.contains("<a href=\"/2010/12/\">December</a> <span class=\"count\">(1)</span>"), "\(uri)")
                #expect(
                    html.contains(
                        "<a href=\"/search/label/Afghanistan\">Afghanistan</a> <span class=\"count\">(2)</span>"))
                #expect(html.contains("<a href=\"/p/about.html\">About</a>"), "\(uri)")
                #expect(!html.contains(">Drones tomorrow<"))
            }
        }
    }

    @Test("sources list the outlets clipped, and each outlet's posts", arguments: TestDatabase.available)
    func sources(database: TestDatabase) async throws {
        try await withNewsroomApp(database) { client, _ in
            let list = try await client.execute(uri: "/sources", method: .get).text
            let order = list.offsets(of: [
                "<a href=\"/sources/Reuters\">Reuters</a> <span class=\"count\">(2)</span>",
                "<a href=\"/sources/Stars%20And%20Stripes\">Stars And Stripes</a> <span class=\"count\">(2)</span>",
            ])
            #expect(order.allSatisfy { $0 != nil })
            let reuters = try await client.execute(uri: "/sources/Reuters", method: .get).text
            #expect(reuters.contains("Iraq withdrawal timetable") && reuters.contains("Year-end Afghanistan review"))
            #expect(!reuters.contains("Gates visits Beijing"))
            #expect(try await client.execute(uri: "/sources/Nobody", method: .get).status == .notFound)
        }
    }

    @Test("search ranks and highlights; hostile queries get a page, escaped", arguments: TestDatabase.available)
    func search(database: TestDatabase) async throws {
        try await withNewsroomApp(database) { client, _ in
            let found = try await client.execute(uri: "/search?q=withdrawal+troops", method: .get)
            #expect(found.status == .ok)
            #expect(found.text.contains("<a href=\"/2011/01/iraq-withdrawal.html\">Iraq withdrawal timetable</a>"))
            #expect(found.text.contains("<mark>"))
            #expect(found.text.contains("<meta name=\"robots\" content=\"noindex, follow\">"))
            #expect(found.text.contains("value=\"withdrawal troops\""))
            let hostile = [
                "%22", "AND+OR+NOT*", "title%3Afoo%5E+(NEAR", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                String(repeating: "a", count: 10_000), "%E0%A4", "",
            ]
            for query in hostile {
                let response = try await client.execute(uri: "/search?q=\(query)", method: .get)
                #expect(response.status == .ok, "\(query.prefix(40)) gave \(response.status)")
                #expect(!response.text.contains("<script>alert"))
            }
            // A query string the form decoder cannot read is the sender's error, said in a sentence.
            for broken in ["q=%E0%A4%A", "q=a&q=b"] {
                let response = try await client.execute(uri: "/search?\(broken)", method: .get)
                #expect(response.status == .badRequest, "\(broken)")
                #expect(response.text.contains("The search address could not be read"), "\(broken)")
            }
            let older = try await client.execute(uri: "/search?updated-max=2011-01-15T00:00:00-05:00", method: .get)
                .text
            #expect(older.contains("Gates visits Beijing") && older.contains("Year-end Afghanistan review"))
            #expect(!older.contains("Iraq withdrawal timetable"))
        }
    }
}
