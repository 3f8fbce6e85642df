package org.preau.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code identity.accounts}. */
@Repository
class AccountRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    private final java.time.Clock clock;

    AccountRepository(JdbcClient jdbc, JdbcTemplate batch, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.batch = batch;
    }

    List<String> allLogins() {
        return jdbc.sql("select login from identity.accounts").query(String.class).list();
    }

    /** Those of these people who have an account. */
    java.util.Set<UUID> withAccount(java.util.Collection<UUID> persons) {
        return new java.util.HashSet<>(jdbc.sql("select person_id from identity.accounts where person_id = any(:ids)")
                .param("ids", persons.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /** Inserts (person, login) rows; people who already have an account are skipped. */
    int insertWithoutPassword(List<Object[]> rows) {
        int[][] counts = batch.batchUpdate(
                "insert into identity.accounts (person_id, login) values (?, ?) on conflict (person_id) do nothing",
                rows, 1000, (ps, row) -> {
                    ps.setObject(1, row[0]);
                    ps.setString(2, (String) row[1]);
                });
        return java.util.Arrays.stream(counts).flatMapToInt(java.util.Arrays::stream).map(c -> Math.max(c, 0)).sum();
    }

    record AccountRow(PersonId personId, String login, @Nullable String passwordHash, boolean active) {
    }

    Optional<AccountRow> byLogin(String login) {
        return jdbc.sql("select person_id, login, password_hash, state from identity.accounts where login = :login")
                .param("login", login).query(AccountRepository::row).optional();
    }

    Optional<AccountRow> byPerson(PersonId person) {
        return jdbc.sql("select person_id, login, password_hash, state from identity.accounts where person_id = :p")
                .param("p", person.value()).query(AccountRepository::row).optional();
    }

    private static AccountRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AccountRow(new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("login"),
                rs.getString("password_hash"), "ACTIVE".equals(rs.getString("state")));
    }

    Optional<Accounts.AccountView> view(PersonId person) {
        Instant now = clock.instant();
        return jdbc.sql("""
                select login, password_hash is not null as activated, state, last_login_at,
                       greatest(locked_until, (select max(f.locked_until) from identity.login_failures f
                                               where f.person_id = a.person_id)) as locked_until
                from identity.accounts a where a.person_id = :id""")
                .param("id", person.value())
                .query((rs, n) -> new Accounts.AccountView(rs.getString("login"), rs.getBoolean("activated"),
                        rs.getString("state"), rs.getTimestamp("last_login_at") == null ? null
                                : rs.getTimestamp("last_login_at").toInstant(),
                        lockedUntil(rs), lockedUntil(rs) != null && lockedUntil(rs).isAfter(now)))
                .optional();
    }

    private static @Nullable Instant lockedUntil(java.sql.ResultSet rs) throws java.sql.SQLException {
        var at = rs.getTimestamp("locked_until");
        return at == null ? null : at.toInstant();
    }

    Optional<String> loginOf(PersonId person) {
        return jdbc.sql("select login from identity.accounts where person_id = :id")
                .param("id", person.value()).query(String.class).optional();
    }

    boolean loginTaken(String login) {
        return jdbc.sql("select exists (select 1 from identity.accounts where login = :login)")
                .param("login", login).query(Boolean.class).single();
    }

    void insert(PersonId person, String login, @Nullable String passwordHash) {
        jdbc.sql("insert into identity.accounts (person_id, login, password_hash) values (:id, :login, :hash)")
                .param("id", person.value()).param("login", login).param("hash", passwordHash).update();
    }

    /** Sets the first password of an account that had none; false if it had one already. */
    boolean activate(PersonId person, String passwordHash, Instant at) {
        return jdbc.sql("""
                update identity.accounts set password_hash = :hash, activated_at = :at, charter_accepted_at = :at
                where person_id = :id and password_hash is null""")
                .param("hash", passwordHash).param("at", java.sql.Timestamp.from(at)).param("id", person.value())
                .update() == 1;
    }

    /** Stores a stronger hash of the same password (a login with an older algorithm). */
    void upgradeHash(String login, String hash) {
        jdbc.sql("update identity.accounts set password_hash = :h where login = :l and password_hash is not null")
                .param("h", hash).param("l", login).update();
    }

    void touchLastLogin(String login, Instant at) {
        jdbc.sql("update identity.accounts set last_login_at = :at where login = :login")
                .param("at", java.sql.Timestamp.from(at)).param("login", login).update();
    }
}
