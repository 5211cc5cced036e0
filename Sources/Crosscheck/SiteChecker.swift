import CrosscheckModel
import CrosscheckRender
import Foundation

/// Checks a built site folder: every link and source of every page resolves to a file of the
/// site, with the id its fragment names, and nothing reaches for the network or an absolute path.
public struct SiteChecker: Sendable {
    public init() {}

    /// The problems found, sorted by page; empty when the site stands on its own.
    public func check(_ site: URL) -> [LinkCheck.Problem] {
        let fm = FileManager.default
        let root = site.standardizedFileURL.resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [LinkCheck.Problem(page: site.path, reference: "", message: "no such site folder")]
        }
        return LinkCheck.problems(in: files(in: root))
    }

    /// Every file of the folder, with paths relative to it.
    private func files(in root: String) -> [SiteFile] {
        let fm = FileManager.default
        var result: [SiteFile] = []
        for relative in (fm.subpaths(atPath: root) ?? []).sorted() {
            var isDirectory: ObjCBool = false
            let full = root + "/" + relative
            guard fm.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            // Only pages are scanned; other files need only exist.
            let contents = relative.hasSuffix(".html") ? Array(fm.contents(atPath: full) ?? Data()) : []
            result.append(SiteFile(path: relative, contents: contents))
        }
        return result
    }
}
