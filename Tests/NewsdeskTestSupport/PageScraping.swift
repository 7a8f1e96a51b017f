/// Reading values out of served pages, as a browser's form would.
public enum PageScraping {
    /// The signed token in a page's comment form.
    public static func formToken(in html: String) -> String? {
        guard let start = html.range(of: "name=\"token\" value=\"") else { return nil }
        let rest = html[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
