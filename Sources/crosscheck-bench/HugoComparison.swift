import Foundation

/// Hugo rendering the same number of Markdown pages with a minimal template, timed beside
/// Crosscheck's render and write stages.
enum HugoComparison {
    static func run(pages: Int, work: URL, crosscheck: Measure.Result) throws -> String? {
        guard let hugo = which("hugo") else { return "  hugo: not installed (apt-get install hugo), comparison skipped" }
        let site = work.appendingPathComponent("hugo-\(pages)")
        try? FileManager.default.removeItem(at: site)
        let content = site.appendingPathComponent("content")
        let layouts = site.appendingPathComponent("layouts/_default")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: layouts, withIntermediateDirectories: true)
        try "baseURL = 'http://localhost/'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n"
            .write(to: site.appendingPathComponent("hugo.toml"), atomically: true, encoding: .utf8)
        try "<!doctype html><html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n"
            .write(to: layouts.appendingPathComponent("single.html"), atomically: true, encoding: .utf8)
        try "<!doctype html><html><body>{{ range .Pages }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}</body></html>\n"
            .write(to: layouts.appendingPathComponent("list.html"), atomically: true, encoding: .utf8)
        let corpus = work.appendingPathComponent("corpus-\(pages)")
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            let body = text.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")
                .split(separator: "\n").joined(separator: "\n\n")
            try "---\ntitle: \"\(name)\"\n---\n\(body)\n".write(
                to: content.appendingPathComponent(name.replacingOccurrences(of: ".txt", with: ".md")), atomically: false, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: hugo)
        process.arguments = ["--quiet", "-s", site.path, "-d", site.appendingPathComponent("public").path]
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let ours = (crosscheck.stages["render"] ?? 0) + (crosscheck.stages["write"] ?? 0)
        return String(format: "  hugo %d pages: %.3f s; crosscheck render+write: %.3f s (%.2f× hugo's time)", pages, seconds, ours, ours / max(seconds, 1e-9))
    }

    private static func which(_ tool: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
