using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace IBok.Benchmarks;

/// <summary>
/// Counts the runtime's garbage collections by generation and by why the GC chose that generation (the
/// "condemn reasons" of the runtime's GCPerHeapHistory event), so a benchmark run shows, e.g., that gen0 budgets
/// ran out but low card-marking efficiency made every collection a gen1.
/// </summary>
/// <remarks>
/// CondemnReasons0 packs, 2 bits each, the generation first chosen, the final one per heap, the one whose allocation
/// budget ran out and the one time tuning chose; CondemnReasons1 is a bit set of conditions (the runtime's
/// <c>gc_condemn_reason_condition</c>; the names below are those of the runtime's gcrecord.h without their <c>gen_</c> prefix and <c>_p</c> suffix).
/// </remarks>
public sealed class GcReasonListener : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private static readonly string[] ConditionNames =
    [
        "induced_fullgc", "expand_fullgc", "high_mem", "very_high_mem", "low_ephemeral", "low_card",
        "eph_high_frag", "max_high_frag", "max_high_frag_e", "max_high_frag_m", "max_high_frag_vm", "max_gen1",
        "before_oom", "gen2_too_small", "induced_noforce", "before_bgc", "almost_max_alloc",
        "joined_avoid_unproductive", "joined_pm_induced_fullgc", "joined_pm_alloc_loh", "joined_gen1_in_pm",
        "joined_limit_before_oom", "joined_limit_loh_frag", "joined_limit_loh_reclaim", "joined_servo_initial",
        "joined_servo_ngc", "joined_servo_bgc", "joined_servo_postpone", "joined_stress_mix", "joined_stress",
        "joined_aggressive",
    ];

    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    /// <summary>The counts so far, e.g. <c>"gen1 alloc_budget=gen0 low_card_table_efficiency": 12</c>.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_counts, StringComparer.Ordinal);

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Informational, GcKeyword);
        }
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is null || !eventData.EventName.StartsWith("GCPerHeapHistory", StringComparison.Ordinal)
            || eventData.PayloadNames is null)
        {
            return;
        }

        if (Field(eventData, "HeapIndex") != 0)
        {
            // Server GC reports every heap; one report per collection is enough.
            return;
        }

        var reasons0 = Field(eventData, "CondemnReasons0");
        var reasons1 = Field(eventData, "CondemnReasons1");
        var key = $"gen{(reasons0 >> 2) & 3} (first gen{reasons0 & 3}, budget gen{(reasons0 >> 4) & 3}, time gen{(reasons0 >> 6) & 3})";
        for (var bit = 0; bit < 32; bit++)
        {
            if ((reasons1 & (1u << bit)) != 0)
            {
                key += " " + (bit < ConditionNames.Length ? ConditionNames[bit] : "condition" + bit.ToString(CultureInfo.InvariantCulture));
            }
        }

        _counts.AddOrUpdate(key, 1, (_, count) => count + 1);
    }

    private static uint Field(EventWrittenEventArgs eventData, string name)
    {
        var index = eventData.PayloadNames!.IndexOf(name);
        return index < 0 || eventData.Payload is null ? 0 : Convert.ToUInt32(eventData.Payload[index], CultureInfo.InvariantCulture);
    }
}
