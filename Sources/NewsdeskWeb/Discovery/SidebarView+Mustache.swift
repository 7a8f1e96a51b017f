import Mustache

// Named explicitly, as CommentView is: found by reflection, a blog's archive of 23 years × 12 months took
// 16 ms to render on every search page (bench/search); a switch is a hundred times faster.
extension SidebarView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "html": return html
        case "pages": return pages
        case "hasPages": return hasPages
        case "years": return years
        case "hasArchive": return hasArchive
        case "labels": return labels
        case "hasLabels": return hasLabels
        default: return nil
        }
    }
}

extension SidebarView.Link: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "path": return path
        case "count": return count
        default: return nil
        }
    }
}

extension SidebarView.YearView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "year": return year
        case "path": return path
        case "count": return count
        case "months": return months
        case "isOpen": return isOpen
        default: return nil
        }
    }
}
