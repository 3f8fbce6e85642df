package org.preau.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The cache of people's rights is bounded without being emptied whole when it is full: the people
 * asked about most recently stay, the others are evicted one by one; its statistics count hits.
 */
@PreauSpringTest
class RightsCacheTest {

    @Autowired
    RightsRepository repository;

    @Autowired
    Directory directory;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFullCacheEvictsOneByOneAndKeepsWhatIsUsed() {
        var rights = new Rights(repository, directory, transactions, Duration.ofSeconds(2), Duration.ofMinutes(1), 5);
        List<PersonId> people = jdbc.sql("select id from directory.persons order by id limit 12")
                .query(UUID.class).list().stream().map(PersonId::new).toList();
        assertThat(people).hasSize(12);
        PersonId hot = people.getFirst();

        for (PersonId person : people) {
            rights.rightsOf(person);
            rights.rightsOf(hot);
        }

        assertThat(rights.cachedPeople()).isBetween(1L, 5L);
        long hits = rights.cacheStats().hitCount();
        rights.rightsOf(hot);
        assertThat(rights.cacheStats().hitCount()).isEqualTo(hits + 1);
        assertThat(rights.cacheStats().evictionCount()).isGreaterThanOrEqualTo(7);
    }
}
