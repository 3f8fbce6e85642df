package org.preau.platform;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person, as kept in the session: ids and roles only, no personal data
 * beyond the display name shown in the header.
 */
public final class PreauUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PersonId personId;
    private final String login;
    private final String displayName;
    private final Set<String> roles;
    private final boolean enabled;
    private @Nullable String passwordHash;

    public PreauUser(PersonId personId, String login, String displayName, Set<String> roles, boolean enabled,
            @Nullable String passwordHash) {
        this.personId = personId;
        this.login = login;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public PersonId personId() {
        return personId;
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public boolean hasRole(String role) {
        return roles.contains("ROLE_" + role);
    }

    public Set<String> roles() {
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().sorted().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PreauUser user && user.personId.equals(personId);
    }

    @Override
    public int hashCode() {
        return personId.hashCode();
    }

    @Override
    public String toString() {
        return "PreauUser[" + personId + "]";
    }

    /** Initials for the avatar of the account menu. */
    public String initials() {
        return List.of(displayName.trim().split("\\s+")).stream()
                .filter(part -> !part.isEmpty())
                .limit(2)
                .map(part -> part.substring(0, 1).toUpperCase())
                .reduce("", String::concat);
    }
}
