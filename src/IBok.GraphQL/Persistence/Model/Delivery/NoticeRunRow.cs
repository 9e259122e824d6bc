using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Delivery;

/// <summary>One daily notice run (table <c>notice_runs</c>): what it planned and enqueued, for the log and for staff.</summary>
public sealed class NoticeRunRow
{
    /// <summary>The row id.</summary>
    public long Id { get; set; }

    /// <summary>The planning day.</summary>
    public DateOnly RunDate { get; set; }

    /// <summary>When it started (UTC).</summary>
    public DateTime StartedAt { get; set; }

    /// <summary>When it finished (UTC); null while running or when it stopped early.</summary>
    public DateTime? FinishedAt { get; set; }

    /// <summary>Customers planned for.</summary>
    public int Customers { get; set; }

    /// <summary>Notices the planner found due.</summary>
    public int Planned { get; set; }

    /// <summary>Notices written to the outbox by this run.</summary>
    public int Enqueued { get; set; }

    /// <summary>Notices already in the outbox (an earlier run or the change itself wrote them).</summary>
    public int AlreadyQueued { get; set; }

    /// <summary>Customers whose data the planner could not read (logged with the reason).</summary>
    public int Failed { get; set; }
}

internal sealed class NoticeRunRowConfiguration : IEntityTypeConfiguration<NoticeRunRow>
{
    public void Configure(EntityTypeBuilder<NoticeRunRow> builder)
    {
        builder.ToTable("notice_runs");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.RunDate).HasColumnName("run_date");
        builder.HasIndex(row => row.RunDate).HasDatabaseName("ix_notice_runs_run_date");
        builder.Property(row => row.StartedAt).IsInstant("started_at");
        builder.Property(row => row.FinishedAt).IsInstant("finished_at");
        builder.Property(row => row.Customers).HasColumnName("customers");
        builder.Property(row => row.Planned).HasColumnName("planned");
        builder.Property(row => row.Enqueued).HasColumnName("enqueued");
        builder.Property(row => row.AlreadyQueued).HasColumnName("already_queued");
        builder.Property(row => row.Failed).HasColumnName("failed");
    }
}
