// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "tests/bench/generator.h"

#include <algorithm>
#include <array>
#include <chrono>

#include "text/utf8.h"

namespace duiding::bench {
namespace {

// Everyday interview Dutch, written for the generator; some words carry diacritics.
constexpr std::array<const char*, 96> kWords = {
    "ik",        "je",          "we",         "ze",          "hij",        "het",        "de",          "een",
    "en",        "maar",        "want",       "dus",         "toen",       "niet",       "wel",         "ook",
    "nog",       "heel",        "eigenlijk",  "gewoon",      "soms",       "altijd",     "nooit",       "vaak",
    "moeder",    "vader",       "oma",        "opa",         "tante",      "buurvrouw",  "coach",       "mentor",
    "hulpverlener", "jeugdhulp", "gezin",     "netwerk",     "school",     "thuis",      "hulp",        "steun",
    "vragen",    "durven",      "schamen",    "schaamte",    "last",       "zorgen",     "praten",      "helpen",
    "voelde",    "dacht",       "wilde",      "moest",       "kon",        "ging",       "kwam",        "zei",
    "één",       "geïnterviewde", "coördinatie", "ideeën",   "appèl",      "cliënt",     "'s avonds",   "zo'n",
    "regie",     "veiligheid",  "rechter",    "zitting",     "privacy",    "meldcode",   "vertrouwen",  "samen",
    "belangrijk", "moeilijk",   "lastig",     "fijn",        "spannend",   "eng",        "rustig",      "snel",
    "afspraak",  "gesprek",     "plan",       "week",        "jaar",       "dag",        "keer",        "tijd",
    "omdat",     "als",         "dat",        "wat",         "wie",        "waarom",     "hoe",         "daar"};

constexpr std::array<const char*, 5> kRegions = {"Achterhoek", "Rivierenland", "Food Valley", "Noord-Veluwe",
                                                 "Centraal Gelderland"};
constexpr std::array<const char*, 6> kFocusSpeakers = {"Moderator", "Ouder 1", "Ouder 2", "Jongere 1",
                                                       "Professional 1", "Netwerklid"};
constexpr std::array<const char*, 3> kRespondents = {"Jongere", "Moeder", "Professional"};

std::string Timestamp(std::size_t seconds) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "[%02zu:%02zu:%02zu] ", seconds / 3600, seconds / 60 % 60, seconds % 60);
  return buffer;
}

void AppendSentence(std::string& text, Random& random, std::size_t& words) {
  const std::size_t length = 5 + random.Below(14);
  for (std::size_t i = 0; i < length; ++i) {
    std::string word = kWords[random.Below(kWords.size())];
    if (i == 0 && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
    text += (i ? " " : "") + word;
  }
  const std::size_t end = random.Below(20);
  text += end < 14 ? "." : end < 18 ? "?" : end < 19 ? "!" : ". 😅";
  words += length;
}

}  // namespace

std::uint64_t Random::Next() {
  std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

import::ImportedDocument GenerateTranscript(std::size_t index, std::size_t words, std::uint64_t seed) {
  Random random(seed * 1000003 + index);
  const bool focusGroup = index % 5 == 4;
  import::ImportedDocument doc;
  doc.name = (focusGroup ? "focusgroep-" : "interview-") + std::to_string(index + 1) + "-" +
             kRegions[index % kRegions.size()];
  doc.sourcePath = doc.name + ".txt";
  // The attributes researchers filter and cross-tabulate by.
  doc.attributes["regio"] = kRegions[index % kRegions.size()];
  doc.attributes["methode"] = focusGroup ? "focusgroep" : "interview";
  static constexpr std::array<const char*, 3> kGroups = {"jongere", "ouder", "professional"};
  doc.attributes["groep"] = focusGroup ? "gemengd" : kGroups[index % kGroups.size()];
  std::size_t written = 0, seconds = 0, cp = 0, turn = 0;
  while (written < words) {
    const std::string speaker = focusGroup ? kFocusSpeakers[turn % kFocusSpeakers.size()]
                                           : (turn % 2 ? kRespondents[index % kRespondents.size()] : "Interviewer");
    std::string line = (turn % 4 == 0 ? Timestamp(seconds) : "") + speaker + ": ";
    const std::size_t sentences = turn % 2 ? 1 + random.Below(5) : 1;
    for (std::size_t s = 0; s < sentences; ++s) {
      if (s) line += " ";
      AppendSentence(line, random, written);
    }
    line += "\n";
    Turn t;
    t.start = cp;
    cp += text::CountCodePoints(line);
    t.end = cp - 1;
    t.speaker = speaker;
    t.timestampMs = static_cast<std::int64_t>(seconds) * 1000;
    doc.turns.push_back(t);
    doc.text += line;
    seconds += 5 + random.Below(60);
    ++turn;
  }
  return doc;
}

std::vector<project::CodeSpec> GeneratedCodebook() {
  std::vector<project::CodeSpec> codes;
  // 60 codes: six categories, 54 codes below them (no two names nearly the same).
  const std::vector<std::pair<const char*, std::vector<const char*>>> tree = {
      {"Barrières", {"Schaamte", "Tot last zijn", "Appèl om over te nemen", "Juridische drempels", "Privacyregels",
                     "Tijdgebrek", "Wantrouwen", "Loyaliteitsconflict", "Onbekend netwerk", "Werkdruk"}},
      {"Kansen", {"Natuurlijke mentor", "Buurtgezin", "Family Finding", "Signs of Safety", "Maatje",
                  "Jongerencommunity", "Eigen kracht", "Herstel van contact", "Duurzame steun"}},
      {"Steunfiguren", {"Grootouder", "Tante of oom", "Buren", "Leraar", "Sportclub", "Vriend", "Broer of zus",
                        "Peetoom", "Collega van ouder", "Kerkgemeenschap"}},
      {"Regie en empowerment", {"Eigen regie", "De wie-vraag", "Samen beslissen", "Zelfvertrouwen", "Inspraak jongere",
                                "Gehoord worden", "Keuzevrijheid", "Toekomstplan"}},
      {"Veiligheid", {"Zorgen om veiligheid", "Meldcode", "Huiselijk geweld", "Veiligheidsplan", "Crisis",
                      "Uithuisplaatsing", "Risicotaxatie", "Toezicht"}},
      {"Werkwijze professional", {"Netwerkberaad", "Netwerkkaart", "Eerste gesprek", "Afstemming", "Overdracht",
                                  "Scholing", "Methodiek", "Rolopvatting", "Caseload"}},
  };
  for (const auto& [category, children] : tree) {
    codes.push_back({category, std::nullopt, "", ""});
    for (const char* child : children) codes.push_back({child, std::string(category), "", ""});
  }
  return codes;
}

namespace {

class PhaseClock {
 public:
  explicit PhaseClock(const PhaseReport& report) : m_report(report) {}
  void Lap(const char* phase) {
    const auto now = std::chrono::steady_clock::now();
    if (m_report) m_report(phase, std::chrono::duration<double>(now - m_last).count());
    m_last = now;
  }

 private:
  const PhaseReport& m_report;
  std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

std::vector<Coding> RandomCodings(const GeneratorParams& params, const std::vector<Document>& docs,
                                  const std::vector<RowId>& codable, const std::vector<User>& coders) {
  Random random(params.seed);
  std::vector<Coding> codings;
  codings.reserve(params.codings);
  for (std::size_t i = 0; i < params.codings; ++i) {
    const Document& d = docs[i % docs.size()];
    Coding c;
    c.document = d.id;
    c.code = codable[random.Below(codable.size())];
    c.coder = coders[i % coders.size()].id;
    c.start = random.Below(d.length - 1);
    c.end = std::min(d.length, c.start + 20 + random.Below(400));
    codings.push_back(c);
  }
  return codings;
}

}  // namespace

project::Project GenerateProject(const std::string& path, const GeneratorParams& params, const PhaseReport& phase) {
  PhaseClock clock(phase);
  project::Project p = project::Project::Create(path, "Synthetisch mentorschap", "coder-1");
  for (std::size_t c = 2; c <= params.coders; ++c) p.AddUser("coder-" + std::to_string(c));
  for (const project::CodeSpec& spec : GeneratedCodebook()) p.AddCode(spec);
  std::vector<RowId> codable;
  for (const Code& c : p.Store().Codes())
    if (c.parent) codable.push_back(c.id);
  std::vector<User> coders = p.Store().Users();
  clock.Lap("project, coders and codebook");
  std::vector<Document> docs;
  for (std::size_t from = 0; from < params.documents; from += 100) {
    std::vector<import::ImportedDocument> batch;
    for (std::size_t i = from; i < std::min(from + 100, params.documents); ++i)
      batch.push_back(GenerateTranscript(i, params.wordsPerDocument, params.seed));
    clock.Lap("generate transcripts");
    for (const Document& d : p.AddDocuments(batch)) docs.push_back(d);
    clock.Lap("store documents and turns");
  }
  std::vector<Coding> codings = RandomCodings(params, docs, codable, coders);
  clock.Lap("generate codings");
  p.AddCodings(std::move(codings), "generated codings");
  clock.Lap("store codings");
  return p;
}

}  // namespace duiding::bench
