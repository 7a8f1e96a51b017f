/// An element's attributes with their prefixes resolved to namespace URIs.
struct XMLAttributes: Sendable {
    private var values: [XMLName: String]

    init(_ values: [XMLName: String] = [:]) {
        self.values = values
    }

    /// The value of an attribute without a prefix (`rel`, `href`, `term`).
    subscript(local: String) -> String? {
        values[XMLName("", local)]
    }

    /// The value of an attribute in a namespace (`dsq:id`).
    subscript(namespace: String, local: String) -> String? {
        values[XMLName(namespace, local)]
    }
}
