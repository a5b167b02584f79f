namespace BreedBot.Domain.Summaries;

/// <summary>
/// The curated tips, in our own words. Each is credited to the page that carries its claim (not a
/// homepage), and says nothing that page does not; BreedBot's own advice is a tip's
/// <see cref="KnowledgeTip.Advice"/>, shown as BreedBot's. A team's rotation is derived from the
/// list order, so a tip keeps its place and new tips go at the end.
/// </summary>
public static class KnowledgeTips
{
    private static readonly Uri Movisie = new("https://www.movisie.nl/artikel/professionele-moed-lef-huiselijk-geweld-wat-helpt-wat-niet");
    private static readonly Uri Basismodel = new("https://www.rijksoverheid.nl/documenten/rapporten/2017/01/09/basismodel-meldcode-huiselijk-geweld-en-kindermishandeling");
    private static readonly Uri Afwegingskader = new("https://www.nji.nl/kindermishandeling/afwegingskader-meldcode");
    private static readonly Uri AnoniemMelden = new("https://www.veiligthuisnoordoostgelderland.nl/anoniem-melden/");
    private static readonly Uri GetuigeZijn = new("https://www.praatoverkindermishandeling.nl/nieuws/getuige-zijn-van-huiselijk-geweld/");
    private static readonly Uri VormenVanGeweld = new("https://veiligthuistwente.nl/is-huiselijk-geweld-en-kindermishandeling/");
    private static readonly Uri DwingendeControle = new("https://www.blikopnieuws.nl/nieuws/307619/lancering-campagne-tegen-femicide-waar-ben-je.html");
    private static readonly Uri Eergerelateerd = new("https://hetccv.nl/themas/veiligheid-en-zorg/huiselijk-geweld-en-kindermishandeling/eergerelateerd-geweld/aanpakken-van-eergerelateerd-geweld/");
    private static readonly Uri Vgv = new("https://www.ed.nl/politiek/verbod-op-genitale-verminking-strenger-handhaven~ab171082/");
    private static readonly Uri Femicide = new("https://eenvandaag.avrotros.nl/artikelen/openbaar-ministerie-noemt-aantal-femicide-zaken-schokkend-en-hoog-dit-kan-ook-naast-jou-gebeuren-160196");
    private const string MovisieName = "Movisie, Professionele moed en lef bij huiselijk geweld: wat helpt en wat niet?";
    private const string BasismodelName = "Rijksoverheid, Basismodel meldcode huiselijk geweld en kindermishandeling";
    private const string AfwegingskaderName = "NJi, Het afwegingskader in de meldcode";
    private const string AnoniemMeldenName = "Veilig Thuis Noord-Oost Gelderland, Anoniem melden";
    private const string GetuigeZijnName = "Praat over kindermishandeling, Getuige zijn van huiselijk geweld";
    private const string VormenVanGeweldName = "Veilig Thuis Twente, Wat is huiselijk geweld en kindermishandeling";
    private const string DwingendeControleName = "Blik op nieuws, Lancering campagne tegen femicide 'Waar ben je?'";
    private const string EergerelateerdName = "CCV, Aanpakken van eergerelateerd geweld";
    private const string VgvName = "ED, Verbod op genitale verminking strenger handhaven";
    private const string FemicideName = "EenVandaag, Openbaar Ministerie over femicide";

    public static IReadOnlyList<KnowledgeTip> All { get; } =
    [
        new("moed-ondanks-ongemak", TipTopic.Moed,
            "Moed is handelen terwijl je ongemak voelt. Het ongemak hoort er dus bij.",
            "Courage is acting while you feel discomfort. So the discomfort belongs to it.",
            MovisieName, Movisie),
        new("vier-bronnen", TipTopic.Moed,
            "Ongemak komt uit vier bronnen: angst, onzekerheid, weerstand en zorgen. Je bewust zijn van je ongemak helpt moed.",
            "Discomfort has four sources: fear, uncertainty, resistance and worry. Being aware of your discomfort helps courage.",
            MovisieName, Movisie),
        new("hoger-doel", TipTopic.Moed,
            "Bij moed voel je angst of ongemak, maar besluit je dat een hoger doel zwaarder weegt, bijvoorbeeld de veiligheid van de kinderen.",
            "With courage you feel fear or discomfort, but decide that a higher goal matters more, for example the safety of the children.",
            MovisieName, Movisie),
        new("ruimte-voor-vakmanschap", TipTopic.Moed,
            "Strakke, leidende protocollen en weinig ruimte voor vakmanschap remmen moed. Moed vraagt ruimte om te doen wat nodig is.",
            "Strict, leading protocols and little room for craft hold courage back. Courage needs room to do what is needed.",
            MovisieName, Movisie),
        new("maak-het-breed", TipTopic.Moed,
            "Je hoeft het niet alleen te dragen: maak het breed. Eén team in het onderzoek heeft om de week een vast belmoment met een duopartner.",
            "You do not have to carry it alone: share it. One team in the study has a fixed call moment with a duo partner every other week.",
            MovisieName, Movisie),
        new("stilstaan-bij-ongemak", TipTopic.Moed,
            "Sta even stil bij je ongemak, buiten de waan van de dag. Grijp je in, of ga je op je handen zitten?",
            "Stop for a moment to name your discomfort, outside the rush of the day. Do you step in, or sit on your hands?",
            MovisieName, Movisie),
        new("waarderende-omgeving", TipTopic.Moed,
            "Moed groeit waar vertrouwen is: ruimte om te leren, om kwetsbaar te zijn, en collega's die elkaar steunen.",
            "Courage grows where there is trust: room to learn, to be vulnerable, and colleagues who back each other up.",
            MovisieName, Movisie),
        new("rolmodellen", TipTopic.Moed,
            "Voorbeelden werken: als je ziet hoe een collega moedig handelt, heb je een kader voor je eigen volgende stap.",
            "Examples work: seeing a colleague act with courage gives you a frame for your own next step.",
            MovisieName, Movisie),
        new("vlieguren", TipTopic.Moed,
            "Kennis en ervaring (vlieguren) versterken moed. Wie het gevoel heeft deskundigheid te missen, vindt beslissen moeilijker.",
            "Knowledge and experience (flying hours) strengthen courage. Feeling that you lack expertise makes deciding harder.",
            MovisieName, Movisie),
        new("tijd-voor-reflectie", TipTopic.Moed,
            "Geen tijd of ruimte voor reflectie en intervisie remt moed.",
            "No time or room for reflection and peer review holds courage back.",
            MovisieName, Movisie,
            new("een kwartier met je duo telt al.", "a quarter of an hour with your duo already counts.")),
        new("geen-meldplicht", TipTopic.Meldcode,
            "De meldcode is geen meldplicht: jij beslist, met de vijf stappen als houvast. Je kunt bij elke stap stoppen of opnieuw beginnen.",
            "The meldcode is not a duty to report: you decide, with the five steps as a guide. You can stop or start again at any step.",
            BasismodelName, Basismodel),
        new("stap-1-signalen", TipTopic.Meldcode,
            "Stap 1: breng de signalen in kaart, ook wat ze tegenspreekt, en leg ze vast in het dossier. Doe de kindcheck.",
            "Step 1: map the signals, including what contradicts them, and record them in the client file. Do the child check.",
            BasismodelName, Basismodel),
        new("stap-2-consultatie", TipTopic.Meldcode,
            "Stap 2: overleg met een deskundige collega, de aandachtsfunctionaris of Veilig Thuis.",
            "Step 2: consult a knowledgeable colleague, the aandachtsfunctionaris or Veilig Thuis.",
            BasismodelName, Basismodel,
            new("een gesprek met je duo over een casus is zo'n overleg.", "talking a case through with your duo is such a consultation.")),
        new("stap-3-gesprek", TipTopic.Meldcode,
            "Stap 3: bespreek de signalen met de cliënt, feitelijk en zonder oordeel. Sla het over als het gesprek iemand in gevaar brengt, of als de cliënt dan het contact met je verbreekt.",
            "Step 3: discuss the signals with the client, factually and without judgement. Skip it if the conversation would put someone at risk, or if the client would then break off contact with you.",
            BasismodelName, Basismodel),
        new("stap-4-wegen", TipTopic.Meldcode,
            "Stap 4: weeg het risico, de aard en de ernst van het geweld. Twijfel je? Vraag Veilig Thuis om advies.",
            "Step 4: weigh the risk, nature and severity of the violence. In doubt? Ask Veilig Thuis for advice.",
            BasismodelName, Basismodel),
        new("stap-5-beslissen", TipTopic.Meldcode,
            "Stap 5 heeft twee beslismomenten, in deze volgorde: 'Is melden noodzakelijk?' en 'Is hulpverlening (ook) mogelijk?'",
            "Step 5 has two decisions, in this order: 'Is a report necessary?' and 'Is providing help (also) possible?'",
            AfwegingskaderName, Afwegingskader),
        new("acuut-structureel", TipTopic.Meldcode,
            "Bij acute of structurele onveiligheid is melden bij Veilig Thuis de professionele norm, ook als je zelf hulp biedt.",
            "With acute or structural unsafety, reporting to Veilig Thuis is the professional norm, also when you provide help yourself.",
            AfwegingskaderName, Afwegingskader),
        new("hulp-stopt-niet", TipTopic.Meldcode,
            "Help je, maar stopt de onveiligheid niet of komt ze terug? Dan is (opnieuw) melden de professionele norm.",
            "Helping, but the unsafety does not stop or comes back? Then reporting (again) is the professional norm.",
            AfwegingskaderName, Afwegingskader),
        new("advies-anoniem", TipTopic.VeiligThuis,
            "Advies vragen bij Veilig Thuis kan anoniem: Veilig Thuis noteert dan geen gegevens van de betrokkenen. 0800-2000, gratis, dag en nacht.",
            "Asking Veilig Thuis for advice can be anonymous: Veilig Thuis then records no details of those involved. 0800-2000, free, day and night.",
            AnoniemMeldenName, AnoniemMelden),
        new("melden-niet-anoniem", TipTopic.VeiligThuis,
            "Als professional meld je niet anoniem; alleen advies vragen kan anoniem. Zo kan Veilig Thuis de zorgen open met de betrokkenen bespreken.",
            "As a professional you do not report anonymously; only asking for advice can be anonymous. That way Veilig Thuis can discuss the concerns openly with those involved.",
            AnoniemMeldenName, AnoniemMelden),
        new("bel-112", TipTopic.VeiligThuis,
            "Direct gevaar of levensgevaar? Bel eerst 112. Voor advies en melden is Veilig Thuis er: 0800-2000.",
            "Direct or life-threatening danger? Call 112 first. For advice and reports, Veilig Thuis is there: 0800-2000.",
            AnoniemMeldenName, AnoniemMelden),
        new("getuige-partnergeweld", TipTopic.Geweldsvormen,
            "Een kind dat geweld tussen ouders meemaakt, is zelf slachtoffer: getuige zijn van huiselijk geweld is een vorm van kindermishandeling.",
            "A child who witnesses violence between parents is a victim too: witnessing domestic violence is a form of child abuse.",
            GetuigeZijnName, GetuigeZijn),
        new("ouderenmishandeling", TipTopic.Geweldsvormen,
            "Ouderenmishandeling is ook verwaarlozing, of geld en spullen afhandig maken. Vaak is de oudere afhankelijk, bijvoorbeeld van een mantelzorger.",
            "Elder abuse is also neglect, or taking money and belongings. The older person is often dependent, for example on an informal carer.",
            VormenVanGeweldName, VormenVanGeweld),
        new("dwingende-controle", TipTopic.Geweldsvormen,
            "Dwingende controle sluipt erin: chantage, manipulatie, weghouden bij familie en vrienden, dreigen met geweld. Let ook op kleine veranderingen, zoals steeds afzeggen of altijd bereikbaar moeten zijn.",
            "Coercive control creeps in: blackmail, manipulation, keeping someone from family and friends, threats of violence. Watch for small changes too, such as cancelling again and again or having to be reachable at all times.",
            DwingendeControleName, DwingendeControle),
        new("eergerelateerd", TipTopic.Geweldsvormen,
            "Vermoed je eergerelateerd geweld? Ga niet zomaar in gesprek met de familie: dat kan escaleren. Vraag eerst Veilig Thuis of de politie; bij direct gevaar bel je 112.",
            "Suspect honour-related violence? Do not simply talk with the family: it can escalate. Ask Veilig Thuis or the police first; in direct danger call 112.",
            EergerelateerdName, Eergerelateerd),
        new("meisjesbesnijdenis", TipTopic.Geweldsvormen,
            "Vrouwelijke genitale verminking is strafbaar, ook als het in het buitenland gebeurt. Het gebeurt vaak tijdens een vakantie of familiebezoek in het land van herkomst.",
            "Female genital mutilation is punishable, also when done abroad. It often happens during a holiday or family visit in the country of origin.",
            VgvName, Vgv),
        new("aandachtsfunctionaris", TipTopic.Meldcode,
            "De aandachtsfunctionaris is de deskundige van je organisatie voor huiselijk geweld en kindermishandeling. Je kunt haar of hem raadplegen in stap 2.",
            "The aandachtsfunctionaris is your organisation's expert on domestic violence and child abuse. You can consult them in step 2.",
            BasismodelName, Basismodel),
        new("femicide-risico", TipTopic.Geweldsvormen,
            "Rode vlaggen voor femicide: een (poging tot) verwurging en een genegeerd contact- of huisverbod. Het einde van een relatie is een risicomoment.",
            "Red flags for femicide: (attempted) strangulation and an ignored contact or restraining order. The end of a relationship is a moment of risk.",
            FemicideName, Femicide),
    ];
}
