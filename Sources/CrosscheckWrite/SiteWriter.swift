import CrosscheckModel
import Foundation

/// Writes site files into the output folder.
public struct SiteWriter: Sendable {
    public init() {}

    public func write(_ files: [SiteFile], to folder: URL) throws {
        let fm = FileManager.default
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents).write(to: url)
        }
    }
}
