import Foundation
import NewsdeskCore
import Testing

@Suite("Permalinks")
struct PermalinkTests {
    let newYork = TimeZone(identifier: "America/New_York")!
    let tokyo = TimeZone(identifier: "Asia/Tokyo")!

    @Test("the reference post's permalink")
    func referencePost() {
        let link = Permalink(
            date: ReferenceBlog.publishedAt, timeZone: newYork, slug: "is-chinese-military-interested-in")
        #expect(link.path == "/2011/01/is-chinese-military-interested-in.html")
        #expect(link.monthPrefix == "/2011/01/")
    }

    @Test("year and month come from the blog's time zone, not UTC")
    func monthBoundary() {
        // 2011-01-01 03:00 UTC is still December 31 in New York and already January 1 in Tokyo.
        let instant = Date(timeIntervalSince1970: 1_293_850_800)
        #expect(Permalink(date: instant, timeZone: newYork, slug: "x").path == "/2010/12/x.html")
        #expect(Permalink(date: instant, timeZone: tokyo, slug: "x").path == "/2011/01/x.html")
    }

    @Test("paths parse back; other paths do not")
    func parsing() {
        #expect(Permalink(path: "/2011/01/is-chinese.html") == Permalink(year: 2011, month: 1, slug: "is-chinese"))
        for bad in [
            "/2011/13/x.html", "/2011/01/x", "/2011/1/x.html", "/11/01/x.html", "/2011/01/.html", "/2011/01/a/b.html",
            "/",
        ] {
            #expect(Permalink(path: bad) == nil, "\(bad)")
        }
    }

    @Test("a taken path gets the first free numbered one beside it")
    func freePath() {
        let taken: Set = ["/2011/01/gates.html", "/2011/01/gates-2.html"]
        #expect(FreePath.beside("/2011/01/gates.html", taken: taken) == ("gates-3", "/2011/01/gates-3.html"))
        #expect(FreePath.beside("/p/about.html", taken: []) == ("about-2", "/p/about-2.html"))
    }
}
