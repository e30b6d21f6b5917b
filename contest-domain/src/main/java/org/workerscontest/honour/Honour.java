package org.workerscontest.honour;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.workerscontest.honour.api.HonourMessages.*;
import static org.workerscontest.shared.TextRules.requirePresent;
import static org.workerscontest.shared.TextRules.requireText;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.shared.DomainRuleViolation;

/** An honour of the catalogue (劳动模范, 五一劳动奖章, 工人先锋号 …); its code is its identity. */
@AggregateRoot(type = "Honour")
public class Honour {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    @AggregateIdentifier
    private String code;

    protected Honour() {
        // for Axon
    }

    @CommandHandler
    public Honour(DefineHonour command) {
        String honourCode = requireText(command.code(), "field.honour.code", 30);
        if (!CODE.matcher(honourCode).matches()) {
            throw new DomainRuleViolation("error.honour.codeInvalid", honourCode);
        }
        List<ContestLevel> levels = command.levels() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.levels()));
        if (levels.isEmpty()) {
            throw new DomainRuleViolation("error.honour.noLevels");
        }
        apply(new HonourDefined(honourCode, requireText(command.name(), "field.honour.name", MAX_NAME),
                requirePresent(command.recipientKind(), "field.round.recipientKind"), levels));
    }

    @EventSourcingHandler
    void on(HonourDefined event) {
        code = event.code();
    }
}
