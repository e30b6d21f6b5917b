package org.workerscontest.innovation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.workerscontest.innovation.api.InnovationMessages.*;
import static org.workerscontest.shared.TextRules.optionalText;
import static org.workerscontest.shared.TextRules.requirePresent;
import static org.workerscontest.shared.TextRules.requireText;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.workerscontest.innovation.api.ResultKind;
import org.workerscontest.shared.DomainRuleViolation;

/**
 * One innovation result: recorded, edited until evaluated, graded, adopted with a verified benefit, or
 * withdrawn. An adopted result is a fact and can no longer be withdrawn.
 */
@AggregateRoot(type = "InnovationResult")
public class InnovationResult {

    /** A Chinese patent number such as ZL202310123456.7: letters, digits and dots. */
    private static final Pattern PATENT_NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9.]{4,29}");
    static final BigDecimal MAX_BENEFIT = new BigDecimal("100000000000");
    static final int MAX_REASON = 500;

    @AggregateIdentifier
    private String resultId;
    private boolean evaluated;
    private boolean adopted;
    private boolean withdrawn;

    protected InnovationResult() {
        // for Axon
    }

    @CommandHandler
    public InnovationResult(RecordResult command, InnovationDirectory directory) {
        requireText(command.resultId(), "field.result.id", 64);
        apply(new ResultRecorded(command.resultId(), claimed(command.resultId(), valid(command.resultId(),
                requirePresent(command.details(), "field.result"), directory), directory)));
    }

    @CommandHandler
    public void handle(EditResult command, InnovationDirectory directory) {
        requireOpen();
        if (evaluated) {
            throw new DomainRuleViolation("error.result.evaluated");
        }
        apply(new ResultEdited(resultId, claimed(resultId, valid(resultId, requirePresent(command.details(), "field.result"),
                directory), directory)));
    }

    /** The valid details, once the result holds their patent number. */
    private static ResultDetails claimed(String resultId, ResultDetails details, InnovationDirectory directory) {
        if (!directory.claimPatentNumber(details.patentNumber(), resultId)) {
            throw new DomainRuleViolation("error.result.patentNumberTaken", details.patentNumber());
        }
        return details;
    }

    @CommandHandler
    public void handle(WithdrawResult command) {
        requireOpen();
        if (adopted) {
            throw new DomainRuleViolation("error.result.adopted");
        }
        apply(new ResultWithdrawn(resultId, requireText(command.reason(), "field.reason", MAX_REASON)));
    }

    @CommandHandler
    public void handle(EvaluateResult command) {
        requireOpen();
        if (adopted) {
            throw new DomainRuleViolation("error.result.adopted");
        }
        apply(new ResultEvaluated(resultId, requirePresent(command.grade(), "field.result.grade"),
                optionalText(command.comments(), "field.result.comments", MAX_REASON)));
    }

    @CommandHandler
    public void handle(AdoptResult command) {
        requireOpen();
        if (!evaluated) {
            throw new DomainRuleViolation("error.result.notEvaluated");
        }
        if (adopted) {
            throw new DomainRuleViolation("error.result.adopted");
        }
        apply(new ResultAdopted(resultId, benefit(requirePresent(command.verifiedBenefit(),
                "field.result.verifiedBenefit")), optionalText(command.comments(), "field.result.comments", MAX_REASON)));
    }

    private void requireOpen() {
        if (withdrawn) {
            throw new DomainRuleViolation("error.result.withdrawn");
        }
    }

    /**
     * The details as they will be stored, or the first rule they break. Public so that an import can check
     * every row before recording any.
     */
    public static ResultDetails valid(String resultId, ResultDetails details, InnovationDirectory directory) {
        String title = requireText(details.title(), "field.result.title", MAX_TITLE);
        ResultKind kind = requirePresent(details.kind(), "field.result.kind");
        String patentNumber = null;
        if (kind == ResultKind.PATENT) {
            patentNumber = requireText(details.patentNumber(), "field.result.patentNumber", MAX_PATENT_NUMBER)
                    .replaceAll("\\s", "").toUpperCase(Locale.ROOT);
            if (!PATENT_NUMBER.matcher(patentNumber).matches()) {
                throw new DomainRuleViolation("error.result.patentNumberInvalid", patentNumber);
            }
            if (directory.patentNumberTaken(patentNumber, resultId)) {
                throw new DomainRuleViolation("error.result.patentNumberTaken", patentNumber);
            }
        }
        List<String> given = details.authorIds() == null ? List.of() : details.authorIds();
        if (given.isEmpty()) {
            throw new DomainRuleViolation("error.result.noAuthors");
        }
        Set<String> authors = new LinkedHashSet<>();
        for (String author : given) {
            if (author == null || !directory.workerExists(author)) {
                throw new DomainRuleViolation("error.result.unknownAuthor", String.valueOf(author));
            }
            authors.add(author);
        }
        String studioId = optionalText(details.studioId(), "field.result.studio", 64);
        if (studioId != null && !directory.studioExists(studioId)) {
            throw new DomainRuleViolation("error.studio.unknown", studioId);
        }
        return new ResultDetails(title, kind, patentNumber, List.copyOf(authors),
                requireText(details.unit(), "field.result.unit", MAX_UNIT),
                requireText(details.region(), "field.result.region", MAX_REGION),
                requirePresent(details.date(), "field.result.date"),
                optionalText(details.description(), "field.result.description", MAX_TEXT),
                details.claimedBenefit() == null ? null : benefit(details.claimedBenefit()), studioId);
    }

    /** Yuan: not negative, at most fen. */
    private static BigDecimal benefit(BigDecimal value) {
        if (value.signum() < 0) {
            throw new DomainRuleViolation("error.result.negativeBenefit");
        }
        if (value.stripTrailingZeros().scale() > 2 || value.compareTo(MAX_BENEFIT) > 0) {
            throw new DomainRuleViolation("error.result.benefitInvalid", value.toPlainString());
        }
        return value;
    }

    @EventSourcingHandler
    void on(ResultRecorded event) {
        resultId = event.resultId();
    }

    @EventSourcingHandler
    void on(ResultEvaluated event) {
        evaluated = true;
    }

    @EventSourcingHandler
    void on(ResultAdopted event) {
        adopted = true;
    }

    @EventSourcingHandler
    void on(ResultWithdrawn event) {
        withdrawn = true;
    }
}
