import Foundation
import NewsdeskCore
import NewsdeskStore

/// A small news-commentary blog for listing, feed and search tests: clips from two outlets, labels shared
/// and not, a free-HTML post, a month boundary that differs between UTC and New York, a page, a draft and a
/// scheduled post (never listed), and comments in every state.
public enum NewsroomArchive {
    /// 2010-12-31 23:30 in New York, already 2011 in UTC.
    public static let newYearsEve = date("2011-01-01T04:30:00Z")

    public static let archive = BlogArchive(
        posts: [
            ArchivedPost(
                id: 1, status: .published, title: "Year-end Afghanistan review", slug: "year-end-review",
                path: "/2010/12/year-end-review.html", publishedAt: newYearsEve, updatedAt: newYearsEve,
                labels: ["Afghanistan"],
                clipping: Clipping(
                    sourceURL: "https://www.reuters.com/review", headline: "Pentagon review finds progress",
                    outlet: "Reuters", excerptParagraphs: ["The review finds fragile gains."]),
                commentary: "Progress is slow.",
                sourceKey: "blogger:tag:blogger.com,1999:blog-42.post-8245519123456789012"),
            ArchivedPost(
                id: 2, status: .published, title: "Gates visits Beijing", slug: "gates-visits-beijing",
                path: "/2011/01/gates-visits-beijing.html", publishedAt: date("2011-01-10T14:00:00Z"),
                updatedAt: date("2011-01-11T09:00:00Z"), labels: ["China", "Defense Secretary Gates"],
                clipping: Clipping(
                    sourceURL: "https://www.stripes.com/gates", headline: "Does China want better ties?",
                    outlet: "Stars And Stripes", excerptParagraphs: ["TOKYO — talks rebooted the relationship."]),
                commentary: "The military relations remain one-sided <as ever>."),
            ArchivedPost(
                id: 3, status: .published, title: "Iraq withdrawal timetable", slug: "iraq-withdrawal",
                path: "/2011/01/iraq-withdrawal.html", publishedAt: date("2011-01-20T12:00:00Z"),
                updatedAt: date("2011-01-20T12:00:00Z"), labels: ["Iraq"],
                clipping: Clipping(
                    sourceURL: "https://www.reuters.com/iraq", headline: "Troops to leave by year end",
                    outlet: "Reuters", excerptParagraphs: ["The withdrawal of troops is on schedule."]),
                commentary: "We will see."),
            ArchivedPost(
                id: 4, status: .published, title: "Notes on drones", slug: "notes-on-drones",
                path: "/2011/02/notes-on-drones.html", publishedAt: date("2011-02-05T08:00:00Z"),
                updatedAt: date("2011-02-05T08:00:00Z"), labels: ["Afghanistan", "Drones"],
                bodyHTML: "<p>Unmanned <b>aircraft</b> over Waziristan &amp; beyond, as seen from Beijing.</p>"),
            ArchivedPost(
                id: 5, status: .draft, title: "Secret draft about drones", slug: "secret-draft",
                path: "/2011/02/secret-draft.html", publishedAt: nil, updatedAt: date("2011-02-06T08:00:00Z"),
                labels: ["Drones"], commentary: "Drones everywhere."),
            ArchivedPost(
                id: 6, kind: .page, status: .published, title: "About", slug: "about", path: "/p/about.html",
                publishedAt: date("2011-01-01T00:00:00Z"), updatedAt: date("2011-01-01T00:00:00Z"),
                bodyHTML: "<p>Who we are.</p>"),
            ArchivedPost(
                id: 7, status: .scheduled, title: "Drones tomorrow", slug: "drones-tomorrow",
                path: "/2031/01/drones-tomorrow.html", publishedAt: date("2031-01-01T00:00:00Z"),
                updatedAt: date("2011-02-06T08:00:00Z"), labels: ["Iraq"], commentary: "Not yet."),
        ],
        comments: [
            ArchivedComment(
                id: 1, post: 2, authorName: "Mark", authorURL: "https://mark.example", body: "Great analysis",
                createdAt: date("2011-01-12T10:00:00Z"), status: .published),
            ArchivedComment(
                id: 2, post: 2, authorName: "", body: "Held for review", createdAt: date("2011-01-12T11:00:00Z"),
                status: .pending),
            ArchivedComment(
                id: 3, post: 2, authorName: "Spammer", body: "Buy pills", createdAt: date("2011-01-12T12:00:00Z"),
                status: .spam),
            ArchivedComment(
                id: 4, post: 5, authorName: "Early", body: "On a draft", createdAt: date("2011-02-06T09:00:00Z"),
                status: .published),
            ArchivedComment(
                id: 5, post: 3, authorName: "", body: "Finally <b>home</b>", createdAt: date("2011-01-21T10:00:00Z"),
                status: .published),
        ]
    )

    private static func date(_ text: String) -> Date {
        // The fixture's own constants; a typo should fail loudly.
        try! Date(text, strategy: .iso8601)
    }
}

extension TestDatabase {
    /// A fresh, migrated store holding ``NewsroomArchive`` for `body`.
    public func withNewsroomStore(_ body: @Sendable (SQLStore) async throws -> Void) async throws {
        try await withStore { store in
            _ = try await store.importArchive(NewsroomArchive.archive, options: .init()) { _, _ in }
            try await body(store)
        }
    }
}

extension StoreUnderTest {
    /// A fresh store holding ``NewsroomArchive`` for `body`.
    public func withNewsroomStorage(_ body: @Sendable (any NewsdeskStorage) async throws -> Void) async throws {
        try await withStorage { store in
            _ = try await store.importArchive(NewsroomArchive.archive, options: .init()) { _, _ in }
            try await body(store)
        }
    }
}
