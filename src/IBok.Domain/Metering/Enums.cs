namespace IBok.Domain.Metering;

/// <summary>What a meter measures.</summary>
public enum MeterKind
{
    /// <summary>The main water meter (wodomierz główny), m³; its volume is billed as water supply and sewage.</summary>
    MainWater,

    /// <summary>A hot-water meter, m³.</summary>
    HotWater,

    /// <summary>A heat meter (ciepłomierz), GJ.</summary>
    Heat,

    /// <summary>A submeter (podlicznik), m³, e.g. for garden watering: its volume is deducted from sewage
    /// (art. 27 ust. 6 of the act on collective water supply and sewage disposal).</summary>
    Submeter,
}

/// <summary>Where a reading came from.</summary>
public enum ReadingKind
{
    /// <summary>Read on site by the utility's collector (inkasent).</summary>
    Collector,

    /// <summary>Reported by the customer (self-reading, e-odczyt).</summary>
    Customer,

    /// <summary>Read remotely.</summary>
    Remote,

    /// <summary>Estimated from earlier consumption because no real reading exists; settled by the next real one.</summary>
    Estimated,

    /// <summary>The initial reading when a meter is installed.</summary>
    Installation,

    /// <summary>The final reading when a meter is removed.</summary>
    Removal,
}
