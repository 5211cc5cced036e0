import CrosscheckModel
import Testing
@testable import CrosscheckClaims

/// Two sources, each one sentence, analysed together.
private func twoSources(_ a: String, _ b: String) -> [Claim] {
    ClaimAnalyzer().analyze(
        [document("a", [a, filler(1)]), document("b", [b, filler(2)])], quotes: [], people: []
    ).claims
}

struct PairCase: Sendable, CustomStringConvertible {
    var a: String
    var b: String
    /// The row both sentences should land in.
    var statement: String
    var status: Claim.Status
    var description: String { statement + ": " + a }
}

@Test(arguments: [
    // Capitalised words before the counted noun say which ones: different figures dispute.
    PairCase(a: "Officials sent 300 Coast Guard sailors to help.", b: "In all 350 Coast Guard sailors arrived by evening.",
             statement: "Coast Guard sailors: number", status: .contested),
    // A sum's purpose after "in"/"for", with synonyms of the purpose.
    PairCase(a: "The charity raised $3 million for flood relief.", b: "The charity gathered $5 million in flood aid.",
             statement: "Flood aid (dollars): number", status: .contested),
    PairCase(a: "The plan sets aside $2 billion for school assistance.", b: "Lawmakers added $2 billion in school aid.",
             statement: "School aid (dollars): number", status: .corroborated),
    // British and wire style: the scale joined to the figure.
    PairCase(a: "The plan sets aside $2bn for school assistance.", b: "Lawmakers added $2 billion in school aid.",
             statement: "School aid (dollars): number", status: .corroborated),
    PairCase(a: "The charity raised £3m for flood relief.", b: "The charity gathered £5 million in flood aid.",
             statement: "Flood aid (pounds): number", status: .contested),
    // A deputy of an office is not that office.
    PairCase(a: "Deputy Prime Minister Ana Ruiz arrived on Monday.", b: "Prime Minister Ana Ruiz arrived on Monday.",
             statement: "Ana Ruiz's post", status: .contested),
    // A place set before the figure by a comma; households are homes.
    PairCase(a: "In Cornwall, about 10,000 homes were without power on Thursday.", b: "About 8,000 households in Cornwall lost power.",
             statement: "Homes in Cornwall: number", status: .contested),
    // A level that a named thing rose, fell or stood at, in any spelling of "percent".
    PairCase(a: "Inflation fell to 3.2% in March, official figures showed.", b: "Inflation fell to 3.4 per cent last month.",
             statement: "Inflation (%): number", status: .contested),
    PairCase(a: "The unemployment rate rose to 4.1% in May.", b: "The unemployment rate climbed to 4.1 percent.",
             statement: "Unemployment rate (%): number", status: .corroborated),
    // "nearly $1 billion" (found though the hedge and the figure are split by "$") is a ceiling that $982 million
    // is under and $1.05 billion is over.
    PairCase(a: "The spending plan closes a $982 million deficit.", b: "The budget closes a nearly $1 billion deficit.",
             statement: "Deficit (dollars): number", status: .corroborated),
    PairCase(a: "The spending plan closes a $1.05 billion deficit.", b: "The budget closes a nearly $1 billion deficit.",
             statement: "Deficit (dollars): number", status: .contested),
    // "was 3.5%" states a level as "stood at 3.6%" does; "from a peak of 9.1%" names the other figure.
    PairCase(a: "The unemployment rate stood at 3.6% in June.", b: "The unemployment rate was 3.5% in June.",
             statement: "Unemployment rate (%): number", status: .contested),
    PairCase(a: "Inflation has cooled to 3% from a peak of 9.1% last year.", b: "Inflation in the US fell to 3% in June.",
             statement: "Inflation (%): number", status: .corroborated),
    // A plural thing that rose to a figure is a count of it, whatever place or "number of" surrounds it.
    PairCase(a: "Measles cases in the South Plains climbed to 146 this week.", b: "A measles outbreak in West Texas has grown to 146 cases.",
             statement: "Measles cases: number", status: .corroborated),
    PairCase(a: "The number of measles cases in a West Texas outbreak rose to 146 on Tuesday.", b: "The outbreak has grown to 146 cases.",
             statement: "Measles cases: number", status: .corroborated),
    // A level that is a bare figure; a place after the subject is not the subject.
    PairCase(a: "NHS England said the waiting list stood at 7.4 million in August.", b: "The NHS waiting list in England stood at 7.6 million in August.",
             statement: "NHS waiting list: number", status: .contested),
    // "Local 241": words followed by a figure name a thing, not the holder of the office before them.
    PairCase(a: "“We did not want this,” said Maria Delgado, president of Amalgamated Transit Union Local 241.",
             b: "Union leader Maria Delgado said the agency left them no choice.", statement: "Maria Delgado's post", status: .corroborated),
    // An adjective in "-ly" is no adverb; how often says no kind of rider.
    PairCase(a: "The walkout stranded an estimated 800,000 daily riders.", b: "The agency carries about 800,000 riders on a typical weekday.",
             statement: "Riders: number", status: .corroborated),
    PairCase(a: "Firefighters rescued 12 elderly residents from the home.", b: "Firefighters rescued 15 residents from the home.",
             statement: "People rescued: number", status: .contested),
    // The head is the first plural; what befell them may take several words.
    PairCase(a: "About 900 residents nearby were told to leave their homes.", b: "Nearly 900 people were under evacuation orders.",
             statement: "People evacuated: number", status: .corroborated),
    // A death toll without a noun is the story's one plain count of the dead.
    PairCase(a: "Twenty miners were killed in the collapse.", b: "The death toll rose to 26 on Sunday.",
             statement: "Miners killed: number", status: .contested),
    // The day a thing was declared, active or passive.
    PairCase(a: "The mayor declared a curfew on Friday.", b: "A curfew was declared on Saturday, the mayor said.",
             statement: "When the curfew was declared", status: .contested),
    PairCase(a: "The president declared a state of emergency on Monday.", b: "An emergency was declared on Monday.",
             statement: "When the emergency was declared", status: .corroborated),
    // Where something started, by an ordinal in words or figures.
    PairCase(a: "The blaze started on the second floor of the hotel.", b: "Firefighters said the fire began on the 5th floor.",
             statement: "Floor where the blaze started", status: .contested),
    PairCase(a: "The fire broke out on the ninth floor.", b: "Smoke was seen after the fire started on the 9th floor.",
             statement: "Floor where the fire started", status: .corroborated),
    // A named winner's share of the vote.
    PairCase(a: "Labour won 34% of the vote, the count showed.", b: "With all seats declared, Labour took 33.2 per cent of the vote.",
             statement: "Labour's share of the vote (%): number", status: .contested),
    PairCase(a: "Mayor Jane Roe was re-elected with 52 percent of the vote.", b: "Mayor Jane Roe won 52% of the votes cast.",
             statement: "Jane Roe's share of the vote (%): number", status: .corroborated),
    // A floor or a ceiling disputes only a figure on its wrong side.
    PairCase(a: "More than 1,000 people were killed in the quake.", b: "The quake killed 1,200 people, officials said.",
             statement: "People killed: number", status: .corroborated),
    PairCase(a: "More than 1,000 people were killed in the quake.", b: "The quake killed 900 people, officials said.",
             statement: "People killed: number", status: .contested),
    PairCase(a: "Fewer than 50 people were killed in the quake.", b: "The quake killed 60 people, officials said.",
             statement: "People killed: number", status: .contested),
    // The term a court gave, named or not: one unnamed term is the one named holder's.
    PairCase(a: "A drug dealer who led police on a chase has been jailed for six years.",
             b: "A man who dumped cocaine during a chase was jailed for seven years on Friday.", statement: "Length of the prison term", status: .contested),
    PairCase(a: "Judge Ann Cole jailed Sgt Daniel Okafor for 18 months.", b: "A man who took bribes was sentenced to 18 months.",
             statement: "Daniel Okafor's prison term", status: .corroborated),
    // A person's age, after the name or before it.
    PairCase(a: "Daniel Okafor, 29, of Beaver Road, was arrested in October.", b: "Daniel Okafor, 28, reached speeds of 100mph.",
             statement: "Daniel Okafor's age", status: .contested),
    PairCase(a: "Police were called by Joan Pyle (52) at midnight.", b: "The alarm was raised by 52-year-old Joan Pyle.",
             statement: "Joan Pyle's age", status: .corroborated),
    // The tally of one body's vote on one act, in either writing.
    PairCase(a: "The Senate on Wednesday passed a $45 billion border bill by a vote of 61 to 38.",
             b: "The Senate approved the border package on Wednesday, 62-38.", statement: "Senate vote tally (passed)", status: .contested),
    PairCase(a: "The court ruled 6-3 that the law was unconstitutional.", b: "In a 6\u{2013}3 ruling, the court ruled against the state.",
             statement: "Court vote tally (ruled)", status: .corroborated),
    PairCase(a: "Lawmakers voted 7-2 to approve the budget.", b: "Lawmakers approved the budget by a 7-2 vote.",
             statement: "Lawmakers vote tally (passed)", status: .corroborated),
    PairCase(a: "The House of Representatives approved the measure last week, 341-86.", b: "The House passed the bill 341-86 last Wednesday.",
             statement: "House vote tally (passed)", status: .corroborated),
    // A tally given of the measure, not the body, is the vote of the one body that passed something.
    PairCase(a: "The Senate on Wednesday passed a $95 billion border security and farm aid bill by a vote of 67-32.",
             b: "The bill passed 67-31, with 19 Republicans joining most Democrats.", statement: "Senate vote tally (passed)",
             status: .contested),
    // Synonyms of what is counted, and of what befell those counted.
    PairCase(a: "At least 1,000 structures have been destroyed, officials said.", b: "At least 1,000 buildings have burned.",
             statement: "Buildings: number", status: .corroborated),
    PairCase(a: "The fire forced about 30,000 residents to evacuate on Tuesday.", b: "It forced the evacuation of 30,000 residents.",
             statement: "People evacuated: number", status: .corroborated),
    PairCase(a: "California Gov. Gavin Newsom declared an emergency.", b: "Governor Gavin Newsom declared an emergency.",
             statement: "Gavin Newsom's post", status: .corroborated),
    // A figure written with fewer digits is the same figure rounded; a margin is disputed like any count.
    PairCase(a: "Turnout was 46.3%.", b: "The turnout was 46.33%.", statement: "Turnout (%): number", status: .corroborated),
    PairCase(a: "Reform won the by-election by six votes.", b: "Labour lost the by-election by just seven votes.",
             statement: "Votes margin: number", status: .contested),
    PairCase(a: "The Senate approved a $95 billion bill on Wednesday.", b: "The Senate passed a $95 billion measure after an all-night session.",
             statement: "Bill (dollars): number", status: .corroborated),
])
func pairsLandInOneRow(_ c: PairCase) throws {
    let claims = twoSources(c.a, c.b)
    let row = try #require(claims.first { $0.statement == c.statement }, "\(claims.map(\.statement))")
    #expect(row.status == c.status)
    #expect(Set(row.assertions.map(\.sourceID)) == ["a", "b"])
}

@Test(arguments: [
    // Plain counts of the same noun are more likely two different things than a dispute.
    ("Officials counted 300 sailors.", "Officials counted 350 sailors."),
    // Injured survivors who later died are part of a toll, not a rival toll.
    ("At least 20 miners were killed in the collapse.", "Later two injured miners died in hospital."),
    // Different floors with different events are no dispute.
    ("The fire started on the second floor.", "Guests on the fifth floor were rescued."),
    // A declaration with no day has nothing to compare.
    ("The mayor declared a curfew on Friday.", "The mayor declared a curfew after the riots."),
    // The most a charge carries, and a total between several people, are no one's term.
    ("He faces up to 14 years in prison and was jailed for up to 14 years.", "A man was jailed for six years."),
    ("Three men were jailed for a total of 20 years.", "A man was jailed for eight years."),
    // A share with no named winner, or of something else, is no vote share.
    ("It won 34% of the vote.", "It won 40% of the vote."),
    ("Labour won 34% of the seats.", "Labour won 40% of the seats."),
    // Two people's ages are two claims; a list of figures is no age.
    ("Jane Roe, 45, and John Doe, 50, were arrested.", "Jane Roe, 45, was arrested."),
    ("Sales in Ohio, 45, 50 and 60 units, fell.", "Sales in Ohio, 30, 40 and 50 units, fell."),
    // A score, a range and the votes of different acts are no tallies in dispute.
    ("Arsenal defeated Chelsea 3-2 on Saturday.", "Arsenal beat Chelsea 2-1 on Saturday."),
    ("Prices passed the vote threshold, rising 10 to 15 percent.", "Prices rose 12 to 18 percent."),
    ("The Senate voted 60-40 to end debate.", "The Senate passed the bill 61-38."),
    // "according to" names a source, not where the figures are.
    ("The bill includes $4 billion in farm aid, according to the Budget Office.", "The bill includes $4 billion in farm aid."),
    // Which noun a sum is of cannot be told where the thing's name runs on past "and".
    ("The Senate passed a $95 billion border security and farm aid bill.", "It includes $20 billion for border security."),
])
func noFalseAlarms(_ a: String, _ b: String) {
    let claims = twoSources(a, b)
    #expect(claims.allSatisfy { $0.status != .contested }, "\(claims.map(\.statement))")
}

@Test(arguments: [
    ("some 40 workers downstream remained", "workers"),
    ("200 Coast Guard sailors were sent", "sailors"),
    ("three injured workers died", "workers"),
    ("a $5 billion deal signed", "deal"),
    ("the 12 dead were named", "dead"),
])
func countedNounHeads(_ text: String, _ head: String) throws {
    let prepared = PreparedDocument(document("a", [text]), quoteSpans: [:])
    let sentence = try #require(prepared.sentences.first)
    let context = SentenceContext(sentence: sentence, sourceID: "a", people: PersonIndex(directory: PeopleDirectory([]), document: prepared))
    let tokens = context.tokens
    let figure = try #require(tokens.indices.first { ClaimNumbers.parse(tokens, at: $0) != nil })
    let length = ClaimNumbers.parse(tokens, at: figure)!.length
    #expect(QuantityExtractor.countedNoun(context, from: figure + length)?.head == head)
}

@Test func tiedWordingsGoToTheBetterConfirmedSource() {
    // The tie-break is asked only about tied strings; the higher score wins, then the alphabet.
    var asked: [String] = []
    let pick = ValueCluster.commonest(["Chief of Crew", "Chief of Staff", "Aide"]) { asked.append($0); return $0.hasSuffix("Staff") ? 1 : 0 }
    #expect(pick == "Chief of Staff")
    #expect(asked.sorted() == ["Aide", "Chief of Crew", "Chief of Staff"])
    #expect(ValueCluster.commonest(["b", "a", "b"]) { _ in 9 } == "b")
    #expect(ValueCluster.commonest(["b", "a"]) { _ in 0 } == "a")
}

@Test func aRewritesSwappedWordLosesATie() throws {
    // Two sources word one post two ways; a third writes the words of one of them (but not first
    // in the alphabet) about the same person.
    let result = ClaimAnalyzer().analyze([
        document("a", ["Joint Harbour Panel Chairman Ilse Brandt spoke on Monday.", filler(1)]),
        document("b", ["Joint Harbour Board Chairman Ilse Brandt spoke at noon.", filler(2)]),
        document("c", ["Harbour Panel spokesperson Ilse Brandt left early.", filler(3)]),
    ], quotes: [], people: [])
    let post = try #require(result.claims.first { $0.statement.hasSuffix("post") })
    #expect(post.values.map(\.value).contains("Joint Harbour Panel Chairman"), "\(post.values.map(\.value))")
    #expect(!post.values.map(\.value).contains("Joint Harbour Board Chairman"))
}

@Test(arguments: [
    PairCase(a: "The tunnel was last fully inspected in 2014, engineers said.", b: "The tunnel's last safety inspection took place in 2011.",
             statement: "When the tunnel was last inspected", status: .contested),
    PairCase(a: "The stadium was last renovated in March 2009.", b: "Records show the stadium's last renovation was in March 2009.",
             statement: "When the stadium was last renovated", status: .corroborated),
])
func lastActsCompareByDate(_ c: PairCase) throws {
    try pairsLandInOneRow(c)
}

@Test(arguments: [
    "The tunnel was inspected last year.",
    "The tunnel might last until 2030.",
    "The tunnel was not last inspected in 2014.",
])
func lastActsNeedADatedAct(_ sentence: String) {
    let claims = twoSources(sentence, "Nothing else happened.")
    #expect(!claims.contains { $0.statement.hasPrefix("When the tunnel") }, "\(claims.map(\.statement))")
}

@Test(arguments: [
    // A day before "said" is when it was said, not when the curfew was declared.
    ("On Tuesday officials said the mayor declared a curfew.", "The mayor declared a curfew on Monday."),
    // The fire started on one floor and spread to another: one source, one start.
    ("The fire started on the second floor and was worst on the fifth floor.", "The fire started on the second floor."),
    // A toll joins only a count of the dead told in the opening paragraphs.
    ("Officials met on Monday. The region is calm. Roads are open. Later, 12 children were killed at a school.",
     "The death toll rose to 300."),
])
func moreFalseAlarmsAvoided(_ a: String, _ b: String) {
    let paragraphs = { (text: String) in text.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces) + "." } }
    let claims = ClaimAnalyzer().analyze(
        [document("a", paragraphs(a) + [filler(1)]), document("b", paragraphs(b) + [filler(2)])], quotes: [], people: []
    ).claims
    #expect(claims.allSatisfy { $0.status != .contested }, "\(claims.map(\.statement))")
}

@Test func britishAndAmericanPlaceSpellingsAreOnePlace() throws {
    let claims = twoSources("Some 60 sailors were based in Port Harbour.", "About 60 sailors were based in Port Harbor.")
    let row = try #require(claims.first { $0.kind == "quantity" })
    #expect(row.status == .corroborated)
    #expect(ClaimLexicon.americanSpelling("centre") == "center")
    #expect(ClaimLexicon.americanSpelling("detour") == "detour")
    #expect(ClaimLexicon.americanSpelling("four") == "four")
}

@Test(arguments: ["Crews shut the Route 9 bridge.", "Passengers on Flight 370 were never found.", "He works at Gate 12 terminals."])
func designationsCountNothing(_ sentence: String) {
    let claims = twoSources(sentence, "Nothing else happened.")
    #expect(!claims.contains { $0.kind == "quantity" }, "\(claims.map(\.statement))")
}

struct CountCase: Sendable, CustomStringConvertible {
    var sentence: String
    /// The row's statement, or nil when the figure counts nothing.
    var statement: String?
    var description: String { sentence }
}

@Test(arguments: [
    // The noun is itself what befell them.
    CountCase(sentence: "A blast left 14 dead and more than 70 injured.", statement: "People injured: number"),
    CountCase(sentence: "Officials said 9 missing were still unaccounted for.", statement: "People missing: number"),
    // A ratio, a fraction and a singular noun after a figure of two or more count nothing.
    CountCase(sentence: "Only one in five buses ran.", statement: nil),
    CountCase(sentence: "Just 3 out of 10 voters agreed.", statement: nil),
    CountCase(sentence: "A magnitude 5.8 tremor shook the coast.", statement: nil),
    CountCase(sentence: "Around 7 tremor struck overnight.", statement: nil),
])
func whatAFigureCounts(_ c: CountCase) throws {
    let statements = twoSources(c.sentence, "Nothing else happened.").filter { $0.kind == "quantity" }.map(\.statement)
    if let wanted = c.statement {
        #expect(statements.contains(wanted), "\(statements)")
    } else {
        #expect(statements.isEmpty, "\(statements)")
    }
}

@Test(arguments: [
    // "general" describes the office here; it is no military rank.
    ("Ana Ruiz, the union's general secretary, spoke first.", "rank"),
    ("General Secretary Ana Ruiz spoke first.", "rank"),
    ("Ana Ruiz, the club's general manager, spoke first.", "rank"),
    // An undated act of a thing says nothing a reader can check.
    ("The ship passed its safety inspection.", "event"),
])
func wordsThatAreNotClaims(_ sentence: String, _ kind: String) {
    let claims = twoSources(sentence, "Nothing else happened.")
    let found = claims.filter { kind == "rank" ? $0.statement.hasSuffix("rank") : $0.kind == kind }
    #expect(found.isEmpty, "\(claims.map(\.statement))")
}

@Test(arguments: [
    // What befell those counted is read next to them, not across "and" from another figure.
    CountCase(sentence: "Officials said 40 people were arrested and 9 police officers injured.", statement: "Officers injured: number"),
    CountCase(sentence: "Officials said 40 people were arrested and 9 police officers injured.", statement: "People arrested: number"),
    CountCase(sentence: "Gunmen killed 7 villagers overnight.", statement: "Villagers killed: number"),
])
func outcomesNextToTheCount(_ c: CountCase) throws {
    try whatAFigureCounts(c)
}

@Test func thePassiveDoerFollowsBy() throws {
    let claims = twoSources("The budget was approved by the Assembly on Thursday.", "The Assembly approved the budget on Wednesday.")
    let row = try #require(claims.first { $0.kind == "event" }, "\(claims.map(\.statement))")
    #expect(row.status == .contested)
    #expect(Set(row.values.map(\.value)) == ["Thursday", "Wednesday"])
}

@Test(arguments: [
    // A figure with no noun beside what befell them counts people.
    PairCase(a: "A storm killed 4 people and injured 19, officials said.", b: "At least four people were killed and 19 were injured.",
             statement: "People injured: number", status: .corroborated),
    PairCase(a: "The blast tore through the market, killing 6 and injuring 30.", b: "Six people were killed in the blast.",
             statement: "People killed: number", status: .corroborated),
])
func ellipticalCounts(_ c: PairCase) throws {
    try pairsLandInOneRow(c)
}

@Test func countsOfAnotherYearAreBackground() throws {
    let dated = { (id: String, text: String) -> Document in
        var d = document(id, [text, filler(id == "a" ? 1 : 2)])
        d.article.metadata.date = Metadata.Field("2024-06-02", inferred: false)
        return d
    }
    let claims = ClaimAnalyzer().analyze([
        dated("a", "At least 30 people were killed when the storm hit."),
        dated("b", "A storm in 2009 killed 140 people in the same valley."),
    ], quotes: [], people: []).claims
    #expect(claims.allSatisfy { $0.status != .contested }, "\(claims.map(\.statement))")
    #expect(PreparedDocument.year(in: "May 8, 2024") == 2024)
    #expect(PreparedDocument.year(in: "2023-04-12") == 2023)
    #expect(PreparedDocument.year(in: "12 April") == nil)
}

/// A winner the people analysis knows is found however far before the verb the sentence names her.
@Test func voteShareOfAKnownPerson() throws {
    let nair = Person(id: "priya-nair", name: "Priya Nair", aliases: ["Priya Nair", "Nair"], roles: [], sourceIDs: ["a", "b"])
    let claims = ClaimAnalyzer().analyze(
        [document("a", ["Labour held the seat, with candidate Priya Nair winning 41% of the vote.", filler(1)]),
         document("b", ["Labour's Priya Nair won the by-election on Thursday night with 43 per cent of the vote.", filler(2)])],
        quotes: [], people: [nair]
    ).claims
    let row = try #require(claims.first { $0.statement == "Priya Nair's share of the vote (%): number" }, "\(claims.map(\.statement))")
    #expect(row.status == .contested)
    #expect(row.personIDs == ["priya-nair"])
}

@Test(arguments: [
    (46.3, 46.33, true), (14_700, 14_696, true), (6.2e9, 6.24e9, true), (5_100, 5_140, true),
    (3_000, 3_400, false), (1.2, 1.4, false), (29, 28, false), (46.33, 46.3, false), (30, 29, false),
])
func roundedFiguresAgree(coarse: Double, fine: Double, rounds: Bool) {
    #expect(ValueCluster.rounds(coarse, to: fine) == rounds)
}
