package org.workerscontest.i18n;

import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.workerscontest.user.UserQueries;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * The language a page opens in: the signed-in user's remembered choice, else what this browser session
 * picked, else Simplified Chinese (never the browser's own language: the users here expect Chinese).
 */
@Component
public class UserLocale implements VaadinServiceInitListener {

    private static final String SESSION_CHOICE = UserLocale.class.getName();

    private final UserQueries users;

    public UserLocale(UserQueries users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(current()));
    }

    public Locale current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()) {
            var stored = users.user(authentication.getName()).map(user -> user.languageTag());
            if (stored.isPresent() && stored.get() != null) {
                return Translations.forLanguageTag(stored.get());
            }
        }
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(SESSION_CHOICE);
        return chosen instanceof Locale locale ? locale : Translations.CHINESE;
    }

    public void rememberForSession(Locale locale) {
        VaadinSession.getCurrent().setAttribute(SESSION_CHOICE, Translations.supported(locale));
    }
}
