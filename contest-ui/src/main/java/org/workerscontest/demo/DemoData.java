package org.workerscontest.demo;

import java.time.LocalDate;
import java.util.List;

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
        log.info("Demo data loaded: contest '{}' with {} teams; demo accounts {} (password {})", CONTEST_ID,
                TEAMS.size(), USERS.stream().map(DemoUser::username).toList(), DEMO_PASSWORD);
    }
}
