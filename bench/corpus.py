"""A synthetic wire-style corpus for the throughput benchmark.

Articles of ~600 words are assembled from this project's own sentence templates: event
sentences (who did what to whom, with real country and leader names) and background
sentences (markets, weather, history, quotes without events), mixed so that about a
quarter of the sentences carry an event. Deterministic for a given seed.

    from bench.corpus import raw_articles, articles
    for doc_id, raw, published in raw_articles(2000): ...
"""
from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from eventwire.records import Article


@dataclass(frozen=True)
class Country:
    name: str
    adj: str
    leader: str  # title + name, as first mentioned
    surname: str
    capital: str
    minister: str  # foreign minister, title + name


COUNTRIES: tuple[Country, ...] = (
    Country("France", "French", "President Emmanuel Macron", "Macron", "Paris", "Foreign Minister Catherine Colonna"),
    Country("Germany", "German", "Chancellor Olaf Scholz", "Scholz", "Berlin", "Foreign Minister Annalena Baerbock"),
    Country("Japan", "Japanese", "Prime Minister Fumio Kishida", "Kishida", "Tokyo", "Foreign Minister Yoko Kamikawa"),
    Country("India", "Indian", "Prime Minister Narendra Modi", "Modi", "New Delhi", "External Affairs Minister Subrahmanyam Jaishankar"),
    Country("China", "Chinese", "President Xi Jinping", "Xi", "Beijing", "Foreign Minister Wang Yi"),
    Country("Russia", "Russian", "President Vladimir Putin", "Putin", "Moscow", "Foreign Minister Sergei Lavrov"),
    Country("Ukraine", "Ukrainian", "President Volodymyr Zelenskiy", "Zelenskiy", "Kyiv", "Foreign Minister Dmytro Kuleba"),
    Country("the United States", "U.S.", "President Joe Biden", "Biden", "Washington", "Secretary of State Antony Blinken"),
    Country("Britain", "British", "Prime Minister Rishi Sunak", "Sunak", "London", "Foreign Secretary David Cameron"),
    Country("Turkey", "Turkish", "President Tayyip Erdogan", "Erdogan", "Ankara", "Foreign Minister Hakan Fidan"),
    Country("Brazil", "Brazilian", "President Luiz Inacio Lula da Silva", "Lula", "Brasilia", "Foreign Minister Mauro Vieira"),
    Country("South Africa", "South African", "President Cyril Ramaphosa", "Ramaphosa", "Pretoria", "Foreign Minister Naledi Pandor"),
    Country("Iran", "Iranian", "President Ebrahim Raisi", "Raisi", "Tehran", "Foreign Minister Hossein Amir-Abdollahian"),
    Country("Israel", "Israeli", "Prime Minister Benjamin Netanyahu", "Netanyahu", "Jerusalem", "Foreign Minister Israel Katz"),
    Country("Egypt", "Egyptian", "President Abdel Fattah al-Sisi", "Sisi", "Cairo", "Foreign Minister Sameh Shoukry"),
    Country("Kenya", "Kenyan", "President William Ruto", "Ruto", "Nairobi", "Foreign Minister Musalia Mudavadi"),
    Country("Nigeria", "Nigerian", "President Bola Tinubu", "Tinubu", "Abuja", "Foreign Minister Yusuf Tuggar"),
    Country("Indonesia", "Indonesian", "President Joko Widodo", "Widodo", "Jakarta", "Foreign Minister Retno Marsudi"),
    Country("Mexico", "Mexican", "President Andres Manuel Lopez Obrador", "Lopez Obrador", "Mexico City", "Foreign Minister Alicia Barcena"),
    Country("Canada", "Canadian", "Prime Minister Justin Trudeau", "Trudeau", "Ottawa", "Foreign Minister Melanie Joly"),
    Country("Italy", "Italian", "Prime Minister Giorgia Meloni", "Meloni", "Rome", "Foreign Minister Antonio Tajani"),
    Country("Poland", "Polish", "President Andrzej Duda", "Duda", "Warsaw", "Foreign Minister Radoslaw Sikorski"),
    Country("South Korea", "South Korean", "President Yoon Suk Yeol", "Yoon", "Seoul", "Foreign Minister Cho Tae-yul"),
    Country("Australia", "Australian", "Prime Minister Anthony Albanese", "Albanese", "Canberra", "Foreign Minister Penny Wong"),
    Country("Pakistan", "Pakistani", "Prime Minister Shehbaz Sharif", "Sharif", "Islamabad", "Foreign Minister Ishaq Dar"),
    Country("Saudi Arabia", "Saudi", "Crown Prince Mohammed bin Salman", "bin Salman", "Riyadh", "Foreign Minister Prince Faisal bin Farhan"),
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TOPICS = ("trade", "energy", "security", "migration", "climate finance", "food supplies",
          "maritime security", "nuclear safety", "debt relief", "water sharing")

# {A}/{B}: country names; {Aa}/{Ba}: adjectives; {LA}/{LB}: leaders with titles;
# {SA}/{SB}: leaders' surnames; {MA}/{MB}: foreign ministers; {CA}/{CB}: capitals.
EVENT_TEMPLATES: tuple[str, ...] = (
    "{LA} met {LB} in {CB} on {day} to discuss {topic} and regional stability.",
    "{A} condemned the missile strike on a residential district of {CB}, calling it a grave violation of international law.",
    "{A} accused {B} of violating the ceasefire along their disputed border.",
    "{A} imposed new sanctions on {B} over its support for armed groups in the region.",
    "{A} expelled two {Ba} diplomats on {day}, accusing them of espionage.",
    "{LA} praised {B} for its role in brokering the prisoner exchange.",
    "{A} and {B} signed an agreement on {topic} cooperation during the visit.",
    "{A} pledged ${n} million in humanitarian aid to {B} after the floods.",
    "{Aa} forces shelled villages near the border with {B} overnight, local officials said.",
    "{LA} visited {B} on {day}, his first trip to the country in {n} years.",
    "{A} threatened to cut off gas supplies to {B} if the dispute was not resolved.",
    "{A} recalled its ambassador from {B} for consultations.",
    "{A} called on {B} to release the detained journalists immediately.",
    "{LA} urged {B} to return to negotiations without preconditions.",
    "{A} rejected a proposal by {B} for a joint commission on the dispute.",
    "{MA} held talks with {MB} in {CA} on {day}.",
    "{A} criticized {B} for restricting access to the border crossing.",
    "{Aa} police arrested dozens of protesters outside the {Ba} embassy in {CA}.",
    "{A} warned {B} against any further incursions into its airspace.",
    "{LA} hosted {LB} at a state banquet in {CA} on {day} evening.",
    "{A} demanded that {B} withdraw its troops from the contested area.",
    "{LA} thanked {B} for the delivery of medical supplies.",
    "{A} denounced the arrest of its citizens by {B} as politically motivated.",
    "{A} agreed to resume direct flights to {B} after a two-year suspension.",
    "{A} offered to mediate between {B} and its neighbours.",
    "{A} investigated reports that {Ba} drones had entered its territory.",
    "{A} blocked imports from {B}, citing health concerns.",
    "{LA} telephoned {LB} on {day} to discuss the crisis.",
    "{A} seized a {Ba} cargo ship in the strait, officials said.",
    "{A} welcomed the decision by {B} to free the detained aid workers.",
    "{A} protested to {B} over the treatment of its nationals.",
    "{SA} said {A} would provide {B} with air defence systems.",
    "{A} appealed to {B} for help in fighting the wildfires.",
    "{A} sentenced a {Ba} national to {n} years in prison for spying.",
    "{MA} summoned the {Ba} ambassador to protest the remarks.",
    "{A} sharply criticized {B} on {day} after the border clash.",
    "He met {LB} later in the day and invited him to visit {CA}.",
)

BACKGROUND_TEMPLATES: tuple[str, ...] = (
    "Trading on the {Aa} stock exchange was subdued, with the main index closing {pct} percent lower.",
    "The weather service forecast heavy rain across the region later in the week.",
    "Analysts said the economy grew {pct} percent in the last quarter, slightly above expectations.",
    "The two countries have had a long and sometimes difficult relationship since independence.",
    "Officials did not give further details.",
    "The central bank left interest rates unchanged at its meeting last month.",
    "Inflation eased to {pct} percent in the year to last month, according to official figures.",
    "The region has been hit by a severe drought for the third consecutive year.",
    "Diplomats said the summit was expected to last two days.",
    "The capital's airport handled a record number of passengers over the holiday period.",
    "Turnout in the last election was about {n} percent, the lowest in two decades.",
    "The currency has lost almost a fifth of its value against the dollar this year.",
    "Tourism accounts for roughly a tenth of the country's gross domestic product.",
    "The harvest is expected to be smaller than last year because of late rains.",
    "The parliament is due to debate the budget in the coming weeks.",
    "Several ministers have been replaced in a cabinet reshuffle since the start of the year.",
    "Oil prices rose by about {pct} percent on world markets on the news.",
    "The ministry's statement was published on its website late in the evening.",
    "The port is one of the busiest in the region, handling millions of containers a year.",
    "Local media reported long queues at petrol stations in several cities.",
    "The country is home to more than {n} million people, most of them under the age of 30.",
    "Road and rail links between the two cities were restored after a week of repairs.",
    "The opposition has been divided since the death of its long-time leader.",
    "The agreement must still be ratified by both parliaments.",
    "Unemployment among young people remains above {n} percent.",
    "The talks were held behind closed doors and no joint statement was issued.",
    "A spokesman said the schedule could still change.",
    "Prices of bread and cooking oil have risen sharply over the past year.",
    "The dispute dates back to colonial-era maps that drew the border across grazing land.",
    "The government has promised to build {n} new schools by the end of the decade.",
    "Engineers are still assessing the damage to the dam.",
    "The football season was suspended for two weeks because of the security situation.",
    "The country's population has doubled since the 1980s.",
    "Exports of coffee and tea are the main source of foreign currency.",
    "Farmers in the north say the new irrigation canals have not yet reached their fields.",
    "The newspaper did not name its sources.",
    "The new terminal was built with loans from a group of international lenders.",
    "Schools in the capital reopened on {day} after a week-long closure.",
    "The mayor said the city's hospitals were coping with the increase in patients.",
    "A national census is planned for next year.",
    "The company employs about {n} thousand people in the country.",
    "The river has burst its banks several times this century.",
    "Fuel shortages have eased since the start of the month.",
    "The national carrier plans to add three new routes to Asia next year.",
    "The festival draws tens of thousands of visitors every spring.",
    "The defence budget has grown by about {pct} percent a year for the past decade.",
    "Most of the country's electricity still comes from coal.",
    "The constitutional court is expected to rule on the case before the end of the year.",
    "Both sides described the atmosphere as constructive.",
    "The border region is sparsely populated and has few paved roads.",
    "The statistics office will publish revised figures next month.",
    "Heavy snow closed mountain passes in the west of the country.",
    "The minister is expected to travel to the region later this month.",
    "The main opposition party has called for early elections.",
    "Mobile phone coverage remains patchy outside the main cities.",
    "The railway line was first built more than a century ago.",
    "Wheat and maize prices on local markets were stable this week.",
    "The {Aa} economy is heavily dependent on remittances from workers abroad.",
    "Negotiators have met several times since the beginning of the year without a breakthrough.",
    "The museum reopened after a three-year renovation.",
    "Power cuts of up to eight hours a day have become common in the summer months.",
    "Fishermen say catches have fallen as the waters have warmed.",
    "The committee's report runs to more than {n} pages.",
    "The bridge carries most of the freight traffic between the two countries.",
    "Public sector workers received a pay rise of {pct} percent in January.",
    "\"We are following the situation closely,\" a senior official said.",
    "The island is a popular destination for divers and birdwatchers.",
    "Construction of the pipeline began in {year} and is due to finish in two years.",
)

HEADLINES: tuple[str, ...] = (
    "{A} and {B} agree to expand {topic} ties",
    "{A} condemns strike on {B}",
    "{LA} meets {SB} as tensions rise",
    "{A} imposes new sanctions on {B}",
    "{A} expels {Ba} diplomats",
    "{A} pledges aid to flood-hit {B}",
)


def _fill(template: str, rng: random.Random, a: Country, b: Country) -> str:
    return template.format(
        A=a.name, B=b.name, Aa=a.adj, Ba=b.adj, LA=a.leader, LB=b.leader, SA=a.surname,
        SB=b.surname, MA=a.minister, MB=b.minister, CA=a.capital, CB=b.capital,
        day=rng.choice(WEEKDAYS), topic=rng.choice(TOPICS), n=rng.randint(2, 90),
        pct=f"{rng.uniform(0.1, 9.9):.1f}", year=rng.randint(2015, 2022),
    )


def _capitalise(s: str) -> str:
    return s[:1].upper() + s[1:]


def article_text(rng: random.Random, words: int = 600, event_share: float = 0.25) -> tuple[str, str]:
    """(raw text, published date) of one article: a headline, a published stamp, a dateline
    lead and paragraphs of two to three sentences until about ``words`` words."""
    a, b = rng.sample(COUNTRIES, 2)
    year, month = rng.choice([(2023, m) for m in range(6, 13)] + [(2024, m) for m in range(1, 6)])
    published = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
    title = _capitalise(_fill(rng.choice(HEADLINES), rng, a, b))
    lead = _fill(rng.choice(EVENT_TEMPLATES[:31]), rng, a, b)
    paragraphs = [f"{a.capital.upper()} (Wire) - {lead}"]
    count = len(lead.split())
    events = rng.sample(EVENT_TEMPLATES, len(EVENT_TEMPLATES))  # no sentence twice
    background = rng.sample(BACKGROUND_TEMPLATES, len(BACKGROUND_TEMPLATES))
    while count < words and events and background:
        sentences = []
        for _ in range(rng.choice((2, 2, 3))):
            x, y = (a, b) if rng.random() < 0.7 else rng.sample(COUNTRIES, 2)
            pool = events if rng.random() < event_share else background
            sentences.append(_fill(pool.pop(), rng, x, y))
        para = " ".join(_capitalise(s) for s in sentences)
        paragraphs.append(para)
        count += len(para.split())
    raw = "\n\n".join([title, f"Published {published}", *paragraphs])
    return raw, published


def raw_articles(n: int, seed: int = 7, words: int = 600) -> Iterator[tuple[str, str, str]]:
    """``n`` (doc_id, raw text, published) triples."""
    rng = random.Random(seed)
    for i in range(n):
        raw, published = article_text(rng, words)
        yield f"wire-{seed}-{i:05d}", raw, published


def articles(n: int, seed: int = 7, words: int = 600) -> list[Article]:
    """``n`` cleaned Articles (``clean_text`` over the raw texts)."""
    from eventwire.ingest import clean_text

    return [clean_text(raw, doc_id, published=published)
            for doc_id, raw, published in raw_articles(n, seed, words)]
