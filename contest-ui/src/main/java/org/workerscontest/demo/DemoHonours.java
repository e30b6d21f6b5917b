package org.workerscontest.demo;

import static org.workerscontest.honour.api.HonourMessages.*;

import java.time.LocalDate;
import java.util.List;

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
import org.workerscontest.honour.api.RecipientKind;
import org.workerscontest.ui.Formats;
import org.workerscontest.worker.api.Gender;
import org.workerscontest.worker.api.WorkerMessages.RegisterWorker;

/**
 * Honours for the demo: the 2025 provincial model workers, concluded and on the honour roll, and the
 * 2026 provincial model-worker round in public notice (its notice starts on the day the demo is first
 * loaded). Fixed request ids: loading it again changes nothing.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "contest.demo", havingValue = "true")
class DemoHonours implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHonours.class);
    private static final Actor ORGANIZER = new Actor("zuweihui", "ORGANIZER");
    private static final String[][] NOMINEES = {
            {"王海涛", "省海港集团", "桥吊司机", "true", "练就“一钩准”绝活，带出 40 余名高级技师"},
            {"李秀英", "国网浙江电力", "配电运维班长", "true", "带领班组实现配网带电作业零事故 3000 天"},
            {"张建华", "省交通集团", "桥梁工程师", "false", "主持跨海大桥钢结构防腐技术攻关，获省科技进步奖"},
            {"陈丽", "巨化集团", "化工操作工", "true", "提出合理化建议 86 条，年创效益 1200 万元"},
            {"周晓东", "温州港集团", "装卸班长", "true", "创新“集装箱快速配载法”，作业效率提升 30%"}};

    private final Commands commands;

    DemoHonours(Commands commands) {
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        round("demo-round-2025", 2025, LocalDate.of(2025, 4, 1), true);
        round("demo-round-2026", 2026, LocalDate.now(Formats.BEIJING), false);
        // A second record of demo worker 王海涛 from an earlier employer: the duplicates screen suggests it.
        send(new RegisterWorker("demo-worker-duplicate", "王海涛", Gender.MALE, "宁波舟山港集团", "宁波市", "桥吊司机", true),
                "worker:duplicate");
        log.info("Demo honours loaded: a concluded 2025 round, a 2026 round in public notice, a duplicate worker record");
    }

    private void round(String id, int year, LocalDate noticeStarts, boolean confer) {
        send(new OpenRound(id, "MODEL_WORKER", "劳动模范", RecipientKind.PERSON, ContestLevel.PROVINCIAL, year, 4, null,
                50, "浙江省总工会"), id + ":open");
        for (int i = 0; i < NOMINEES.length; i++) {
            String[] nominee = NOMINEES[i];
            String name = year == 2025 ? nominee[0] : nominee[0].charAt(0) + "新" + nominee[0].substring(1);
            send(new Nominate(id, id + "-n" + i, new Nominee(RecipientKind.PERSON, name,
                    i % 2 == 0 ? Gender.MALE : Gender.FEMALE, nominee[1], nominee[2], Boolean.parseBoolean(nominee[3]),
                    null), "浙江省总工会", nominee[4], List.of("先进事迹材料", "推荐审批表")), id + ":n" + i);
        }
        send(new CloseNominations(id), id + ":close");
        for (int i = 0; i < NOMINEES.length; i++) {
            if (i == 2) {
                send(new RejectNomination(id, id + "-n" + i, "同类荣誉已于上一年度授予"), id + ":reject" + i);
            } else {
                send(new Shortlist(id, id + "-n" + i), id + ":shortlist" + i);
            }
        }
        send(new StartPublicNotice(id, noticeStarts), id + ":notice");
        if (confer) {
            send(new Confer(id, noticeStarts.plusDays(7)), id + ":confer");
        }
    }

    private void send(Object command, String step) {
        commands.sendAs(ORGANIZER, command, "demo:honours:" + step);
    }
}
