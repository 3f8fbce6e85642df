package org.preau.directory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.preau.directory.DirectoryViews.ChildRef;
import org.preau.directory.DirectoryViews.ClassRef;
import org.preau.directory.DirectoryViews.PersonCard;
import org.preau.platform.NodeLocalState;
import org.preau.platform.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * People's cards (who they are, where, their classes, children and functions: what every page
 * and {@code /api/v1/me} show), read in a fixed number of queries whatever the number of
 * children, and kept in memory while the directory's revision stays put: a request then reads
 * one number instead of the card. A write another transaction has not committed yet when a card
 * is read may be missed; such a card is read again after {@code preau.directory.card-ttl}.
 */
@Component
class Cards implements NodeLocalState {

    private record Entry(long revision, PersonCard card) {
    }

    private final DirectoryRepository repository;
    private final Cache<PersonId, Entry> cards;

    Cards(DirectoryRepository repository, @Value("${preau.directory.card-ttl:PT30S}") Duration ttl,
            @Value("${preau.directory.card-cache-size:50000}") int size) {
        this.repository = repository;
        this.cards = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(ttl).build();
    }

    Optional<PersonCard> card(PersonId id) {
        long revision = repository.revision();
        Entry known = cards.getIfPresent(id);
        if (known != null && known.revision() == revision) {
            return Optional.of(known.card());
        }
        Optional<PersonCard> card = repository.person(id).map(p -> new PersonCard(p.id(), p.firstName(), p.lastName(),
                p.displayName(), repository.memberships(id), repository.classes(id), children(id),
                repository.functions(id)));
        card.ifPresent(c -> cards.put(id, new Entry(revision, c)));
        return card;
    }

    /** The children of a relative with their classes, in two queries. */
    List<ChildRef> children(PersonId relative) {
        var children = repository.children(relative);
        if (children.isEmpty()) {
            return List.of();
        }
        Map<PersonId, List<ClassRef>> classes = repository.classes(children.stream().map(c -> c.id()).toList());
        return children.stream()
                .map(c -> new ChildRef(c.id(), c.displayName(), classes.getOrDefault(c.id(), List.of())))
                .toList();
    }

    @Override
    public void forget() {
        cards.invalidateAll();
    }
}
