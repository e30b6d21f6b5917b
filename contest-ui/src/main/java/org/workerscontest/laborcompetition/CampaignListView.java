package org.workerscontest.laborcompetition;

import org.workerscontest.ui.Badges;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.FormDialog;
import org.workerscontest.user.api.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/** The labor competitions: every one for organizers, a reporter's own for unit reporters. */
@Route("campaigns")
@RolesAllowed({"ADMIN", "ORGANIZER", "UNIT_REPORTER"})
public class CampaignListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CampaignDocument> grid = new Grid<>();
    private final Campaigns campaigns;
    private final Feedback feedback;
    private final String username;
    private final Role role;

    public CampaignListView(Campaigns campaigns, Feedback feedback, AuthenticationContext authentication) {
        this.campaigns = campaigns;
        this.feedback = feedback;
        this.username = authentication.getPrincipalName().orElse("");
        this.role = authentication.hasRole("UNIT_REPORTER") ? Role.UNIT_REPORTER : Role.ORGANIZER;
        setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("campaign.list.title")));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        if (authentication.hasAnyRole("ADMIN", "ORGANIZER")) {
            Button create = new Button(getTranslation("campaign.new"), VaadinIcon.PLUS.create(), click -> openForm());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-campaign");
            header.add(create);
        }
        grid.addComponentColumn(campaign -> new RouterLink(campaign.name(), CampaignView.class,
                new RouteParameters("campaignId", campaign.id()))).setHeader(getTranslation("field.campaign.name"))
                .setFlexGrow(3);
        grid.addColumn(CampaignDocument::theme).setHeader(getTranslation("field.campaign.theme")).setAutoWidth(true);
        grid.addColumn(CampaignDocument::organizer).setHeader(getTranslation("field.campaign.organizer"))
                .setAutoWidth(true);
        grid.addColumn(campaign -> campaign.units().size()).setHeader(getTranslation("campaign.column.units"))
                .setAutoWidth(true);
        grid.addColumn(campaign -> campaign.periods().size()).setHeader(getTranslation("campaign.column.periods"))
                .setAutoWidth(true);
        grid.addComponentColumn(campaign -> Badges.badge(getTranslation(campaign.concluded()
                ? "campaign.state.concluded" : "campaign.state.running"), campaign.concluded() ? "contrast" : "success"))
                .setHeader(getTranslation("campaign.column.state")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation(role == Role.UNIT_REPORTER ? "campaign.list.noneForReporter"
                : "common.empty"));
        grid.setId("campaigns");
        add(header, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(campaigns.visibleTo(username, role));
    }

    private void openForm() {
        CampaignForm form = new CampaignForm();
        FormDialog dialog = new FormDialog(getTranslation("campaign.form.title"), form, getTranslation("common.save"),
                self -> feedback.attempt(() -> {
                    String id = campaigns.create(form.campaign(), null);
                    Feedback.success(getTranslation("campaign.created", form.name.getValue().strip()));
                    getUI().ifPresent(ui -> ui.navigate(CampaignView.class, new RouteParameters("campaignId", id)));
                }, getLocale(), self::showError));
        dialog.setWidth("60em");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.list.title");
    }
}
