package org.workerscontest.honour;

import static org.workerscontest.honour.api.HonourMessages.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.workerscontest.command.Commands;
import org.workerscontest.honour.NominationDocument.Objection;
import org.workerscontest.honour.NominationDocument.Stage;
import org.workerscontest.honour.api.RecipientKind;
import org.workerscontest.honour.api.RoundState;
import org.workerscontest.ui.Badges;
import org.workerscontest.ui.Choices;
import org.workerscontest.ui.CommandDialogs;
import org.workerscontest.ui.Downloads;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.Formats;
import org.workerscontest.worker.api.Gender;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * One selection round, step by step: nominations while open, review within the quota, the public notice
 * with its objections, conferral after the notice, and revocation.
 */
@Route("honours/:roundId")
@RolesAllowed({"ADMIN", "ORGANIZER"})
public class RoundView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<NominationDocument> nominations = new Grid<>();
    final HorizontalLayout actions = new HorizontalLayout();
    private final HonourQueries honours;
    private final CommandDialogs dialogs;
    private final Paragraph facts = new Paragraph();
    private RoundDocument round;

    public RoundView(HonourQueries honours, Commands commands, Feedback feedback) {
        this.honours = honours;
        this.dialogs = new CommandDialogs(this, commands, feedback, this::refresh);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("round.back"), HonoursView.class);
        round = honours.round(event.getRouteParameters().get("roundId").orElse("")).orElse(null);
        if (round == null) {
            add(back, new Paragraph(getTranslation("round.notFound")));
            return;
        }
        nominations.removeAllColumns();
        nominations.addColumn(nomination -> nomination.nominee().name()).setHeader(getTranslation("field.nomination.name"))
                .setAutoWidth(true);
        nominations.addColumn(nomination -> nomination.nominee().employer()
                + (nomination.nominee().position() == null ? "" : " · " + nomination.nominee().position()))
                .setHeader(getTranslation("field.nomination.employer")).setAutoWidth(true);
        nominations.addColumn(nomination -> nomination.nominee().frontLine() ? getTranslation("common.yes") : "")
                .setHeader(getTranslation("field.worker.frontLine")).setAutoWidth(true);
        nominations.addColumn(NominationDocument::merits).setHeader(getTranslation("field.nomination.merits"))
                .setFlexGrow(1);
        nominations.addComponentColumn(nomination -> Badges.badge(getTranslation("nominationStage." + nomination.stage()),
                        nomination.stage() == Stage.CONFERRED ? "success" : nomination.stage() == Stage.SHORTLISTED ? ""
                                : "contrast"))
                .setHeader(getTranslation("result.state")).setAutoWidth(true);
        nominations.addComponentColumn(this::rowActions).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                .setKey("actions");
        nominations.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        nominations.setEmptyStateText(getTranslation("common.empty"));
        nominations.setId("nominations");
        HorizontalLayout heading = new HorizontalLayout(new H2(round.year() + " · " + getTranslation("level."
                + round.level()) + round.honourName()));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(back, heading, facts, actions, nominations);
        expand(nominations);
        refresh();
    }

    private void refresh() {
        round = honours.round(round.id()).orElse(round);
        List<NominationDocument> all = honours.nominations(round.id());
        nominations.setItems(all);
        facts.setText(getTranslation("round.facts", getTranslation("field.roundState." + round.state()), round.quota(),
                round.noticeDays(), round.minFrontLinePercent() == null ? "—" : round.minFrontLinePercent() + "%")
                + (round.noticeStarts() == null ? "" : " " + getTranslation("display.notice.period",
                Formats.date(round.noticeStarts()), Formats.date(round.noticeEnds())))
                + (round.conferringBody() == null ? "" : " " + getTranslation("round.facts.conferringBody",
                round.conferringBody())));
        actions.removeAll();
        switch (round.state()) {
            case OPEN -> actions.add(button("round.nominate", "nominate", this::openNomination),
                    button("round.close", "close-nominations", () -> dialogs.open(getTranslation("round.close"),
                            new Paragraph(getTranslation("round.close.confirm")), getTranslation("round.close"), null,
                            () -> new CloseNominations(round.id()), () -> getTranslation("round.closed"))));
            case REVIEWING -> {
                DatePicker starts = new DatePicker(getTranslation("field.round.noticeStarts"),
                        LocalDate.now(Formats.BEIJING));
                actions.add(button("round.startNotice", "start-notice", () -> dialogs.open(
                        getTranslation("round.startNotice"), starts, getTranslation("round.startNotice"), null,
                        () -> new StartPublicNotice(round.id(), starts.getValue()),
                        () -> getTranslation("round.noticeStarted"))));
            }
            case PUBLIC_NOTICE -> {
                DatePicker on = new DatePicker(getTranslation("field.round.conferredOn"), LocalDate.now(Formats.BEIJING));
                actions.add(button("round.confer", "confer", () -> dialogs.open(getTranslation("round.confer"), on,
                        getTranslation("round.confer"), null, () -> new Confer(round.id(), on.getValue()),
                        () -> getTranslation("round.conferred"))));
            }
            case CONCLUDED -> actions.add(new Span(getTranslation("round.concludedOn",
                    Formats.date(round.conferredOn()))));
        }
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        if (!id.equals("close-nominations")) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private Component rowActions(NominationDocument nomination) {
        HorizontalLayout row = new HorizontalLayout();
        String name = nomination.nominee().name();
        if (round.state() == RoundState.REVIEWING && nomination.stage() == Stage.PENDING) {
            row.add(Badges.rowAction(getTranslation("round.shortlist"), click -> dialogs.open(
                    getTranslation("round.shortlist"), new Paragraph(name), getTranslation("round.shortlist"), null,
                    () -> new Shortlist(round.id(), nomination.id()), () -> getTranslation("round.shortlisted", name))));
        }
        if (round.state() == RoundState.REVIEWING && (nomination.stage() == Stage.PENDING
                || nomination.stage() == Stage.SHORTLISTED)) {
            row.add(Badges.rowAction(getTranslation("round.reject"), click -> dialogs.openReasoned(
                    getTranslation("round.reject.title", name), getTranslation("round.reject"),
                    reason -> new RejectNomination(round.id(), nomination.id(), reason),
                    getTranslation("round.rejected", name))));
        }
        for (Objection objection : nomination.objections()) {
            if (objection.state().equals("OPEN")) {
                row.add(Badges.rowAction(getTranslation("objection.resolve"), click -> openResolution(nomination,
                        objection)));
            }
        }
        if (nomination.stage() == Stage.CONFERRED) {
            Anchor certificate = Downloads.file("api/honours/nominations/" + nomination.id() + "/certificate.pdf",
                    getTranslation("round.certificate"));
            certificate.addClassName("certificate-link");
            row.add(certificate);
            Button revoke = Badges.rowAction(getTranslation("round.revoke"), click -> dialogs.openReasoned(
                    getTranslation("round.revoke.title", name), getTranslation("round.revoke"),
                    reason -> new Revoke(round.id(), nomination.id(), reason), getTranslation("round.revoked", name)));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.add(revoke);
        }
        return row;
    }

    private void openResolution(NominationDocument nomination, Objection objection) {
        Checkbox upheld = new Checkbox(getTranslation("objection.upheld"));
        TextArea reason = new TextArea(getTranslation("field.reason"));
        reason.setWidthFull();
        reason.setId("reason");
        VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("objection.summary",
                objection.name() == null ? getTranslation("objection.anonymous") : objection.name(), objection.contact(),
                Formats.date(objection.filedOn()), objection.text())), upheld, reason);
        content.setPadding(false);
        dialogs.open(getTranslation("objection.resolve.title", nomination.nominee().name()), content,
                getTranslation("objection.resolve"), null,
                () -> new ResolveObjection(round.id(), objection.id(), upheld.getValue(), reason.getValue()),
                () -> getTranslation("objection.resolved"));
    }

    private void openNomination() {
        TextField name = new TextField(getTranslation("field.nomination.name"));
        name.setId("nominee-name");
        Select<Gender> gender = Choices.of("field.worker.gender", "gender.", Gender.values());
        TextField employer = new TextField(getTranslation("field.nomination.employer"));
        employer.setId("nominee-employer");
        TextField position = new TextField(getTranslation("field.nomination.position"));
        Checkbox frontLine = new Checkbox(getTranslation("field.worker.frontLine"), true);
        TextField nominatedBy = new TextField(getTranslation("field.nomination.nominatedBy"));
        nominatedBy.setId("nominated-by");
        TextArea merits = new TextArea(getTranslation("field.nomination.merits"));
        merits.setId("nominee-merits");
        TextField attachments = new TextField(getTranslation("field.nomination.attachments"));
        attachments.setHelperText(getTranslation("round.attachments.hint"));
        boolean person = round.recipientKind() == RecipientKind.PERSON;
        gender.setVisible(person);
        position.setVisible(person);
        frontLine.setVisible(person);
        FormLayout form = new FormLayout(name, gender, employer, position, frontLine, nominatedBy, merits, attachments);
        form.setColspan(merits, 2);
        dialogs.open(getTranslation("round.nominate"), form, getTranslation("common.save"), null,
                () -> new Nominate(round.id(), UUID.randomUUID().toString(), new Nominee(round.recipientKind(),
                        name.getValue(), gender.getValue(), employer.getValue(), position.getValue(),
                        frontLine.getValue(), null), nominatedBy.getValue(), merits.getValue(),
                        Arrays.stream(attachments.getValue().split("[、,，;；]")).map(String::strip)
                                .filter(title -> !title.isEmpty()).toList()),
                () -> getTranslation("round.nominated", name.getValue().strip()));
    }

    @Override
    public String getPageTitle() {
        return round == null ? getTranslation("nav.honours") : round.year() + " " + round.honourName();
    }
}
