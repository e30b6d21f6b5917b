package org.workerscontest.demo;

import static org.workerscontest.innovation.api.InnovationMessages.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.workerscontest.command.Commands;
import org.workerscontest.command.Commands.Actor;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.innovation.api.Grade;
import org.workerscontest.innovation.api.ResultKind;
import org.workerscontest.worker.api.Gender;
import org.workerscontest.worker.api.WorkerMessages.RegisterWorker;

/**
 * Workers' innovation for the demo: forty workers in eight units across Zhejiang, four named studios and
 * three hundred results over five years, most evaluated, many adopted, a few withdrawn. Generated from
 * a fixed seed with fixed request ids, so loading it again changes nothing.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "contest.demo", havingValue = "true")
class DemoInnovation implements ApplicationRunner {

    static final int RESULTS = 300;
    private static final Logger log = LoggerFactory.getLogger(DemoInnovation.class);
    private static final Actor ORGANIZER = new Actor("zuweihui", "ORGANIZER");
    private static final String[][] UNITS = {{"省海港集团", "宁波市"}, {"国网浙江电力", "杭州市"}, {"省能源集团", "杭州市"},
            {"省交通集团", "绍兴市"}, {"巨化集团", "衢州市"}, {"温州港集团", "温州市"}, {"嘉兴港务公司", "嘉兴市"},
            {"台州湾新区电厂", "台州市"}};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"海涛", "建华", "晓东", "丽", "伟", "敏", "强", "芳", "军", "静", "志刚", "秀英"};
    private static final String[] SUBJECTS = {"桥吊", "变电站", "盾构机", "锅炉", "输煤皮带", "集装箱锁扣", "配电柜", "压缩机",
            "焊接工装", "巡检机器人", "反应釜", "装卸船机"};
    private static final String[] ACTIONS = {"快速换装装置", "故障预警改进", "节能改造", "智能巡检方案", "安全防护装置",
            "工艺优化", "远程操控改造", "检修工具"};
    private static final ResultKind[] KINDS = ResultKind.values();

    private final Commands commands;

    DemoInnovation(Commands commands) {
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        Random random = new Random(2026);
        List<String> workers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String[] unit = UNITS[i % UNITS.length];
            String id = "demo-worker-%02d".formatted(i + 1);
            send(new RegisterWorker(id, SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length],
                    i % 3 == 1 ? Gender.FEMALE : Gender.MALE, unit[0], unit[1], i % 4 == 0 ? "班组长" : "技术工人",
                    i % 5 != 0), "worker:" + id);
            workers.add(id);
        }
        String[] studioNames = {"王海涛劳模创新工作室", "李建华技能大师工作室", "张晓东职工创新工作室", "刘丽巾帼创新工作室"};
        for (int i = 0; i < studioNames.length; i++) {
            send(new NameStudio("demo-studio-" + (i + 1), studioNames[i], i == 0 ? ContestLevel.NATIONAL
                    : ContestLevel.PROVINCIAL, workers.get(i), UNITS[i][0], List.of(workers.get(i + 8),
                    workers.get(i + 16)), LocalDate.of(2021 + i, 4, 28)), "studio:" + (i + 1));
        }
        for (int i = 0; i < RESULTS; i++) {
            int author = random.nextInt(workers.size());
            String[] unit = UNITS[author % UNITS.length];
            ResultKind kind = KINDS[random.nextInt(KINDS.length)];
            String id = "demo-result-%03d".formatted(i + 1);
            int year = 2022 + random.nextInt(5);
            BigDecimal claimed = BigDecimal.valueOf((1 + random.nextInt(200)) * 5000L);
            String studio = author < 4 && random.nextBoolean() ? "demo-studio-" + (author + 1) : null;
            send(new RecordResult(id, new ResultDetails(SUBJECTS[random.nextInt(SUBJECTS.length)]
                    + ACTIONS[random.nextInt(ACTIONS.length)], kind, kind == ResultKind.PATENT
                    ? "ZL%d1%09d.%d".formatted(year, i + 1, i % 10) : null, List.of(workers.get(author)), unit[0],
                    unit[1], LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)), null, claimed, studio)),
                    "result:" + id);
            int fate = random.nextInt(10);
            if (fate == 0) {
                send(new WithdrawResult(id, "与已有成果重复"), "withdraw:" + id);
            } else if (fate > 2 || year < 2026) {
                Grade grade = Grade.values()[random.nextInt(Grade.values().length)];
                send(new EvaluateResult(id, grade, null), "evaluate:" + id);
                if (grade != Grade.NOT_GRADED && fate > 4) {
                    send(new AdoptResult(id, claimed.multiply(BigDecimal.valueOf(60 + random.nextInt(41)))
                            .divide(BigDecimal.valueOf(100)), "经财务部门核定"), "adopt:" + id);
                }
            }
        }
        log.info("Demo innovation loaded: {} workers, {} studios, {} results", workers.size(), studioNames.length,
                RESULTS);
    }

    private void send(Object command, String step) {
        commands.sendAs(ORGANIZER, command, "demo:innovation:" + step);
    }
}
