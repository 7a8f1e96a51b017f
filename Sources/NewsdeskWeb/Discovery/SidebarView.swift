import NewsdeskCore

/// The column beside every page, as on Blogger: pages, the blog archive by year and month, labels with
/// counts, and the feeds.
struct SidebarView: Sendable {
    struct Link: Sendable {
        let title: String
        let path: String
        let count: Int?
    }

    struct YearView: Sendable {
        let year: Int
        let path: String
        let count: Int
        let months: [Link]
        /// The newest year, shown open, as in Blogger's archive widget.
        let isOpen: Bool
    }

    let pages: [Link]
    let hasPages: Bool
    let years: [YearView]
    let hasArchive: Bool
    let labels: [Link]
    let hasLabels: Bool
    /// The theme's `sidebar` template rendered with this view, once per change rather than on every page:
    /// rendering its links was a fifth of a search page (bench/search).
    var html = ""

    init(pages: [Post], calendar: ArchiveCalendar, labels: [LabelCount]) {
        self.pages = pages.map { Link(title: $0.title.isEmpty ? $0.path : $0.title, path: $0.path, count: nil) }
        hasPages = !pages.isEmpty
        // Every year lists its months, as Blogger's widget does; only the newest is shown open. Closed years are
        // plain <details>, so a reader opens them without JavaScript.
        years = calendar.years.enumerated().map { index, year in
            YearView(
                year: year.year, path: year.path, count: year.count,
                months: year.months.map { Link(title: $0.name, path: $0.path, count: $0.count) },
                isOpen: index == 0)
        }
        hasArchive = !years.isEmpty
        self.labels = labels.map { Link(title: $0.label, path: PathSegment.labelPage($0.label), count: $0.count) }
        hasLabels = !labels.isEmpty
    }
}
