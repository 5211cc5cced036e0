/// First names that English-language news copy gives almost always to women or to men, so that
/// "she said" after two people goes to the woman. Names given to both (Sam, Alex, Jordan, Kim) are
/// in neither list: a wrong sex would send a quote to the wrong person, a missing one only keeps
/// the nearest.
extension Lexicon {
    static func sex(ofFirstName name: String) -> Character? {
        if femaleNames.contains(name) { return "f" }
        if maleNames.contains(name) { return "m" }
        return nil
    }

    private static let femaleNames: Set<String> = [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "lisa",
        "nancy", "betty", "margaret", "sandra", "kimberly", "emily", "donna", "michelle", "carol", "amanda", "dorothy",
        "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley",
        "anna", "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine", "debra", "rachel",
        "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia",
        "victoria", "lauren", "christina", "joan", "judith", "megan", "cheryl", "hannah", "jacqueline", "martha", "gloria",
        "teresa", "ann", "anne", "sara", "madison", "frances", "kathryn", "janice", "abigail", "alice", "judy", "sophia",
        "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana", "natalie",
        "brittany", "charlotte", "marie", "kayla", "lori", "jane", "claire", "louise", "fiona", "kate", "sophie", "lucy",
        "chloe", "ellie", "priya", "ana", "sofia", "elena", "irina", "olga", "natalia", "yulia", "fatima", "aisha",
        "maryam", "leila", "nadia", "ingrid", "greta", "ursula", "kamala", "hillary", "yvette", "liz", "suella", "priti",
        "kemi", "giorgia", "jacinda", "sanna", "mette", "kristalina", "nikki", "kristi", "kathy", "gretchen", "tulsi",
        "alexandria", "ilhan", "rashida", "elise", "susanna", "harriet", "penelope", "bridget", "caroline", "eleanor",
        "florence", "gillian", "hazel", "iris", "jenny", "joanna", "josephine", "julia", "katie", "lily", "lydia",
        "maggie", "mandy", "melanie", "miriam", "molly", "monica", "naomi", "nina", "paula", "rose", "rosie", "sally",
        "shannon", "sheila", "stella", "susie", "tanya", "tracy", "valerie", "vanessa", "wendy", "yasmin", "zoe",
        "agnieszka", "anya", "svetlana", "tatiana", "galina", "ludmila", "mariam", "zainab", "amina", "noura", "rania",
        "hana",
    ]

    private static let maleNames: Set<String> = [
        "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas", "charles", "christopher",
        "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin",
        "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric",
        "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "alexander",
        "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry",
        "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah", "jeremy", "christian", "keith", "roger", "terry",
        "gerald", "harold", "sean", "austin", "carl", "arthur", "lawrence", "dylan", "jesse", "bryan", "billy", "joe",
        "bruce", "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent",
        "ralph", "eugene", "russell", "bobby", "mason", "philip", "louis", "boris", "vladimir", "emmanuel", "olaf", "keir",
        "rishi", "nigel", "ed", "liam", "oliver", "harry", "tom", "ben", "mohammed", "muhammad", "mohammad", "ahmed",
        "ali", "hassan", "omar", "ivan", "sergei", "sergey", "dmitry", "recep", "volodymyr", "narendra", "jair", "javier",
        "pedro", "carlos", "luis", "miguel", "antonio", "francisco", "manuel", "giuseppe", "giovanni", "marco", "luca",
        "hans", "klaus", "friedrich", "wolfgang", "jurgen", "pierre", "jean-luc", "francois", "jacques", "nicolas",
        "abdul", "abdullah", "khalid", "mahmoud", "mustafa", "yusuf", "ibrahim", "hussein", "hamid", "reza", "hossein",
        "qassem", "bashar", "benny", "yair", "naftali", "avi", "moshe", "yitzhak", "bibi", "chuck", "mitch", "ted", "rand",
        "mike", "jim", "bob", "bill", "dan", "greg", "jeff", "ken", "ron", "steve", "tony", "matt", "nick", "andy", "rob",
        "pete", "doug", "hank", "fred", "tim", "craig", "dean", "derek", "duncan", "gordon", "graham", "hugh", "ian",
        "jake", "kieran", "malcolm", "martin", "neil", "owen", "rhys", "rory", "simon", "stuart", "trevor", "vince",
        "warren", "gavin", "callum", "connor", "declan", "fergus", "angus", "alastair", "alistair", "rupert", "giles",
        "humphrey", "kwasi", "sadiq", "nadhim", "sajid", "yvan", "lloyd", "barack",
    ]
}
