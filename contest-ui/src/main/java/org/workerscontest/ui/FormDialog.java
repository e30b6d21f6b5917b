package org.workerscontest.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;

/**
 * A modal form with an error banner and Save / Cancel. Save closes the dialog only when the action
 * succeeded, so nothing typed is lost on a refusal.
 */
public class FormDialog extends Dialog {

    private final Div errorBanner = new Div();
    private final Button save;

    public FormDialog(String title, Component form, String saveText, Predicate<FormDialog> onSave) {
        setHeaderTitle(title);
        setModal(true);
        setDraggable(true);
        errorBanner.addClassName("form-error");
        errorBanner.setVisible(false);
        add(errorBanner, form);
        save = new Button(saveText, click -> {
            clearError();
            if (onSave.test(this)) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("dialog-save");
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    public void showError(String message) {
        errorBanner.setText(message);
        errorBanner.setVisible(true);
    }

    public void clearError() {
        errorBanner.setVisible(false);
    }

    public Button saveButton() {
        return save;
    }
}
