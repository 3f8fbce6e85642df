package org.preau.messaging;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.access.Reach;
import org.preau.directory.SearchHit;
import org.preau.messaging.MessageViews.Kind;
import org.preau.messaging.RecipientRules.RecipientRef;
import org.preau.platform.PeopleTime;
import org.preau.platform.PreauUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the compose page shows beside the form: recipients with names and sizes, attachments, quota, picker results. */
@Component
class ComposeView {

    /** A recipient of the form, named; {@code refused} when the sender may not write to it. */
    record Chip(String id, String label, int size, boolean refused) {
    }

    /** A result of the recipient picker: a person or a group, with how many people a group holds. */
    record Hit(String id, String label, @Nullable String profile, @Nullable String structure, int size, boolean group) {
    }

    static final int PICKER_RESULTS = 15;

    private final RecipientRules rules;
    private final MessageRepository messages;
    private final Attachments attachments;
    private final Reach reach;
    private final DeferredSend deferred;
    private final SendPolicy policy;
    private final HeldRepository held;

    ComposeView(RecipientRules rules, MessageRepository messages, Attachments attachments, Reach reach,
            DeferredSend deferred, SendPolicy policy, HeldRepository held) {
        this.held = held;
        this.policy = policy;
        this.rules = rules;
        this.messages = messages;
        this.attachments = attachments;
        this.reach = reach;
        this.deferred = deferred;
    }

    /** Fills the model of {@code messaging/compose} for the form as it stands. */
    void fill(PreauUser user, ComposeForm form, Model model) {
        List<RecipientRef> refs = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            form.ids(kind).forEach(id -> refs.add(new RecipientRef(kind, id)));
        }
        var decision = rules.check(user, refs);
        for (Kind kind : Kind.values()) {
            List<Chip> chips = new ArrayList<>();
            for (String id : form.ids(kind)) {
                var ref = new RecipientRef(kind, id);
                decision.addressed().stream().filter(a -> a.ref().equals(ref)).findFirst()
                        .ifPresent(a -> chips.add(new Chip(id, a.label(), a.size(), false)));
                decision.refused().stream().filter(r -> r.ref().equals(ref)).findFirst()
                        .ifPresent(r -> chips.add(new Chip(id, r.label(), 0, true)));
            }
            model.addAttribute("chips" + kind.name(), chips);
        }
        model.addAttribute("people", decision.persons().size());
        model.addAttribute("held", held.holding(user.personId().value()));
        model.addAttribute("form", form);
        UUID id = form.getId();
        model.addAttribute("attachments", id == null ? List.of() : messages.attachments(id));
        var state = id == null ? null : messages.find(id).orElse(null);
        model.addAttribute("scheduledAt", state != null && state.state() == MessageViews.State.SCHEDULED
                ? state.sendAt() : null);
        long[] usage = attachments.usage(user);
        model.addAttribute("usedMb", Math.round(usage[0] / 1048576.0 * 10) / 10.0);
        model.addAttribute("quotaMb", usage[1] / 1048576);
        model.addAttribute("hits", form.getQ().strip().length() >= 2 ? hits(user, form.getQ()) : List.of());
        deferred.offer(user).ifPresent(at -> {
            var local = at.atZone(PeopleTime.ZONE);
            var locale = LocaleContextHolder.getLocale();
            model.addAttribute("deferredTime", DateTimeFormatter.ofPattern("HH:mm", locale).format(local));
            model.addAttribute("deferredDay", DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(local));
        });
    }

    /**
     * People and groups the sender may write to whose name matches: the annuaire's people and
     * groups by name ({@link Reach#find}), kept only when {@link RecipientRules} — the very decision
     * a send makes, kill switch included — accepts them, so that the picker never proposes what the
     * send would refuse. One check for every result (a fixed number of queries); group sizes come
     * with it. Classes are offered as their groups.
     */
    List<Hit> hits(PreauUser user, String query) {
        List<SearchHit> found = reach.find(user, query, 40).stream()
                .filter(h -> h.type() != SearchHit.Kind.CLASS).toList();
        var decision = rules.check(user, found.stream().map(h -> new RecipientRef(Kind.TO, h.id())).toList());
        java.util.Map<String, Integer> allowed = new java.util.HashMap<>();
        decision.addressed().forEach(a -> allowed.put(a.ref().id(), a.size()));
        List<Hit> hits = new ArrayList<>();
        boolean groups = policy.of(user).groups();
        for (SearchHit hit : found) {
            Integer size = allowed.get(hit.id());
            if (size == null) {
                continue;
            }
            boolean group = hit.type() == SearchHit.Kind.GROUP;
            if (group && !groups) {
                // the send policy keeps groups for staff: never offered what a send would refuse
                continue;
            }
            hits.add(new Hit(hit.id(), hit.displayName(), group || hit.profile() == null ? null : hit.profile().name(),
                    hit.structure(), group ? size : 1, group));
            if (hits.size() >= PICKER_RESULTS) {
                break;
            }
        }
        return hits;
    }
}
