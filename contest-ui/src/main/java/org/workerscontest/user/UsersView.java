package org.workerscontest.user;

import org.workerscontest.command.Commands;
import org.workerscontest.security.UserAdministration;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.FormDialog;
import org.workerscontest.ui.Formats;
import org.workerscontest.user.api.Role;
import org.workerscontest.user.api.UserMessages;
import org.workerscontest.user.api.UserMessages.ChangeUserRole;
import org.workerscontest.user.api.UserMessages.DisableUserAccount;
import org.workerscontest.user.api.UserMessages.EnableUserAccount;
import org.workerscontest.ui.Badges;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Accounts of organizers, judges and unit reporters; administrators only. */
@Route("users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserQueries users;
    private final UserAdministration administration;
    private final Commands commands;
    private final Feedback feedback;
    private final Grid<UserDocument> grid = new Grid<>();

    public UsersView(UserQueries users, UserAdministration administration, Commands commands, Feedback feedback) {
        this.users = users;
        this.administration = administration;
        this.commands = commands;
        this.feedback = feedback;
        setSizeFull();

        Button create = new Button(getTranslation("user.new"), VaadinIcon.PLUS.create(), click -> openNewUser());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("user.list.title")), create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(toolbar.getComponentAt(0));

        grid.addColumn(UserDocument::username).setHeader(getTranslation("user.column.username")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(UserDocument::displayName).setHeader(getTranslation("user.column.displayName")).setAutoWidth(true);
        grid.addColumn(user -> getTranslation("role." + user.role())).setHeader(getTranslation("user.column.role"))
                .setAutoWidth(true).setSortable(true);
        grid.addComponentColumn(user -> Badges.badge(getTranslation(user.disabled() ? "user.status.disabled"
                : "user.status.enabled"), user.disabled() ? "error" : "success")).setHeader(getTranslation("user.column.status")).setAutoWidth(true);
        grid.addColumn(user -> user.languageTag() == null ? "" : getTranslation("language." + user.languageTag()))
                .setHeader(getTranslation("user.column.language")).setAutoWidth(true);
        grid.addColumn(user -> Formats.time(user.createdAt())).setHeader(getTranslation("user.column.createdAt"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("users");
        add(toolbar, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.users());
    }

    private HorizontalLayout actions(UserDocument user) {
        Button role = Badges.rowAction(getTranslation("user.form.changeRole"), click -> openChangeRole(user));
        Button password = Badges.rowAction(getTranslation("user.form.resetPassword"), click -> openResetPassword(user));
        Button toggle = user.disabled()
                ? Badges.rowAction(getTranslation("user.enable"), click -> act(new EnableUserAccount(user.username()),
                getTranslation("user.enabled", user.username())))
                : Badges.rowAction(getTranslation("user.disable"), click -> act(new DisableUserAccount(user.username()),
                getTranslation("user.disabled", user.username())));
        if (!user.disabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return new HorizontalLayout(role, password, toggle);
    }

    private void act(Object command, String successMessage) {
        if (feedback.attempt(() -> commands.send(command, null), getLocale())) {
            Feedback.success(successMessage);
        }
        refresh();
    }

    private void openNewUser() {
        TextField username = new TextField(getTranslation("field.user.username"));
        username.setHelperText(getTranslation("user.form.usernameHelper"));
        username.setId("user-username");
        TextField displayName = new TextField(getTranslation("field.user.displayName"));
        displayName.setMaxLength(UserMessages.MAX_DISPLAY_NAME);
        displayName.setId("user-display-name");
        Select<Role> role = roleSelect();
        role.setValue(Role.JUDGE);
        PasswordField password = new PasswordField(getTranslation("field.user.password"));
        password.setHelperText(getTranslation("user.form.passwordHelper"));
        password.setId("user-password");
        FormLayout form = new FormLayout(username, displayName, role, password);
        String requestId = Commands.newRequestId();
        new FormDialog(getTranslation("user.form.title"), form, getTranslation("common.save"), dialog -> {
            boolean done = feedback.attempt(() -> administration.create(username.getValue(), password.getValue(),
                    displayName.getValue(), role.getValue(), requestId), getLocale(), dialog::showError);
            if (done) {
                Feedback.success(getTranslation("user.created", username.getValue().strip()));
                refresh();
            }
            return done;
        }).open();
    }

    private void openChangeRole(UserDocument user) {
        Select<Role> role = roleSelect();
        role.setValue(user.role());
        new FormDialog(getTranslation("user.form.changeRole") + " · " + user.username(), role,
                getTranslation("common.save"), dialog -> {
            boolean done = feedback.attempt(() -> commands.send(new ChangeUserRole(user.username(), role.getValue()),
                    null), getLocale(), dialog::showError);
            if (done) {
                Feedback.success(getTranslation("user.roleChanged", user.username(),
                        getTranslation("role." + role.getValue())));
                refresh();
            }
            return done;
        }).open();
    }

    private void openResetPassword(UserDocument user) {
        PasswordField password = new PasswordField(getTranslation("user.form.newPassword"));
        password.setHelperText(getTranslation("user.form.passwordHelper"));
        new FormDialog(getTranslation("user.form.resetPassword") + " · " + user.username(), password,
                getTranslation("common.save"), dialog -> {
            boolean done = feedback.attempt(() -> administration.resetPassword(user.username(), password.getValue(),
                    null), getLocale(), dialog::showError);
            if (done) {
                Feedback.success(getTranslation("user.passwordReset", user.username()));
            }
            return done;
        }).open();
    }

    private Select<Role> roleSelect() {
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("field.user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value));
        role.setId("user-role");
        return role;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.list.title") + " · " + getTranslation("app.shortTitle");
    }
}
