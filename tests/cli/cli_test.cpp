// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// duiding-cli end to end: every command, its output, and that bad input changes nothing.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <csignal>
#include <fstream>
#include <sstream>

#include "tests/store/temp_dir.h"

namespace {

struct Result {
  int code = -1;
  std::string out, err;
};

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class CliTest : public ::testing::Test {
 protected:
  Result Run(std::vector<std::string> args) {
    const std::string out = m_dir.File("stdout"), err = m_dir.File("stderr");
    const pid_t pid = fork();
    if (pid == 0) {
      dup2(open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 1);
      dup2(open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 2);
      setenv("DUIDING_PROJECT", m_project.c_str(), 1);
      setenv("DUIDING_INDEX_DIR", m_dir.File("index").c_str(), 1);
      unsetenv("DUIDING_USER");
      std::vector<char*> argv{const_cast<char*>(DUIDING_CLI)};
      for (std::string& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(DUIDING_CLI, argv.data());
      _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(out), Slurp(err)};
  }
  // Must succeed; returns stdout.
  std::string Ok(std::vector<std::string> args) {
    const Result r = Run(args);
    EXPECT_EQ(r.code, 0) << r.err;
    return r.out;
  }
  // Must fail with `code` and exactly one line on stderr, leaving the project unchanged.
  std::string Fails(int code, std::vector<std::string> args) {
    const std::string before = Ok({"log", "--json", "--limit", "1000"}) + Ok({"codings", "--json"});
    const Result r = Run(args);
    EXPECT_EQ(r.code, code) << r.out << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_EQ(Ok({"log", "--json", "--limit", "1000"}) + Ok({"codings", "--json"}), before);
    return r.err;
  }
  std::string Demo(const std::string& name) {
    return std::string(DUIDING_SOURCE_DIR) + "/packaging/demo/transcripts/" + name + ".txt";
  }
  void SetUpProject() {
    Ok({"init", m_project, "--name", "Mentorschap", "--user", "anna"});
    Ok({"import", Demo("interview-jongere-sanne"), Demo("focusgroep-achterhoek")});
    Ok({"codes", "add", "Barrières", "--color", "#cc3333"});
    Ok({"codes", "add", "Schaamte", "--parent", "Barrières", "--description", "Zich schamen om hulp te vragen"});
  }
  duiding::testing::TempDir m_dir;
  std::string m_project = m_dir.File("mentor.duiding");
};

TEST_F(CliTest, InitCreatesAPrivateProject) {
  EXPECT_NE(Ok({"init", m_project, "--user", "anna"}).find("Created project 'mentor'"), std::string::npos);
  struct stat info {};
  ASSERT_EQ(stat(m_project.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_NE(Ok({"info"}).find("Users:     1 (anna)"), std::string::npos);
  EXPECT_NE(Fails(1, {"init", m_project}).find("already exists"), std::string::npos);
}

TEST_F(CliTest, ImportAndInfo) {
  SetUpProject();
  const std::string info = Ok({"info", "--json"});
  EXPECT_NE(info.find("\"documents\":2"), std::string::npos) << info;
  EXPECT_NE(info.find("\"name\":\"interview-jongere-sanne\""), std::string::npos);
  EXPECT_NE(Fails(1, {"import", m_dir.File("missing.txt")}).find("missing.txt"), std::string::npos);
  EXPECT_NE(Fails(1, {"import", Demo("interview-jongere-sanne")}).find("already exists"), std::string::npos);
  std::ofstream(m_dir.File("kapot.txt"), std::ios::binary) << std::string("Moeder: \0\x01\x02 binair", 17);
  EXPECT_NE(Fails(1, {"import", Demo("interview-ouder-moeder"), m_dir.File("kapot.txt")}).find("kapot.txt: not a text file"),
            std::string::npos);
  EXPECT_EQ(Ok({"info", "--json"}).find("interview-ouder-moeder"), std::string::npos);  // all or nothing
  std::ofstream(m_dir.File("nep.docx"), std::ios::binary) << "Dit is gewoon tekst.\n";
  EXPECT_NE(Fails(1, {"import", m_dir.File("nep.docx")}).find("nep.docx: named as a Word file"), std::string::npos);
  // An old Windows file: read as Windows-1252, speakers found, the region attached.
  std::ofstream(m_dir.File("oud.txt"), std::ios::binary) << "Moeder: het was zwaar voor m\xE9\xE9n, 's avonds.\n";
  const std::string imported = Ok({"import", m_dir.File("oud.txt"), "--attr", "regio=Achterhoek,methode=interview"});
  EXPECT_NE(imported.find("1 speaker turns"), std::string::npos) << imported;
  EXPECT_NE(imported.find("windows-1252"), std::string::npos) << imported;
  EXPECT_NE(Ok({"codings", "--json"}).find("["), std::string::npos);
  std::ofstream(m_dir.File("crlf.txt"), std::ios::binary) << "I: Hoe gaat het?\r\nR: Goed.\r\n";
  EXPECT_NE(Ok({"import", m_dir.File("crlf.txt"), "--name", "Kort gesprek"}).find("line endings unified"),
            std::string::npos);
}

TEST_F(CliTest, ImportFoldersManifestsSurveysAndOwnSpeakerPatterns) {
  Ok({"init", m_project, "--user", "anna"});
  const auto write = [&](const std::string& name, const std::string& text) {
    std::filesystem::create_directories(std::filesystem::path(m_dir.File(name)).parent_path());
    std::ofstream(m_dir.File(name), std::ios::binary) << text;
  };
  write("map/jongeren/j1.txt", "I: Wie is jouw steunfiguur?\nJongere: Mijn oma, één keer per week.\n");
  write("map/ouders/o1.txt", "I: Wie helpt er 's avonds?\nMoeder: De buurvrouw 👍.\n");
  write("map/ouders/o2.txt", "I: Wie helpt er 's avonds?\nMoeder: De buurvrouw 👍.\n");  // same text as o1
  write("map/ouders/leeg.txt", "");
  // All or nothing: the empty file and the duplicate stop the folder.
  EXPECT_NE(Fails(1, {"import", m_dir.File("map")}).find("leeg.txt"), std::string::npos);
  // With --skip-bad the rest lands in one change, the skipped files listed on stderr.
  const Result skipped = Run({"import", m_dir.File("map"), "--skip-bad", "--attr", "regio=gelderland zuid"});
  EXPECT_EQ(skipped.code, 0) << skipped.err;
  EXPECT_NE(skipped.out.find("2 documents imported in one change"), std::string::npos) << skipped.out;
  EXPECT_NE(skipped.err.find("leeg.txt"), std::string::npos) << skipped.err;
  EXPECT_NE(skipped.err.find("o2.txt: the same text as 'o1'"), std::string::npos) << skipped.err;
  // A manifest gives each file its attributes.
  write("m/ĳssel.txt", "MB> Hoe vaak zie je je opa?\nĲV> Elke zondag.\n");
  write("m/manifest.csv", "bestand;groep;regio\nĳssel.txt;jongere;midden-ijssel/oost-veluwe\n");
  const std::string manifested =
      Ok({"import", "--manifest", m_dir.File("m/manifest.csv"), "--speaker-pattern", "(?<speaker>\\p{Lu}{2})> "});
  EXPECT_NE(manifested.find("2 speaker turns"), std::string::npos) << manifested;
  EXPECT_NE(Fails(1, {"import", m_dir.File("m/ĳssel.txt"), "--name", "x", "--speaker-pattern", "(a"})
                .find("--speaker-pattern"),
            std::string::npos);
  // A survey export: one document per open question.
  write("enquete.csv", "nr;groep;Wat houdt u tegen?;Wie kan helpen?\n1;professional;Schaamte.;Opa\n2;ouder;;Niemand\n");
  EXPECT_NE(Fails(1, {"import", m_dir.File("enquete.csv")}).find("--respondent"), std::string::npos);
  EXPECT_NE(Fails(1, {"import", m_dir.File("enquete.csv"), "--respondent", "nr", "--open", "Bestaat niet"})
                .find("Bestaat niet"),
            std::string::npos);
  const std::string survey = Ok({"import", m_dir.File("enquete.csv"), "--respondent", "nr", "--open",
                                 "Wat houdt u tegen?,4", "--columns", "groep"});
  EXPECT_NE(survey.find("Imported 'enquete · Wat houdt u tegen?' (9 characters, 1 speaker turns)"), std::string::npos)
      << survey;
  EXPECT_NE(survey.find("'enquete · Wie kan helpen?' (12 characters, 2 speaker turns)"), std::string::npos) << survey;
  const std::string info = Ok({"info", "--json"});
  EXPECT_NE(info.find("\"documents\":5"), std::string::npos) << info;
  EXPECT_NE(info.find("\"cases\":"), std::string::npos) << info;
  EXPECT_EQ(Run({"import", m_dir.File("enquete.csv"), "--open", "2"}).code, 2);  // --respondent missing
}

TEST_F(CliTest, CodesAddListRenameMove) {
  SetUpProject();
  Ok({"codes", "add", "Tot last zijn", "--parent", "Barrières"});
  Ok({"codes", "add", "Kansen"});
  EXPECT_EQ(Ok({"codes"}), "Barrières  #CC3333  (0)\n  Schaamte  (0)\n  Tot last zijn  (0)\nKansen  (0)\n");
  Ok({"codes", "rename", "Barrières/Tot last zijn", "Last zijn"});
  Ok({"codes", "move", "Last zijn", "--top"});
  Ok({"codes", "move", "Kansen", "--parent", "Barrières"});
  // Siblings keep the order they were made or moved in: a moved code goes last.
  EXPECT_EQ(Ok({"codes", "list"}), "Barrières  #CC3333  (0)\n  Schaamte  (0)\n  Kansen  (0)\nLast zijn  (0)\n");
  const std::string json = Ok({"codes", "--json"});
  EXPECT_NE(json.find("\"path\":\"Barrières/Schaamte\""), std::string::npos);
  EXPECT_NE(json.find("\"description\":\"Zich schamen om hulp te vragen\""), std::string::npos);
  Fails(1, {"codes", "add", "Schaamte", "--parent", "Barrières"});
  Fails(1, {"codes", "add", "X", "--parent", "Bestaat niet"});
  Fails(1, {"codes", "move", "Barrières", "--parent", "Barrières/Schaamte"});
  Fails(1, {"codes", "add", "Rood", "--color", "red"});
  Fails(2, {"codes", "move", "Kansen"});
  Fails(2, {"codes", "frobnicate"});
  Fails(2, {"codes", "add"});
}

TEST_F(CliTest, CodeByOffsetsAndQuoteThenListWithQuotes) {
  SetUpProject();
  Ok({"users", "add", "bram"});
  EXPECT_EQ(Ok({"users"}).substr(0, 5), "anna ");
  const std::string coded = Ok({"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--quote",
                                "schaamde me echt kapot", "--memo", "in vivo"});
  EXPECT_NE(coded.find("Coded 'Barrières/Schaamte'"), std::string::npos) << coded;
  Ok({"--user", "bram", "code", "add", "--doc", "interview-jongere-sanne", "--code", "Barrières/Schaamte", "--start",
      "0", "--end", "5"});
  const std::string all = Ok({"codings", "--json"});
  EXPECT_NE(all.find("\"quote\":\"schaamde me echt kapot\""), std::string::npos) << all;
  EXPECT_NE(all.find("\"coder\":\"bram\""), std::string::npos);
  EXPECT_NE(all.find("\"memo\":\"in vivo\""), std::string::npos);
  const std::string bram = Ok({"codings", "--coder", "bram"});
  EXPECT_EQ(std::count(bram.begin(), bram.end(), '\n'), 1) << bram;
  EXPECT_NE(bram.find("0-5  Barrières/Schaamte  bram  \"Titel\""), std::string::npos) << bram;
  EXPECT_NE(Ok({"log"}).find("bram  code 'interview-jongere-sanne' 0-5 as 'Barrières/Schaamte'"), std::string::npos);
}

TEST_F(CliTest, BadCodingInputIsOneLineAndChangesNothing) {
  SetUpProject();
  EXPECT_NE(Fails(1, {"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--start", "10", "--end",
                      "999999"}).find("out of range"), std::string::npos);
  EXPECT_NE(Fails(1, {"code", "add", "--doc", "nergens", "--code", "Schaamte", "--start", "1", "--end", "2"})
                .find("unknown document 'nergens'"), std::string::npos);
  EXPECT_NE(Fails(1, {"code", "add", "--doc", "interview-jongere-sanne", "--code", "Onzin", "--start", "1", "--end",
                      "2"}).find("unknown code 'Onzin'"), std::string::npos);
  EXPECT_NE(Fails(1, {"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--quote",
                      "dit staat er niet in"}).find("quote not found"), std::string::npos);
  EXPECT_NE(Fails(1, {"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--quote", "I:"})
                .find("ambiguous"), std::string::npos);
  EXPECT_NE(Fails(1, {"--user", "carla", "code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte",
                      "--start", "1", "--end", "2"}).find("unknown user 'carla'"), std::string::npos);
  Fails(1, {"code", "remove", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--start", "1", "--end", "2"});
  Fails(1, {"code", "remove", "--guid", "00000000-0000-4000-8000-000000000000"});
  Fails(2, {"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--start", "-1", "--end", "2"});
  Fails(2, {"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--start", "1"});
  Fails(2, {"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--quote", "x", "--start", "1"});
  Fails(2, {"code", "add", "--code", "Schaamte", "--start", "1", "--end", "2"});
  Fails(2, {"code", "add", "--doc", "d", "--code", "c", "--start", "1", "--end", "2", "--bogus", "x"});
}

TEST_F(CliTest, CodeRemoveUndoesOneCoding) {
  SetUpProject();
  Ok({"code", "add", "--doc", "focusgroep-achterhoek", "--code", "Schaamte", "--start", "10", "--end", "20"});
  const std::string json = Ok({"code", "add", "--doc", "focusgroep-achterhoek", "--code", "Schaamte", "--start", "30",
                               "--end", "40", "--json"});
  const std::string guid = json.substr(json.find("\"guid\":\"") + 8, 36);
  Ok({"code", "remove", "--doc", "focusgroep-achterhoek", "--code", "Schaamte", "--start", "10", "--end", "20"});
  EXPECT_NE(Ok({"code", "remove", "--guid", guid}).find(guid), std::string::npos);
  EXPECT_EQ(Ok({"codings"}), "No codings.\n");
}

TEST_F(CliTest, NotAProjectAndUsageErrors) {
  std::ofstream(m_dir.File("tekst.duiding")) << "geen project\n";
  Result r = Run({"info", "--project", m_dir.File("tekst.duiding")});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("not a Duiding project"), std::string::npos) << r.err;
  r = Run({"info", "--project", m_dir.File("bestaat-niet.duiding")});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("no such project file"), std::string::npos) << r.err;
  EXPECT_EQ(Run({}).code, 2);
  EXPECT_EQ(Run({"frobnicate"}).code, 2);
  EXPECT_EQ(Run({"help"}).code, 0);
  EXPECT_EQ(Run({"codings", "--limit", "x"}).code, 2);
}

TEST_F(CliTest, SearchFindsDutchWithContextAndKeepsItsIndexCurrent) {
  SetUpProject();
  const std::string indexed = Ok({"index"});
  EXPECT_NE(indexed.find("2 indexed now"), std::string::npos) << indexed;
  EXPECT_NE(Ok({"index", "--check"}).find("consistent with the project"), std::string::npos);
  const std::string kwic = Ok({"search", "schamen", "--kwic", "--width", "25"});
  EXPECT_NE(kwic.find("[schaam"), std::string::npos) << kwic;
  EXPECT_NE(kwic.find(" hits in "), std::string::npos) << kwic;
  const std::string json = Ok({"search", "schaamte", "--json", "--limit", "2"});
  EXPECT_NE(json.find("\"hits\":[{\"document\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"match\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"relevance\":"), std::string::npos) << json;  // the document's BM25 weight
  EXPECT_EQ(Ok({"search", "schaamte", "--json", "--order", "document"}).find("\"relevance\""), std::string::npos);
  // A new transcript is in the very next search: the index follows the project.
  std::ofstream(m_dir.File("nieuw.txt"), std::ios::binary) << "[00:01:05] Oma: Ik schaam me niet, één keer per week 👵.\n";
  Ok({"import", m_dir.File("nieuw.txt")});
  EXPECT_NE(Ok({"search", "schamen spreker:oma"}).find("nieuw"), std::string::npos);
  const std::string one = Ok({"search", "schamen spreker:oma", "--kwic"});  // the turn's time beside its speaker
  EXPECT_NE(one.find(" Oma 00:01:05\n"), std::string::npos) << one;
  EXPECT_NE(one.find("\n1 hit in 1 document\n"), std::string::npos) << one;
  EXPECT_NE(Ok({"search", "schaamte", "--json", "--sentences"}).find("\"sentence_start\""), std::string::npos);
  const std::string grouped = Ok({"search", "schaamte", "--group-by", "speaker"});
  EXPECT_NE(grouped.find(" hits)\n"), std::string::npos) << grouped;
  EXPECT_NE(Fails(1, {"search", "last sprekr:x"}).find("at character 6: unknown field"), std::string::npos);
  EXPECT_EQ(Run({"search", "last", "--order", "willekeurig"}).code, 2);
  const std::string bySpeaker = Ok({"search", "schaamte", "--order", "speaker", "--json"});
  EXPECT_NE(bySpeaker.find("\"hits\":[{"), std::string::npos) << bySpeaker;
  EXPECT_NE(Ok({"index", "--rebuild"}).find("built afresh"), std::string::npos);
}

TEST_F(CliTest, AutocodeCodesEveryHitInOneChangeAfterADryRun) {
  SetUpProject();
  const std::string changes = Ok({"log", "--json", "--limit", "1000"});
  const std::string dry = Ok({"autocode", "schaamte", "--code", "Schaamte", "--scope", "sentence", "--dry-run"});
  EXPECT_NE(dry.find("would create"), std::string::npos) << dry;
  EXPECT_EQ(Ok({"log", "--json", "--limit", "1000"}), changes);  // a dry run writes nothing
  const std::string done = Ok({"autocode", "schaamte", "--code", "Schaamte", "--scope", "sentence", "--hits", "1"});
  EXPECT_NE(done.find("1 hit: created 1 coding,"), std::string::npos) << done;
  const std::string codings = Ok({"codings", "--code", "Schaamte", "--json"});
  EXPECT_NE(codings.find("autocode: schaamte"), std::string::npos) << codings;  // the query in the memo
  EXPECT_NE(Ok({"autocode", "schaamte", "--code", "Schaamte", "--scope", "sentence", "--hits", "1"})
                .find("1 already coded"),
            std::string::npos);
  EXPECT_NE(Fails(1, {"autocode", "schaamte", "--code", "Onbekend"}).find("Onbekend"), std::string::npos);
  EXPECT_NE(Fails(1, {"autocode", "schaamte (", "--code", "Schaamte"}).find("query: at character"), std::string::npos);
  EXPECT_EQ(Run({"autocode", "schaamte", "--code", "Schaamte", "--hits", "999"}).code, 2);
}

TEST_F(CliTest, AProjectKeepsItsOwnSynonymList) {
  SetUpProject();
  EXPECT_NE(Ok({"synonyms"}).find("schaamte"), std::string::npos);  // the starter list
  const std::string before = Ok({"search", "schaamte", "--json"});
  std::ofstream(m_dir.File("syn.txt"), std::ios::binary) << "# eigen lijst\nschaamte ~ tante\n";
  EXPECT_NE(Ok({"synonyms", "set", m_dir.File("syn.txt")}).find("1 groups"), std::string::npos);
  EXPECT_EQ(Ok({"synonyms", "show"}), "# eigen lijst\nschaamte ~ tante\n");
  const std::string after = Ok({"search", "schaamte", "--json"});
  EXPECT_NE(after, before);
  EXPECT_NE(after.find("\"match\":\"tante\""), std::string::npos) << after;
  std::ofstream(m_dir.File("kapot.txt"), std::ios::binary) << "schaamte\n";
  EXPECT_NE(Fails(1, {"synonyms", "set", m_dir.File("kapot.txt")}).find("kapot.txt: line 1"), std::string::npos);
  Ok({"synonyms", "reset"});
  EXPECT_EQ(Ok({"search", "schaamte", "--json"}), before);
}

TEST_F(CliTest, ReadersWorkWhileAWriterHoldsTheProject) {
  SetUpProject();
  // Hold the project open for writing in a child process, as the GUI would.
  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  const pid_t holder = fork();
  if (holder == 0) {
    close(ready[0]);
    const int fd = open((m_project + ".lock").c_str(), O_RDWR);
    if (fd < 0 || flock(fd, LOCK_EX) != 0) _exit(1);
    if (write(ready[1], "x", 1) != 1) _exit(1);
    sleep(30);
    _exit(0);
  }
  close(ready[1]);
  char byte = 0;
  ASSERT_EQ(read(ready[0], &byte, 1), 1);
  EXPECT_NE(Ok({"info"}).find("Documents: 2"), std::string::npos);
  const Result r = Run({"codes", "add", "Kansen"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("open elsewhere"), std::string::npos) << r.err;
  kill(holder, SIGKILL);
  waitpid(holder, nullptr, 0);
  Ok({"codes", "add", "Kansen"});
}


// ---- Codebook, code operations, undo ------------------------------------------------------------

std::size_t Occurrences(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

TEST_F(CliTest, ShippedCodebookShowsDefinitionsAndTravelsAsQdc) {
  Ok({"init", m_project, "--user", "anna"});
  EXPECT_NE(Ok({"codebook", "import", "--shipped", "natuurlijk-mentorschap"}).find(" codes added, 0 updated"),
            std::string::npos);
  const std::string shown = Ok({"codebook", "show"});
  EXPECT_NE(shown.find("Schaamte"), std::string::npos) << shown;
  EXPECT_NE(shown.find("Definitie: "), std::string::npos) << shown;
  EXPECT_EQ(Ok({"codebook"}), shown);  // show is the default
  EXPECT_NE(Fails(1, {"codebook", "import", "--shipped", "bestaat-niet"}).find("natuurlijk-mentorschap"),
            std::string::npos);
  // Export, then import into a fresh project: the same codes, GUIDs, colours and definitions.
  const std::string qdc = m_dir.File("F.qdc");
  EXPECT_NE(Ok({"codebook", "export", qdc}).find("codes to " + qdc), std::string::npos);
  const std::string other = m_dir.File("ander.duiding");
  Ok({"init", other, "--user", "bram"});
  Ok({"codebook", "import", qdc, "--project", other});
  const std::string codes = Ok({"codes", "--json"});
  EXPECT_GT(Occurrences(codes, "\"guid\""), 40u) << codes;
  EXPECT_EQ(Ok({"codes", "--json", "--project", other}), codes);
  EXPECT_EQ(Ok({"codebook", "--json", "--project", other}), Ok({"codebook", "--json"}));
  // Again: everything is there already.
  EXPECT_NE(Ok({"codebook", "import", qdc, "--project", other}).find(": 0 codes added, 0 updated"), std::string::npos);
  // A file that is not a codebook is refused, naming it.
  std::ofstream(m_dir.File("kapot.qdc"), std::ios::binary) << "<x/>\n";
  EXPECT_NE(Fails(1, {"codebook", "import", m_dir.File("kapot.qdc")}).find("kapot.qdc"), std::string::npos);
  Fails(2, {"codebook", "herschik"});
}

TEST_F(CliTest, CodesAddRefusesANearDuplicateUnlessAllowed) {
  SetUpProject();
  std::string err = Fails(1, {"codes", "add", "schaamt\u00e9"});  // case and accents
  EXPECT_NE(err.find("'Barri\u00e8res/Schaamte'"), std::string::npos) << err;
  EXPECT_NE(err.find("--allow-similar"), std::string::npos) << err;
  err = Fails(1, {"codes", "add", "Schaamt", "--parent", "Barri\u00e8res"});  // a typo
  EXPECT_NE(err.find("'Barri\u00e8res/Schaamte'"), std::string::npos) << err;
  EXPECT_NE(Ok({"codes", "similar", "Schaamt"}).find("Barri\u00e8res/Schaamte"), std::string::npos);
  EXPECT_EQ(Ok({"codes", "add", "Schaamt", "--allow-similar"}), "Added code 'Schaamt'\n");
  EXPECT_EQ(Ok({"codes"}), "Barri\u00e8res  #CC3333  (0)\n  Schaamte  (0)\nSchaamt  (0)\n");
}

TEST_F(CliTest, CodesEditSetsCriteriaAndExamples) {
  SetUpProject();
  EXPECT_EQ(Ok({"codes", "edit", "Schaamte", "--inclusion", "Zich schamen voor de situatie thuis", "--example",
                "Ik schaamde me kapot \U0001F605"}),
            "Edited code 'Barri\u00e8res/Schaamte'\n");
  Ok({"codes", "edit", "Schaamte", "--exclusion", "Tot last zijn", "--borderline", "Ik zeg het liever niet."});
  const std::string shown = Ok({"codebook", "show"});
  EXPECT_NE(shown.find("Definitie: Zich schamen om hulp te vragen\n"), std::string::npos) << shown;
  EXPECT_NE(shown.find("Wel coderen: Zich schamen voor de situatie thuis\n"), std::string::npos) << shown;
  EXPECT_NE(shown.find("Niet coderen: Tot last zijn\n"), std::string::npos) << shown;
  EXPECT_NE(shown.find("Voorbeeld: Ik schaamde me kapot \U0001F605\n"), std::string::npos) << shown;  // kept
  EXPECT_NE(shown.find("Grensgeval: Ik zeg het liever niet.\n"), std::string::npos) << shown;
  const std::string json = Ok({"codebook", "--json"});
  EXPECT_NE(json.find("\"inclusion\":\"Zich schamen voor de situatie thuis\""), std::string::npos) << json;
  EXPECT_NE(json.find("{\"kind\":\"typical\",\"text\":\"Ik schaamde me kapot \U0001F605\"}"), std::string::npos)
      << json;
  Fails(1, {"codes", "edit", "Onbekend", "--inclusion", "x"});
  Ok({"codes", "edit", "Schaamte", "--clear-examples"});
  EXPECT_EQ(Ok({"codebook", "show"}).find("Voorbeeld:"), std::string::npos);
}

TEST_F(CliTest, MergeUndoRedoAcrossRestarts) {
  SetUpProject();
  Ok({"codes", "add", "G\u00eane"});
  Ok({"codes", "add", "Blozen", "--parent", "G\u00eane"});
  const std::string sanne = "interview-jongere-sanne", focus = "focusgroep-achterhoek";
  Ok({"code", "add", "--doc", sanne, "--code", "Schaamte", "--quote", "schaamde me echt kapot"});
  Ok({"code", "add", "--doc", sanne, "--code", "G\u00eane", "--quote", "schaamde me echt kapot"});  // a duplicate
  Ok({"code", "add", "--doc", focus, "--code", "G\u00eane", "--start", "10", "--end", "20"});
  Ok({"code", "add", "--doc", focus, "--code", "G\u00eane", "--start", "30", "--end", "40"});
  const auto count = [&](const std::string& code) {
    return Occurrences(Ok({"codings", "--json"}), "\"code\":\"" + code + "\"");
  };
  EXPECT_EQ(count("Barri\u00e8res/Schaamte"), 1u);
  EXPECT_EQ(count("G\u00eane"), 3u);
  // Every call is a new process: undo and redo come from the project file, not from memory.
  EXPECT_EQ(Ok({"codes", "merge", "G\u00eane", "Schaamte"}),
            "Merged into 'Barri\u00e8res/Schaamte': 2 codings moved, 1 exact duplicate collapsed, 1 sub-code moved\n");
  EXPECT_EQ(count("Barri\u00e8res/Schaamte"), 3u);
  EXPECT_EQ(count("G\u00eane"), 0u);
  EXPECT_EQ(Ok({"codes"}), "Barri\u00e8res  #CC3333  (0)\n  Schaamte  (3)\n    Blozen  (0)\n");
  EXPECT_NE(Ok({"undo", "--list"}).find("merge code 'G\u00eane' into 'Barri\u00e8res/Schaamte'"), std::string::npos);
  EXPECT_EQ(Ok({"undo"}), "Undone: merge code 'G\u00eane' into 'Barri\u00e8res/Schaamte'\n");
  EXPECT_EQ(count("Barri\u00e8res/Schaamte"), 1u);
  EXPECT_EQ(count("G\u00eane"), 3u);
  EXPECT_EQ(Ok({"codes"}), "Barri\u00e8res  #CC3333  (0)\n  Schaamte  (1)\nG\u00eane  (3)\n  Blozen  (0)\n");
  EXPECT_EQ(Ok({"redo"}), "Redone: merge code 'G\u00eane' into 'Barri\u00e8res/Schaamte'\n");
  EXPECT_EQ(count("Barri\u00e8res/Schaamte"), 3u);
  EXPECT_EQ(count("G\u00eane"), 0u);
  EXPECT_EQ(Ok({"codings", "--json"}).find("\"code\":\"\""), std::string::npos);  // no coding lost its code
  // Undo twice more: the merge, then the last coding.
  Ok({"undo"});
  EXPECT_NE(Ok({"undo", "--json"}).find("\"undone\":\"code 'focusgroep-achterhoek' 30-40 as 'G\u00eane'\""),
            std::string::npos);
  EXPECT_EQ(count("G\u00eane"), 2u);
  EXPECT_EQ(Ok({"redo"}).substr(0, 8), "Redone: ");
  EXPECT_EQ(count("G\u00eane"), 3u);
  Fails(1, {"codes", "merge", "G\u00eane", "Bestaat niet"});
  Fails(2, {"codes", "merge", "G\u00eane"});
}

TEST_F(CliTest, UndoWithNothingToUndoSaysSo) {
  Ok({"init", m_project, "--user", "anna"});
  Ok({"import", Demo("interview-jongere-sanne")});  // an import is not undone
  const std::string log = Ok({"log", "--json", "--limit", "1000"});
  const Result undo = Run({"undo"});
  EXPECT_EQ(undo.code, 0) << undo.err;
  EXPECT_EQ(undo.out, "Nothing to undo\n");
  EXPECT_EQ(Ok({"redo"}), "Nothing to redo\n");
  EXPECT_EQ(Ok({"log", "--json", "--limit", "1000"}), log);
  EXPECT_NE(Ok({"info", "--json"}).find("\"documents\":1"), std::string::npos);
  // A new change after an undo ends the redo stack.
  Ok({"codes", "add", "Kansen"});
  EXPECT_EQ(Ok({"undo"}), "Undone: add code 'Kansen'\n");
  EXPECT_EQ(Ok({"codes"}), "");
  Ok({"codes", "add", "Drempels"});
  EXPECT_EQ(Ok({"redo"}), "Nothing to redo\n");
  EXPECT_EQ(Ok({"codes"}), "Drempels  (0)\n");
  Fails(2, {"undo", "--all"});
}

TEST_F(CliTest, CodesSplitMovesTheChosenCodings) {
  SetUpProject();
  Ok({"code", "add", "--doc", "focusgroep-achterhoek", "--code", "Schaamte", "--start", "10", "--end", "20"});
  Ok({"code", "add", "--doc", "focusgroep-achterhoek", "--code", "Schaamte", "--start", "30", "--end", "40"});
  const std::string json = Ok({"codings", "--json", "--code", "Schaamte"});
  const std::size_t second = json.find("\"guid\":\"", json.find("\"guid\":\"") + 1);
  ASSERT_NE(second, std::string::npos) << json;
  const std::string guid = json.substr(second + 8, 36);
  Fails(1, {"codes", "split", "Schaamte", "Schaamte in de familie", "--codings",
            "00000000-0000-4000-8000-000000000000"});
  Fails(2, {"codes", "split", "Schaamte", "Schaamte in de familie"});
  EXPECT_EQ(Ok({"codes", "split", "Schaamte", "Schaamte in de familie", "--codings", guid}),
            "Split off code 'Barri\u00e8res/Schaamte in de familie'\n");
  EXPECT_EQ(Ok({"codes"}), "Barri\u00e8res  #CC3333  (0)\n  Schaamte  (1)\n  Schaamte in de familie  (1)\n");
  const std::string moved = Ok({"codings", "--json", "--code", "Schaamte in de familie"});
  EXPECT_NE(moved.find("\"guid\":\"" + guid + "\""), std::string::npos) << moved;
  EXPECT_NE(moved.find("\"start\":30,\"end\":40"), std::string::npos) << moved;
  EXPECT_EQ(Ok({"undo"}).substr(0, 8), "Undone: ");
  EXPECT_EQ(Ok({"codes"}), "Barri\u00e8res  #CC3333  (0)\n  Schaamte  (2)\n");
}

TEST_F(CliTest, CodesDeleteHidesCodingsUntilRestored) {
  SetUpProject();
  Ok({"code", "add", "--doc", "focusgroep-achterhoek", "--code", "Schaamte", "--start", "10", "--end", "20"});
  EXPECT_EQ(Ok({"codes", "list", "--deleted"}), "");
  EXPECT_EQ(Ok({"codes", "delete", "Barri\u00e8res"}), "Deleted code 'Barri\u00e8res'\n");
  EXPECT_EQ(Ok({"codes"}), "");
  EXPECT_EQ(Ok({"codings"}), "No codings.\n");
  const std::string deleted = Ok({"codes", "list", "--deleted"});
  EXPECT_EQ(std::count(deleted.begin(), deleted.end(), '\n'), 2) << deleted;
  EXPECT_EQ(deleted.rfind("Barri\u00e8res  deleted ", 0), 0u) << deleted;
  EXPECT_NE(deleted.find("\nBarri\u00e8res/Schaamte  deleted "), std::string::npos) << deleted;
  Fails(1, {"code", "add", "--doc", "focusgroep-achterhoek", "--code", "Schaamte", "--start", "30", "--end", "40"});
  Fails(1, {"codes", "delete", "Barri\u00e8res"});
  EXPECT_EQ(Ok({"codes", "restore", "Barri\u00e8res"}), "Restored code 'Barri\u00e8res'\n");
  EXPECT_EQ(Ok({"codes"}), "Barri\u00e8res  #CC3333  (0)\n  Schaamte  (1)\n");
  EXPECT_NE(Ok({"codings"}).find("10-20  Barri\u00e8res/Schaamte  anna"), std::string::npos);
  EXPECT_EQ(Ok({"codes", "list", "--deleted"}), "");
  Fails(1, {"codes", "restore", "Barri\u00e8res"});  // not deleted
}

TEST_F(CliTest, CodeInvivoNamesANewCodeAfterTheQuote) {
  SetUpProject();
  EXPECT_EQ(Ok({"code", "invivo", "--doc", "interview-jongere-sanne", "--quote", "schaamde me echt kapot", "--parent",
                "Barri\u00e8res"}),
            "In-vivo code 'Barri\u00e8res/schaamde me echt kapot' at 1580-1602 in 'interview-jongere-sanne': "
            "\"schaamde me echt kapot\"\n");
  EXPECT_EQ(Ok({"codes"}), "Barri\u00e8res  #CC3333  (0)\n  Schaamte  (0)\n  schaamde me echt kapot  (1)\n");
  const std::string codings = Ok({"codings", "--json"});
  EXPECT_NE(codings.find("\"code\":\"Barri\u00e8res/schaamde me echt kapot\""), std::string::npos) << codings;
  EXPECT_NE(codings.find("\"quote\":\"schaamde me echt kapot\""), std::string::npos) << codings;
  // One change: one undo takes away the code and its coding.
  Ok({"undo"});
  EXPECT_EQ(Ok({"codes"}), "Barri\u00e8res  #CC3333  (0)\n  Schaamte  (0)\n");
  EXPECT_EQ(Ok({"codings"}), "No codings.\n");
  Fails(1, {"code", "invivo", "--doc", "interview-jongere-sanne", "--quote", "staat er niet in"});
  Fails(1, {"code", "invivo", "--doc", "interview-jongere-sanne", "--quote", "schaamde me echt kapot", "--parent",
            "Bestaat niet"});
  Fails(2, {"code", "invivo", "--quote", "schaamde me echt kapot"});
}

// ---- Retrieval and matrices ----------------------------------------------------------------------

// Two short transcripts, every number countable by hand:
//   moeder (groep=ouder, regio=Achterhoek)
//     [00:01:02] I: Wie helpt er één keer per week?
//     [00:01:10] Moeder: Ik schaam me, ik wil niemand tot last zijn 😅.
//     [00:01:30] Oma: Ik help graag.
//   jongere (groep=jongere)
//     I: Wie is jouw steunfiguur?
//     Jongere: Mijn oma, maar ik schaam me soms.
// Codes Barrières > Schaamte, Tot last zijn; Steun. Codings:
//   Schaamte       "Ik schaam me, ik wil niemand"     moeder, Moeder (ouder), anna
//   Tot last zijn  "ik wil niemand tot last zijn 😅"  moeder, Moeder (ouder), anna   overlaps the one above
//   Steun          "Ik help graag."                   moeder, Oma (netwerklid), anna
//   Steun          "Mijn oma"                         jongere, Jongere (jongere), anna
//   Schaamte       "ik schaam me soms"                jongere, Jongere (jongere), bram   2 words after "Mijn oma"
class CliAnalysisTest : public CliTest {
 protected:
  void SetUp() override {
    Ok({"init", m_project, "--user", "anna"});
    Ok({"users", "add", "bram"});
    std::ofstream(m_dir.File("moeder.txt"), std::ios::binary)
        << "[00:01:02] I: Wie helpt er \u00e9\u00e9n keer per week?\n"
           "[00:01:10] Moeder: Ik schaam me, ik wil niemand tot last zijn \U0001F605.\n"
           "[00:01:30] Oma: Ik help graag.\n";
    std::ofstream(m_dir.File("jongere.txt"), std::ios::binary)
        << "I: Wie is jouw steunfiguur?\nJongere: Mijn oma, maar ik schaam me soms.\n";
    Ok({"import", m_dir.File("moeder.txt"), "--attr", "groep=ouder,regio=Achterhoek"});
    Ok({"import", m_dir.File("jongere.txt"), "--attr", "groep=jongere"});
    Ok({"codes", "add", "Barri\u00e8res"});
    Ok({"codes", "add", "Schaamte", "--parent", "Barri\u00e8res"});
    Ok({"codes", "add", "Tot last zijn", "--parent", "Barri\u00e8res"});
    Ok({"codes", "add", "Steun"});
    Ok({"code", "add", "--doc", "moeder", "--code", "Schaamte", "--quote", "Ik schaam me, ik wil niemand"});
    Ok({"code", "add", "--doc", "moeder", "--code", "Tot last zijn", "--quote",
        "ik wil niemand tot last zijn \U0001F605"});
    Ok({"code", "add", "--doc", "moeder", "--code", "Steun", "--quote", "Ik help graag."});
    Ok({"code", "add", "--doc", "jongere", "--code", "Steun", "--quote", "Mijn oma"});
    Ok({"--user", "bram", "code", "add", "--doc", "jongere", "--code", "Schaamte", "--quote", "ik schaam me soms"});
  }
};

TEST_F(CliAnalysisTest, RetrieveListsFragmentsWithSpeakerRoleTimestampAndCoder) {
  const std::string json = Ok({"retrieve", "--code", "Schaamte", "--json"});
  // Documents by name: jongere first.
  const std::size_t jongere = json.find("\"document\":\"jongere\""), moeder = json.find("\"document\":\"moeder\"");
  ASSERT_NE(jongere, std::string::npos) << json;
  ASSERT_NE(moeder, std::string::npos) << json;
  EXPECT_LT(jongere, moeder);
  EXPECT_EQ(Occurrences(json, "\"coding\":\""), 2u) << json;
  EXPECT_NE(json.find("\"code\":\"Barri\u00e8res/Schaamte\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"document_guid\":\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"speaker\":\"Moeder\",\"role\":\"ouder\",\"timestamp\":\"00:01:10\",\"coder\":\"anna\","
                      "\"memo\":\"\",\"quote\":\"Ik schaam me, ik wil niemand\"}"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"speaker\":\"Jongere\",\"role\":\"jongere\",\"timestamp\":\"\",\"coder\":\"bram\",\"memo\":\"\","
                      "\"quote\":\"ik schaam me soms\"}"),
            std::string::npos)
      << json;
  // The same as text, with the count.
  const std::string text = Ok({"retrieve", "--code", "Schaamte"});
  EXPECT_NE(text.find("Barri\u00e8res/Schaamte  Moeder (ouder) [00:01:10]  anna\n    \"Ik schaam me, ik wil niemand\"\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\n2 fragments\n"), std::string::npos) << text;
  // Filters: by document attribute, by role, by coder; --all gives the overlap; --subcodes.
  EXPECT_NE(Ok({"retrieve", "--attr", "groep=ouder"}).find("\n3 fragments\n"), std::string::npos);
  EXPECT_NE(Ok({"retrieve", "--attr", "regio=(geen)"}).find("\n2 fragments\n"), std::string::npos);
  EXPECT_NE(Ok({"retrieve", "--role", "jongere,netwerklid"}).find("\n3 fragments\n"), std::string::npos);
  EXPECT_NE(Ok({"retrieve", "--coder", "bram"}).find("\n1 fragment\n"), std::string::npos);
  EXPECT_NE(Ok({"retrieve", "--code", "Barri\u00e8res"}).find("0 fragments\n"), std::string::npos);
  EXPECT_NE(Ok({"retrieve", "--code", "Barri\u00e8res", "--subcodes"}).find("\n3 fragments\n"), std::string::npos);
  const std::string both = Ok({"retrieve", "--code", "Schaamte,Tot last zijn", "--all", "--json"});
  EXPECT_EQ(Occurrences(both, "\"coding\":\""), 1u) << both;
  EXPECT_NE(both.find("\"code\":\"Barri\u00e8res/Schaamte + Barri\u00e8res/Tot last zijn\""), std::string::npos) << both;
  EXPECT_NE(both.find("\"quote\":\"ik wil niemand\""), std::string::npos) << both;
  EXPECT_EQ(Occurrences(Ok({"retrieve", "--json", "--limit", "2"}), "\"coding\":\""), 2u);
  Fails(1, {"retrieve", "--coder", "carla"});
  Fails(1, {"retrieve", "--code", "Bestaat niet"});
}

TEST_F(CliAnalysisTest, RetrieveCountsFragmentsDocumentsAndSpeakers) {
  EXPECT_EQ(Ok({"retrieve", "--counts"}),
            "fragments  documents  speakers  code\n"
            "        0          0         0  Barri\u00e8res\n"
            "        2          2         2  Barri\u00e8res/Schaamte\n"
            "        1          1         1  Barri\u00e8res/Tot last zijn\n"
            "        2          2         2  Steun\n");
  EXPECT_EQ(Ok({"retrieve", "--counts", "--code", "Schaamte", "--role", "ouder", "--json"}),
            "[{\"code\":\"Barri\u00e8res/Schaamte\",\"fragments\":1,\"documents\":1,\"speakers\":1}]\n");
  EXPECT_EQ(Ok({"retrieve", "--counts", "--code", "Barri\u00e8res", "--subcodes", "--json"}),
            "[{\"code\":\"Barri\u00e8res\",\"fragments\":3,\"documents\":2,\"speakers\":2}]\n");
}

TEST_F(CliAnalysisTest, MatrixByAttributes) {
  // rol of the speaker: Schaamte by the Jongere and by Moeder; Tot last zijn by Moeder; Steun by
  // the Jongere and by Oma.
  EXPECT_EQ(Ok({"matrix", "--by", "rol", "--format", "csv"}),
            "code,jongere,netwerklid,ouder\n"
            "Barri\u00e8res,0,0,0\n"
            "Barri\u00e8res/Schaamte,1,0,1\n"
            "Barri\u00e8res/Tot last zijn,0,0,1\n"
            "Steun,1,1,0\n");
  // Two attributes of the document; jongere has no regio.
  EXPECT_EQ(Ok({"matrix", "--by", "groep,regio", "--format", "csv", "--count", "documents"}),
            "code,jongere \u00B7 (geen),ouder \u00B7 Achterhoek\n"
            "Barri\u00e8res,0,0\n"
            "Barri\u00e8res/Schaamte,1,1\n"
            "Barri\u00e8res/Tot last zijn,0,1\n"
            "Steun,1,1\n");
  const std::string json = Ok({"matrix", "--by", "groep", "--code", "Steun", "--json"});
  EXPECT_EQ(json.find("{\"by\":[\"groep\"],\"columns\":[\"jongere\",\"ouder\"],\"rows\":[{\"code\":\"Steun\",\"cells\":["
                      "{\"fragments\":1,\"documents\":1,\"codings\":[\""),
            0u)
      << json;
  const std::string steun = Ok({"codings", "--code", "Steun", "--json"});
  const std::string guid = steun.substr(steun.find("\"guid\":\"") + 8, 36);
  EXPECT_NE(json.find(guid), std::string::npos) << json << steun;
  EXPECT_EQ(Ok({"matrix", "--by", "rol", "--role", "ouder", "--format", "csv"}),
            "code,ouder\nBarri\u00e8res,0\nBarri\u00e8res/Schaamte,1\nBarri\u00e8res/Tot last zijn,1\nSteun,0\n");
}

// The text table lines its columns up as a reader sees them: "è" and "·" are one character each.
TEST_F(CliAnalysisTest, MatrixTableLinesUpNamesWithDiacritics) {
  const auto widths = [](const std::string& table) {
    std::vector<std::size_t> lengths;
    std::istringstream lines(table);
    for (std::string line; std::getline(lines, line);)
      lengths.push_back(static_cast<std::size_t>(
          std::count_if(line.begin(), line.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; })));
    return lengths;
  };
  const std::string byRole = Ok({"matrix", "--by", "rol", "--role", "ouder"});
  EXPECT_EQ(byRole,
            "code                     ouder\n"
            "Barri\u00e8res                    0\n"
            "Barri\u00e8res/Schaamte           1\n"
            "Barri\u00e8res/Tot last zijn      1\n"
            "Steun                        0\n");
  EXPECT_EQ(widths(byRole), std::vector<std::size_t>(5, 30)) << byRole;
  const std::string byTwo = Ok({"matrix", "--by", "groep,regio"});
  const std::vector<std::size_t> lengths = widths(byTwo);
  ASSERT_EQ(lengths.size(), 5u) << byTwo;
  EXPECT_EQ(lengths, std::vector<std::size_t>(5, lengths[0])) << byTwo;
}

TEST_F(CliAnalysisTest, MatrixCooccurrence) {
  // Overlap: only Schaamte and Tot last zijn in Moeder's turn; the diagonal counts fragments.
  EXPECT_EQ(Ok({"matrix", "--cooccurrence", "overlap", "--json"}),
            "{\"measure\":\"overlapping fragment pairs\",\"codes\":[\"Barri\u00e8res\",\"Barri\u00e8res/Schaamte\","
            "\"Barri\u00e8res/Tot last zijn\",\"Steun\"],\"counts\":[[0,0,0,0],[0,2,1,0],[0,1,1,0],[0,0,0,2]]}\n");
  // Turns: Schaamte in Moeder's and the Jongere's turn, Steun in Oma's and the Jongere's.
  EXPECT_EQ(Ok({"matrix", "--cooccurrence", "turn", "--format", "csv", "--code", "Schaamte,Tot last zijn,Steun"}),
            "code,Barri\u00e8res/Schaamte,Barri\u00e8res/Tot last zijn,Steun\n"
            "Barri\u00e8res/Schaamte,2,1,1\n"
            "Barri\u00e8res/Tot last zijn,1,1,0\n"
            "Steun,1,0,2\n");
  // Near: "Mijn oma" and "ik schaam me soms" are 2 words apart (",", "maar"); "…😅" and "Ik help
  // graag." 3 (".", "[00:01:30]", "Oma:").
  const std::string near2 = Ok({"matrix", "--cooccurrence", "near", "--words", "2", "--json"});
  EXPECT_NE(near2.find("\"measure\":\"fragment pairs at most 2 words apart\""), std::string::npos) << near2;
  EXPECT_NE(near2.find("\"counts\":[[0,0,0,0],[0,2,1,1],[0,1,1,0],[0,1,0,2]]"), std::string::npos) << near2;
  EXPECT_NE(Ok({"matrix", "--cooccurrence", "near", "--words", "1", "--json"})
                .find("\"counts\":[[0,0,0,0],[0,2,1,0],[0,1,1,0],[0,0,0,2]]"),
            std::string::npos);
  EXPECT_NE(Ok({"matrix", "--cooccurrence", "near", "--words", "3", "--json"})
                .find("\"counts\":[[0,0,0,0],[0,2,1,1],[0,1,1,1],[0,1,1,2]]"),
            std::string::npos);
}

TEST_F(CliAnalysisTest, AnalysisUsageErrors) {
  EXPECT_NE(Fails(2, {"matrix"}).find("--by"), std::string::npos);
  EXPECT_NE(Fails(2, {"matrix", "--cooccurrence", "sideways"}).find("sideways"), std::string::npos);
  Fails(2, {"matrix", "--by", "rol", "--format", "xml"});
  Fails(2, {"matrix", "--by", "rol", "--count", "woorden"});
  Fails(2, {"matrix", "--cooccurrence", "near", "--words", "veel"});
  Fails(2, {"matrix", "--by", "rol", "--bogus"});
  EXPECT_NE(Fails(2, {"retrieve", "--attr", "groep"}).find("--attr"), std::string::npos);
  Fails(2, {"retrieve", "--limit", "x"});
  Fails(2, {"retrieve", "--sideways"});
  Fails(1, {"matrix", "--by", "rol", "--code", "Bestaat niet"});
}

}  // namespace

namespace {

// A blind coding round through the CLI: packages for two coders, coding in each, merging back,
// then the agreement report in every form.
TEST_F(CliTest, CodingRoundPackageMergeAndAgree) {
  SetUpProject();
  Ok({"users", "add", "bram"});
  Ok({"codes", "add", "Tot last zijn", "--parent", "Barrières"});
  const std::string anna = m_dir.File("anna.duiding"), bram = m_dir.File("bram.duiding");
  EXPECT_NE(Ok({"package", "--coder", "anna", "--out", anna}).find("Wrote coder package"), std::string::npos);
  Ok({"package", "--coder", "bram", "--out", bram});
  Fails(1, {"package", "--coder", "anna", "--out", anna});  // never overwrites
  const auto code = [&](const std::string& package, const std::string& user, const std::string& codeName,
                        const std::string& start, const std::string& end) {
    Ok({"--project", package, "--user", user, "code", "add", "--doc", "interview-jongere-sanne", "--code", codeName,
        "--start", start, "--end", end});
  };
  code(anna, "anna", "Schaamte", "100", "200");
  code(anna, "anna", "Tot last zijn", "400", "500");
  code(bram, "bram", "Schaamte", "110", "200");
  code(bram, "bram", "Tot last zijn", "900", "1000");
  // The lead's project does not see the work until it is merged.
  EXPECT_EQ(Ok({"codings", "--json"}), "[]\n");
  const std::string merged = Ok({"merge", anna, bram});
  EXPECT_NE(merged.find("(anna): 2 codings added"), std::string::npos) << merged;
  EXPECT_NE(merged.find("(bram): 2 codings added"), std::string::npos) << merged;
  Fails(1, {"merge", m_project});  // not a package of this project

  const std::string text = Ok({"agree", "--disagreements"});
  EXPECT_NE(text.find("Coders: anna, bram"), std::string::npos) << text;
  EXPECT_NE(text.find("Krippendorff's alpha (nominal)"), std::string::npos) << text;
  EXPECT_NE(text.find("Cohen's kappa"), std::string::npos) << text;
  EXPECT_NE(text.find("units where the coders differ"), std::string::npos) << text;
  EXPECT_NE(text.find("duiding:"), std::string::npos) << text;  // an anchor to jump to
  const std::string json = Ok({"agree", "--json", "--unit", "sentence", "--threshold", "80%"});
  EXPECT_NE(json.find("\"unit\":\"sentence\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"character-level kappa (length-weighted)\""), std::string::npos);
  EXPECT_NE(json.find("\"unitizing alpha (Krippendorff 1995)\""), std::string::npos);
  EXPECT_EQ(json.find("\"nan"), std::string::npos);  // never NaN: undefined with a reason
  EXPECT_EQ(json.find(":nan"), std::string::npos);
  const std::string csv = m_dir.File("agree.csv"), html = m_dir.File("agree.html");
  Ok({"agree", "--csv", csv, "--html", html, "--group-by", "rol"});
  EXPECT_NE(Slurp(csv).find("Krippendorff's alpha (nominal)"), std::string::npos);
  EXPECT_NE(Slurp(html).find("<svg"), std::string::npos);
  Fails(2, {"agree", "--unit", "woord"});
  Fails(1, {"agree", "--coder", "anna"});  // one coder is no comparison
  // One merge is one change: undo takes bram's work away again.
  Ok({"undo"});
  EXPECT_EQ(Ok({"codings", "--coder", "bram", "--json"}), "[]\n");
}

TEST_F(CliTest, AgreementFromASpreadsheet) {
  const std::string table = m_dir.File("betrouwbaarheid.csv");
  std::ofstream(table) << "eenheid;anna;bram;chris\n1;schaamte;schaamte;schaamte\n2;last;schaamte;last\n"
                          "3;last;last;\n4;geen;geen;geen\n";
  const std::string out = Ok({"agree", "--table", table});
  EXPECT_NE(out.find("4 units, 3 coders, 3 categories (nominal)"), std::string::npos) << out;
  EXPECT_NE(out.find("Fleiss' kappa"), std::string::npos) << out;
  EXPECT_NE(out.find("Krippendorff's alpha (nominal)"), std::string::npos) << out;
  const std::string ordinal = Ok({"agree", "--table", table, "--level", "ordinal", "--order", "geen,last,schaamte", "--json"});
  EXPECT_NE(ordinal.find("\"level\":\"ordinal\""), std::string::npos) << ordinal;
  EXPECT_NE(Run({"agree", "--table", table, "--level", "interval"}).code, 0);  // words are not numbers
  EXPECT_EQ(Run({"agree", "--table", table, "--level", "sideways"}).code, 2);
}

TEST_F(CliTest, NumericScoresAgreeWithinATolerance) {
  // Three coders score answers 1-5; spreads (max − min) 0, 1, 3, 1; the last row is incomplete.
  const std::string table = m_dir.File("scores.csv");
  std::ofstream(table) << "antwoord,anna,bram,chris\nA1,3,3,3\nA2,2,3,3\nA3,1,3,4\nA4,5,4,5\nA5,2,,2\n";
  const std::string out = Ok({"agree", "--table", table, "--level", "interval", "--tolerance", "1"});
  EXPECT_NE(out.find("percent agreement within 1"), std::string::npos) << out;
  EXPECT_NE(out.find("0.750"), std::string::npos) << out;
  const std::string json = Ok({"agree", "--table", table, "--level", "ratio", "--tolerance", "3", "--json"});
  EXPECT_NE(json.find("\"percent agreement within 3\":{\"value\":\"1.000\"}"), std::string::npos) << json;
  EXPECT_EQ(Run({"agree", "--table", table, "--tolerance", "1"}).code, 2);  // nominal has no distances
  EXPECT_EQ(Run({"agree", "--table", table, "--level", "interval", "--tolerance", "-1"}).code, 2);
}

}  // namespace

namespace {

TEST_F(CliTest, ExportsFragmentsReportsAndTheWholeProject) {
  SetUpProject();
  Ok({"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--quote", "Ik schaamde me echt kapot."});
  const std::string xml = m_dir.File("fragmenten.xml");
  EXPECT_NE(Ok({"export", "xml", xml, "--code", "Schaamte"}).find("(1 fragments)"), std::string::npos);
  const std::string text = Slurp(xml);
  EXPECT_NE(text.find("Ik schaamde me echt kapot."), std::string::npos);
  EXPECT_EQ(text.find("<speaker>R</speaker>"), std::string::npos);  // no names unless asked
  const std::string schema = std::string(DUIDING_SOURCE_DIR) + "/export/fragments.xsd";
  EXPECT_EQ(std::system((std::string("xmllint --noout --nonet --schema '") + schema + "' '" + xml + "' 2>/dev/null").c_str()), 0);
  // Pseudonymised: the speaker list fills itself, names in the quote give way to labels.
  Ok({"pseudonyms", "add", "Tiel", "[plaats 1]", "--kind", "plaats"});
  const std::string report = m_dir.File("vervangen.txt");
  Ok({"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--quote", "hier in de buurt van Tiel"});
  const std::string out = Ok({"export", "csv", m_dir.File("f.csv"), "--pseudonymise", "--report", report});
  EXPECT_NE(out.find("names replaced"), std::string::npos) << out;
  const std::string csv = Slurp(m_dir.File("f.csv"));
  EXPECT_EQ(csv.find("Tiel"), std::string::npos) << csv;
  EXPECT_NE(csv.find("[plaats 1]"), std::string::npos) << csv;
  EXPECT_NE(Slurp(report).find("'Tiel' -> [plaats 1]"), std::string::npos);
  EXPECT_NE(Ok({"pseudonyms"}).find("plaats\tTiel\t[plaats 1]"), std::string::npos);
  // The quote report, the codebook and the whole project.
  Ok({"export", "html", m_dir.File("citaten.html"), "--code", "Schaamte"});
  EXPECT_NE(Slurp(m_dir.File("citaten.html")).find("Ik schaamde me echt kapot."), std::string::npos);
  Ok({"export", "odt", m_dir.File("citaten.odt")});
  Ok({"export", "xlsx", m_dir.File("f.xlsx")});
  Ok({"export", "qdc", m_dir.File("codes.qdc")});
  const std::string qdpx = m_dir.File("mentorschap.qdpx");
  EXPECT_NE(Ok({"export", "qdpx", qdpx}).find("(2 codings)"), std::string::npos);
  // Into a new project, and the same codings come back.
  const std::string copy = m_dir.File("kopie.duiding");
  Ok({"init", copy, "--user", "lead"});
  const std::string imported = Ok({"--project", copy, "import", qdpx});
  EXPECT_NE(imported.find("2 codings"), std::string::npos) << imported;
  EXPECT_EQ(Ok({"--project", copy, "codings", "--json"}).size(), Ok({"codings", "--json"}).size());
  Fails(2, {"export", "pdf", m_dir.File("x.pdf")});
  Fails(1, {"export", "xml", m_dir.File("x.xml"), "--code", "Bestaat niet"});
  EXPECT_FALSE(std::filesystem::exists(m_dir.File("x.xml")));  // nothing half-written
}

TEST_F(CliTest, ImportsTheRealNvivoSample) {
  const std::string sample = std::string(DUIDING_SOURCE_DIR) + "/../shared/refi-qda/samples/nvivo12-win__oltas.qdpx";
  if (!std::filesystem::exists(sample)) GTEST_SKIP() << "the shared REFI-QDA samples are absent: " << sample;
  Ok({"init", m_project, "--user", "anna"});
  const std::string out = Ok({"import", sample});
  EXPECT_NE(out.find("1 document ("), std::string::npos) << out;
  EXPECT_NE(out.find("97 codings"), std::string::npos) << out;
  EXPECT_NE(out.find("UTF-16"), std::string::npos) << out;  // says how it read the positions
}

}  // namespace
