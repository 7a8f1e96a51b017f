/// Which page of a paged answer a request asks for: `page` (from 1) and `limit` (1 to 100, 20 by default).
struct APIPaging: Sendable, Equatable {
    /// Items per page without `limit`, and the most one page may hold.
    static let defaultLimit = 20
    static let maxLimit = 100

    let page: Int
    let limit: Int

    /// The paging `query` asks for.
    init(_ query: APIQuery) throws {
        page = try query.number("page", in: 1...PageNumber.maximum) ?? 1
        limit = try query.number("limit", in: 1...Self.maxLimit) ?? Self.defaultLimit
    }

    init(page: Int, limit: Int) {
        self.page = page
        self.limit = limit
    }

    /// How many items come before this page.
    var offset: Int { (page - 1) * limit }

    /// The query items naming page `number` at this limit, defaults left out, so that each page has one address
    /// (its cache key).
    func items(page number: Int) -> [(String, String)] {
        var items: [(String, String)] = []
        if number > 1 { items.append(("page", String(number))) }
        if limit != Self.defaultLimit { items.append(("limit", String(limit))) }
        return items
    }

    /// The next and previous pages' addresses of `path` (before `items` of its own), given whether more items
    /// follow this page.
    func links(_ baseURL: String, path: String, items: [(String, String)], hasMore: Bool) -> (
        next: String?, previous: String?
    ) {
        let next = hasMore ? baseURL + APIQuery.address(path, items + self.items(page: page + 1)) : nil
        let previous = page > 1 ? baseURL + APIQuery.address(path, items + self.items(page: page - 1)) : nil
        return (next, previous)
    }
}
