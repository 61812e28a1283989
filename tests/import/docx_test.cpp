// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/docx.h"

#include <gtest/gtest.h>

#include "import/zip_archive.h"
#include "model/error.h"
#include "tests/import/zip_fixture.h"

namespace duiding::import {
namespace {

using fixture::ExpectInputError;
using fixture::MakeZip;
using fixture::ZipEntry;
using fixture::ZipFixtureOptions;

constexpr const char* kNamespaces =
    R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")"
    R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")"
    R"( xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")"
    R"( xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main")"
    R"( xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape")"
    R"( xmlns:v="urn:schemas-microsoft-com:vml")";

std::string DocumentXml(const std::string& body) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "\n<w:document" + kNamespaces +
         "><w:body>" + body +
         R"(<w:sectPr><w:headerReference w:type="default" r:id="rId8"/>)"
         R"(<w:footerReference w:type="default" r:id="rId9"/>)"
         R"(<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>)";
}

std::string Part(const std::string& root, const std::string& content) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "<w:" + root + kNamespaces + ">" +
         content + "</w:" + root + ">";
}

// The parts Word writes around the body, each holding text that must not reach the document.
std::vector<ZipEntry> WordPackage(const std::string& documentXml) {
  return {
      {"[Content_Types].xml",
       R"(<?xml version="1.0" encoding="UTF-8"?>)"
       R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
       R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.)"
       R"(wordprocessingml.document.main+xml"/></Types>)"},
      {"_rels/.rels", R"(<?xml version="1.0" encoding="UTF-8"?>)"
                      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                      R"(<Relationship Id="rId1")"
                      R"( Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")"
                      R"( Target="word/document.xml"/></Relationships>)"},
      {"word/document.xml", documentXml},
      {"word/comments.xml",
       Part("comments", R"(<w:comment w:id="0" w:author="Onderzoeker"><w:p><w:r><w:annotationRef/></w:r>)"
                        R"(<w:r><w:t>OPMERKING nagaan welk jaar dit was</w:t></w:r></w:p></w:comment>)")},
      {"word/footnotes.xml",
       Part("footnotes", R"(<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>)"
                         R"(<w:r><w:t>VOETNOOT naam van de wijk weggelaten</w:t></w:r></w:p></w:footnote>)")},
      {"word/header1.xml", Part("hdr", "<w:p><w:r><w:t>KOPTEKST vertrouwelijk</w:t></w:r></w:p>")},
      {"word/footer1.xml", Part("ftr", "<w:p><w:r><w:t>VOETTEKST pagina</w:t></w:r></w:p>")},
  };
}

std::string Docx(const std::string& body) { return MakeZip(WordPackage(DocumentXml(body))); }

ImportedDocument ImportBody(const std::string& body) { return ImportDocxBytes("/data/Interview 7.docx", Docx(body)); }

std::string Paragraph(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }

TEST(Docx, ReadsParagraphsBreaksTabsAndDutchText) {
  const ImportedDocument d = ImportBody(
      R"(<w:p><w:pPr><w:pStyle w:val="Kop1"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>)"
      R"(<w:r><w:t>Interview 7, wijk Oost</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:t>I:</w:t></w:r><w:r><w:tab/><w:t>Wie zou u om hulp kunnen vragen?</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:t xml:space="preserve">R: Mijn zus, </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>maar</w:t></w:r>)"
      R"(<w:r><w:t xml:space="preserve"> ik wil haar niet tot last zijn.</w:t></w:r><w:r><w:br/>)"
      R"(<w:t>Ze werkt al één jaar 's avonds in de zorg.</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:t>De geïnterviewde noemt de buurvrouw een ĳverige oud</w:t></w:r><w:r><w:noBreakHyphen/>)"
      R"(<w:t>collega </w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F04A"/><w:t>👍🏽</w:t></w:r>)"
      R"(<w:r><w:br w:type="page"/></w:r></w:p>)" +
      Paragraph("Einde."));
  EXPECT_EQ(d.name, "Interview 7");
  EXPECT_EQ(d.sourcePath, "/data/Interview 7.docx");
  EXPECT_EQ(d.text,
            "Interview 7, wijk Oost\n"
            "I:\tWie zou u om hulp kunnen vragen?\n"
            "R: Mijn zus, maar ik wil haar niet tot last zijn.\n"
            "Ze werkt al één jaar 's avonds in de zorg.\n"
            "De geïnterviewde noemt de buurvrouw een ĳverige oud-collega 👍🏽\n"
            "\n"
            "Einde.\n");
  EXPECT_TRUE(d.notes.empty());
}

TEST(Docx, ListParagraphsGetABullet) {
  const ImportedDocument d = ImportBody(
      Paragraph("R: Wat helpt:") +
      R"(<w:p><w:pPr><w:pStyle w:val="Lijstalinea"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>)"
      R"(<w:r><w:t>de huisarts</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r>)"
      R"(<w:t>en de wijkverpleging</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Geen lijst meer.)"
      R"(</w:t></w:r></w:p>)");
  EXPECT_EQ(d.text, "R: Wat helpt:\n- de huisarts\n- en de wijkverpleging\nGeen lijst meer.\n");
}

// A package with word/styles.xml holding `styles` (w:style elements) after the defaults Word
// writes there.
std::string DocxWithStyles(const std::string& body, const std::string& styles) {
  std::vector<ZipEntry> package = WordPackage(DocumentXml(body));
  package.push_back({"word/styles.xml",
                     Part("styles", R"(<w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="160"/></w:pPr>)"
                                    R"(</w:pPrDefault></w:docDefaults>)"
                                    R"(<w:style w:type="paragraph" w:default="1" w:styleId="Standaard">)"
                                    R"(<w:name w:val="Normal"/><w:qFormat/></w:style>)" +
                                        styles)});
  return MakeZip(package);
}

ImportedDocument ImportWithStyles(const std::string& body, const std::string& styles) {
  return ImportDocxBytes("/data/Interview 7.docx", DocxWithStyles(body, styles));
}

// A paragraph style; `properties` go into its w:pPr.
std::string ParagraphStyle(const std::string& id, const std::string& basedOn, const std::string& properties) {
  return R"(<w:style w:type="paragraph" w:styleId=")" + id + R"("><w:name w:val=")" + id + R"("/>)" +
         (basedOn.empty() ? "" : R"(<w:basedOn w:val=")" + basedOn + R"("/>)") + "<w:pPr>" + properties +
         "</w:pPr></w:style>";
}

std::string Numbering(const std::string& numId) {
  return R"(<w:numPr><w:numId w:val=")" + numId + R"("/></w:numPr>)";
}

// Word's "List Bullet" style, which carries the numbering its paragraphs show.
const std::string kListBullet = ParagraphStyle("ListBullet", "Standaard", Numbering("4") + R"(<w:ind w:left="360"/>)");

std::string StyledParagraph(const std::string& style, const std::string& text, const std::string& properties = "") {
  return R"(<w:p><w:pPr><w:pStyle w:val=")" + style + R"("/>)" + properties + "</w:pPr><w:r><w:t>" + text +
         "</w:t></w:r></w:p>";
}

TEST(Docx, ParagraphsOfAListStyleGetABullet) {
  const std::string body = Paragraph("R: Wie helpt u?") + StyledParagraph("ListBullet", "Grootouders") +
                           StyledParagraph("ListBullet", "één buurvrouw") +
                           StyledParagraph("ListBullet", "'s avonds de coach 👍") +
                           StyledParagraph("Standaard", "I: Dank u.");
  const ImportedDocument d = ImportWithStyles(body, kListBullet);
  EXPECT_EQ(d.text, "R: Wie helpt u?\n- Grootouders\n- één buurvrouw\n- 's avonds de coach 👍\nI: Dank u.\n");
}

TEST(Docx, StyleBasedOnAListStyleIsAListUnlessItSwitchesNumberingOff) {
  const std::string styles = kListBullet + ParagraphStyle("Opsomming", "ListBullet", R"(<w:ind w:left="720"/>)") +
                             ParagraphStyle("OpsommingKlein", "Opsomming", R"(<w:spacing w:after="0"/>)") +
                             ParagraphStyle("GeenOpsomming", "ListBullet", Numbering("0"));
  const std::string body = StyledParagraph("Opsomming", "Grootouders") +
                           StyledParagraph("OpsommingKlein", "één buurvrouw") +
                           StyledParagraph("GeenOpsomming", "'s avonds de coach 👍");
  const ImportedDocument d = ImportWithStyles(body, styles);
  EXPECT_EQ(d.text, "- Grootouders\n- één buurvrouw\n's avonds de coach 👍\n");
}

TEST(Docx, NumIdZeroOnTheParagraphSwitchesItsStyleNumberingOff) {
  const std::string numberingOff = R"(<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>)";
  const std::string body = StyledParagraph("ListBullet", "Grootouders") +
                           StyledParagraph("ListBullet", "één buurvrouw", numberingOff) +
                           StyledParagraph("ListBullet", "'s avonds de coach 👍");
  const ImportedDocument d = ImportWithStyles(body, kListBullet);
  EXPECT_EQ(d.text, "- Grootouders\néén buurvrouw\n- 's avonds de coach 👍\n");
}

TEST(Docx, StyleWithoutNumberingIsNoList) {
  // Only paragraph styles count: a numbering style carries a w:numPr too, but a paragraph that
  // names it as its w:pStyle does not become a list item by it. An unknown style is no list.
  const std::string styles = ParagraphStyle("Citaat", "Standaard", R"(<w:ind w:left="720" w:right="720"/>)") +
                             R"(<w:style w:type="numbering" w:styleId="Opsomming"><w:name w:val="Opsomming"/>)" +
                             "<w:pPr>" + Numbering("5") + "</w:pPr></w:style>" +
                             R"(<w:style w:type="character" w:styleId="Nadruk"><w:name w:val="Emphasis"/>)"
                             R"(<w:rPr><w:i/></w:rPr></w:style>)";
  const ImportedDocument d =
      ImportWithStyles(StyledParagraph("Citaat", "Grootouders") + StyledParagraph("Opsomming", "één buurvrouw") +
                           StyledParagraph("Onbekend", "'s avonds de coach 👍"),
                       styles);
  EXPECT_EQ(d.text, "Grootouders\néén buurvrouw\n's avonds de coach 👍\n");
}

TEST(Docx, CyclicBasedOnChainIsNoListAndEnds) {
  const std::string styles = ParagraphStyle("Heen", "Terug", R"(<w:ind w:left="360"/>)") +
                             ParagraphStyle("Terug", "Heen", R"(<w:ind w:left="720"/>)") +
                             ParagraphStyle("Zelf", "Zelf", R"(<w:numPr><w:ilvl w:val="1"/></w:numPr>)");
  const ImportedDocument d =
      ImportWithStyles(StyledParagraph("Heen", "Grootouders") + StyledParagraph("Terug", "één buurvrouw") +
                           StyledParagraph("Zelf", "'s avonds de coach 👍"),
                       styles);
  EXPECT_EQ(d.text, "Grootouders\néén buurvrouw\n's avonds de coach 👍\n");
}

TEST(Docx, ListStylesAreReadWhateverPrefixStylesXmlUses) {
  const std::string styles =
      R"(<?xml version="1.0"?><styles xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<style type="paragraph" styleId="Lijstopsomming"><pPr><numPr><numId val="2"/></numPr></pPr></style>)"
      R"(</styles>)";
  std::vector<ZipEntry> package =
      WordPackage(DocumentXml(StyledParagraph("Lijstopsomming", "Grootouders") + Paragraph("één buurvrouw")));
  package.push_back({"word/styles.xml", styles});
  EXPECT_EQ(ImportDocxBytes("x.docx", MakeZip(package)).text, "- Grootouders\néén buurvrouw\n");
}

std::string Cell(const std::string& paragraphs) {
  return R"(<w:tc><w:tcPr><w:tcW w:w="1200" w:type="dxa"/></w:tcPr>)" + paragraphs + "</w:tc>";
}

std::string Row(const std::string& cells) { return "<w:tr>" + cells + "</w:tr>"; }

TEST(Docx, TableIsReadRowByRowCellByCell) {
  const std::string table =
      R"(<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>)"
      R"(<w:tblGrid><w:gridCol w:w="1200"/><w:gridCol w:w="7800"/></w:tblGrid>)" +
      Row(Cell(Paragraph("I")) + Cell(Paragraph("Hoe gaat het 's avonds?"))) +
      Row(Cell(Paragraph("R")) + Cell(Paragraph("Rustig.") + Paragraph("Soms bel ik mijn zus.") + "<w:p/>")) +
      "</w:tbl>";
  const ImportedDocument d = ImportBody(Paragraph("Voor de tabel.") + table + Paragraph("Na de tabel."));
  EXPECT_EQ(d.text, "Voor de tabel.\nI\tHoe gaat het 's avonds?\nR\tRustig.\nSoms bel ik mijn zus.\nNa de tabel.\n");
}

// A change tracked while the transcript was corrected, as Word marks it.
std::string Tracked(const std::string& kind, int id, const std::string& content) {
  return "<w:" + kind + " w:id=\"" + std::to_string(id) +
         R"(" w:author="Transcribent" w:date="2024-03-05T10:00:00Z">)" + content + "</w:" + kind + ">";
}

TEST(Docx, TrackedInsertionsAreKeptAndDeletionsLeftOut) {
  const std::string corrected = "<w:p><w:r><w:t xml:space=\"preserve\">R: Ik woon hier al </w:t></w:r>" +
                                Tracked("del", 1, "<w:r><w:delText>twintig</w:delText></w:r>") +
                                Tracked("ins", 2, "<w:r><w:t>dertig</w:t></w:r>") +
                                "<w:r><w:t xml:space=\"preserve\"> jaar.</w:t></w:r></w:p>";
  // A paragraph deleted whole: its text and its paragraph mark.
  const std::string deleted = "<w:p><w:pPr><w:rPr>" + Tracked("del", 3, "") + "</w:rPr></w:pPr>" +
                              Tracked("del", 4, "<w:r><w:delText>Deze zin is geschrapt.</w:delText></w:r>") + "</w:p>";
  const ImportedDocument d = ImportBody(corrected + deleted + Paragraph("I: Dank u wel."));
  EXPECT_EQ(d.text, "R: Ik woon hier al dertig jaar.\nI: Dank u wel.\n");
  EXPECT_EQ(d.notes, std::vector<std::string>{"tracked changes read as accepted: insertions kept, deletions left out"});
}

TEST(Docx, CommentsFootnotesHeadersAndFootersAreLeftOut) {
  const ImportedDocument d =
      ImportBody(R"(<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>R: Dat was vlak na de verhuizing</w:t></w:r>)"
                 R"(<w:commentRangeEnd w:id="0"/>)"
                 R"(<w:r><w:rPr><w:rStyle w:val="Verwijzingopmerking"/></w:rPr><w:commentReference w:id="0"/></w:r>)"
                 R"(<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr><w:footnoteReference w:id="1"/></w:r>)"
                 R"(<w:r><w:t>.</w:t></w:r></w:p>)");
  EXPECT_EQ(d.text, "R: Dat was vlak na de verhuizing.\n");
}

TEST(Docx, FieldCodesAreLeftOutAndTheirResultKept) {
  const ImportedDocument d = ImportBody(
      R"(<w:p><w:r><w:t xml:space="preserve">Datum: </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>)"
      R"(<w:r><w:instrText xml:space="preserve"> DATE \@ "d-M-yyyy" </w:instrText></w:r><w:r>)"
      R"(<w:fldChar w:fldCharType="separate"/></w:r>)"
      R"(<w:r><w:t>5-3-2024</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>)");
  EXPECT_EQ(d.text, "Datum: 5-3-2024\n");
}

TEST(Docx, TextBoxIsReadOnceInPlace) {
  // Word writes a text box twice: as a DrawingML shape and as its VML fallback.
  const std::string box = "<w:txbxContent>" + Paragraph("Kader: namen zijn vervangen") + "</w:txbxContent>";
  const std::string shape = "<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>" + box +
                            "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>";
  const std::string vml = "<w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict>";
  const std::string anchor = R"(<w:r><mc:AlternateContent><mc:Choice Requires="wps">)" + shape +
                             "</mc:Choice><mc:Fallback>" + vml + "</mc:Fallback></mc:AlternateContent></w:r>";
  const ImportedDocument d =
      ImportBody("<w:p><w:r><w:t>Zie het kader.</w:t></w:r>" + anchor + "</w:p>" + Paragraph("I: Goed."));
  EXPECT_EQ(d.text, "Zie het kader.\nKader: namen zijn vervangen\nI: Goed.\n");
}

TEST(Docx, NoEmptyLineAtTheEnd) {
  EXPECT_EQ(ImportBody(Paragraph("R: Ja.") + "<w:p/><w:p><w:pPr><w:jc w:val=\"left\"/></w:pPr></w:p>").text,
            "R: Ja.\n");
  EXPECT_EQ(ImportBody("<w:p/>").text, "");
}

TEST(Docx, AnyNamespacePrefixIsUnderstood) {
  const std::string xml =
      R"(<?xml version="1.0"?><doc:document xmlns:doc="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<doc:body><doc:p><doc:r><doc:t>I: Hoe oud bent u?</doc:t></doc:r></doc:p></doc:body></doc:document>)";
  EXPECT_EQ(ImportDocxBytes("a.docx", MakeZip({{"word/document.xml", xml}})).text, "I: Hoe oud bent u?\n");
}

TEST(ZipArchive, ListsEntriesAndReadsOneByName) {
  const std::string bytes = MakeZip({{"mimetype", "application/test"}, {"map/één.txt", "R: Ja, 's avonds.\n"}});
  const ZipArchive zip("x.zip", bytes, {}, "Word");
  EXPECT_EQ(zip.EntryNames(), (std::vector<std::string>{"mimetype", "map/één.txt"}));
  EXPECT_TRUE(zip.Contains("map/één.txt"));
  EXPECT_FALSE(zip.Contains("word/document.xml"));
  EXPECT_EQ(zip.Read("map/één.txt"), "R: Ja, 's avonds.\n");
  ExpectInputError([&] { zip.Read("word/document.xml"); }, "x.zip: word/document.xml: not found in the archive");
}

// Bad input: each is refused with one line naming the file and, where there is one, the entry.

TEST(Docx, NotAZipIsRefused) {
  ExpectInputError([] { ImportDocxBytes("x.docx", "I: Wie zou u om hulp kunnen vragen?\n"); },
                   "x.docx: not a valid zip archive (no zip directory found; the file is damaged, truncated or of "
                   "another type)");
  ExpectInputError([] { ImportDocxBytes("x.docx", ""); }, "x.docx: not a valid zip archive (the file is empty)");
}

TEST(Docx, TruncatedZipIsRefused) {
  const std::vector<ZipEntry> package =
      WordPackage(DocumentXml(Paragraph("R: Mijn zus, maar ik wil haar niet tot last zijn.")));
  ZipFixtureOptions cut;
  cut.truncateTo = MakeZip(package).size() / 2;
  ExpectInputError([&] { ImportDocxBytes("x.docx", MakeZip(package, cut)); },
                   "x.docx: not a valid zip archive (no zip directory found; the file is damaged, truncated or of "
                   "another type)");
}

TEST(Docx, ZipBombIsRefusedByCompressionRatio) {
  const std::string zeros(300 * 1024, '0');
  const std::string bomb = MakeZip(WordPackage(DocumentXml(Paragraph(zeros))));
  ImportLimits limits;
  limits.maxCompressionRatio = 50;
  ExpectInputError([&] { ImportDocxBytes("x.docx", bomb, limits); },
                   "x.docx: word/document.xml: compression ratio exceeds 50:1 limit (possible zip bomb)");
}

TEST(Docx, EntryLargerThanTheLimitIsRefused) {
  const std::string big = MakeZip(WordPackage(DocumentXml(Paragraph(std::string(300 * 1024, '0')))));
  ImportLimits limits;
  limits.maxFileBytes = 64 * 1024;
  ExpectInputError([&] { ImportDocxBytes("x.docx", big, limits); },
                   "x.docx: word/document.xml: unpacked size exceeds 64 KB limit");
}

TEST(Docx, EntryThatLiesAboutItsSizeIsStoppedWhileUnpacking) {
  ZipFixtureOptions lie;
  lie.lyingEntry = "word/document.xml";
  lie.declaredSize = 1000;
  const std::string forged = MakeZip(WordPackage(DocumentXml(Paragraph(std::string(300 * 1024, '0')))), lie);
  ImportLimits limits;
  limits.maxFileBytes = 64 * 1024;
  ExpectInputError([&] { ImportDocxBytes("x.docx", forged, limits); },
                   "x.docx: word/document.xml: unpacked size exceeds 64 KB limit");
}

TEST(Docx, FileLargerThanTheLimitIsRefused) {
  ImportLimits limits;
  limits.maxFileBytes = 100;
  ExpectInputError([&] { ImportDocxBytes("x.docx", Docx(Paragraph("R: Ja.")), limits); },
                   "x.docx: file size exceeds 100 bytes limit");
}

TEST(Docx, TooManyEntriesAreRefused) {
  ImportLimits limits;
  limits.maxZipEntries = 5;
  ExpectInputError([&] { ImportDocxBytes("x.docx", Docx(Paragraph("R: Ja.")), limits); },
                   "x.docx: zip archive has 7 entries, more than the 5 allowed");
}

TEST(Docx, MissingDocumentXmlIsRefused) {
  ExpectInputError(
      [] {
        ImportDocxBytes("x.docx", MakeZip({{"word/comments.xml", "<w:comments/>"}}));
      },
      "x.docx: word/document.xml: not found; this is not a Word (.docx) document");
}

TEST(Docx, EncryptedWordFileIsRefused) {
  const std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0');
  ExpectInputError([&] { ImportDocxBytes("x.docx", ole); },
                   "x.docx: password-protected or encrypted Word file; remove the password and import again");
}

TEST(Docx, EncryptedZipEntryIsRefused) {
  ZipFixtureOptions encrypt;
  encrypt.encryptedEntry = "word/document.xml";
  ExpectInputError([&] { ImportDocxBytes("x.docx", MakeZip(WordPackage(DocumentXml(Paragraph("R: Ja."))), encrypt)); },
                   "x.docx: word/document.xml: password-protected; remove the password in Word and import again");
}

TEST(Docx, MalformedXmlIsRefusedWithItsPlace) {
  std::string broken = DocumentXml(Paragraph("R: Ja."));
  broken.erase(broken.find("</w:t>"), 6);  // w:t is not closed before its run is
  ExpectInputError([&] { ImportDocxBytes("x.docx", MakeZip(WordPackage(broken))); },
                   "x.docx: word/document.xml: XML error at byte " + std::to_string(broken.find("</w:r>") + 2) +
                       ": start-end tags mismatch");
}

TEST(Docx, MalformedStylesXmlIsRefusedWithItsPlace) {
  std::vector<ZipEntry> package = WordPackage(DocumentXml(StyledParagraph("ListBullet", "Grootouders")));
  const std::string broken = Part("styles", "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:pPr>" +
                                                Numbering("4") + "</w:style>");  // w:pPr is not closed
  package.push_back({"word/styles.xml", broken});
  ExpectInputError([&] { ImportDocxBytes("x.docx", MakeZip(package)); },
                   "x.docx: word/styles.xml: XML error at byte " + std::to_string(broken.find("</w:style>") + 2) +
                       ": start-end tags mismatch");
}

TEST(Docx, DoctypeWithEntitiesIsRefused) {
  const std::string xml =
      R"(<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>)"
      R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>)";
  ExpectInputError(
      [&] {
        ImportDocxBytes("x.docx", MakeZip({{"word/document.xml", xml}}));
      },
      "x.docx: word/document.xml: XML declares entities (<!DOCTYPE with <!ENTITY); refused for safety");
}

}  // namespace
}  // namespace duiding::import
