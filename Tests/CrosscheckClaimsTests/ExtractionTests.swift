import CrosscheckModel
import Testing
@testable import CrosscheckClaims
import CrosscheckText

private func claims(_ paragraphs: [String], people: [Person] = []) -> [Claim] {
    ClaimAnalyzer().analyze([document("a", paragraphs)], quotes: [], people: people).claims
}

struct QuantityCase: Sendable, CustomStringConvertible {
    var sentence: String
    var statement: String
    var value: String
    var approximate: Bool
    var description: String { sentence }
}

@Test(arguments: [
    QuantityCase(sentence: "Officials said about 3,000 Danish sailors are based in Norway.", statement: "Danish sailors in Norway: number", value: "3,000", approximate: true),
    QuantityCase(sentence: "Some 12 ferries were stuck in Calais overnight.", statement: "Ferries in Calais: number", value: "12", approximate: true),
    QuantityCase(sentence: "More than forty reporters waited outside.", statement: "Reporters: number", value: "40", approximate: true),
    QuantityCase(sentence: "Nearly two thousand protesters marched in Lisbon on Friday.", statement: "Protesters in Lisbon: number", value: "2,000", approximate: true),
    QuantityCase(sentence: "The company employs 1.5 million people in Brazil.", statement: "People in Brazil: number", value: "1,500,000", approximate: false),
    QuantityCase(sentence: "Twenty-one lorries crossed into Austria.", statement: "Lorries in Austria: number", value: "21", approximate: false),
    QuantityCase(sentence: "The firm supplies 4.1 million homes in Wales.", statement: "Homes in Wales: number", value: "4,100,000", approximate: false),
    QuantityCase(sentence: "The firm has been fined £14m after a cyber-attack.", statement: "Fine (pounds): number", value: "14,000,000", approximate: false),
    QuantityCase(sentence: "The watchdog fined Acme Energy 14 million pounds on Wednesday.", statement: "Fine (pounds): number", value: "14,000,000", approximate: false),
    QuantityCase(sentence: "The regulator imposed a fine of about £14 million.", statement: "Fine (pounds): number", value: "14,000,000", approximate: true),
    QuantityCase(sentence: "The hackers demanded a ransom of $5m.", statement: "Ransom (dollars): number", value: "5,000,000", approximate: false),
    QuantityCase(sentence: "A council officer who stole £2.3million meant for care homes was jailed.", statement: "Theft (pounds): number", value: "2,300,000", approximate: false),
    QuantityCase(sentence: "He siphoned off more than £2.1m over seven years.", statement: "Theft (pounds): number", value: "2,100,000", approximate: true),
    QuantityCase(sentence: "The Ridge Fire was 15% contained Wednesday morning.", statement: "Containment (%): number", value: "15", approximate: false),
    QuantityCase(sentence: "Li said the cuts would save about $900 million a year.", statement: "Savings (dollars): number", value: "900,000,000", approximate: true),
    QuantityCase(sentence: "Shares of the company fell 8% in extended trading.", statement: "Shares fell (%): number", value: "8", approximate: false),
    QuantityCase(sentence: "Nexora shares fell as much as 7.5% in late trading.", statement: "Shares fell (%): number", value: "7.5", approximate: true),
    QuantityCase(sentence: "The stock jumped 12 percent on Friday.", statement: "Shares rose (%): number", value: "12", approximate: false),
    QuantityCase(
        sentence: "The train derailed on Monday, killing six people and injuring at least 40 others.", statement: "People injured: number",
        value: "40", approximate: true),
    QuantityCase(sentence: "Storm Babet has claimed three lives, police said.", statement: "People killed: number", value: "3", approximate: false),
    QuantityCase(
        sentence: "The death toll from the magnitude 7.8 earthquake has risen to 5,100, officials said.", statement: "Death toll: number",
        value: "5,100", approximate: false),
    QuantityCase(
        sentence: "The shooting left two people dead and four others wounded.", statement: "People injured: number", value: "4",
        approximate: false),
    QuantityCase(sentence: "The company expects a third-quarter loss of $6.2 billion.", statement: "Loss (dollars): number", value: "6,200,000,000", approximate: false),
    // Money is not hurt: "hurt by tariffs" tells of the farmers.
    QuantityCase(sentence: "The package includes $31 billion in aid to farmers hurt by tariffs.", statement: "Aid (dollars): number", value: "31,000,000,000", approximate: false),
    QuantityCase(sentence: "Chinese President Xi Jinping pledged $3bn to the fund.", statement: "Pledge (dollars): number", value: "3,000,000,000", approximate: false),
    QuantityCase(sentence: "Sarah Pochin won, taking 12,645 votes to Ms Shore's 12,639.", statement: "Votes: number", value: "12,645", approximate: false),
    QuantityCase(sentence: "Hackers stole the data of about 9.7 million current and former customers.", statement: "Customers: number", value: "9,700,000", approximate: true),
    QuantityCase(sentence: "The study of 12,400 people was published in the European Heart Journal.", statement: "People: number", value: "12,400", approximate: false),
    QuantityCase(sentence: "Tesco reported pre-tax profits of £2.3bn for the year.", statement: "Profit (pounds): number", value: "2,300,000,000", approximate: false),
    QuantityCase(sentence: "Tesco posted a 15 per cent jump in annual profits to £2.3billion.", statement: "Profit (pounds): number", value: "2,300,000,000", approximate: false),
    QuantityCase(sentence: "Revenue rose 4 per cent to £68.2bn, the grocer said.", statement: "Revenue (pounds): number", value: "68,200,000,000", approximate: false),
    QuantityCase(sentence: "Sales increased to £68.2bn, the supermarket said.", statement: "Revenue (pounds): number", value: "68,200,000,000", approximate: false),
    QuantityCase(sentence: "Shares in the company rose by 3% in morning trading.", statement: "Shares rose (%): number", value: "3", approximate: false),
    QuantityCase(sentence: "Shares were up 2.8 per cent.", statement: "Shares rose (%): number", value: "2.8", approximate: false),
    QuantityCase(sentence: "The firm expects to lose $6.2bn in the three months.", statement: "Loss (dollars): number", value: "6,200,000,000", approximate: false),
])
func extractsQuantities(_ c: QuantityCase) throws {
    let claim = try #require(claims([c.sentence]).first { $0.kind == "quantity" })
    #expect(claim.statement == c.statement)
    #expect(claim.values.map(\.value) == [c.value])
    #expect(claim.values.first?.approximate == c.approximate)
    #expect(claim.status == .singleSource)
}

@Test(arguments: [
    "Three months later the plan was dropped.",
    "The 2019 budget was generous.",
    "A four-year war left the town empty.",
    "Both sides said the two countries must talk.",
    "Hundreds of thousands of people lined the streets.",
    "The report is dated 2021-03-04 in the archive.",
    // Percentages that are no level of a named thing, or a level of another time.
    "About 44% of voters back the plan.",
    "Prices rose 5% over the year.",
    "Inflation peaked at 11.1% in October.",
    "Inflation eased to 3.2% from 3.4% a month earlier.",
    "He will serve two thirds of his sentence before being released on licence.",
    // A particle after a sum is no noun of it.
    "The grocer is handing £1billion back to investors via a share buyback.",
    // Unnamed sources are no figure of the story.
    "The hackers demanded a ransom, two people familiar with the matter told Reuters.",
    // Figures that name models or groups.
    "Leaders of the Group of 20 major economies met in Rio.",
    "The strike has stopped work on the firm's 737 and 787 jets.",
])
func ignoresFiguresThatCountNothing(_ sentence: String) {
    #expect(claims([sentence]).allSatisfy { $0.kind != "quantity" })
}

@Test func numbersInWordsAndDigits() {
    let cases: [(String, Double?)] = [
        ("5,200", 5200), ("1.5 million", 1_500_000), ("five thousand", 5000), ("twenty-one", 21),
        ("two hundred", 200), ("a dozen", nil), ("one", nil), ("four-year", nil),
    ]
    for (text, expected) in cases {
        let paragraph = ParagraphText(text)
        let tokens = ClaimTokenizer.tokenize(paragraph, range: 0..<paragraph.count, quoted: [])
        let start = tokens.first?.lower == "a" ? 1 : 0
        let value = ClaimNumbers.parse(tokens, at: start)?.value
        if text == "a dozen" { #expect(value == 12) } else { #expect(value == expected, "\(text)") }
    }
}

struct RoleCase: Sendable, CustomStringConvertible {
    var sentence: String
    var attribute: String
    var value: String
    var description: String { sentence }
}

@Test(arguments: [
    RoleCase(sentence: "The plan was approved by Navy Admiral Jane Holloway on Monday.", attribute: "service branch", value: "Navy"),
    RoleCase(sentence: "Marine Corps Gen. Paul Okafor inspected the base.", attribute: "service branch", value: "Marine Corps"),
    RoleCase(sentence: "Marine Corps Gen. Paul Okafor inspected the base.", attribute: "rank", value: "General"),
    RoleCase(sentence: "The talks were led by Lt. Gen. Paul Okafor.", attribute: "rank", value: "Lieutenant General"),
    RoleCase(sentence: "Ana Ruiz, chairman of the Federal Grain Board, declined to comment.", attribute: "post", value: "chairman of the Federal Grain Board"),
    RoleCase(sentence: "Finance Minister Ana Ruiz spoke first.", attribute: "post", value: "Finance Minister"),
    RoleCase(sentence: "Paul Okafor, chief UK economist at Capital Economics, said growth would slow.", attribute: "post", value: "chief UK economist"),
    RoleCase(sentence: "Labour's shadow chancellor Ana Ruiz spoke first.", attribute: "post", value: "shadow chancellor"),
    RoleCase(sentence: "Lara Johnson, chief medical officer at Covenant Hospital, said 16 were treated.", attribute: "post", value: "chief medical officer"),
    // "Morgan" ends like a nationality ("-an") but runs into a name.
    RoleCase(sentence: "Morgan Stanley analyst Paul Okafor said the company risked it.", attribute: "post", value: "Morgan Stanley analyst"),
    RoleCase(sentence: "Iranian Foreign Minister Ana Ruiz spoke first.", attribute: "post", value: "Foreign Minister"),
])
func extractsRoles(_ c: RoleCase) throws {
    let claim = try #require(claims([c.sentence]).first { $0.statement.hasSuffix("'s " + c.attribute) })
    #expect(claim.kind == "role")
    #expect(claim.assertions.contains { $0.value == c.value })
}

@Test func officesEndingInGeneralAndRolesOfTheNextNameAreNotMisread() {
    let found = claims([
        "But Rain Newton-Smith, the director general of the CBI, said firms were struggling.",
        "Writing in the Daily Telegraph, the shadow chancellor, Mel Stride, called the budget a betrayal.",
    ])
    #expect(!found.contains { $0.statement.hasSuffix("'s rank") })
    #expect(!found.contains { $0.statement.contains("Telegraph") })
    #expect(found.contains { $0.statement == "Rain Newton-Smith's post" && $0.assertions.contains { $0.value == "director general of the CBI" } })
}

@Test func aDifferenceIsNoLevel() {
    #expect(claims(["The cost of the scheme was 5% higher than the council expected."]).isEmpty)
}

@Test func anUnnamedPersonsAgeIsNoPlacesAge() {
    // "A 27-year-old Columbus man": Columbus is where he is from.
    let found = claims(["A 27-year-old Columbus man is charged with murder.", "The 29-year-old Daniel Okafor was arrested."])
    #expect(found.filter { $0.kind == "age" || $0.statement.hasSuffix("age") }.map(\.statement) == ["Daniel Okafor's age"])
}

@Test func aTitleWordOpeningABodysNameIsNoOffice() {
    // "Premier League", "Labour Party": no person "League" whose post is "Premier".
    let found = claims(["Arsenal went top of the Premier League on Tuesday.", "The Labour Party and the Football Association said so."])
    #expect(!found.contains { $0.kind == "role" })
}

@Test func rolesInsideInstitutionNamesAreNotServices() {
    // "Army" names part of the board, not the person's service.
    let found = claims(["Ana Ruiz, chairman of the Army Heritage Board, declined to comment."])
    #expect(!found.contains { $0.statement.hasSuffix("service branch") })
}

struct PolarityCase: Sendable, CustomStringConvertible {
    var paragraphs: [String]
    var values: Set<String>
    var description: String { paragraphs.joined(separator: " / ") }
}

@Test(arguments: [
    PolarityCase(paragraphs: ["The treaty was ratified by the senate.", "The treaty had not been ratified."], values: ["ratified", "not been ratified"]),
    PolarityCase(paragraphs: ["The treaty was ratified by the senate.", "Aides called it an unratified treaty."], values: ["ratified", "unratified"]),
    PolarityCase(paragraphs: ["A ratified treaty arrived.", "There was no ratified treaty, aides said."], values: ["ratified", "no ratified"]),
    PolarityCase(paragraphs: ["The treaty, which was drafted in Oslo and ratified by the senate, expired.", "It was not ratified, aides said."], values: ["ratified", "not ratified"]),
])
func readsNegation(_ c: PolarityCase) throws {
    let claim = try #require(claims(c.paragraphs).first { $0.statement == "Whether the treaty was ratified" })
    #expect(Set(claim.values.map(\.value)) == c.values)
    #expect(claim.status == .contested)
}

@Test func denialAndAssertionOfOneThingAreContested() throws {
    let claim = try #require(
        claims(["The accord was ratified by the assembly.", "Aides insisted there was no ratified accord."])
            .first { $0.statement == "Whether the accord was ratified" })
    #expect(claim.status == .contested)
    #expect(Set(claim.values.map(\.value)) == ["ratified", "no ratified"])
}

@Test func hypotheticalsAreNoDenial() {
    // "should not have been" says what ought to be, not what is.
    let found = claims(["The memo was approved by the board. It should not have been approved, she said."])
    #expect(!found.contains { $0.status == .contested })
}

@Test func pronounsStandForTheLastThingSaidToBeSo() throws {
    let claim = try #require(
        claims(["A leaked memo was signed by the minister.", "\u{201C}It was unsigned,\u{201D} an aide said."])
            .first { $0.statement == "Whether the memo was signed" })
    #expect(claim.status == .contested)
    #expect(claim.assertions.contains { $0.fromQuote && $0.value == "unsigned" })
    #expect(claim.assertions.contains { !$0.fromQuote && $0.value == "signed" })
}

@Test(arguments: [
    ("On Tuesday, the council voted to close the port.", "Tuesday"),
    ("The council voted on Tue. to close the port.", "Tuesday"),
    ("The assembly passed the budget on Jan. 7 after a long night.", "January 7"),
])
func readsDaysAndDatesOfEvents(_ sentence: String, _ day: String) throws {
    let claim = try #require(claims([sentence]).first { $0.kind == "event" && $0.statement.hasPrefix("When ") })
    #expect(claim.values.map(\.value) == [day] || claim.values.contains { $0.value == day })
}

@Test func onlyBodyParagraphsCount() {
    let doc = document("a", ["Some 400 firefighters worked in Porto.", "About 900 firefighters worked in Porto."], kinds: [1: .caption])
    let found = ClaimAnalyzer().analyze([doc], quotes: [], people: []).claims
    #expect(found.flatMap(\.assertions).allSatisfy { $0.paragraph == 0 })
}

@Test func quotedWordsAreMarked() throws {
    let found = claims(["\u{201C}We have 300 engineers in Ghent,\u{201D} the director said."])
    let claim = try #require(found.first { $0.kind == "quantity" })
    #expect(claim.assertions.allSatisfy { $0.fromQuote })
}

@Test func quotesFromTheQuoteAnalysisAreKeptApart() throws {
    let text = "He said 300 engineers work in Ghent, which he called normal."
    let doc = document("a", [text])
    let chars = Array(text)
    let start = 8, end = 36
    let quote = Quote(
        id: "a-q1", sourceID: "a", paragraph: 0, start: start, end: end, text: String(chars[start..<end]),
        speakerLabel: "He", speakerKind: .person, context: text)
    let claim = try #require(ClaimAnalyzer().analyze([doc], quotes: [quote], people: []).claims.first { $0.kind == "quantity" })
    #expect(claim.assertions.allSatisfy { $0.fromQuote })
}

@Test(arguments: [
    ("Hurricane Delia came ashore as a Category 3 storm early Sunday.", "Storm category", "3"),
    ("The Category 4 hurricane came ashore near Cedar Key.", "Storm category", "4"),
    ("A magnitude 6.4 earthquake struck the coast on Friday.", "Earthquake magnitude", "6.4"),
    ("A 7.8-magnitude earthquake struck southern Turkey on Monday.", "Earthquake magnitude", "7.8"),
    ("The magnitude-7.8 quake struck before dawn.", "Earthquake magnitude", "7.8"),
    ("A powerful 7.8 magnitude earthquake hit the region.", "Earthquake magnitude", "7.8"),
    ("The storm made landfall with maximum sustained winds of 120 mph (195 kph).", "Wind speed (mph)", "120"),
    ("It brought 130 mph winds to the coast.", "Wind speed (mph)", "130"),
    ("The train was traveling at 72 mph as it entered a curve where the speed limit is 45 mph.", "Speed (mph)", "72"),
    ("The service was travelling at 72mph (116km/h) on a curve with a 45mph limit.", "Speed (mph)", "72"),
    ("The train was going 70 miles per hour (113 km per hour) when it left the track.", "Speed (mph)", "70"),
])
func extractsGradesOfStormsAndQuakes(_ sentence: String, _ statement: String, _ value: String) throws {
    let found = claims([sentence])
    let measures = found.filter { $0.kind == "measure" }
    #expect(measures.map(\.statement) == [statement])
    // "130 mph winds" is a speed, not also a count of winds.
    #expect(!found.contains { $0.statement.hasPrefix("Winds") })
    #expect(measures.first?.values.map(\.value) == [value])
}

@Test(arguments: [
    "The storm strengthened to Category 4 overnight.",
    "Gusts of 90 mph were recorded at the airport.",
    "The 2018 storm was a Category 5 hurricane.",
    "Route 9 was closed by the storm.",
    "The train entered a curve with a 45 mph limit.",
    "The speed limit on the curve is 45 miles per hour.",
])
func ignoresChangingOrPastGrades(_ sentence: String) {
    #expect(claims([sentence]).filter { $0.kind == "measure" }.isEmpty)
}

/// A speed is a measure, not a count of miles.
@Test func speedIsNoDistance() {
    let found = claims(["The train was going 70 miles per hour when it left the track."])
    #expect(found.filter { $0.kind == "quantity" }.isEmpty)
}

/// An undated article is read as of the year the corpus's dated articles bear.
@Test func undatedArticleTakesTheStoryYear() {
    var dated = document("a", ["Seven people died when the train derailed on Monday.", filler(1)])
    dated.article.metadata.date = Metadata.Field("2026-03-10", inferred: false)
    let undated = document("b", ["It is the deadliest crash since 2015, when eight people died in Philadelphia.", filler(2)])
    let found = ClaimAnalyzer().analyze([dated, undated], quotes: [], people: []).claims
    #expect(!found.contains { $0.values.contains { $0.value == "8" } })
}

/// "leave no stone unturned" is a set phrase, not the state of a stone.
@Test func setPhrasesWithNoAreNoStates() {
    let found = ClaimAnalyzer().analyze(
        [
            document("a", ["The governor said investigators would \u{201C}leave no stone unturned.\u{201D}", filler(1)]),
            document("b", ["The state would \u{201C}leave no stone unturned\u{201D} in its own review, the governor said.", filler(2)]),
        ], quotes: [], people: []
    ).claims
    #expect(found.isEmpty)
}

@Test func aHomeStateAfterANameTakesNoRole() {
    let found = claims(["Senator John Thune of South Dakota, the majority leader, urged the House to act."])
    #expect(!found.contains { $0.statement.contains("Dakota") }, "\(found.map(\.statement))")
}

@Test func courtesyTitlesAndPostNominalsAreNoPartOfTheName() {
    let found = claims(["Aaron Whitlock, 29, hit Dr Helen Marsh, 54, on the A6.", "Judge Timothy Spencer KC jailed Whitlock."])
    #expect(Set(found.map(\.statement)) == ["Aaron Whitlock's age", "Helen Marsh's age", "Timothy Spencer's post"])
}
