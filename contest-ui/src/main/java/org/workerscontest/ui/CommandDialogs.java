package org.workerscontest.ui;

import java.util.function.Function;
import java.util.function.Supplier;

import org.workerscontest.command.Commands;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Dialogs that send one command: a refusal stays in the dialog with what was typed, a success closes it,
 * says so and lets the screen refresh.
 */
public final class CommandDialogs {

    public static final int MAX_REASON = 500;

    private final Component owner;
    private final Commands commands;
    private final Feedback feedback;
    private final Runnable afterSuccess;

    /** @param owner the screen, for its language */
    public CommandDialogs(Component owner, Commands commands, Feedback feedback, Runnable afterSuccess) {
        this.owner = owner;
        this.commands = commands;
        this.feedback = feedback;
        this.afterSuccess = afterSuccess;
    }

    public void open(String title, Component content, String action, String requestId, Supplier<Object> command,
                     Supplier<String> successMessage) {
        new FormDialog(title, content, action, dialog -> {
            boolean done = feedback.attempt(() -> commands.send(command.get(), requestId), UI.getCurrent().getLocale(),
                    dialog::showError);
            if (done) {
                Feedback.success(successMessage.get());
                afterSuccess.run();
            }
            return done;
        }).open();
    }

    /** A command that needs only a reason. */
    public void openReasoned(String title, String action, Function<String, Object> command, String successMessage) {
        TextArea reason = new TextArea(owner.getTranslation("field.reason"));
        reason.setMaxLength(MAX_REASON);
        reason.setWidthFull();
        reason.setId("reason");
        open(title, reason, action, null, () -> command.apply(reason.getValue()), () -> successMessage);
    }
}
