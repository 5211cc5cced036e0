import CrosscheckModel
import Foundation

/// The optional `crosscheck.yml` beside the articles: `title: The story's title`.
enum CorpusSettings {
    static func title(in url: URL, problems: inout [BuildProblem]) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path), data.count < 65_536,
              let text = String(data: data, encoding: .utf8)
        else {
            problems.append(BuildProblem(step: .load, path: url.lastPathComponent, message: "settings file cannot be read as UTF-8 text under 64 KB"))
            return nil
        }
        switch FrontMatter.fields(text) {
        case .success(let fields):
            return fields["title"].flatMap { $0.isEmpty ? nil : $0 }
        case .failure(let error):
            problems.append(BuildProblem(step: .load, path: url.lastPathComponent, message: error.message))
            return nil
        }
    }
}
