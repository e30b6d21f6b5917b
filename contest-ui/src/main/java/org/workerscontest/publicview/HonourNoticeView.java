package org.workerscontest.publicview;

import static org.workerscontest.honour.api.HonourMessages.FileObjection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.workerscontest.command.Commands;
import org.workerscontest.honour.HonourQueries;
import org.workerscontest.honour.NominationDocument;
import org.workerscontest.honour.NominationDocument.Stage;
import org.workerscontest.honour.RoundDocument;
import org.workerscontest.honour.api.RoundState;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public notice (公示) of shortlisted nominees. Anyone may file an objection with a contact (name
 * optional); each client may file only so many, so a flood cannot bury the organizers.
 */
@Route(value = "display/honours/notice", autoLayout = false)
@AnonymousAllowed
public class HonourNoticeView extends Div implements HasDynamicTitle {

    private final HonourQueries honours;
    private final Commands commands;
    private final Feedback feedback;
    private final ObjectionLimit limit;

    public HonourNoticeView(HonourQueries honours, Commands commands, Feedback feedback, ObjectionLimit limit) {
        this.honours = honours;
        this.commands = commands;
        this.feedback = feedback;
        this.limit = limit;
        addClassNames("display", "display-phone");
        Div header = new Div(new Div(new H1(getTranslation("display.notice"))));
        header.addClassName("display-header");
        Div body = new Div();
        body.addClassName("display-body");
        body.setId("display-body");
        List<RoundDocument> inNotice = honours.rounds().stream()
                .filter(round -> round.state() == RoundState.PUBLIC_NOTICE).toList();
        for (RoundDocument round : inNotice) {
            Div section = new Div(new H2(round.year() + " · " + getTranslation("level." + round.level())
                    + round.honourName()), new Paragraph(getTranslation("display.notice.period",
                    Formats.date(round.noticeStarts()), Formats.date(round.noticeEnds()))));
            section.addClassNames("display-section", "display-index");
            for (NominationDocument nomination : honours.nominations(round.id())) {
                if (nomination.stage() != Stage.SHORTLISTED) {
                    continue;
                }
                Button object = new Button(getTranslation("objection.file"), click -> openObjection(round, nomination));
                object.addThemeVariants(ButtonVariant.LUMO_SMALL);
                object.setId("object-" + nomination.id());
                Div item = new Div(new Span(nomination.nominee().name()), new Span(nomination.nominee().employer()
                        + (nomination.nominee().position() == null ? "" : " · " + nomination.nominee().position())),
                        new Paragraph(nomination.merits()), object);
                item.addClassName("index-item");
                section.add(item);
            }
            body.add(section);
        }
        if (inNotice.isEmpty()) {
            Div none = new Div(new Span(getTranslation("display.notice.none")));
            none.addClassName("display-notice");
            body.add(none);
        }
        add(header, body);
    }

    private void openObjection(RoundDocument round, NominationDocument nomination) {
        TextField name = new TextField(getTranslation("field.objection.name"));
        name.setHelperText(getTranslation("objection.nameOptional"));
        TextField contact = new TextField(getTranslation("field.objection.contact"));
        contact.setId("objection-contact");
        TextArea text = new TextArea(getTranslation("field.objection.text"));
        text.setId("objection-text");
        Div error = new Div();
        error.addClassName("form-error");
        error.setVisible(false);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("objection.title", nomination.nominee().name()));
        FormLayout form = new FormLayout(name, contact, text);
        form.setColspan(text, 2);
        dialog.add(error, form);
        Button send = new Button(getTranslation("objection.send"), click -> {
            String client = VaadinRequest.getCurrent() == null ? "" : VaadinRequest.getCurrent().getRemoteAddr();
            if (feedback.attempt(() -> limit.admit(client), getLocale(), message -> {
                error.setText(message);
                error.setVisible(true);
            }) && feedback.attempt(() -> commands.sendAs(Commands.Actor.PUBLIC, new FileObjection(round.id(),
                    UUID.randomUUID().toString(), nomination.id(), name.getValue(), contact.getValue(), text.getValue(),
                    LocalDate.now(Formats.BEIJING)), null), getLocale(), message -> {
                error.setText(message);
                error.setVisible(true);
            })) {
                dialog.close();
                Feedback.success(getTranslation("objection.sent"));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("objection-send");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.notice");
    }
}
