/// The changes a Micropub update asks for (spec section 3.4): properties whose values are replaced, values added,
/// and values or whole properties removed, applied in that order.
struct MicropubUpdate: Sendable, Equatable {
    /// Properties whose values become these.
    var replace: MicropubProperties = [:]
    /// Values added to properties (made when missing).
    var add: MicropubProperties = [:]
    /// Values removed from properties.
    var deleteValues: MicropubProperties = [:]
    /// Properties removed whole.
    var deleteProperties: [String] = []

    init(replace: MicropubProperties = [:], add: MicropubProperties = [:]) {
        self.replace = replace
        self.add = add
    }

    /// Reads the `replace`, `add` and `delete` members of an update's JSON body; a sentence when one is not the
    /// shape the spec gives it (an object of lists; for `delete`, a list of names or an object of lists).
    init(_ body: [String: MicropubValue]) throws(MicropubError) {
        for (name, member) in [("replace", body["replace"]), ("add", body["add"])] {
            guard let member else { continue }
            guard case .object(let members) = member else {
                throw .invalidRequest("“\(name)” must be an object whose members are lists of values.")
            }
            let lists = try MicropubValue.propertyLists(members, named: name)
            if name == "replace" { replace = lists } else { add = lists }
        }
        switch body["delete"] {
        case nil: break
        case .list(let names)?:
            deleteProperties = try names.map { name throws(MicropubError) in
                guard case .text(let text) = name else {
                    throw .invalidRequest("A “delete” list names properties, as text.")
                }
                return text
            }
        case .object(let members)?: deleteValues = try MicropubValue.propertyLists(members, named: "delete")
        case .text?:
            throw .invalidRequest("“delete” must be a list of property names or an object whose members are lists.")
        }
    }

    /// `properties` with the changes made.
    func applied(to properties: MicropubProperties) -> MicropubProperties {
        var changed = properties
        for (name, values) in replace { changed[name] = values }
        for (name, values) in add { changed[name, default: []].append(contentsOf: values) }
        for (name, values) in deleteValues {
            changed[name]?.removeAll { values.contains($0) }
            if changed[name]?.isEmpty == true { changed[name] = nil }
        }
        for name in deleteProperties { changed[name] = nil }
        return changed
    }

    /// The names of the properties changed.
    var changedNames: Set<String> {
        Set(replace.keys).union(add.keys).union(deleteValues.keys).union(deleteProperties)
    }
}
