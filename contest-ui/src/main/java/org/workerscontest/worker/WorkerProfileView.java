package org.workerscontest.worker;

import java.util.List;

import org.workerscontest.command.Commands;
import org.workerscontest.honour.NominationDocument.Stage;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.ui.Badges;
import org.workerscontest.ui.CommandDialogs;
import org.workerscontest.ui.Downloads;
import org.workerscontest.ui.Facts;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.Formats;
import org.workerscontest.worker.WorkerProfiles.HonourEntry;
import org.workerscontest.worker.WorkerProfiles.InnovationEntry;
import org.workerscontest.worker.WorkerProfiles.PrizeEntry;
import org.workerscontest.worker.WorkerProfiles.Profile;
import org.workerscontest.worker.api.WorkerMessages.MergeWorker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * A person's profile (个人档案): their record, the records merged into it, and every honour, contest
 * placing and innovation result they have. An organizer merges a duplicate record into it here.
 */
@Route("workers/:workerId")
@RolesAllowed({"ADMIN", "ORGANIZER"})
public class WorkerProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<HonourEntry> honours = new Grid<>();
    final Grid<PrizeEntry> prizes = new Grid<>();
    final Grid<InnovationEntry> innovation = new Grid<>();
    final Grid<WorkerDocument> merged = new Grid<>();
    private final WorkerProfiles profiles;
    private final WorkerQueries workers;
    private final CommandDialogs dialogs;
    private final H2 name = new H2();
    private final Div facts = new Div();
    private final Paragraph redirected = new Paragraph();
    private final H3 mergedHeading = new H3();
    private String workerId = "";
    private Profile profile;

    public WorkerProfileView(WorkerProfiles profiles, WorkerQueries workers, Commands commands, Feedback feedback) {
        this.profiles = profiles;
        this.workers = workers;
        this.dialogs = new CommandDialogs(this, commands, feedback, this::refresh);
        RouterLink back = new RouterLink(getTranslation("profile.back"), WorkersView.class);
        Button merge = new Button(getTranslation("profile.merge"), VaadinIcon.CONNECT.create(), click -> openMerge());
        merge.setId("merge-record");
        HorizontalLayout heading = new HorizontalLayout(name, merge);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        facts.addClassName("contest-summary");
        redirected.setId("profile-redirected");
        redirected.setVisible(false);

        honours.addColumn(HonourEntry::year).setHeader(getTranslation("result.year")).setAutoWidth(true);
        honours.addColumn(entry -> getTranslation("level." + entry.level()) + entry.honourName())
                .setHeader(getTranslation("field.round.honour")).setFlexGrow(1);
        honours.addComponentColumn(entry -> Badges.badge(getTranslation("nominationStage." + entry.stage()),
                entry.stage() == Stage.CONFERRED ? "success" : "error")).setHeader(getTranslation("result.state"))
                .setAutoWidth(true);
        honours.addColumn(entry -> Formats.date(entry.conferredOn())).setHeader(getTranslation("field.round.conferredOn"))
                .setAutoWidth(true);
        honours.addComponentColumn(this::certificateOrReason).setAutoWidth(true);
        prizes.addColumn(entry -> entry.date() == null ? "" : entry.date().getYear() + "").setHeader(getTranslation("result.year"))
                .setAutoWidth(true);
        prizes.addColumn(entry -> entry.contestName() + " · " + entry.disciplineName())
                .setHeader(getTranslation("profile.contest")).setFlexGrow(1);
        prizes.addColumn(PrizeEntry::employer).setHeader(getTranslation("field.worker.unit")).setAutoWidth(true);
        prizes.addColumn(PrizeEntry::rank).setHeader(getTranslation("profile.rank")).setAutoWidth(true);
        prizes.addColumn(entry -> entry.total() == null ? "" : entry.total().toPlainString())
                .setHeader(getTranslation("profile.total")).setAutoWidth(true);
        prizes.addComponentColumn(entry -> entry.prize() == null ? new Span()
                : Badges.badge(getTranslation("prize." + entry.prize()), "success"))
                .setHeader(getTranslation("profile.prize")).setAutoWidth(true);
        innovation.addColumn(InnovationEntry::year).setHeader(getTranslation("result.year")).setAutoWidth(true);
        innovation.addColumn(InnovationEntry::title).setHeader(getTranslation("field.result.title")).setFlexGrow(1);
        innovation.addColumn(entry -> getTranslation("resultKind." + entry.kind()))
                .setHeader(getTranslation("field.result.kind")).setAutoWidth(true);
        innovation.addColumn(entry -> entry.grade() == null ? "" : getTranslation("grade." + entry.grade()))
                .setHeader(getTranslation("field.result.grade")).setAutoWidth(true);
        innovation.addColumn(entry -> getTranslation("resultState." + entry.state()))
                .setHeader(getTranslation("result.state")).setAutoWidth(true);
        merged.addColumn(WorkerDocument::name).setHeader(getTranslation("field.worker.name")).setAutoWidth(true);
        merged.addColumn(WorkerDocument::unit).setHeader(getTranslation("field.worker.unit")).setFlexGrow(1);
        merged.addColumn(WorkerDocument::region).setHeader(getTranslation("field.worker.region")).setAutoWidth(true);
        merged.addColumn(worker -> Formats.time(worker.registeredAt())).setHeader(getTranslation("profile.registeredAt"))
                .setAutoWidth(true);
        honours.setId("profile-honours");
        prizes.setId("profile-prizes");
        innovation.setId("profile-innovation");
        merged.setId("profile-merged");
        for (Grid<?> grid : List.of(honours, prizes, innovation, merged)) {
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
            grid.setEmptyStateText(getTranslation("common.empty"));
        }
        mergedHeading.setText(getTranslation("profile.merged"));
        add(back, redirected, heading, facts, new H3(getTranslation("profile.honours")), honours,
                new H3(getTranslation("profile.prizes")), prizes, new H3(getTranslation("profile.innovation")),
                innovation, mergedHeading, merged);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        workerId = event.getRouteParameters().get("workerId").orElse("");
        refresh();
    }

    private void refresh() {
        profile = profiles.profile(workerId).orElse(null);
        facts.removeAll();
        if (profile == null) {
            name.setText(getTranslation("profile.notFound"));
            List.of(honours, prizes, innovation, merged).forEach(grid -> grid.setItems(List.of()));
            return;
        }
        WorkerDocument worker = profile.worker();
        boolean viaMergedRecord = !worker.id().equals(workerId);
        redirected.setVisible(viaMergedRecord);
        redirected.setText(viaMergedRecord ? getTranslation("profile.redirected", worker.name()) : "");
        name.setText(worker.name());
        facts.add(Facts.fact(getTranslation("field.worker.gender"), getTranslation("gender." + worker.gender())),
                Facts.fact(getTranslation("field.worker.unit"), worker.unit()),
                Facts.fact(getTranslation("field.worker.region"), worker.region()),
                Facts.fact(getTranslation("field.worker.position"), worker.position() == null ? "—" : worker.position()),
                Facts.fact(getTranslation("field.worker.frontLine"),
                        getTranslation(worker.frontLine() ? "common.yes" : "common.no")));
        honours.setItems(profile.honours());
        prizes.setItems(profile.prizes());
        innovation.setItems(profile.innovation());
        merged.setItems(profile.mergedRecords());
        mergedHeading.setVisible(!profile.mergedRecords().isEmpty());
        merged.setVisible(!profile.mergedRecords().isEmpty());
    }

    private Component certificateOrReason(HonourEntry entry) {
        if (entry.stage() == Stage.CONFERRED) {
            return Downloads.file("api/honours/nominations/" + entry.nominationId() + "/certificate.pdf",
                    getTranslation("round.certificate"));
        }
        return new Span(entry.revocationReason() == null ? "" : entry.revocationReason());
    }

    /** Another listed record of the same person joins this profile; namesakes are offered first. */
    private void openMerge() {
        if (profile == null) {
            return;
        }
        WorkerDocument survivor = profile.worker();
        Select<WorkerDocument> duplicate = new Select<>();
        duplicate.setLabel(getTranslation("profile.merge.record"));
        duplicate.setItems(workers.workers().stream().filter(worker -> !worker.id().equals(survivor.id()))
                .sorted((a, b) -> Boolean.compare(!a.name().equals(survivor.name()), !b.name().equals(survivor.name())))
                .toList());
        duplicate.setItemLabelGenerator(worker -> worker.name() + " · " + worker.unit() + " · " + worker.region());
        duplicate.setId("merge-duplicate");
        Paragraph warning = new Paragraph(getTranslation("profile.merge.warning", survivor.name()));
        dialogs.open(getTranslation("profile.merge"), new VerticalLayout(duplicate, warning),
                getTranslation("profile.merge.confirm"), null,
                () -> {
                    if (duplicate.getValue() == null) {
                        throw new DomainRuleViolation("error.required", "field.worker.duplicate");
                    }
                    return new MergeWorker(duplicate.getValue().id(), survivor.id());
                },
                () -> getTranslation("profile.merged.done", duplicate.getValue().name()));
    }

    @Override
    public String getPageTitle() {
        return profile == null ? getTranslation("nav.workers") : profile.worker().name();
    }
}
