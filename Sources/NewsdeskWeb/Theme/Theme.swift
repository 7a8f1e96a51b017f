import Foundation
import Mustache

/// The Mustache templates and static files a blog is rendered with.
public struct Theme: Sendable {
    /// The loaded templates.
    let library: MustacheLibrary
    /// The folder `/static/` files are served from.
    let staticDirectory: String

    /// Where the default theme shipped with Newsdesk lives.
    public static var defaultDirectory: String {
        Bundle.module.resourceURL!.appendingPathComponent("theme").path
    }

    /// Loads a theme folder holding `templates/*.mustache` and `static/`.
    public static func load(from directory: String = defaultDirectory) async throws -> Theme {
        let library = try await MustacheLibrary(directory: directory + "/templates")
        for name in ["index", "post-page", "error"] where library.getTemplate(named: name) == nil {
            throw ThemeError.missingTemplate(name: name, directory: directory)
        }
        return Theme(library: library, staticDirectory: directory + "/static")
    }

    /// Renders `object` with the named template.
    func render(_ object: Any, template: String) throws -> String {
        guard let html = library.render(object, withTemplate: template) else {
            throw ThemeError.missingTemplate(name: template, directory: staticDirectory)
        }
        return html
    }
}

/// A theme that cannot be used.
public enum ThemeError: Error, CustomStringConvertible {
    case missingTemplate(name: String, directory: String)

    public var description: String {
        switch self {
        case .missingTemplate(let name, let directory):
            return "The theme at \(directory) has no template \(name).mustache"
        }
    }
}
