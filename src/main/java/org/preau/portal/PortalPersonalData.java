package org.preau.portal;

import java.util.Map;

import org.preau.platform.PersonId;
import org.preau.platform.personaldata.PersonalDataExport;
import org.preau.platform.personaldata.PersonalDataPart;
import org.springframework.stereotype.Component;

/** The portal's part of "Mes données": how the person arranged their home page. */
@Component
class PortalPersonalData implements PersonalDataPart {

    private final HomeLayoutRepository layout;

    PortalPersonalData(HomeLayoutRepository layout) {
        this.layout = layout;
    }

    @Override
    public String name() {
        return "portal";
    }

    @Override
    public void export(PersonId person, PersonalDataExport export) {
        export.json("home-layout", Map.of("widgets", layout.of(person)));
    }
}
