import CrosscheckModel

enum StoryTitle {
    static func infer(from documents: [Document]) -> String {
        documents.compactMap { $0.article.metadata.title?.value }.first ?? "Untitled story"
    }
}
