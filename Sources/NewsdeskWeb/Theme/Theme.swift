import Foundation
import Mustache

/// The Mustache templates and static files a blog is rendered with: the default theme shipped with Newsdesk,
/// with any templates and static files of a theme folder (`--theme DIR`) in place of its own.
///
/// A theme folder needs only the files it changes, so a theme made for one release keeps working when a later
/// one adds templates. Templates are read when the server starts: editing one needs a restart, not a rebuild.
public struct Theme: Sendable {
    /// The loaded templates.
    let library: MustacheLibrary
    /// The admin's templates: part of Newsdesk, not of a theme, so a theme folder cannot change them.
    let adminLibrary: MustacheLibrary
    /// The folders `/static/` files are served from, first match wins: the theme's, then the default's.
    let staticDirectories: [String]

    /// Where the default theme shipped with Newsdesk lives.
    public static var defaultDirectory: String {
        Bundle.module.resourceURL!.appendingPathComponent("theme").path
    }

    /// The templates every theme must end up with.
    static let requiredTemplates = ["index", "post-page", "error", "search", "sources"]

    /// Loads the default theme, then the templates and static files of `directory` over it.
    public static func load(overriding directory: String? = nil) async throws -> Theme {
        MustacheContentTypes.register(FastHTMLContentType(), named: FastHTMLContentType.name)
        var library = MustacheLibrary()
        try registerTemplates(in: defaultDirectory + "/templates", into: &library)
        var staticDirectories = [defaultDirectory + "/static"]
        if let directory {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
                throw ThemeError.notAFolder(directory)
            }
            try registerTemplates(in: directory + "/templates", into: &library)
            staticDirectories.insert(directory + "/static", at: 0)
        }
        for name in requiredTemplates where library.getTemplate(named: name) == nil {
            throw ThemeError.missingTemplate(name: name, directory: directory ?? defaultDirectory)
        }
        var admin = MustacheLibrary()
        try registerTemplates(in: Bundle.module.resourceURL!.path + "/admin/templates", into: &admin)
        return Theme(library: library, adminLibrary: admin, staticDirectories: staticDirectories)
    }

    /// Registers every `.mustache` file of `folder` (none when it does not exist) under its name, escaping with
    /// ``FastHTMLContentType``.
    private static func registerTemplates(in folder: String, into library: inout MustacheLibrary) throws {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let path = folder + "/" + file
            do {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                try library.register(FastHTMLContentType.pragma + text, named: String(file.dropLast(".mustache".count)))
            } catch {
                throw ThemeError.invalidTemplate(path: path, reason: "\(error)")
            }
        }
    }

    /// Renders `object` with the named template.
    func render(_ object: Any, template: String) throws -> String {
        guard let html = library.render(object, withTemplate: template) else {
            throw ThemeError.missingTemplate(name: template, directory: staticDirectories[0])
        }
        return html
    }
}

extension Theme {
    /// Renders `object` with the named admin template.
    func renderAdmin(_ object: Any, template: String) throws -> String {
        guard let html = adminLibrary.render(object, withTemplate: template) else {
            throw ThemeError.missingTemplate(name: template, directory: "admin")
        }
        return html
    }
}

/// A theme that cannot be used.
public enum ThemeError: Error, CustomStringConvertible {
    case missingTemplate(name: String, directory: String)
    case notAFolder(String)
    case invalidTemplate(path: String, reason: String)

    public var description: String {
        switch self {
        case .missingTemplate(let name, let directory):
            return "The theme at \(directory) has no template \(name).mustache"
        case .notAFolder(let directory):
            return "The theme folder \(directory) does not exist or is not a folder"
        case .invalidTemplate(let path, let reason):
            return "The template \(path) cannot be read: \(reason)"
        }
    }
}
