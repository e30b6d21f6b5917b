package org.workerscontest.ui;

import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.workerscontest.ui.ImportCheck.ImportRefused;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Uploads one .csv or .xlsx file and hands it to an importer. A refused file lists every problem by row
 * and leaves everything as it was; an accepted one closes the dialog with the importer's message.
 */
public class ImportDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(ImportDialog.class);

    private final Div problems = new Div();

    /** @param importer file name and content → the success message; throws ImportRefused to refuse */
    public ImportDialog(String title, String hint, BiFunction<String, byte[], String> importer) {
        setHeaderTitle(title);
        problems.addClassName("form-error");
        problems.setVisible(false);
        problems.setId("import-problems");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, content) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> handle(importer, metadata.fileName(), content));
        }));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFiles(1);
        upload.setId("import-upload");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add")).setMany(getTranslation("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop"))
                        .setMany(getTranslation("upload.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.tooMany"))
                        .setFileIsTooBig(getTranslation("upload.tooBig"))
                        .setIncorrectFileType(getTranslation("import.unreadable"))));
        add(new Paragraph(hint), upload, problems);
        getFooter().add(new Button(getTranslation("common.close"), click -> close()));
        setWidth("40em");
    }

    void handle(BiFunction<String, byte[], String> importer, String fileName, byte[] content) {
        problems.removeAll();
        try {
            Feedback.success(importer.apply(fileName, content));
            problems.setVisible(false);
            close();
        } catch (ImportRefused refused) {
            UnorderedList list = new UnorderedList();
            refused.problems().forEach(problem -> list.add(new ListItem(problem)));
            problems.add(new Div(getTranslation("import.refused")), list);
            problems.setVisible(true);
        } catch (RuntimeException e) {
            log.error("Import of {} failed unexpectedly", fileName, e);
            problems.add(new Div(getTranslation("error.unexpected")));
            problems.setVisible(true);
        }
    }
}
