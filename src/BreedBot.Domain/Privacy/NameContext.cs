namespace BreedBot.Domain.Privacy;

/// <summary>
/// The closed word classes around a name, in Dutch and English: the titles before a surname, the family and
/// work roles before a first name, the words for a household, the function words that are never a name, and
/// the verbs that make a word the subject of a sentence. Grammar, not names: the names are in the lexicons.
/// </summary>
internal static partial class NameContext
{
    /// <summary>Before a surname, also in lowercase ("mevrouw de jong") or after an initial ("mw. A. Yilmaz").</summary>
    public static readonly WordSet Titles = new()
    {
        "mevrouw", "mevr", "mw", "mvr", "mevrouwtje", "meneer", "mijnheer", "mnr", "dhr", "heer", "mr", "mrs", "ms", "miss", "mister",
        "dr", "drs", "ir", "ing", "prof", "juf", "juffrouw", "meester", "dokter", "ds", "dominee", "zuster", "broeder", "pastoor", "imam", "hoca",
    };

    /// <summary>Before a first name ("moeder Fatima", "cliënt Sem", "collega Anouk").</summary>
    public static readonly WordSet Roles = new()
    {
        "moeder", "vader", "mama", "papa", "mam", "pap", "mams", "paps", "ma", "pa", "zoon", "zoontje", "dochter", "dochtertje",
        "oma", "opa", "ome", "omi", "opoe", "tantie", "nonkel", "bomma", "bompa", "broer", "broertje", "zus", "zusje", "stiefvader", "stiefmoeder", "stiefpa", "stiefma", "stiefmam", "stiefzoon", "stiefdochter", "stiefbroer", "stiefzus",
        "pleegvader", "pleegmoeder", "pleegzoon", "pleegdochter", "pleegkind", "partner", "ex", "ex-partner", "ex-man", "ex-vrouw", "ex-vriend", "ex-vriendin",
        "echtgenoot", "echtgenote", "man", "vrouw", "tante", "oom", "neef", "nicht", "neefje", "nichtje", "buurman", "buurvrouw", "buurjongen", "buurmeisje",
        "vriend", "vriendin", "vriendje", "vriendinnetje", "kleinzoon", "kleindochter", "kleinkind", "baby", "kind", "jongen", "meisje", "puber", "peuter", "kleuter",
        "schoonmoeder", "schoonvader", "schoonzoon", "schoondochter", "zwager", "schoonzus", "mantelzorger", "verzorger", "voogd",
        "cliënt", "client", "cliënte", "cliente", "patiënt", "patient", "patiënte", "patiente", "collega", "leerling", "mentor", "docent", "leerkracht",
        "stagiair", "stagiaire", "bewoner", "bewoonster", "deelnemer", "jeugdige", "minderjarige", "slachtoffer", "pleger", "dader", "verdachte", "melder",
        "mother", "father", "mom", "mum", "dad", "son", "daughter", "grandmother", "grandfather", "grandma", "grandpa", "brother", "sister",
        "aunt", "uncle", "cousin", "husband", "wife", "boyfriend", "girlfriend", "neighbour", "neighbor", "colleague", "child", "boy", "girl",
        "teacher", "pupil", "student", "stepfather", "stepmother", "victim", "perpetrator",

        // Kinship words of the languages clients speak at home, used before a name as "oma" and "oom" are ("teyze Nurten"):
        // Frisian, Turkish, Moroccan and other Arabic, Somali, Polish, Ukrainian and Russian, Sranan, Papiamento, Spanish,
        // Portuguese, Tigrinya, Dari, Hindi and Sarnami. Left out where the word is also a first name (Anne, Nana, Hala, Bibi).
        "heit", "mem", "pake", "beppe", "anneanne", "babaanne", "dede", "teyze", "amca", "dayı", "dayi", "abla", "yenge", "enişte",
        "yemma", "jedda", "jeddi", "khalti", "khali", "khalo", "ammi", "amti", "teta", "sido", "jiddo", "hooyo", "aabo", "ayeeyo",
        "awoowe", "abti", "adeer", "eedo", "habaryar", "babcia", "dziadek", "ciocia", "wujek", "babusya", "babushka", "dedushka",
        "tyotya", "dyadya", "omu", "wela", "welo", "tanchi", "abuela", "abuelo", "tío", "tía", "avó", "avô", "adey", "madar",
        "padar", "khala", "nani", "dadi", "mausi", "chacha", "chachi", "bhaiya", "bhabhi",
    };

    /// <summary>
    /// Professionals, named by first name or surname ("tolk Ahmed", "huisarts de Jong", "advocaat Van Dam"). Weaker than a
    /// title: an ordinary word after them is a team or a place ("wijkagent Noord", "de huisarts Veilig Thuis laten bellen").
    /// </summary>
    public static readonly WordSet Professions = new()
    {
        "huisarts", "arts", "jeugdarts", "kinderarts", "specialist", "psychiater", "psycholoog", "orthopedagoog", "pedagoog", "therapeut", "verpleegkundige",
        "wijkverpleegkundige", "verloskundige", "kraamverzorgster", "doktersassistent", "doktersassistente", "assistente", "advocaat", "advocate", "notaris",
        "bewindvoerder", "curator", "rechter", "officier", "tolk", "wijkagent", "agent", "agente", "rechercheur", "jeugdbeschermer", "gezinsvoogd",
        "casemanager", "regisseur", "hulpverlener", "begeleider", "begeleidster", "coach", "maatschappelijk", "werker", "ambtenaar", "leerplichtambtenaar",
        "directeur", "directrice", "teamleider", "manager", "ib'er", "zorgcoördinator", "conciërge", "trainer", "vrijwilliger", "buddy", "pastor",
        "doctor", "nurse", "lawyer", "interpreter", "officer", "therapist", "social", "worker", "counsellor", "counselor", "caseworker", "gp",
        "tandarts", "mondhygiënist", "fysiotherapeut", "fysio", "logopedist", "ergotherapeut", "diëtist", "apotheker", "kraamverzorgende", "jeugdverpleegkundige",
        "praktijkondersteuner", "poh", "jongerenwerker", "opbouwwerker", "gezinscoach", "woonbegeleider", "pleegzorgbegeleider", "reclasseringswerker",
        "politieagent", "brigadier", "inspecteur", "kinderrechter", "raadsonderzoeker", "gedragswetenschapper", "psychotherapeut", "verpleger",
        "verzorgende", "medewerker", "consulent", "klantmanager", "schuldhulpverlener", "jurist", "mediator", "leidster", "leider",
        "dentist", "physio", "pharmacist", "midwife", "judge", "principal", "headteacher", "coordinator", "coördinator",
    };

    /// <summary>A household named by its surname: "gezin Jansen", "de familie Bakker", "echtpaar De Wit", "ouders Pinas".</summary>
    public static readonly WordSet Households = new()
    {
        "gezin", "familie", "fam", "family", "families", "huishouden", "household", "casus", "case", "zaak", "dossier",
        "echtpaar", "ouders", "grootouders", "parents", "grandparents", "couple",
    };

    /// <summary>
    /// The household words that take a surname and nothing else: after these an ordinary word that is also a surname is
    /// the family's name ("fam. Rozenblad", "ouders Pinas"), where after "gezin" or "casus" it is a label ("Gezin Regenboog", "Casus Zon").
    /// </summary>
    public static readonly WordSet Families = new() { "familie", "fam", "family", "families", "echtpaar", "ouders", "grootouders", "parents", "grandparents", "couple" };

    /// <summary>Holidays and feasts, capitalised, of the Netherlands and of the countries clients come from: no person.</summary>
    public static readonly WordSet Holidays = new()
    {
        "pasen", "pinksteren", "kerst", "kerstmis", "kerstfeest", "sinterklaas", "sint", "hemelvaart", "hemelvaartsdag", "koningsdag", "bevrijdingsdag",
        "oudjaar", "oudejaarsavond", "nieuwjaar", "nieuwjaarsdag", "carnaval", "ramadan", "suikerfeest", "offerfeest", "eid", "bayram", "şeker", "kurban",
        "keti", "koti", "divali", "diwali", "holi", "phagwa", "chanoeka", "hanukkah", "pesach", "jom", "kippoer", "moederdag", "vaderdag", "valentijnsdag",
        "halloween", "christmas", "easter", "thanksgiving", "noël", "newroz", "nowruz", "prinsjesdag",
    };

    /// <summary>Apps, platforms and brands people mention as the subject of a sentence ("toen Instagram haar foto toonde").</summary>
    public static readonly WordSet Products = new()
    {
        "heijn", "jumbo", "lidl", "aldi", "hema", "kruidvat", "action", "ikea", "blokker", "etos", "zeeman", "primark", "mcdonald's", "mcdonalds",
        "whatsapp", "instagram", "facebook", "tiktok", "snapchat", "google", "youtube", "teams", "zoom", "skype", "signal", "telegram", "discord",
        "twitter", "x", "threads", "linkedin", "pinterest", "netflix", "spotify", "marktplaats", "vinted", "outlook", "gmail", "hotmail", "icloud",
        "iphone", "ipad", "android", "samsung", "apple", "microsoft", "playstation", "xbox", "nintendo", "fortnite", "roblox", "minecraft",
        "digid", "mijnoverheid", "zorgdomein", "bol", "amazon", "thuisbezorgd", "tikkie", "bunq", "chatgpt", "siri", "alexa", "uber", "bolt",
    };

    /// <summary>Words that make a name before or after them an organisation or a building: "William Schrikker Stichting".</summary>
    public static readonly WordSet Organisations = new()
    {
        "stichting", "groep", "instituut", "centrum", "school", "basisschool", "college", "lyceum", "academie", "ziekenhuis", "kliniek", "huis",
        "fonds", "foundation", "vereniging", "kerk", "moskee", "zaal", "gebouw", "prijs", "award", "methode", "model", "syndroom", "ziekte", "wet",
        "hogeschool", "universiteit", "university", "hoeve", "zorgboerderij", "opvang", "zorg", "jeugdzorg", "kinderopvang", "bv", "nv", "kinderziekenhuis", "museum",
        "hospital", "clinic", "house", "fund", "trust", "institute", "center", "centre", "award", "method", "syndrome", "stichtingen", "fonds",
    };

    /// <summary>
    /// Before a place: "in de Bijlmer", "naar Holland", "uit Syrië". Not English "to" and "from", which come before people
    /// as often ("spoke to Sri"); the places they come before are in the lexicons.
    /// </summary>
    public static readonly WordSet PlacePrepositions = new()
    {
        "in", "uit", "naar", "vanuit", "richting", "nabij", "rond", "rondom", "omgeving", "wijk", "buurt", "regio", "gemeente", "provincie",
    };

    /// <summary>The last part of a district's or a team's name: "Emmen-Noord", "Wijkteam-Centrum".</summary>
    public static readonly WordSet CompassPoints = new() { "noord", "zuid", "oost", "west", "centrum", "midden", "noordoost", "noordwest", "zuidoost", "zuidwest", "north", "south", "east" };

    /// <summary>Fond words before a child's name or nickname: "kleine Mo", "ouwe Hillie", "poor little Tyrese".</summary>
    public static readonly WordSet Endearments = new() { "kleine", "lieve", "arme", "ouwe", "stoere", "dappere", "little", "poor", "dear", "sweet" };

    /// <summary>
    /// A person's own family: "de vader van Xiomara", "Xiomara en haar zoon". Not "man", "vrouw", "vriend" or "partner", which also say
    /// where someone works ("een vrouw van Sensoor", "partners van Movisie").
    /// </summary>
    public static readonly WordSet Kin = new()
    {
        "moeder", "vader", "mama", "papa", "zoon", "zoontje", "dochter", "dochtertje", "oma", "opa", "broer", "broertje", "zus", "zusje", "tante", "oom",
        "kind", "kindje", "tweeling", "stiefvader", "stiefmoeder", "ex",
        "mother", "father", "mum", "mom", "dad", "son", "daughter", "brother", "sister", "husband", "wife",
    };

    /// <summary>
    /// A family in the plural: "Xiomara en haar kinderen". Only after the person: a school or a club has children and parents too
    /// ("de kinderen van Petteflet", "de ouders van Kindcentrum Zonnewijzer").
    /// </summary>
    public static readonly WordSet KinInPlural = new() { "kinderen", "kids", "ouders", "broers", "zussen", "broertjes", "zusjes", "children", "parents" };

    /// <summary>Words that give a person a name: "de baby heet Beer", "een jongen genaamd Kwabena", "her brother is named Tayo".</summary>
    public static readonly WordSet NamingVerbs = new() { "heet", "heette", "heten", "genaamd", "genoemd", "bijnaam", "roepnaam", "alias", "named", "nicknamed", "aka" };

    /// <summary>Verbs that name the person after them: "ze noemen hem Tijger", "they call her Bunny".</summary>
    public static readonly WordSet CallingVerbs = new() { "noem", "noemt", "noemen", "noemde", "noemden", "call", "calls", "called" };

    /// <summary>A person as the object: "noemen hem", "call her".</summary>
    public static readonly WordSet ObjectPronouns = new() { "hem", "haar", "him", "her" };

    /// <summary>Personal pronouns: a subject before a naming verb that makes any capitalised word after it a name ("hij heet Beer").</summary>
    public static readonly WordSet PersonalPronouns = new() { "ik", "jij", "je", "hij", "zij", "ze", "u", "i", "you", "he", "she" };

    /// <summary>
    /// Before a language rather than a person: "ze spreekt Frans", "tolk Frans". Not "sprak" or "spoke", which take a person
    /// as often ("ik sprak Frans gisteren").
    /// </summary>
    public static readonly WordSet LanguageVerbs = new()
    {
        "spreekt", "spreken", "praat", "praten", "verstaat", "verstaan", "beheerst", "leert", "leren", "tolk", "tolken", "vertaler", "vertaling",
        "speaks", "speak", "understands", "interpreter", "translator",
    };

    /// <summary>Verbs of speaking a language, right before it: "moeder spreekt Tarifit" (not "tolk", which a person follows as often).</summary>
    public static readonly WordSet SpeakingVerbs = new() { "spreekt", "spreken", "praat", "praten", "verstaat", "verstaan", "beheerst", "speaks", "speak", "understands" };

    /// <summary>Prepositions that put a person after a speaking verb: "ze spreekt met Frans af", "she speaks to Frans".</summary>
    public static readonly WordSet Prepositions = new() { "met", "over", "tegen", "aan", "bij", "voor", "van", "naar", "with", "to", "about", "for" };

    /// <summary>
    /// The months Dutch spells otherwise than English, which Dutch writes in lowercase: with a capital inside a sentence such a
    /// word is a name ("Mei Ling"). April, September, November and December are English months as well, with a capital.
    /// </summary>
    public static readonly WordSet DutchMonths = new() { "januari", "februari", "maart", "mei", "juni", "juli", "augustus", "oktober" };

    /// <summary>After an age in brackets: "(2 jaar)", "(7 mnd)", "(9 years)".</summary>
    public static readonly WordSet AgeUnits = new() { "jaar", "jr", "j", "mnd", "maanden", "maand", "wk", "weken", "years", "yrs", "yr", "y", "months", "mo" };

    /// <summary>Colours: a neutral label after a household word ("gezin Blauw"), where another ordinary word that is also a surname is a name ("fam. Rozenblad").</summary>
    public static readonly WordSet Colours = new()
    {
        "blauw", "groen", "rood", "geel", "paars", "oranje", "roze", "wit", "zwart", "grijs", "bruin", "goud", "zilver", "turquoise", "lila",
        "blue", "green", "red", "yellow", "purple", "orange", "pink", "white", "black", "grey", "gray", "brown", "gold", "silver",
    };

    /// <summary>Pronouns, articles, prepositions, conjunctions, auxiliaries and adverbs: never a name, even where a name is spelled the same (Dan, Ben, Wil, Door).</summary>
    public static readonly WordSet FunctionWords = new()
    {
        "de", "het", "een", "en", "of", "maar", "want", "dus", "dan", "toen", "als", "omdat", "doordat", "zodat", "terwijl", "nadat", "voordat", "hoewel", "tenzij",
        "ik", "je", "jij", "u", "hij", "zij", "ze", "wij", "we", "jullie", "men", "mij", "me", "hem", "haar", "ons", "hun", "hen", "mijn", "jouw", "uw", "zijn", "onze",
        "die", "dat", "deze", "dit", "wie", "wat", "waar", "wanneer", "hoe", "waarom", "welke", "er", "hier", "daar", "nu", "ook", "nog", "al", "wel", "niet", "geen",
        "in", "op", "aan", "bij", "met", "van", "voor", "na", "naar", "om", "over", "onder", "door", "tot", "uit", "tegen", "zonder", "sinds", "tijdens", "binnen", "buiten",
        "ben", "bent", "is", "was", "waren", "wil", "wilde", "kan", "kon", "mag", "mocht", "moet", "moest", "zal", "zou", "heb", "hebt", "heeft", "had", "hadden", "word", "wordt", "werd",
        "even", "eens", "soms", "vaak", "altijd", "nooit", "anders", "steeds", "zo", "te", "heel", "erg", "zeer", "toch", "juist", "pas", "net", "ja", "nee", "oké", "ok", "hoi", "dag",
        "the", "a", "an", "and", "or", "but", "so", "then", "when", "if", "i", "you", "he", "she", "we", "they", "it", "my", "his", "her", "our", "their",
        "in", "on", "at", "to", "for", "with", "from", "by", "of", "after", "before", "will", "can", "may", "might", "must", "shall", "should", "would", "could",
        "did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "am", "not", "no", "yes", "also", "just", "still", "even",
    };

    /// <summary>After these a capitalised word is a clause's subject: "toen Henk thuiskwam", "omdat Ria bang is".</summary>
    public static readonly WordSet Subordinators = new()
    {
        "toen", "omdat", "dat", "als", "nadat", "terwijl", "wanneer", "zodat", "doordat", "hoewel", "voordat", "sinds", "zodra", "totdat", "of",
        "when", "because", "that", "while", "after", "before", "since", "until", "although", "whether",
    };

    /// <summary>Finite verbs that say what a person did or said: a known name right before one is the sentence's subject.</summary>
    public static readonly WordSet PersonVerbs = new()
    {
        "is", "was", "heeft", "had", "wil", "wilde", "kan", "kon", "mag", "mocht", "moet", "moest", "zal", "zou", "gaat", "ging", "komt", "kwam", "doet", "deed",
        "zegt", "zei", "vertelt", "vertelde", "vraagt", "vroeg", "belt", "belde", "huilt", "huilde", "lacht", "lachte", "schreeuwt", "schreeuwde", "slaat", "sloeg",
        "woont", "woonde", "werkt", "werkte", "zit", "zat", "staat", "stond", "loopt", "liep", "rent", "rende", "speelt", "speelde", "slaapt", "sliep", "eet", "at",
        "durft", "durfde", "weet", "wist", "vindt", "vond", "denkt", "dacht", "voelt", "voelde", "ziet", "zag", "hoort", "hoorde", "krijgt", "kreeg", "geeft", "gaf",
        "ontkent", "ontkende", "mailt", "mailde", "appt", "appte", "schrijft", "schreef", "reageert", "reageerde", "weigert", "weigerde", "verzuimt", "verzuimde",
        "blijft", "bleef", "wordt", "werd", "kijkt", "keek", "zwijgt", "zweeg", "fluistert", "fluisterde", "vertrekt", "vertrok", "verhuist", "verhuisde",
        "houdt", "hield", "schopt", "schopte", "duwt", "duwde", "dreigt", "dreigde", "knijpt", "kneep", "scheldt", "schold", "liegt", "loog", "drinkt", "dronk",
        "pest", "pestte", "snapt", "snapte", "begrijpt", "begreep",
        "says", "said", "told", "tells", "called", "calls", "cried", "cries", "came", "comes", "went", "goes", "lives", "lived", "has", "wants", "wanted",
        "asked", "asks", "ran", "hit", "hits", "is", "was", "does", "did",
    };

    /// <summary>Auxiliaries and copulas: an organisation or a place "is", "heeft" or "blijft" as much as a person, so they are weaker evidence.</summary>
    public static readonly WordSet Auxiliaries = new()
    {
        "is", "was", "heeft", "had", "wil", "wilde", "kan", "kon", "mag", "mocht", "moet", "moest", "zal", "zou", "wordt", "werd", "doet", "deed", "gaat", "ging", "komt", "kwam",
        "blijft", "bleef",
        "has", "does", "did", "wants", "wanted",
    };

    // After the word sets above: static fields are initialised in the order they are written.
    private static readonly Dictionary<string, ContextKind> Kinds = BuildKinds();

    /// <summary>
    /// Whether a lowercase word is a title, a household word or a role: one look-up for every word of a text. A Dutch
    /// compound that ends in a role of four letters or more is a role too ("buurkind", "halfbroer", "achterkleinzoon").
    /// </summary>
    public static ContextKind KindOf(ReadOnlySpan<char> lower)
    {
        var kinds = Kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (kinds.TryGetValue(lower, out var kind))
        {
            return kind;
        }

        for (var start = 3; start <= lower.Length - 4; start++)
        {
            if (kinds.TryGetValue(lower[start..], out var tail) && tail == ContextKind.Role)
            {
                return PrivacyLexicons.Words.Contains(lower) ? ContextKind.Role : ContextKind.None;
            }
        }

        return ContextKind.None;
    }

    private static Dictionary<string, ContextKind> BuildKinds()
    {
        var kinds = new Dictionary<string, ContextKind>(StringComparer.Ordinal);
        foreach (var role in Roles)
        {
            kinds[role] = ContextKind.Role;
        }

        foreach (var household in Households)
        {
            kinds[household] = ContextKind.Household;
        }

        foreach (var profession in Professions)
        {
            kinds[profession] = ContextKind.Profession;
        }

        foreach (var title in Titles)
        {
            kinds[title] = ContextKind.Title;
        }

        return kinds;
    }
}

/// <summary>What a word before a name says about it.</summary>
internal enum ContextKind
{
    None,
    Title,
    Household,
    Role,
    Profession,
}
