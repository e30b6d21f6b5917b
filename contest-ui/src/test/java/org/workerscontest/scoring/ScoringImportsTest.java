package org.workerscontest.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workerscontest.command.Commands;
import org.workerscontest.command.Commands.Actor;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.contest.api.ContestMessages.CreateContest;
import org.workerscontest.contest.api.ContestMessages.RegisterTeam;
import org.workerscontest.contest.api.TeamKind;
import org.workerscontest.i18n.Translations;
import org.workerscontest.scoring.api.CriterionKind;
import org.workerscontest.scoring.api.ScoringMessages;
import org.workerscontest.scoring.api.ScoringMessages.CriterionDefinition;
import org.workerscontest.scoring.api.ScoringMessages.DefineDiscipline;
import org.workerscontest.ui.ImportCheck.ImportRefused;

/** Imports from .csv and .xlsx files: all of a good file, nothing of a bad one, every problem by row. */
// One application context for every test class: a second one in the same JVM stalls the first one's
// event processors (seen with two embedded stores side by side).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithMockUser(username = "zuweihui", roles = "ORGANIZER")
class ScoringImportsTest {

    static final Locale ZH = Translations.CHINESE;

    @Autowired
    ScoringImports imports;
    @Autowired
    ScoringQueries scoring;
    @Autowired
    ResultExports exports;
    @Autowired
    Commands commands;

    DisciplineDocument discipline;

    @BeforeEach
    void setUp() {
        String contestId = UUID.randomUUID().toString();
        commands.sendAs(Actor.SYSTEM, new CreateContest(contestId, "导入测试赛", ContestLevel.CITY, "市总工会",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)), null);
        commands.sendAs(Actor.SYSTEM, new RegisterTeam(contestId, "t1", "西湖区代表队", TeamKind.REGION, "西湖区",
                "王建国", "13805710001"), null);
        commands.sendAs(Actor.SYSTEM, new RegisterTeam(contestId, "t2", "滨江区代表队", TeamKind.REGION, "滨江区",
                "李秀英", "13805710002"), null);
        String disciplineId = ScoringMessages.disciplineId(contestId, "ELEC");
        commands.sendAs(Actor.SYSTEM, new DefineDiscipline(disciplineId, contestId, "ELEC", "电工",
                new BigDecimal("0.3"), new BigDecimal("0.7"), List.of(
                        new CriterionDefinition("A1", "线路", CriterionKind.MEASUREMENT, new BigDecimal("100")))), null);
        discipline = scoring.discipline(disciplineId).orElseThrow();
    }

    private static byte[] csv(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(String[]... rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("选手");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    @Test
    void competitorsFromAnExcelFileAreRegisteredWithStartNumbers() throws IOException {
        byte[] file = xlsx(new String[] {"姓名", "代表队", "工作单位"},
                new String[] {"张伟", "西湖区代表队", "国网杭州供电公司"},
                new String[] {"李娜", "滨江区代表队", ""});
        assertThat(imports.competitors(discipline, "选手名单.xlsx", file, ZH, "import-" + UUID.randomUUID())).isEqualTo(2);
        assertThat(scoring.competitors(discipline.id())).extracting(CompetitorDocument::startNumber,
                CompetitorDocument::name, CompetitorDocument::teamName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "张伟", "西湖区代表队"),
                org.assertj.core.groups.Tuple.tuple(2, "李娜", "滨江区代表队"));
    }

    @Test
    void aFileWithProblemsIsRefusedWholeWithEveryProblemByRow() {
        byte[] file = csv("姓名,代表队,工作单位\n张伟,西湖区代表队,国网\n,滨江区代表队,\n王强,上城区代表队,\n");
        assertThatThrownBy(() -> imports.competitors(discipline, "选手.csv", file, ZH, "import-" + UUID.randomUUID()))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.problems()).containsExactly(
                        "第 3 行：「姓名」不能为空", "第 4 行：找不到参赛代表队「上城区代表队」"));
        assertThat(scoring.competitors(discipline.id())).isEmpty();

        assertThatThrownBy(() -> imports.competitors(discipline, "选手.csv", csv("姓名,单位\n张伟,国网\n"), ZH, "x"))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.problems())
                        .containsExactly("缺少「代表队」列"));
        assertThatThrownBy(() -> imports.competitors(discipline, "选手.pdf", new byte[] {1, 2}, ZH, "x"))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.problems().getFirst())
                        .startsWith("无法读取文件"));
    }

    @Test
    void theoryScoresAreMatchedByStartNumberAndRecordedAllOrNone() throws IOException {
        imports.competitors(discipline, "a.csv", csv("姓名,代表队\n张伟,西湖区代表队\n李娜,滨江区代表队\n"), ZH,
                "import-" + UUID.randomUUID());
        assertThatThrownBy(() -> imports.theoryScores(discipline, "理论.csv", csv("编号,理论成绩\n1,88.5\n2,101\n"), ZH,
                "t-" + UUID.randomUUID()))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.problems())
                        .containsExactly("理论成绩「101」无效：应在 0–100 之间，最多两位小数"));
        assertThat(scoring.competitors(discipline.id())).allMatch(competitor -> competitor.theory() == null);

        byte[] file = xlsx(new String[] {"编号", "姓名", "理论成绩"}, new String[] {"001", "张伟", "88.5"},
                new String[] {"2", "李娜", "91"});
        assertThat(imports.theoryScores(discipline, "理论.xlsx", file, ZH, "t-" + UUID.randomUUID())).isEqualTo(2);
        assertThat(scoring.competitors(discipline.id())).extracting(competitor -> competitor.theory().toPlainString())
                .containsExactly("88.5", "91");
    }

    @Test
    void aMarkingSchemeIsReadFromAFileForTheFormToShow() {
        List<CriterionDefinition> criteria = imports.scheme("评分标准.csv",
                csv("代码,名称,方式,满分\nA1,线路敷设,客观,40\nB1,工艺美观,主观,60\n"), ZH);
        assertThat(criteria).containsExactly(
                new CriterionDefinition("A1", "线路敷设", CriterionKind.MEASUREMENT, new BigDecimal("40")),
                new CriterionDefinition("B1", "工艺美观", CriterionKind.JUDGEMENT, new BigDecimal("60")));
        assertThatThrownBy(() -> imports.scheme("评分标准.csv", csv("代码,名称,方式,满分\nA1,线路,半客观,四十\n"), ZH))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.problems()).containsExactly(
                        "第 2 行：评分方式「半客观」无效，应为“客观”或“主观”", "第 2 行：「满分」不是有效的数字：四十"));
    }

    @Test
    void resultsExportAsExcelAndCsvWithChineseHeadings() throws IOException {
        ResultExports.Table table = exports.results(discipline, scoring.results(discipline.id()), ZH);
        String csv = new String(exports.csv(table), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF名次,编号,选手,代表队,理论,实操,总分,奖项");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(table)))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("电工");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("选手");
        }
    }
}
