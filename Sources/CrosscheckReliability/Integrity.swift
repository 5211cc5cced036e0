/// Integrity of the copy: is the text whole, clean and the article's own?
enum Integrity {
    static func findings(_ doc: Int, in context: ScoringContext) -> [Finding] {
        let source = context.corpus.sources[doc]
        return [
            repeats(source), boilerplate(source), fragments(source), doubledWords(source), typos(doc, in: context),
            foreignScript(source), mixedIn(doc, in: context.corpus),
        ].compactMap { $0 }
    }
}
