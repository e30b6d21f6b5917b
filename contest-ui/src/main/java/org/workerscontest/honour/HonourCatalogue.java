package org.workerscontest.honour;

import static org.workerscontest.contest.api.ContestLevel.*;
import static org.workerscontest.honour.api.HonourMessages.*;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.workerscontest.command.Commands;
import org.workerscontest.command.Commands.Actor;
import org.workerscontest.honour.api.RecipientKind;

/** Seeds the catalogue with the honours trade unions award; each start finds them already there. */
@Component
@Order(0)
class HonourCatalogue implements ApplicationRunner {

    static final List<DefineHonour> STANDARD = List.of(
            new DefineHonour("MODEL_WORKER", "劳动模范", RecipientKind.PERSON, List.of(NATIONAL, PROVINCIAL, CITY)),
            new DefineHonour("ADVANCED_WORKER", "先进工作者", RecipientKind.PERSON, List.of(NATIONAL, PROVINCIAL, CITY)),
            new DefineHonour(MAY_DAY_MEDAL, "五一劳动奖章", RecipientKind.PERSON, List.of(NATIONAL, PROVINCIAL, CITY)),
            new DefineHonour("MAY_DAY_AWARD", "五一劳动奖状", RecipientKind.UNIT, List.of(NATIONAL, PROVINCIAL, CITY)),
            new DefineHonour("PIONEER_TEAM", "工人先锋号", RecipientKind.TEAM, List.of(NATIONAL, PROVINCIAL, CITY)),
            new DefineHonour("WOMEN_POST", "五一巾帼标兵岗", RecipientKind.TEAM, List.of(NATIONAL, PROVINCIAL, CITY)),
            new DefineHonour("CRAFTSMAN", "工匠", RecipientKind.PERSON, List.of(NATIONAL, PROVINCIAL, CITY, ENTERPRISE)),
            new DefineHonour("TECHNICAL_EXPERT", "技术能手", RecipientKind.PERSON, List.of(NATIONAL, PROVINCIAL, CITY)),
            new DefineHonour("MOST_BEAUTIFUL_WORKER", "最美劳动者", RecipientKind.PERSON,
                    List.of(NATIONAL, PROVINCIAL, CITY)));

    private final Commands commands;

    HonourCatalogue(Commands commands) {
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        STANDARD.forEach(honour -> commands.sendAs(Actor.SYSTEM, honour, "catalogue:honour:" + honour.code()));
    }
}
