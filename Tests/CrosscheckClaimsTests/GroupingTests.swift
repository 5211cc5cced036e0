import CrosscheckModel
import Testing
@testable import CrosscheckClaims

private func analyze(_ documents: [Document], people: [Person] = []) -> ClaimAnalysis {
    ClaimAnalyzer().analyze(documents, quotes: [], people: people)
}

private func claim(_ analysis: ClaimAnalysis, kind: String) -> Claim? {
    analysis.claims.first { $0.kind == kind }
}

@Test func sameFigureFromTwoSourcesIsCorroborated() throws {
    let result = analyze([
        document("a", ["About 3,000 sailors are based in Norway.", filler(1)]),
        document("b", ["Some 3,000 sailors are stationed in Norway, officials said.", filler(2)]),
    ])
    let c = try #require(claim(result, kind: "quantity"))
    #expect(c.status == .corroborated)
    #expect(c.values.count == 1)
    #expect(c.values[0].sourceIDs == ["a", "b"])
}

@Test func differingApproximateFiguresAreAContestedSpread() throws {
    let result = analyze([
        document("a", ["About 3,000 sailors are based in Norway.", filler(1)]),
        document("b", ["Some 3,400 sailors are stationed in Norway.", filler(2)]),
    ])
    let c = try #require(claim(result, kind: "quantity"))
    #expect(c.status == .contested)
    #expect(Set(c.values.map(\.value)) == ["3,000", "3,400"])
    #expect(c.values.allSatisfy { $0.approximate })
    #expect(Set(c.assertions.compactMap(\.value)) == ["About 3,000", "Some 3,400"])
}

@Test func closeLargeBareCountsLedInAlikeAreContested() throws {
    let result = analyze([
        document("a", ["Hackers stole the personal details of 2.3 million customers.", filler(1)]),
        document("b", ["A cyber-attack exposed the personal details of 2.4 million customers.", filler(2)]),
        document("c", ["Criminals stole the records of 2.3 million customers in the attack.", filler(3)]),
    ])
    let c = try #require(claim(result, kind: "quantity"))
    #expect(c.status == .contested)
    #expect(Set(c.values.map(\.value)) == ["2,300,000", "2,400,000"])
}

@Test(arguments: [
    // Small figures, figures a fifth apart, and figures led into by other words stay apart.
    ("The council hired 30 customers.", "The council saw 32 customers."),
    ("Hackers stole the details of 2.0 million customers.", "Hackers stole the details of 2.4 million customers."),
    ("Hackers stole the details of 2.3 million customers.", "The firm supplies 2.4 million customers."),
])
func otherBareCountsStayApart(_ a: String, _ b: String) {
    let result = analyze([document("a", [a, filler(1)]), document("b", [b, filler(2)])])
    #expect(result.claims.filter { $0.kind == "quantity" }.allSatisfy { $0.status != .contested })
}

@Test func aTollWithoutAPlaceJoinsThePlaceMostSourcesGive() throws {
    let result = analyze([
        document("a", ["The hurricane slammed into the coast, killing at least 14 people.", filler(1)]),
        document("b", ["The death toll from the hurricane rose to 16 on Monday.", filler(2)]),
        document("c", ["The hurricane had killed at least 15 people in Florida by Monday.", filler(3)]),
        document("d", ["At least 16 people have died in Florida.", "In Pinellas County, six people died.", filler(4)]),
    ])
    let tolls = result.claims.filter { $0.kind == "quantity" }
    #expect(tolls.map(\.statement).sorted() == ["People killed in Florida: number", "People killed in Pinellas County: number"])
    let florida = try #require(tolls.first { $0.statement.contains("Florida") })
    #expect(Set(florida.assertions.map(\.sourceID)) == ["a", "b", "c", "d"])
}

@Test func termsShowInYearsAndMonths() throws {
    let result = analyze([
        document("a", ["Daniel Price was jailed for nine years and banned from driving for 18 months.", filler(1)]),
        document("b", ["Daniel Price was jailed for 114 months on Monday.", filler(2)]),
    ])
    let prison = try #require(result.claims.first { $0.statement == "Length of the prison term" })
    #expect(Set(prison.values.map(\.value)) == ["9 years", "9 years 6 months"])
    let ban = try #require(result.claims.first { $0.statement == "Length of the ban" })
    #expect(ban.values.map(\.value) == ["18 months"])
}

@Test func differentGradesOfOneStormAreContested() throws {
    let result = analyze([
        document("a", ["Hurricane Delia slammed into Florida as a Category 3 storm.", filler(1)]),
        document("b", ["The Category 4 hurricane came ashore near Cedar Key.", filler(2)]),
        document("c", ["Delia made landfall as a Category 3 hurricane.", filler(3)]),
    ])
    let c = try #require(claim(result, kind: "measure"))
    #expect(c.statement == "Storm category")
    #expect(c.status == .contested)
    #expect(Set(c.values.map(\.value)) == ["3", "4"])
}

@Test func aFineWrittenThreeWaysIsOneClaim() throws {
    let result = analyze([
        document("a", ["The watchdog fined Acme Energy 14 million pounds ($17.7 million) on Wednesday.", filler(1)]),
        document("b", ["Acme has been fined £14m after a cyber-attack.", filler(2)]),
        document("c", ["The energy giant was slapped with a £14million fine.", filler(3)]),
    ])
    let c = try #require(claim(result, kind: "quantity"))
    #expect(c.statement == "Fine (pounds): number")
    #expect(c.status == .corroborated)
    #expect(c.values.map(\.value) == ["14,000,000"])
    #expect(Set(c.assertions.compactMap(\.value)) == ["14 million", "14m", "14million"])
}

@Test func synonymsOfTheUnitAreOneClaim() throws {
    let result = analyze([
        document("a", ["The country has 800 soldiers in Mali.", filler(1)]),
        document("b", ["The country keeps 800 troops in Mali.", filler(2)]),
        document("c", ["Its 800 forces in Mali will stay.", filler(3)]),
    ])
    let quantities = result.claims.filter { $0.kind == "quantity" }
    #expect(quantities.count == 1)
    #expect(quantities.first?.status == .corroborated)
    #expect(quantities.first?.values.first?.sourceIDs == ["a", "b", "c"])
}

@Test func differentPlacesAreDifferentClaims() {
    let result = analyze([
        document("a", ["The country has 800 soldiers in Mali.", filler(1)]),
        document("b", ["The country has 300 soldiers in Chad.", filler(2)]),
    ])
    #expect(result.claims.filter { $0.kind == "quantity" }.count == 2)
    #expect(!result.claims.contains { $0.status == .contested })
}

@Test func conflictingServiceBranchesAreContested() throws {
    let result = analyze([
        document("a", ["The order came from Navy Adm. Rita Vance on Monday.", filler(1)]),
        document("b", ["The order came from Air Force Gen. Rita Vance.", filler(2)]),
        document("c", ["Vance, a Navy admiral, declined to comment.", filler(3)]),
    ])
    let c = try #require(result.claims.first { $0.statement == "Rita Vance's service branch" })
    #expect(c.status == .contested)
    #expect(c.values.first?.value == "Navy")
    #expect(Set(c.values.flatMap(\.sourceIDs)) == ["a", "b", "c"])
}

@Test func postsOfTheSameKindConflictWhenTheirBodiesOverlapOnlyInPart() throws {
    let result = analyze([
        document("a", ["Tom Baxter, chairman of the Federal Grain Board, spoke.", filler(1)]),
        document("b", ["Grain Board Chairman Tom Baxter spoke.", filler(2)]),
        document("c", ["Tom Baxter, chairman of the Northern Grain Council, spoke.", filler(3)]),
    ])
    let c = try #require(result.claims.first { $0.statement == "Tom Baxter's post" })
    #expect(c.status == .contested)
    let grain = try #require(c.values.first { $0.sourceIDs.contains("a") })
    #expect(grain.sourceIDs == ["a", "b"])
}

@Test func aBareRankAgreesWithAFullOne() throws {
    let result = analyze([
        document("a", ["Brig. Gen. Lena Ortiz signed it.", filler(1)]),
        document("b", ["Gen. Lena Ortiz signed it.", filler(2)]),
    ])
    let c = try #require(result.claims.first { $0.statement == "Lena Ortiz's rank" })
    #expect(c.status == .corroborated)
}

@Test func peopleAliasesJoinNameVariants() throws {
    let person = Person(id: "omar-haddad", name: "Omar al-Haddad", aliases: ["Omar al-Haddad", "Omar Haddad", "O. Haddad"], roles: [], sourceIDs: ["a", "b"])
    let result = analyze([
        document("a", ["Navy Capt. Omar Haddad led the convoy.", filler(1)]),
        document("b", ["Army Capt. O. Haddad led the convoy.", filler(2)]),
    ], people: [person])
    let c = try #require(result.claims.first { $0.statement == "Omar al-Haddad's service branch" })
    #expect(c.personIDs == ["omar-haddad"])
    #expect(c.status == .contested)
}

@Test func nameVariantsJoinWithoutThePeopleAnalysis() throws {
    let result = analyze([
        document("a", ["Prime Minister Adel Abdul-Karim resigned on Sunday.", filler(1)]),
        document("b", ["Premier Adil Abd al-Karim resigned on Sunday.", filler(2)]),
    ])
    let c = try #require(result.claims.first { $0.statement.hasSuffix("'s post") })
    #expect(c.status == .corroborated)
    #expect(Set(c.assertions.map(\.sourceID)) == ["a", "b"])
}

@Test func eventDaysCompareAcrossSources() throws {
    let result = analyze([
        document("a", ["On Tuesday, the council voted to close the port.", filler(1)]),
        document("b", ["The council voted on Wednesday to close the port.", filler(2)]),
        document("c", ["The council voted on Tue. to shut the port.", filler(3)]),
    ])
    let c = try #require(result.claims.first { $0.statement == "When the council voted" })
    #expect(c.status == .contested)
    #expect(c.values.first?.value == "Tuesday")
    #expect(c.values.first?.sourceIDs == ["a", "c"])
}

@Test func copiesDoNotCorroborate() throws {
    let story = [
        "Some 450 volunteers cleared the beach in Galway on Saturday, organisers said.",
        "The clean-up began at dawn and lasted until the early afternoon, when rain set in.",
        "Local schools sent pupils and teachers, and the county council lent two trucks for the rubbish.",
        "Organisers hope to repeat the event every spring along the whole western coast.",
    ]
    let result = analyze([document("a", story), document("b", story)])
    let c = try #require(claim(result, kind: "quantity"))
    #expect(Set(c.assertions.map(\.sourceID)) == ["a", "b"])
    #expect(c.status == .singleSource)
}

@Test func tableOrderAndIdsAreStable() {
    let docs = [
        document("a", ["About 3,000 sailors are based in Norway.", "Navy Adm. Rita Vance arrived.", filler(1)]),
        document("b", ["Some 3,400 sailors are based in Norway.", "Navy Adm. Rita Vance left.", filler(2)]),
        document("c", ["The fleet has 12 ships in Bergen.", filler(3)]),
    ]
    let first = analyze(docs)
    let second = analyze(docs.reversed())
    #expect(first.claims.map(\.id) == second.claims.map(\.id))
    #expect(Set(first.claims.map(\.id)).count == first.claims.count)
    let ranks = first.claims.map { [Claim.Status.contested, .corroborated, .singleSource].firstIndex(of: $0.status)! }
    #expect(ranks == ranks.sorted())
    #expect(first.claims.first?.status == .contested)
}

@Test func emptyInputGivesAnEmptyTable() {
    let result = analyze([])
    #expect(result.claims.isEmpty)
    #expect(result.trust.isEmpty)
}

@Test func methodologyIsAShortPlainExplanation() {
    let words = ClaimAnalyzer.methodology.split(whereSeparator: \.isWhitespace).count
    #expect((200...450).contains(words))
    #expect(ClaimAnalyzer.methodology.contains("TruthFinder"))
}

@Test func killedAndInjuredAreDifferentCounts() {
    let result = analyze([
        document("a", ["At least 12 people were killed in Mosul on Monday.", filler(1)]),
        document("b", ["About 30 people were injured in Mosul, doctors said.", filler(2)]),
    ])
    #expect(result.claims.filter { $0.kind == "quantity" }.count == 2)
    #expect(!result.claims.contains { $0.status == .contested })
}

@Test func barelyQualifiedFiguresOnlyGroupWhenEqual() {
    let result = analyze([
        document("a", ["Organisers said 500 people attended.", filler(1)]),
        document("b", ["Police said 800 people attended.", filler(2)]),
        document("c", ["Some 500 people attended, a reporter counted.", filler(3)]),
    ])
    let quantities = result.claims.filter { $0.kind == "quantity" }
    #expect(!quantities.contains { $0.status == .contested })
    #expect(quantities.contains { $0.status == .corroborated && $0.values.first?.value == "500" })
}

@Test func sumsCompareByWhatTheyPayFor() throws {
    let result = analyze([
        document("a", ["The government signed a $5 billion arms deal in Riyadh.", filler(1)]),
        document("b", ["The $6 billion deal was signed in Riyadh.", filler(2)]),
    ])
    let c = try #require(result.claims.first { $0.kind == "quantity" })
    #expect(c.status == .contested)
    #expect(Set(c.values.map(\.value)) == ["5,000,000,000", "6,000,000,000"])
}

@Test func aSumWithFewerDescribingWordsJoinsTheOneWithMore() throws {
    let result = analyze([
        document("a", ["The president signed a $1 trillion infrastructure bill into law.", filler(1)]),
        document("b", ["The president signed the $1.2 trillion bipartisan infrastructure bill.", filler(2)]),
    ])
    let c = try #require(result.claims.first { $0.kind == "quantity" })
    #expect(c.status == .contested)
    #expect(Set(c.assertions.map(\.sourceID)) == ["a", "b"])
}

@Test func aSumDoesNotJoinWhenTwoWiderOnesCould() {
    let result = analyze([
        document("a", ["The bank approved a $3 billion loan.", filler(1)]),
        document("b", ["The bank approved a $5 billion housing loan.", filler(2)]),
        document("c", ["The bank approved a $4 billion farm loan.", filler(3)]),
    ])
    #expect(!result.claims.contains { $0.kind == "quantity" && $0.assertions.count > 1 })
}

@Test func descriptiveDenialsAreNoClaims() {
    let result = analyze([document("a", ["An unidentified man fled the scene.", "The man was identified by police on Friday."])])
    #expect(!result.claims.contains { $0.statement.hasPrefix("Whether") })
}

@Test(arguments: [
    (["The ministry said there are no plans to withdraw.", "Officials denied any plans to exit the region."], Claim.Status.corroborated),
    (["The ministry has plans to leave the region.", "There is no decision whatsoever to leave, an aide said."], Claim.Status.contested),
])
func plansAndTheirDenialCompare(_ sentences: [String], _ status: Claim.Status) throws {
    let result = analyze(sentences.enumerated().map { document("s\($0.offset)", [$0.element, filler($0.offset)]) })
    let c = try #require(result.claims.first { $0.statement == "Whether there is a plan or decision to leave" })
    #expect(c.status == status)
}

@Test func officesOfUnrelatedBodiesCanBothBeHeld() throws {
    let result = analyze([
        document("a", ["Opposition leader Dana Whitfield visited the town.", filler(1)]),
        document("b", ["Labour leader Dana Whitfield visited the town.", filler(2)]),
    ])
    let c = try #require(result.claims.first { $0.statement == "Dana Whitfield's post" })
    #expect(c.status == .corroborated)
    #expect(c.values.count == 2)
}

@Test func fromNamesAPlaceOnlyWhenNothingBetterFollows() throws {
    let result = analyze([
        document("a", ["About 300 soldiers from the Royal Fusiliers were sent to Leeds.", filler(1)]),
        document("b", ["About 300 soldiers arrived in Leeds.", filler(2)]),
    ])
    let c = try #require(result.claims.first { $0.kind == "quantity" })
    #expect(c.statement == "Troops in Leeds: number")
    #expect(c.status == .corroborated)
}

/// Of two wordings of one post that other sources bear out, the fuller is shown.
@Test func fullerWordingOfAPostIsShown() throws {
    let result = analyze([
        document("a", ["Keystone Rail spokesman Tom Briggs said the company was cooperating.", "The train carried 300 passengers in Hartwell.", filler(1)]),
        document("b", ["Tom Briggs, a spokesman for Keystone Rail, declined to comment.", "The train carried 212 passengers in Hartwell.", filler(2)]),
        // Agrees with b on the figure, so b is the more trusted source.
        document("c", ["The train carried 212 passengers in Hartwell.", filler(3)]),
    ])
    let c = try #require(claim(result, kind: "role"))
    #expect(c.values.map(\.value) == ["Keystone Rail spokesman"])
}

/// A half and a number of months joined on are part of the term.
@Test func termsWithHalvesAndMonthsAreOneLength() throws {
    let result = analyze([
        document("a", ["Gareth Lomax was jailed for nine and a half years.", filler(1)]),
        document("b", ["Gareth Lomax was sentenced to nine-and-a-half years at Manchester Crown Court.", filler(2)]),
        document("c", ["Gareth Lomax was jailed for nine years and six months.", filler(3)]),
        document("d", ["Gareth Lomax was jailed for 114 months.", filler(4)]),
    ])
    let term = try #require(claim(result, kind: "sentence"))
    #expect(term.values.map(\.value) == ["9 years 6 months"])
    #expect(Set(term.assertions.map(\.sourceID)) == ["a", "b", "c", "d"])
    #expect(term.status == .corroborated)
}

/// Sums named alike and within a tenth of each other are one sum that outlets disagree on.
@Test func closeSumsNamedAlikeAreContested() throws {
    let result = analyze([
        document("a", ["A former finance officer who stole £2.3m from the council has been jailed.", filler(1)]),
        document("b", ["Gareth Lomax stole more than £2.3 million from Bolton Council.", filler(2)]),
        document("c", ["A council officer who siphoned off £2.1m meant for care homes has been jailed.", filler(3)]),
    ])
    let c = try #require(claim(result, kind: "quantity"))
    #expect(c.status == .contested)
    #expect(Set(c.values.map(\.value)) == ["2,300,000", "2,100,000"])
}

/// A count led in by other words joins close counts when it gives the same figure as one of them.
@Test func closeCountsJoinWithoutAnOddLeadIn() throws {
    let result = analyze([
        document("a", ["Nexora said on Tuesday it would cut about 4,000 jobs worldwide.", filler(1)]),
        document("b", ["Nexora will cut about 3,800 jobs, people familiar with the matter said.", filler(2)]),
        document("c", ["The Folsom campus will lose about 1,200 of the 4,000 jobs the chipmaker is cutting.", filler(3)]),
    ])
    let jobs = result.claims.filter { $0.statement == "Jobs: number" }
    #expect(jobs.count == 1)
    let c = try #require(jobs.first)
    #expect(c.status == .contested)
    #expect(Set(c.assertions.map(\.sourceID)) == ["a", "b", "c"])
}

/// "fell as much as 7.5%" is a ceiling that a fall of 8% exceeds.
@Test func shareMovesBeyondACeilingAreContested() throws {
    let result = analyze([
        document("a", ["Shares of the company fell 8% in extended trading.", filler(1)]),
        document("b", ["Nexora shares fell as much as 7.5% in late trading in New York.", filler(2)]),
        document("c", ["The stock dropped 8% after hours.", filler(3)]),
    ])
    let c = try #require(result.claims.first { $0.statement == "Shares fell (%): number" })
    #expect(c.status == .contested)
    #expect(Set(c.assertions.map(\.sourceID)) == ["a", "b", "c"])
}

/// Words after a count's unit ("were rescheduled") say what it is of as well as words before it.
@Test func closeCountsJoinOnWhatBefellThem() throws {
    let result = analyze([
        document("a", ["60,000 appointments were rescheduled during the last strike.", filler(1)]),
        document("b", ["The July walkout saw 63,000 appointments rescheduled.", filler(2)]),
    ])
    let c = try #require(claim(result, kind: "quantity"))
    #expect(c.status == .contested)
    #expect(Set(c.values.map(\.value)) == ["60,000", "63,000"])
}

/// Below a thousand, close counts join when they share two words; below ten, or with one word shared, they stay apart.
@Test func smallCloseCountsJoinOnTwoSharedWords() throws {
    let result = analyze([
        document("a", ["Flight 1282, carrying 171 passengers and six crew members, returned safely to Portland.", filler(1)]),
        document("b", ["The flight, with 174 passengers and six crew members on board, climbed to 16,000 feet.", filler(2)]),
    ])
    let passengers = try #require(result.claims.first { $0.statement == "Passengers: number" })
    #expect(passengers.status == .contested)
    #expect(Set(passengers.values.map(\.value)) == ["171", "174"])
    let apart = analyze([
        document("a", ["The hospital had treated 16 children by Friday.", filler(1)]),
        document("b", ["Doctors have treated 17 children for measles.", filler(2)]),
        document("c", ["Police towed 9 cars from the stadium after the match.", filler(3)]),
        document("d", ["Police towed 8 cars from the stadium after the match.", filler(4)]),
    ])
    #expect(!apart.claims.contains { $0.status == .contested })
}
