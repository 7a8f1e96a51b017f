import Foundation
import NewsdeskCore

/// What one listing page shows and where it lives: the filter, its address, its heading and its feed.
struct Listing: Sendable {
    let filter: PostFilter
    /// The listing's first page, `/search/label/Iraq`; later pages add `?page=N`.
    let path: String
    /// Shown over the posts; `nil` on the front page.
    let heading: String?
    /// The page title's own part, after the blog's title.
    let titleSuffix: String?
    /// A feed of the same posts, when there is one.
    let feedPath: String?

    /// The front page.
    static let front = Listing(filter: .all, path: "/", heading: nil, titleSuffix: nil, feedPath: nil)

    /// A label's posts, at Blogger's address.
    static func label(_ label: String) -> Listing {
        Listing(
            filter: .label(label), path: PathSegment.labelPage(label), heading: "Showing posts with label \(label)",
            titleSuffix: label, feedPath: PathSegment.labelFeed(label))
    }

    /// The clips of one outlet.
    static func outlet(_ outlet: String) -> Listing {
        Listing(
            filter: .outlet(outlet), path: URLPath.outlet(outlet), heading: "Posts clipping \(outlet)",
            titleSuffix: outlet, feedPath: "/feeds/sources/" + PathSegment.encoded(outlet))
    }

    /// An archive year (`month` nil) or month in the blog's time zone; `nil` for impossible dates.
    static func archive(year: Int, month: Int?, timeZone: TimeZone) -> Listing? {
        guard let period = ArchiveCalendar.period(year: year, month: month, timeZone: timeZone) else { return nil }
        let name = month.map { "\(DateFormatting.monthName($0)) \(year)" } ?? "\(year)"
        let path = month.map { ArchiveCalendar.Month(year: year, month: $0, count: 0).path } ?? "/\(year)/"
        return Listing(
            filter: .period(start: period.start, end: period.end), path: path, heading: "Posts from \(name)",
            titleSuffix: name, feedPath: nil)
    }

    /// Posts older than `date`: Blogger's "Older Posts" address, `/search?updated-max=…`.
    static func olderThan(_ date: Date, path: String) -> Listing {
        Listing(
            filter: .period(start: .distantPast, end: date), path: path, heading: nil, titleSuffix: nil, feedPath: nil)
    }

    /// The address of page `number`.
    func pageURL(_ number: Int) -> String {
        guard number > 1 else { return path }
        return path + (path.contains("?") ? "&" : "?") + "page=\(number)"
    }

    /// Blogger's monthly archive file, `2011_01_01_archive.html`, as the month's address `/2011/01/`.
    static func monthPath(ofBloggerArchiveFile name: String) -> String? {
        let parts = name.split(separator: "_")
        guard parts.count == 4, parts[3] == "archive.html", parts[0].count == 4, parts[1].count == 2,
            Int(parts[0]) != nil, let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        return "/\(parts[0])/\(parts[1])/"
    }
}
