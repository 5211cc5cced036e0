import CrosscheckModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the site into the output folder as a whole: files go to a temporary folder beside it,
/// which replaces the old site only once everything is written, so a failed build leaves it intact.
public struct SiteWriter: Sendable {
    public struct Options: Sendable {
        /// Replace a non-empty folder that is not a Crosscheck site.
        public var force: Bool
        /// Folders the output must never be, nor contain: the corpus, the templates, the repository.
        public var protected: [URL]

        public init(force: Bool = false, protected: [URL] = []) {
            self.force = force
            self.protected = protected
        }
    }

    /// The file that marks a folder as a site Crosscheck may replace.
    public static let marker = SiteFile.siteMarker

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Returns the number of files written.
    @discardableResult
    public func write(_ files: [SiteFile], to folder: URL) throws -> Int {
        var site = try StagedSite(output: folder, options: options)
        do {
            try site.add(files)
            return try site.commit()
        } catch {
            site.discard()
            throw error
        }
    }

    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(fd, buffer.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif

public struct WriteError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason) [write]" }
}
