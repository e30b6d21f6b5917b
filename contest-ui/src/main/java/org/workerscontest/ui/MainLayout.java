package org.workerscontest.ui;

import java.util.Locale;

import org.workerscontest.admin.ProjectionsView;
import org.workerscontest.audit.AuditView;
import org.workerscontest.command.Commands;
import org.workerscontest.contest.ContestListView;
import org.workerscontest.honour.HonoursView;
import org.workerscontest.i18n.Translations;
import org.workerscontest.i18n.UserLocale;
import org.workerscontest.innovation.InnovationView;
import org.workerscontest.laborcompetition.CampaignListView;
import org.workerscontest.publicview.DisplayIndexView;
import org.workerscontest.scoring.JudgeView;
import org.workerscontest.user.UsersView;
import org.workerscontest.user.api.UserMessages.ChangePreferredLanguage;
import org.workerscontest.worker.WorkersView;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The frame of every signed-in page: title, navigation by role, language and sign-out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, UserLocale userLocale, Commands commands,
                      Feedback feedback) {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");

        Select<Locale> language = new Select<>();
        language.setItems(Translations.CHINESE, Translations.ENGLISH);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.toLanguageTag()));
        language.setValue(Translations.supported(getLocale()));
        language.setAriaLabel(getTranslation("header.language"));
        language.setId("language");
        language.setWidth("8em");
        language.addValueChangeListener(change -> {
            if (!change.isFromClient() || change.getValue() == null) {
                return;
            }
            Locale chosen = change.getValue();
            userLocale.rememberForSession(chosen);
            if (authentication.isAuthenticated()) {
                feedback.attempt(() -> commands.send(new ChangePreferredLanguage(
                        authentication.getPrincipalName().orElseThrow(), chosen.toLanguageTag()), null), getLocale());
            }
            UI.getCurrent().getPage().reload();
        });

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, language);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("app-header");
        header.expand(title);
        if (authentication.isAuthenticated()) {
            Span user = new Span(VaadinIcon.USER.create(), new Span(authentication.getPrincipalName().orElse("")));
            user.addClassName("app-user");
            Button logout = new Button(getTranslation("header.logout"), click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout");
            header.add(user, logout);
        } else {
            header.add(new Anchor("login", getTranslation("login.submit")));
        }
        addToNavbar(header);

        SideNav nav = new SideNav();
        if (authentication.isAuthenticated()) {
            nav.addItem(new SideNavItem(getTranslation("nav.contests"), ContestListView.class, VaadinIcon.TROPHY.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.display"), DisplayIndexView.class,
                    VaadinIcon.DESKTOP.create()));
        }
        if (authentication.hasAnyRole("ADMIN", "ORGANIZER", "UNIT_REPORTER")) {
            nav.addItem(new SideNavItem(getTranslation("nav.campaigns"), CampaignListView.class,
                    VaadinIcon.FACTORY.create()));
        }
        if (authentication.hasAnyRole("ADMIN", "ORGANIZER")) {
            nav.addItem(new SideNavItem(getTranslation("nav.innovation"), InnovationView.class,
                    VaadinIcon.LIGHTBULB.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.honours"), HonoursView.class, VaadinIcon.MEDAL.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.workers"), WorkersView.class, VaadinIcon.USER_CARD.create()));
        }
        if (authentication.hasAnyRole("JUDGE", "CHIEF_JUDGE")) {
            nav.addItem(new SideNavItem(getTranslation("nav.judging"), JudgeView.class, VaadinIcon.EDIT.create()));
        }
        if (authentication.hasAnyRole("ADMIN", "ORGANIZER")) {
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), AuditView.class, VaadinIcon.LIST.create()));
        }
        if (authentication.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.projections"), ProjectionsView.class,
                    VaadinIcon.DATABASE.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
