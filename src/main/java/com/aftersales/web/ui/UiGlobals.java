package com.aftersales.web.ui;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/** {@code ui}: the layout data of the current request, in every template. */
@TemplateGlobal
public final class UiGlobals {

    private UiGlobals() {
    }

    static Chrome ui() {
        return Arc.container().instance(Ui.class).get().chrome();
    }
}
