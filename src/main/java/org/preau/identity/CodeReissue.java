package org.preau.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password without a verified address: an admin, or the teacher of a pupil's
 * class, takes the password away and hands a new one-time activation code on a printed
 * letter. The account is back to "not activated", its sessions end, and the audit log keeps who
 * did it. The verified address is kept: whoever activates the account with the new code cannot
 * replace it without proving the new one, and the person's own recovery still reaches them.
 */
@Service
public class CodeReissue {

    private static final Logger log = LoggerFactory.getLogger(CodeReissue.class);

    private final ReissueRights rights;
    private final ActivationCodes codes;
    private final VerifiedEmails verified;
    private final MailTokens tokens;
    private final Sessions sessions;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    CodeReissue(ReissueRights rights, ActivationCodes codes, VerifiedEmails verified, MailTokens tokens,
            Sessions sessions, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.rights = rights;
        this.codes = codes;
        this.verified = verified;
        this.tokens = tokens;
        this.sessions = sessions;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The address of Préau printed on the letters ({@code preau.public-url}). */
    public String letterAddress() {
        return codes.letterAddress();
    }

    /** Whether this admin may reset the person's password (the console shows the button then). */
    public boolean adminMay(PreauUser admin, PersonId person) {
        return rights.adminMay(admin, person);
    }

    /** An admin resets a person's password; the letter to print, empty when they may not or there is no account. */
    @Transactional
    public Optional<ActivationCodes.Letter> byAdmin(PreauUser admin, PersonId person) {
        if (!rights.adminMay(admin, person)) {
            return Optional.empty();
        }
        return reissue(admin, List.of(person)).stream().findFirst();
    }

    /**
     * A teacher renews the codes of pupils of a class they teach; the letters in the order
     * given, or empty when one of the pupils is not theirs to renew (nothing is changed then).
     */
    @Transactional
    public Optional<List<ActivationCodes.Letter>> forPupils(PreauUser teacher, ClassId classId, List<PersonId> pupils) {
        Set<PersonId> allowed = rights.pupilsFor(teacher, classId);
        if (pupils.isEmpty() || !allowed.containsAll(pupils)) {
            return Optional.empty();
        }
        return Optional.of(reissue(teacher, pupils.stream().distinct().toList()));
    }

    /** Renews the codes of those of {@code people} who have a usable account, in the order given. */
    private List<ActivationCodes.Letter> reissue(PreauUser actor, List<PersonId> people) {
        var withAccount = new java.util.HashSet<>(jdbc.sql(
                "select person_id from identity.accounts where person_id = any(:ids) and state = 'ACTIVE'")
                .param("ids", ids(people)).query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list());
        people = people.stream().filter(withAccount::contains).toList();
        UUID[] ids = ids(people);
        jdbc.sql("""
                insert into identity.password_history (person_id, hash, changed_at)
                select person_id, password_hash, :at from identity.accounts
                where person_id = any(:ids) and password_hash is not null""")
                .param("at", java.sql.Timestamp.from(clock.instant())).param("ids", ids).update();
        jdbc.sql("""
                update identity.accounts set password_hash = null, activated_at = null, failed_attempts = 0,
                    locked_until = null
                where person_id = any(:ids)""").param("ids", ids).update();
        var letters = codes.issue(people);
        for (PersonId person : people) {
            tokens.supersede(person, MailTokens.Purpose.RESET_PASSWORD);
            sessions.endAll(person);
            audit.record(AuditLog.Type.CODE_REISSUED, person, actor.personId(), null);
        }
        log.info("Person {} issued {} new activation code(s)", actor.personId(), letters.size());
        return letters;
    }

    private static UUID[] ids(List<PersonId> people) {
        return people.stream().map(PersonId::value).toArray(UUID[]::new);
    }
}
