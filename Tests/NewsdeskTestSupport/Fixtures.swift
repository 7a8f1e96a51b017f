import Foundation

/// The real-world exports in `shared/fixtures`, found beside the repository: CI clones the repository into
/// another folder with `shared/` next to it, so the path is never hard-coded. A missing file fails the test.
public enum Fixtures {
    /// A fixture file that is not there.
    public struct Missing: Error, CustomStringConvertible {
        let path: String
        public var description: String { "fixture missing: \(path) (shared/fixtures must sit beside the repository)" }
    }

    /// The repository root: the nearest folder above this file that holds `Package.swift`.
    public static let repositoryRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/"
            && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
        {
            folder.deleteLastPathComponent()
        }
        return folder
    }()

    /// `shared/fixtures`, beside the repository.
    public static let directory = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")

    /// The file at `path` under `shared/fixtures` (`"blogger/…"`).
    public static func url(_ path: String) throws -> URL {
        let url = directory.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { throw Missing(path: url.path) }
        return url
    }

    /// The bytes of the fixture at `path`.
    public static func data(_ path: String) throws -> Data {
        try Data(contentsOf: url(path))
    }

    /// The fixture at `path` as UTF-8 text.
    public static func text(_ path: String) throws -> String {
        String(decoding: try data(path), as: UTF8.self)
    }
}
