package org.workerscontest.ui;

import com.vaadin.flow.component.select.Select;

/** Selects of an enum's values, each shown by its translation under a key prefix, e.g. "gender." + MALE. */
public final class Choices {

    private Choices() {
    }

    @SafeVarargs
    public static <E extends Enum<E>> Select<E> of(String labelKey, String keyPrefix, E... values) {
        Select<E> select = new Select<>();
        select.setLabel(select.getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> select.getTranslation(keyPrefix + value));
        return select;
    }
}
