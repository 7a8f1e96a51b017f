import Foundation
import NewsdeskCore

/// What `/api/v1/posts` is asked for: at most one filter (`label`, `outlet`, or `year` with an optional
/// `month`, in the blog's time zone) and a page. Its address, printed one way, is its cache key and the start
/// of its `next` and `previous` links.
struct PostListRequest: Sendable {
    /// The published posts to list.
    let filter: PostFilter
    /// The filter's own query items, in a fixed order.
    let filterItems: [(String, String)]
    let paging: APIPaging

    /// Where the list lives.
    static let path = "/api/v1/posts"

    /// Reads `query`; the period of a year or month is taken in `timeZone`, as the archive pages take it.
    init(_ query: APIQuery, timeZone: TimeZone) throws {
        paging = try APIPaging(query)
        let label = try query.text("label")
        let outlet = try query.text("outlet")
        let year = try query.number("year", in: 1...9999)
        let month = try query.number("month", in: 1...12)
        if month != nil, year == nil {
            throw ProblemDetails(.badRequest, detail: "month needs a year: give both, as year=2011&month=1.")
        }
        let given = [label != nil, outlet != nil, year != nil].filter { $0 }.count
        guard given <= 1 else {
            throw ProblemDetails(.badRequest, detail: "Give at most one of label, outlet and year.")
        }
        if let label {
            filter = .label(label)
            filterItems = [("label", label)]
        } else if let outlet {
            filter = .outlet(outlet)
            filterItems = [("outlet", outlet)]
        } else if let year {
            guard let period = ArchiveCalendar.period(year: year, month: month, timeZone: timeZone) else {
                throw ProblemDetails(.badRequest, detail: "There is no such year or month in the calendar.")
            }
            filter = .period(start: period.start, end: period.end)
            filterItems = [("year", String(year))] + (month.map { [("month", String($0))] } ?? [])
        } else {
            filter = .all
            filterItems = []
        }
    }

    /// The list's address without the origin: the cache key.
    var address: String {
        APIQuery.address(Self.path, filterItems + paging.items(page: paging.page))
    }
}
