import Foundation

/// Tells what kind of export a file is, from its root element and the namespaces declared on it.
public enum ImportFormat {
    /// The kind of export in `data`, or nil when it is none we read (or not XML, or unsafe to parse).
    /// Only the start of the file is parsed.
    public static func detect(_ data: Data) -> ImportSource? {
        let sniffer = RootSniffer()
        do {
            try XMLEventDriver.parse(data, as: .blogger, into: sniffer)
        } catch {
            // Stopping at the root element is the normal way out.
        }
        return sniffer.source
    }

    /// What a root element says the file is.
    static func source(ofRoot name: XMLName, declaredNamespaces: [String]) -> ImportSource? {
        switch (name.namespace, name.local) {
        case (BloggerNamespace.atom, "feed"):
            declaredNamespaces.contains(BloggerNamespace.takeout) ? .bloggerTakeout : .blogger
        case ("", "rss") where declaredNamespaces.contains(where: WordPressNamespace.isExport): .wordpress
        // A root without its namespace, which the readers repair.
        case (DisqusNamespace.disqus, "disqus"), ("", "disqus"): .disqus
        case ("", "feed"): .blogger
        default: nil
        }
    }

    /// " (it looks like a WordPress export)" for a root that belongs to another format, else "".
    static func describeRoot(_ name: XMLName, declaredNamespaces: [String]) -> String {
        guard let source = source(ofRoot: name, declaredNamespaces: declaredNamespaces) else { return "" }
        return " (it looks like a \(source.displayName) export)"
    }

    /// Records the root element and stops the parse there.
    private final class RootSniffer: XMLEventHandler {
        struct Stop: Error {}
        var source: ImportSource?

        func didStart(_ element: XMLElementStart) throws {
            source = ImportFormat.source(ofRoot: element.name, declaredNamespaces: element.declaredNamespaces)
            throw Stop()
        }

        func didEnd(_ element: XMLElementEnd) throws {}
    }
}
