package org.preau.diary;

import static org.preau.access.MatrixProbes.Probe.anywhere;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.UUID;

import org.preau.access.MatrixProbes;

/** The diary's actions in the authorization matrix. */
class DiaryMatrixProbes implements MatrixProbes {

    @Override
    public Map<String, Probe> probes(Demo demo) {
        UUID sixA = demo.classId("6A");
        return Map.of("diary.read", anywhere(() -> get("/api/v1/diary/homework")),
                "diary.create-homework", anywhere(() -> get("/diary/classes/" + sixA + "/homework/new")),
                "diary.visa", anywhere(() -> get("/diary/visas")));
    }

    @Override
    public Map<String, String> pathVariables() {
        return Map.of("homework/{id}", "select id from diary.homework where structure_id = :school order by id",
                "sessions/{id}", "select id from diary.sessions where structure_id = :school order by id",
                "homework/{id}/attachments/{file}", "select id from diary.attachments where homework_id = :id",
                "sessions/{id}/attachments/{file}", "select id from diary.attachments where session_id = :id",
                "diary/attachments/{id}", """
                        select a.id from diary.attachments a left join diary.homework h on h.id = a.homework_id
                        left join diary.sessions s on s.id = a.session_id
                        where h.structure_id = :school or s.structure_id = :school""");
    }

    /** Copying an entry of school A into a class the prober teaches; reusing a class's last year from another. */
    @Override
    public Map<String, String> requestParameters() {
        return Map.of("target", """
                select c.id::text from directory.classes c join directory.teachings t on t.class_id = c.id
                where t.person_id = (select person_id from identity.accounts where login = :login)
                union all select '00000000-0000-4000-8000-000000000000'""",
                "source", "select id::text from directory.classes where name = '6A'");
    }
}
