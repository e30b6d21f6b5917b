package org.workerscontest.demo;

import static org.workerscontest.laborcompetition.api.LaborMessages.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.workerscontest.laborcompetition.Campaigns;
import org.workerscontest.laborcompetition.api.Direction;

/**
 * A running labor competition for the demo: a dozen key-project sites over four quarters, the first
 * two closed and verified (one veto among them), the third in review, the fourth not yet reported.
 * Every command carries a fixed request id, so loading it again changes nothing.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "contest.demo", havingValue = "true")
class DemoCampaign implements ApplicationRunner {

    static final String CAMPAIGN_ID = "demo-campaign-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);
    private static final Actor ORGANIZER = new Actor("zuweihui", "ORGANIZER");
    private static final Actor REPORTER = new Actor("tianbao", "UNIT_REPORTER");
    private static final List<String> UNITS = List.of("杭绍甬高速项目部", "宁波舟山港梅山港区项目部", "杭州西站枢纽项目部",
            "温州瓯江口大桥项目部", "金义东城际铁路项目部", "湖州南太湖新区管廊项目部", "绍兴滨海新城水利项目部",
            "台州湾新区电厂项目部", "嘉兴乍浦港区项目部", "衢州机场迁建项目部", "丽水松阳抽水蓄能电站项目部", "舟山绿色石化配套项目部");
    private static final List<Indicator> INDICATORS = List.of(
            new Indicator("OUTPUT", "产值完成率", "%", Direction.HIGHER_IS_BETTER, new BigDecimal("30")),
            new Indicator("QUALITY", "工程质量合格率", "%", Direction.HIGHER_IS_BETTER, new BigDecimal("25")),
            new Indicator("ACCIDENTS", "安全生产事故", "起", Direction.LOWER_IS_BETTER, new BigDecimal("20")),
            new Indicator("ENERGY", "万元产值能耗", "吨标煤", Direction.LOWER_IS_BETTER, new BigDecimal("15")),
            new Indicator("INNOVATION", "技术创新成果", "项", Direction.HIGHER_IS_BETTER, new BigDecimal("10")));

    private final Commands commands;

    DemoCampaign(Commands commands) {
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        send(ORGANIZER, new CreateCampaign(CAMPAIGN_ID, "2026年全省重点工程“五比一创”劳动竞赛", "五比一创",
                "浙江省总工会、浙江省发展和改革委员会", Campaigns.quarters(), units(), INDICATORS, 3, "先进集体"), "create");
        send(ORGANIZER, new AssignReporters(CAMPAIGN_ID, "U02", List.of(REPORTER.user())), "reporters");
        Random random = new Random(2026);
        for (String period : List.of("Q1", "Q2", "Q3")) {
            for (int unit = 1; unit <= UNITS.size(); unit++) {
                String unitId = "U%02d".formatted(unit);
                Actor by = unitId.equals("U02") ? REPORTER : ORGANIZER;
                send(by, new SubmitReport(CAMPAIGN_ID, new Report(unitId, period, values(random), null)),
                        period + unitId + ":submit");
                boolean awaitingReview = period.equals("Q3") && unit >= 10;
                if (period.equals("Q3") && unit == 9) {
                    send(ORGANIZER, new RejectReport(CAMPAIGN_ID, unitId, period, "能耗数据与能源台账不一致，请核实后重报"),
                            period + unitId + ":reject");
                } else if (!awaitingReview) {
                    send(ORGANIZER, new VerifyReport(CAMPAIGN_ID, unitId, period), period + unitId + ":verify");
                }
            }
            if (!period.equals("Q3")) {
                send(ORGANIZER, new ClosePeriod(CAMPAIGN_ID, period), period + ":close");
            }
        }
        send(ORGANIZER, new VetoUnit(CAMPAIGN_ID, "U07", "Q2", "发生一般生产安全责任事故"), "veto");
        log.info("Demo labor competition loaded: {} with {} units", CAMPAIGN_ID, UNITS.size());
    }

    private static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < UNITS.size(); i++) {
            units.add(new Unit("U%02d".formatted(i + 1), UNITS.get(i)));
        }
        return units;
    }

    private static Map<String, BigDecimal> values(Random random) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("OUTPUT", decimal(85 + random.nextDouble() * 30, 1));
        values.put("QUALITY", decimal(95 + random.nextDouble() * 5, 1));
        values.put("ACCIDENTS", BigDecimal.valueOf(random.nextInt(10) < 8 ? 0 : 1 + random.nextInt(2)));
        values.put("ENERGY", decimal(0.08 + random.nextDouble() * 0.12, 3));
        values.put("INNOVATION", BigDecimal.valueOf(random.nextInt(6)));
        return values;
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    private void send(Actor actor, Object command, String step) {
        commands.sendAs(actor, command, "demo:campaign:" + step);
    }
}
