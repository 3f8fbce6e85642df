package org.preau.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.platform.web.ApplicationRole.Profile.CENTRAL_ADMIN;
import static org.preau.platform.web.ApplicationRole.Profile.PERSONNEL;
import static org.preau.platform.web.ApplicationRole.Profile.STUDENT;

import org.junit.jupiter.api.Test;

/** A declared role has a stable key, at least one action, and gives each profile one mode. */
class ApplicationRoleTest {

    @Test
    void aRoleIsBuiltFromItsActionsAndProfiles() {
        var role = ApplicationRole.of("news.reader", "role.news.reader", "news.read").byDefault(STUDENT, PERSONNEL)
                .allowedFor(CENTRAL_ADMIN);
        assertThat(role.actions()).containsExactly("news.read");
        assertThat(role.byDefault()).containsExactlyInAnyOrder(STUDENT, PERSONNEL);
        assertThat(role.allowed()).containsExactly(CENTRAL_ADMIN);
    }

    @Test
    void aBadKeyNoActionOrTwoModesForAProfileAreRefused() {
        assertThatThrownBy(() -> ApplicationRole.of("News reader", "role.news", "news.read"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApplicationRole.of("news.reader", "role.news"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApplicationRole.of("news.reader", "role.news", "news.read").byDefault(STUDENT)
                .allowedFor(STUDENT)).isInstanceOf(IllegalArgumentException.class);
    }
}
