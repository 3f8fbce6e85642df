package org.preau.messaging;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The territory's messaging settings, chosen by the central admin: sizes, quota and retention. */
@Component
class MessagingSettings {

    /** Limits in megabytes; {@code retentionMonths} null keeps old messages. */
    record Settings(int maxFileMb, int quotaMb, int trashDays, @Nullable Integer retentionMonths) {

        static final int MAX_FILE_MB = 100;

        long maxFileBytes() {
            return maxFileMb * 1024L * 1024L;
        }

        long quotaBytes() {
            return quotaMb * 1024L * 1024L;
        }

        boolean valid() {
            return maxFileMb >= 1 && maxFileMb <= MAX_FILE_MB && quotaMb >= 1 && quotaMb <= 100_000
                    && trashDays >= 1 && trashDays <= 3650
                    && (retentionMonths == null || retentionMonths >= 1 && retentionMonths <= 1200);
        }
    }

    private final JdbcClient jdbc;

    MessagingSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Settings current() {
        return jdbc.sql("select max_file_mb, quota_mb, trash_days, retention_months from messaging.settings")
                .query((rs, n) -> new Settings(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        rs.getObject(4, Integer.class)))
                .single();
    }

    void save(Settings settings, Instant now) {
        jdbc.sql("""
                update messaging.settings set max_file_mb = :file, quota_mb = :quota, trash_days = :trash,
                    retention_months = :months, updated_at = :now""")
                .param("file", settings.maxFileMb()).param("quota", settings.quotaMb())
                .param("trash", settings.trashDays()).param("months", settings.retentionMonths())
                .param("now", Timestamp.from(now)).update();
    }
}
