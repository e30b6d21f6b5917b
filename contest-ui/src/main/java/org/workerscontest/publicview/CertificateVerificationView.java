package org.workerscontest.publicview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.workerscontest.honour.Certificates;
import org.workerscontest.honour.Certificates.Status;
import org.workerscontest.honour.Certificates.Verification;
import org.workerscontest.ui.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a certificate's QR code leads: anyone can see whether the honour stands or was revoked.
 * It shows what the certificate itself says, nothing more (no merits, no objections).
 */
@Route(value = "verify/:nominationId", autoLayout = false)
@AnonymousAllowed
public class CertificateVerificationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Certificates certificates;
    private final Div body = new Div();

    public CertificateVerificationView(Certificates certificates) {
        this.certificates = certificates;
        addClassNames("display", "display-phone");
        Div header = new Div(new Div(new H1(getTranslation("verify.title"))));
        header.addClassName("display-header");
        body.addClassName("display-body");
        body.setId("display-body");
        add(header, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(certificates.verify(event.getRouteParameters().get("nominationId").orElse("")));
    }

    private void show(Optional<Verification> found) {
        body.removeAll();
        if (found.isEmpty()) {
            Div notice = new Div(new Span(getTranslation("verify.unknown")));
            notice.addClassName("display-notice");
            notice.setId("verify-unknown");
            body.add(notice, new Anchor("display/honours", getTranslation("display.honours")));
            return;
        }
        Verification verification = found.get();
        boolean valid = verification.status() == Status.VALID;
        Span status = new Span(getTranslation("verify.status." + verification.status()));
        status.addClassNames("verify-status", valid ? "valid" : "revoked");
        status.setId("verify-status");
        List<Component> facts = new ArrayList<>(List.of(
                fact("verify.number", verification.number()),
                fact("verify.name", verification.name()),
                fact("verify.employer", verification.employer()),
                fact("verify.honour", verification.year() + " · " + getTranslation("level." + verification.level())
                        + verification.honourName()),
                fact("verify.conferredOn", Formats.date(verification.conferredOn()))));
        if (verification.conferringBody() != null) {
            facts.add(fact("verify.conferringBody", verification.conferringBody()));
        }
        if (!valid) {
            facts.add(fact("verify.revokedOn", Formats.date(verification.revokedOn())));
            facts.add(fact("verify.reason", verification.revocationReason()));
        }
        Div card = new Div(new H2(getTranslation(valid ? "verify.valid" : "verify.revoked")), status);
        card.addClassName("verify-card");
        facts.forEach(card::add);
        body.add(card, new Anchor("display/honours", getTranslation("display.honours")));
    }

    private Component fact(String labelKey, String value) {
        Div fact = new Div(new Span(getTranslation(labelKey)), new Span(value == null ? "" : value));
        fact.addClassName("verify-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
