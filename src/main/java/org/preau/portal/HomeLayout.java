package org.preau.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.preau.access.Rights;
import org.preau.directory.PersonsDeleted;
import org.preau.directory.PersonsMerged;
import org.preau.platform.PreauUser;
import org.preau.platform.web.HomeWidget;
import org.preau.portal.HomeLayoutRepository.Placement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The widgets of a person's home page: those that apply to their profiles and rights, in their
 * own order (else the default one), hidden ones set apart. Moving and hiding store the person's
 * whole layout; a reset forgets it.
 */
@Service
class HomeLayout {

    /** A widget as the person's page shows it. */
    record Slot(HomeWidget widget, boolean hidden) {
    }

    /** What the personalize page does to a widget. */
    enum Move {
        UP, DOWN, HIDE, SHOW
    }

    private final List<HomeWidget> widgets;
    private final Rights rights;
    private final HomeLayoutRepository repository;

    HomeLayout(List<HomeWidget> widgets, Rights rights, HomeLayoutRepository repository) {
        this.widgets = widgets.stream().sorted(Comparator.comparingInt(HomeWidget::order)
                .thenComparing(HomeWidget::key)).toList();
        this.rights = rights;
        this.repository = repository;
    }

    /** Every widget of the person, in their order, with whether they hid it. */
    @Transactional(readOnly = true)
    List<Slot> slots(PreauUser user) {
        var actions = rights.actions(user);
        List<HomeWidget> mine = widgets.stream().filter(w -> w.appliesTo(user, actions)).toList();
        Map<String, Placement> placed = new HashMap<>();
        repository.of(user.personId()).forEach(p -> placed.put(p.key(), p));
        List<Slot> slots = new ArrayList<>();
        // placed widgets by their position, new ones (never placed) where their default order puts them
        List<HomeWidget> ordered = new ArrayList<>(mine);
        if (!placed.isEmpty()) {
            ordered.sort(Comparator.comparingInt((HomeWidget w) -> placed.containsKey(w.key())
                    ? placed.get(w.key()).position() * 10 : w.order()));
        }
        for (HomeWidget w : ordered) {
            Placement p = placed.get(w.key());
            slots.add(new Slot(w, p != null && p.hidden()));
        }
        return slots;
    }

    /** The widgets the person shows, in order. */
    List<HomeWidget> shown(PreauUser user) {
        return slots(user).stream().filter(s -> !s.hidden()).map(Slot::widget).toList();
    }

    /** Moves, hides or shows one of the person's widgets; false when they have no such widget. */
    @Transactional
    boolean change(PreauUser user, String key, Move move) {
        List<Slot> slots = new ArrayList<>(slots(user));
        Optional<Slot> found = slots.stream().filter(s -> s.widget().key().equals(key)).findFirst();
        if (found.isEmpty()) {
            return false;
        }
        int i = slots.indexOf(found.get());
        switch (move) {
            case UP -> {
                if (i > 0) {
                    slots.add(i - 1, slots.remove(i));
                }
            }
            case DOWN -> {
                if (i < slots.size() - 1) {
                    slots.add(i + 1, slots.remove(i));
                }
            }
            case HIDE -> slots.set(i, new Slot(found.get().widget(), true));
            case SHOW -> slots.set(i, new Slot(found.get().widget(), false));
        }
        List<Placement> placements = new ArrayList<>();
        for (int n = 0; n < slots.size(); n++) {
            placements.add(new Placement(slots.get(n).widget().key(), n, slots.get(n).hidden()));
        }
        repository.save(user.personId(), placements);
        return true;
    }

    /** Back to the default order, every widget shown. */
    @Transactional
    void reset(PreauUser user) {
        repository.forget(List.of(user.personId()));
    }

    @ApplicationModuleListener
    void on(PersonsDeleted event) {
        repository.forget(event.persons());
    }

    /** The kept record keeps its own home page; the removed one's arrangement goes. */
    @ApplicationModuleListener
    void on(PersonsMerged event) {
        repository.forget(List.of(event.removed()));
    }
}
