package org.workerscontest.ui;

import java.util.Locale;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.workerscontest.i18n.Translations;
import org.workerscontest.shared.DomainRuleViolation;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Runs a user's action and tells them how it went: a refusal in their language where they look
 * (the open form), a success as a short notification.
 */
@Component
public class Feedback {

    private static final Logger log = LoggerFactory.getLogger(Feedback.class);

    private final Translations translations;

    public Feedback(Translations translations) {
        this.translations = translations;
    }

    /** @return whether the action succeeded */
    public boolean attempt(Runnable action, Locale locale, Consumer<String> showError) {
        try {
            action.run();
            return true;
        } catch (DomainRuleViolation violation) {
            showError.accept(translations.describe(violation, locale));
        } catch (RuntimeException e) {
            log.error("Action failed unexpectedly", e);
            showError.accept(translations.getTranslation("error.unexpected", locale));
        }
        return false;
    }

    /** Like {@link #attempt(Runnable, Locale, Consumer)}, refusals shown as an error notification. */
    public boolean attempt(Runnable action, Locale locale) {
        return attempt(action, locale, Feedback::error);
    }

    public static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
