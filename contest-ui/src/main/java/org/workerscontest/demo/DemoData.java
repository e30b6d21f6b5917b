package org.workerscontest.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.workerscontest.command.Commands;
import org.workerscontest.command.Commands.Actor;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.contest.api.ContestMessages.CreateContest;
import org.workerscontest.contest.api.ContestMessages.RegisterTeam;
import org.workerscontest.contest.api.TeamKind;
import org.workerscontest.scoring.api.CriterionKind;
import org.workerscontest.scoring.api.ScoringMessages;
import org.workerscontest.scoring.api.ScoringMessages.AssignPanel;
import org.workerscontest.scoring.api.ScoringMessages.CriterionDefinition;
import org.workerscontest.scoring.api.ScoringMessages.DefineDiscipline;
import org.workerscontest.scoring.api.ScoringMessages.EnterMark;
import org.workerscontest.scoring.api.ScoringMessages.LockSheet;
import org.workerscontest.scoring.api.ScoringMessages.PublishResults;
import org.workerscontest.scoring.api.ScoringMessages.RecordTheoryScore;
import org.workerscontest.scoring.api.ScoringMessages.RegisterCompetitor;
import org.workerscontest.user.api.Role;
import org.workerscontest.user.api.UserMessages.CreateUserAccount;

/**
 * A provincial skills contest with 25 teams from Zhejiang's 11 cities and 14 industry unions, and demo
 * accounts, so a newcomer sees a living product at once (CONTEST_DEMO=true). Every command has a fixed
 * request id, so loading it again on the next start changes nothing.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "contest.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String CONTEST_ID = "demo-zhejiang-2026";
    /** Documented in the README; demo installations only. */
    static final String DEMO_PASSWORD = "demo12345";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Actor LOADER = new Actor("demo", "SYSTEM");

    private record DemoUser(String username, String displayName, Role role) {
    }

    private record DemoTeam(String name, TeamKind kind, String area, String leader, String phone) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("zuweihui", "省总组委会", Role.ORGANIZER),
            new DemoUser("caipanzhang", "陈立新", Role.CHIEF_JUDGE),
            new DemoUser("caipan1", "周海燕", Role.JUDGE),
            new DemoUser("caipan2", "吴国平", Role.JUDGE),
            new DemoUser("caipan3", "郑晓东", Role.JUDGE),
            new DemoUser("tianbao", "宁波港集团工会", Role.UNIT_REPORTER));

    private static final List<DemoTeam> TEAMS = List.of(
            new DemoTeam("杭州市代表队", TeamKind.REGION, "杭州市", "王建国", "13805710001"),
            new DemoTeam("宁波市代表队", TeamKind.REGION, "宁波市", "李秀英", "13805740002"),
            new DemoTeam("温州市代表队", TeamKind.REGION, "温州市", "张伟", "13805770003"),
            new DemoTeam("嘉兴市代表队", TeamKind.REGION, "嘉兴市", "刘洋", "13805730004"),
            new DemoTeam("湖州市代表队", TeamKind.REGION, "湖州市", "陈静", "13805720005"),
            new DemoTeam("绍兴市代表队", TeamKind.REGION, "绍兴市", "杨帆", "13805750006"),
            new DemoTeam("金华市代表队", TeamKind.REGION, "金华市", "赵磊", "13805790007"),
            new DemoTeam("衢州市代表队", TeamKind.REGION, "衢州市", "黄丽", "13805700008"),
            new DemoTeam("舟山市代表队", TeamKind.REGION, "舟山市", "周强", "13805800009"),
            new DemoTeam("台州市代表队", TeamKind.REGION, "台州市", "吴敏", "13805760010"),
            new DemoTeam("丽水市代表队", TeamKind.REGION, "丽水市", "徐军", "13805780011"),
            new DemoTeam("省能源集团代表队", TeamKind.INDUSTRY, "能源", "孙志刚", "0571-87650012"),
            new DemoTeam("国网浙江电力代表队", TeamKind.INDUSTRY, "电力", "马晓燕", "0571-87650013"),
            new DemoTeam("省交通集团代表队", TeamKind.INDUSTRY, "交通运输", "朱文斌", "0571-87650014"),
            new DemoTeam("省建设投资集团代表队", TeamKind.INDUSTRY, "建设", "胡海峰", "0571-87650015"),
            new DemoTeam("省机电集团代表队", TeamKind.INDUSTRY, "机械冶金", "郭红梅", "0571-87650016"),
            new DemoTeam("省教科文卫工会代表队", TeamKind.INDUSTRY, "教科文卫", "何俊", "0571-87650017"),
            new DemoTeam("省财贸轻纺工会代表队", TeamKind.INDUSTRY, "财贸轻纺", "高峰", "0571-87650018"),
            new DemoTeam("省农林水利工会代表队", TeamKind.INDUSTRY, "农林水利", "林芳", "0571-87650019"),
            new DemoTeam("浙江移动代表队", TeamKind.INDUSTRY, "信息通信", "罗斌", "0571-87650020"),
            new DemoTeam("省金融工会代表队", TeamKind.INDUSTRY, "金融", "梁雪", "0571-87650021"),
            new DemoTeam("宁波舟山港集团代表队", TeamKind.INDUSTRY, "港口航运", "宋涛", "0574-27650022"),
            new DemoTeam("省海港集团代表队", TeamKind.INDUSTRY, "海洋经济", "谢婷", "0574-27650023"),
            new DemoTeam("省化工集团代表队", TeamKind.INDUSTRY, "石油化工", "韩冬", "0571-87650024"),
            new DemoTeam("省国资委系统代表队", TeamKind.INDUSTRY, "国有企业", "唐亮", "0571-87650025"));

    private final Commands commands;
    private final PasswordEncoder passwordEncoder;

    DemoData(Commands commands, PasswordEncoder passwordEncoder) {
        this.commands = commands;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        for (DemoUser user : USERS) {
            commands.sendAs(LOADER, new CreateUserAccount(user.username(), user.displayName(), user.role(), hash),
                    "demo:user:" + user.username());
        }
        commands.sendAs(LOADER, new CreateContest(CONTEST_ID, "2026年浙江省职工职业技能大赛", ContestLevel.PROVINCIAL,
                "浙江省总工会、浙江省人力资源和社会保障厅", LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 18)),
                "demo:contest");
        for (int i = 0; i < TEAMS.size(); i++) {
            DemoTeam team = TEAMS.get(i);
            String teamId = "demo-team-%02d".formatted(i + 1);
            commands.sendAs(LOADER, new RegisterTeam(CONTEST_ID, teamId, team.name(), team.kind(), team.area(),
                    team.leader(), team.phone()), "demo:" + teamId);
        }
        loadDisciplines();
        log.info("Demo data loaded: contest '{}' with {} teams and 3 disciplines; demo accounts {} (password {})",
                CONTEST_ID, TEAMS.size(), USERS.stream().map(DemoUser::username).toList(), DEMO_PASSWORD);
    }

    private static final Actor ORGANIZER = new Actor("zuweihui", "ORGANIZER");
    private static final Actor CHIEF = new Actor("caipanzhang", "CHIEF_JUDGE");
    private static final List<String> JUDGES = List.of("caipan1", "caipan2", "caipan3");
    private static final String[] NAMES = {"张建华", "李明", "王海涛", "刘洋", "陈晓东", "杨帆", "赵磊", "黄志强", "周丽", "吴刚",
            "徐峰", "孙伟", "马超", "朱晓燕", "胡斌", "郭亮", "何军", "高翔", "林涛", "罗敏", "梁勇", "宋佳", "郑浩", "谢军"};

    /**
     * Three disciplines: electricians finished and published, welders half-way through marking, CNC
     * turners set up and waiting for the judges.
     */
    private void loadDisciplines() {
        Random random = new Random(2026);
        discipline("ELEC", "电工", List.of(
                criterion("A1", "线路安装与调试", CriterionKind.MEASUREMENT, "40"),
                criterion("A2", "安全文明生产", CriterionKind.MEASUREMENT, "20"),
                criterion("B1", "工艺质量", CriterionKind.JUDGEMENT, "25"),
                criterion("B2", "操作规范", CriterionKind.JUDGEMENT, "15")), 10, 10, random);
        discipline("WELD", "焊工", List.of(
                criterion("A1", "焊缝外观尺寸", CriterionKind.MEASUREMENT, "50"),
                criterion("B1", "焊接工艺", CriterionKind.JUDGEMENT, "30"),
                criterion("B2", "安全操作", CriterionKind.JUDGEMENT, "20")), 8, 4, random);
        discipline("CNC", "数控车工", List.of(
                criterion("A1", "尺寸精度", CriterionKind.MEASUREMENT, "60"),
                criterion("A2", "表面质量", CriterionKind.MEASUREMENT, "20"),
                criterion("B1", "加工工艺", CriterionKind.JUDGEMENT, "20")), 6, 0, random);
    }

    private static CriterionDefinition criterion(String code, String name, CriterionKind kind, String maxMark) {
        return new CriterionDefinition(code, name, kind, new BigDecimal(maxMark));
    }

    private void discipline(String code, String name, List<CriterionDefinition> criteria, int competitorCount,
                            int markedCount, Random random) {
        String disciplineId = ScoringMessages.disciplineId(CONTEST_ID, code);
        String request = "demo:" + code + ":";
        commands.sendAs(ORGANIZER, new DefineDiscipline(disciplineId, CONTEST_ID, code, name, new BigDecimal("0.3"),
                new BigDecimal("0.7"), criteria), request + "define");
        commands.sendAs(ORGANIZER, new AssignPanel(disciplineId, JUDGES, CHIEF.user(), Map.of("A1", JUDGES.getFirst())),
                request + "panel");
        for (int i = 0; i < competitorCount; i++) {
            String competitorId = "demo-%s-%02d".formatted(code.toLowerCase(), i + 1);
            DemoTeam team = TEAMS.get((i * 3 + code.length()) % TEAMS.size());
            commands.sendAs(ORGANIZER, new RegisterCompetitor(disciplineId, competitorId,
                    NAMES[(i + code.length() * 5) % NAMES.length], "demo-team-%02d".formatted(TEAMS.indexOf(team) + 1),
                    team.area() + "某企业"), request + competitorId);
            if (i >= markedCount) {
                continue;
            }
            BigDecimal theory = BigDecimal.valueOf(6000 + random.nextInt(3900), 2);
            commands.sendAs(ORGANIZER, new RecordTheoryScore(disciplineId, competitorId, theory),
                    request + competitorId + ":theory");
            for (CriterionDefinition criterion : criteria) {
                if (criterion.kind() == CriterionKind.MEASUREMENT) {
                    String judge = criterion.code().equals("A1") ? JUDGES.getFirst() : JUDGES.get(1);
                    BigDecimal mark = criterion.maxMark().multiply(BigDecimal.valueOf(55 + random.nextInt(45)))
                            .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
                    commands.sendAs(new Actor(judge, "JUDGE"), new EnterMark(disciplineId, competitorId,
                            criterion.code(), mark, null), request + competitorId + ":" + criterion.code());
                } else {
                    // Scores one apart at most, so that every demo sheet can be locked without a flag.
                    int base = 2 + random.nextInt(2);
                    for (String judge : JUDGES) {
                        commands.sendAs(new Actor(judge, "JUDGE"), new EnterMark(disciplineId, competitorId,
                                criterion.code(), BigDecimal.valueOf(base - random.nextInt(2)), null),
                                request + competitorId + ":" + criterion.code() + ":" + judge);
                    }
                }
            }
            if (markedCount == competitorCount) {
                commands.sendAs(CHIEF, new LockSheet(disciplineId, competitorId), request + competitorId + ":lock");
            }
        }
        if (markedCount == competitorCount && competitorCount > 0) {
            commands.sendAs(ORGANIZER, new PublishResults(disciplineId), request + "publish");
        }
    }
}
