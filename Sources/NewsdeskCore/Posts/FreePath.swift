/// Where a post goes when its path is already taken: beside it, numbered as Blogger numbers clashing
/// files (`/2011/01/slug.html` → `/2011/01/slug-2.html`, `-3`, ...).
public enum FreePath {
    /// The first numbered path beside `path` not in `taken`, with the slug it gives.
    public static func beside(_ path: String, taken: Set<String>) -> (slug: String, path: String) {
        let stem = path.hasSuffix(".html") ? String(path.dropLast(5)) : path
        var number = 2
        while taken.contains("\(stem)-\(number).html") { number += 1 }
        let name = stem.split(separator: "/").last.map(String.init) ?? ""
        return ("\(name)-\(number)", "\(stem)-\(number).html")
    }
}
