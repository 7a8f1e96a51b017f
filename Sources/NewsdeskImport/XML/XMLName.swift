/// An element or attribute name as the namespace-aware parser sees it: namespace URI and local name.
/// Readers match on these, never on prefixes, so `ns0:entry` and `entry` in the Atom namespace are the same.
struct XMLName: Hashable, Sendable {
    /// The namespace URI; empty for names in no namespace (RSS's `item`, `title`).
    var namespace: String
    /// The name without its prefix.
    var local: String

    init(_ namespace: String, _ local: String) {
        self.namespace = namespace
        self.local = local
    }
}
