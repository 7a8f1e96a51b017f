/// A link of the admin's menus and tabs, marked when it is the page shown.
struct AdminLink: Sendable {
    let title: String
    let href: String
    let current: Bool
}

/// One option of a `<select>` in the admin's forms.
struct AdminChoice: Sendable {
    let value: String
    let title: String
    let selected: Bool
}
