package org.workerscontest.honour;

import static org.workerscontest.honour.api.HonourMessages.MAY_DAY_MEDAL;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.workerscontest.command.Commands;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.api.HonourMessages;
import org.workerscontest.honour.api.HonourMessages.DefineHonour;
import org.workerscontest.honour.api.HonourMessages.Nominate;
import org.workerscontest.honour.api.HonourMessages.Nominee;
import org.workerscontest.honour.api.HonourMessages.OpenRound;
import org.workerscontest.honour.api.RecipientKind;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.ui.Badges;
import org.workerscontest.ui.Choices;
import org.workerscontest.ui.CommandDialogs;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.FormDialog;
import org.workerscontest.ui.Formats;
import org.workerscontest.worker.api.Gender;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/** Honour selection rounds, and the first prizes waiting for a round to be nominated into. */
@Route("honours")
@RolesAllowed({"ADMIN", "ORGANIZER"})
public class HonoursView extends VerticalLayout implements HasDynamicTitle {

    final Grid<RoundDocument> rounds = new Grid<>();
    final Grid<PendingNominationDocument> pending = new Grid<>();
    private final HonourQueries honours;
    private final Commands commands;
    private final Feedback feedback;
    private final CommandDialogs dialogs;

    public HonoursView(HonourQueries honours, Commands commands, Feedback feedback,
                       AuthenticationContext authentication) {
        this.honours = honours;
        this.commands = commands;
        this.feedback = feedback;
        this.dialogs = new CommandDialogs(this, commands, feedback, this::refresh);
        setSizeFull();
        Button open = new Button(getTranslation("round.open"), VaadinIcon.PLUS.create(), click -> openRound());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-round");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.honours")), open);
        if (authentication.hasRole("ADMIN")) {
            Button define = new Button(getTranslation("honour.define"), VaadinIcon.PLUS.create(), click -> defineHonour());
            define.setId("define-honour");
            header.add(define);
        }
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        rounds.addColumn(RoundDocument::year).setHeader(getTranslation("result.year")).setAutoWidth(true);
        rounds.addColumn(round -> getTranslation("level." + round.level()) + round.honourName())
                .setHeader(getTranslation("field.round.honour")).setFlexGrow(1);
        rounds.addColumn(RoundDocument::quota).setHeader(getTranslation("round.quota")).setAutoWidth(true);
        rounds.addColumn(round -> round.noticeStarts() == null ? "" : Formats.date(round.noticeStarts()) + " – "
                + Formats.date(round.noticeEnds())).setHeader(getTranslation("round.notice")).setAutoWidth(true);
        rounds.addComponentColumn(round -> Badges.badge(getTranslation("field.roundState." + round.state()),
                switch (round.state()) {
                    case CONCLUDED -> "contrast";
                    case PUBLIC_NOTICE -> "success";
                    default -> "";
                })).setHeader(getTranslation("result.state")).setAutoWidth(true);
        rounds.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RoundView.class,
                new RouteParameters("roundId", click.getItem().id()))));
        rounds.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        rounds.setEmptyStateText(getTranslation("common.empty"));
        rounds.setId("rounds");
        pending.addColumn(PendingNominationDocument::name).setHeader(getTranslation("field.nomination.name"))
                .setAutoWidth(true);
        pending.addColumn(PendingNominationDocument::employer).setHeader(getTranslation("field.nomination.employer"))
                .setAutoWidth(true);
        pending.addColumn(PendingNominationDocument::merits).setHeader(getTranslation("field.nomination.merits"))
                .setFlexGrow(1);
        pending.addComponentColumn(entry -> Badges.rowAction(getTranslation("round.nominate"),
                click -> nominatePending(entry))).setAutoWidth(true).setFlexGrow(0);
        pending.setAllRowsVisible(true);
        pending.setEmptyStateText(getTranslation("honour.pending.none"));
        pending.setId("pending-nominations");
        add(header, rounds, new H3(getTranslation("honour.pending")), pending);
        expand(rounds);
        refresh();
    }

    private void refresh() {
        rounds.setItems(honours.rounds());
        pending.setItems(honours.pendingNominations());
    }

    /**
     * Nominates a first prize that found no open round: into the provincial 五一劳动奖章 round of its
     * year if one is open now, else into another open round the organizer picks.
     */
    private void nominatePending(PendingNominationDocument entry) {
        Select<RoundDocument> round = new Select<>();
        round.setLabel(getTranslation("field.round.honour"));
        round.setItems(honours.openRounds(RecipientKind.PERSON));
        round.setItemLabelGenerator(value -> value.year() + " · " + getTranslation("level." + value.level())
                + value.honourName());
        round.setEmptySelectionAllowed(false);
        round.setId("pending-round");
        honours.openRound(MAY_DAY_MEDAL, ContestLevel.PROVINCIAL, entry.year()).ifPresent(round::setValue);
        Select<Gender> gender = Choices.of("field.worker.gender", "gender.", Gender.values());
        TextField position = new TextField(getTranslation("field.nomination.position"));
        Checkbox frontLine = new Checkbox(getTranslation("field.worker.frontLine"), true);
        Paragraph who = new Paragraph(entry.name() + " · " + entry.employer() + " · " + entry.merits());
        dialogs.open(getTranslation("honour.pending.nominate", entry.name()),
                new FormLayout(who, round, gender, position, frontLine), getTranslation("round.nominate"), null,
                () -> {
                    if (round.getValue() == null) {
                        throw new DomainRuleViolation("error.nomination.noRound");
                    }
                    return new Nominate(round.getValue().id(), HonourQueries.automaticNominationId(entry.id()),
                            new Nominee(RecipientKind.PERSON, entry.name(), gender.getValue(), entry.employer(),
                                    position.getValue(), frontLine.getValue(), null),
                            entry.contestName(), entry.merits(), List.of());
                }, () -> getTranslation("round.nominated", entry.name()));
    }

    /** Administrators extend the seeded catalogue, e.g. with a province's own honour. */
    private void defineHonour() {
        TextField code = new TextField(getTranslation("field.honour.code"));
        code.setHelperText(getTranslation("honour.code.hint"));
        code.setId("honour-code");
        TextField name = new TextField(getTranslation("field.honour.name"));
        name.setMaxLength(HonourMessages.MAX_NAME);
        name.setId("honour-name");
        Select<RecipientKind> kind = Choices.of("field.round.recipientKind", "field.recipientKind.",
                RecipientKind.values());
        kind.setValue(RecipientKind.PERSON);
        CheckboxGroup<ContestLevel> levels = new CheckboxGroup<>(getTranslation("honour.levels"));
        levels.setItems(ContestLevel.values());
        levels.setItemLabelGenerator(value -> getTranslation("level." + value));
        levels.setId("honour-levels");
        dialogs.open(getTranslation("honour.define"), new FormLayout(code, name, kind, levels),
                getTranslation("common.save"), null,
                () -> new DefineHonour(code.getValue().strip(), name.getValue(), kind.getValue(),
                        List.copyOf(levels.getSelectedItems())),
                () -> getTranslation("honour.defined", name.getValue().strip()));
    }

    private void openRound() {
        Select<HonourDocument> honour = new Select<>();
        honour.setLabel(getTranslation("field.round.honour"));
        honour.setItems(honours.honours());
        honour.setItemLabelGenerator(HonourDocument::name);
        honour.setId("round-honour");
        Select<ContestLevel> level = new Select<>();
        level.setLabel(getTranslation("field.round.level"));
        level.setItemLabelGenerator(value -> getTranslation("level." + value));
        level.setId("round-level");
        honour.addValueChangeListener(change -> level.setItems(change.getValue() == null ? List.of()
                : change.getValue().levels()));
        IntegerField year = new IntegerField(getTranslation("result.year"));
        year.setId("round-year");
        year.setValue(LocalDate.now(Formats.BEIJING).getYear());
        IntegerField quota = new IntegerField(getTranslation("round.quota"));
        quota.setId("round-quota");
        IntegerField noticeDays = new IntegerField(getTranslation("round.noticeDays"));
        noticeDays.setValue(5);
        IntegerField frontLine = new IntegerField(getTranslation("round.minFrontLine"));
        frontLine.setHelperText(getTranslation("round.minFrontLine.hint"));
        TextField conferringBody = new TextField(getTranslation("field.round.conferringBody"));
        conferringBody.setHelperText(getTranslation("round.conferringBody.hint"));
        conferringBody.setId("round-conferring-body");
        new FormDialog(getTranslation("round.open"), new FormLayout(honour, level, year, quota, noticeDays, frontLine,
                conferringBody),
                getTranslation("common.save"), dialog -> feedback.attempt(() -> {
                    HonourDocument chosen = honour.getValue();
                    commands.send(new OpenRound(UUID.randomUUID().toString(), chosen == null ? null : chosen.code(),
                            chosen == null ? null : chosen.name(), chosen == null ? null : chosen.recipientKind(),
                            level.getValue(), year.getValue() == null ? 0 : year.getValue(),
                            quota.getValue() == null ? 0 : quota.getValue(), noticeDays.getValue(), frontLine.getValue(),
                            conferringBody.getValue()), null);
                    Feedback.success(getTranslation("round.opened"));
                    refresh();
                }, getLocale(), dialog::showError)).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.honours");
    }
}
